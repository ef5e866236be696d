"""Issue 4, point 8: the `open REF`, `self-test` and `gui` verbs."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.ui.selftest import runner
from desktop.ui.selftest.steps import STEPS
from tests.cli_helpers import run_cli


def test_self_test_passes_on_this_checkout(tmp_path: Path) -> None:
    result = run_cli("self-test", data_dir=tmp_path / "data", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in ("go to a reference", "search in English and open a result",
                 "search in French and open a result",
                 "switch the interface to Arabic and back", "open the parallel view",
                 "grab the window and check it is not blank"):
        assert any(line.startswith("ok") and step in line for line in lines), step
    assert lines[-1] == "self-test passed"
    assert (tmp_path / "data" / "self-test.png").stat().st_size > 10_000
    assert "Traceback" not in result.stderr


def test_self_test_without_data_dir_leaves_nothing_behind(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = run_cli("self-test", env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (tmp_path / "cfg" / "rights-at-hand").exists()
    assert not (tmp_path / "share" / "rights-at-hand").exists()


def test_a_failing_step_is_named_and_stops_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def good(t: Any) -> None:
        ran.append("good")

    def bad(t: Any) -> None:
        raise runner.StepFailed("the reader shows no text")

    def never(t: Any) -> None:
        ran.append("never")

    out = io.StringIO()
    steps = [runner.Step("first", good), runner.Step("second", bad),
             runner.Step("third", never)]
    ok, failed = runner.run_steps(runner.SelfTest(Path("."), out), steps)
    assert (ok, failed) == (False, "second")
    assert ran == ["good"]
    assert "FAIL  second: the reader shows no text" in out.getvalue()


def test_other_features_have_their_steps_in_the_one_ordered_list() -> None:
    names = [s.name for s in STEPS]
    assert names[0] == "start the main window"
    assert names[names.index("open the parallel view") + 1] == "bookmark a passage with a note"
    assert len(set(names)) == len(names)


def test_open_with_a_bad_reference_says_so_without_a_window(tmp_path: Path) -> None:
    result = run_cli("open", "article 99", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "99" in result.stderr
    assert "Traceback" not in result.stderr


def test_open_starts_the_app_at_the_passage(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import app
    from desktop.verbs import open as open_verb

    seen: dict[str, Any] = {}
    monkeypatch.setattr(app, "run", lambda ref, library=None: seen.setdefault("ref", ref) and 0)
    assert open_verb.run(argparse.Namespace(ref="статья 12 п. 2")) == 0
    assert seen["ref"] == "declaration:art-12.2"


def test_no_verb_opens_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop import cli, paths
    from desktop.ui import app

    monkeypatch.setattr(paths, "_current", paths._current)  # restored afterwards
    called: list[Any] = []
    monkeypatch.setattr(app, "run", lambda *a, **k: called.append(a) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert called == [()]


def test_opening_a_reference_in_the_window(make_window: Any) -> None:
    window = make_window("res-64-163:op-7")
    assert (window.current_doc, window.current_passage) == ("res-64-163", "op-7")


@pytest.mark.parametrize(("saved", "said"), [
    ({"ui_language": "fr"},
     "rights-at-hand: aucun passage art-99 dans aucun document (d’après 'article 99')\n"),
    ({"ui_language": "zh"}, "rights-at-hand: 所有文件中没有段落 art-99（来自 'article 99'）\n"),
    # No language saved and an English system: English, as before.
    ({}, "rights-at-hand: no passage art-99 in any document (from 'article 99')\n"),
])
def test_open_says_a_bad_reference_in_the_interface_language(
        tmp_path: Path, saved: dict[str, str], said: str) -> None:
    # `open` has no --lang: it speaks as the window it opens would (it was English always).
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(json.dumps(saved), encoding="utf-8")
    result = run_cli("open", "article 99", data_dir=tmp_path,
                     env={"LANGUAGE": "en", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    assert result.returncode == 2
    assert result.stderr == said
