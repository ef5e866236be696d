"""`--data-dir` that cannot be a data folder is refused at the start, by every verb.

A file given as the folder (or standing where it, or a folder above it, should be) and an
empty `--data-dir` used to be taken silently: `show` and `search` ran, `self-test` called
bookmark steps "ok" before failing at print-to-PDF with a traceback. Now: one line, exit 2,
nothing read or written. And a self-test step that breaks is reported by its name on one
line, never with a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run_cli


def _refused(out: object, message: str) -> None:
    assert out.returncode == 2  # type: ignore[attr-defined]
    assert out.stdout == ""  # type: ignore[attr-defined]
    assert out.stderr.splitlines() == [message]  # type: ignore[attr-defined]


def _file_message(given: str) -> str:
    return (f"rights-at-hand: {given} is a file, not a folder; user data (bookmarks, settings) "
            "needs a folder there (one that does not exist yet is made)")


@pytest.mark.parametrize(
    "args",
    [["self-test"], ["show", "art 1"], ["search", "defenders", "--json"], ["verify"],
     ["open", "art 1"]],
)
def test_a_file_as_data_dir_is_refused_by_every_verb(tmp_path: Path, args: list[str]) -> None:
    afile = tmp_path / "afile"
    afile.write_text("someone's file\n")
    out = run_cli(*args, data_dir=afile)
    _refused(out, _file_message(f"--data-dir {afile}"))
    assert afile.read_text() == "someone's file\n"


def test_a_path_through_a_file_is_refused(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("")
    out = run_cli("show", "art 1", data_dir=afile / "data")
    _refused(out, _file_message(f"--data-dir {afile / 'data'}: {afile}"))


@pytest.mark.parametrize("args", [["show", "art 1"], ["self-test"]])
def test_an_empty_data_dir_is_refused(tmp_path: Path, args: list[str]) -> None:
    out = run_cli("--data-dir", "", *args)
    _refused(out, "rights-at-hand: --data-dir is empty; give the folder for user data")
    out = run_cli("--data-dir=", *args)
    _refused(out, "rights-at-hand: --data-dir is empty; give the folder for user data")


def test_the_environment_variable_pointing_at_a_file_is_refused(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("")
    out = run_cli("show", "art 1", env={"RIGHTS_AT_HAND_DATA_DIR": str(afile)})
    _refused(out, _file_message(f"RIGHTS_AT_HAND_DATA_DIR={afile}"))


def test_portable_data_that_is_a_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process: a `portable` marker at the project root would switch every other test
    running at the same time to portable mode."""
    from desktop import cli, paths

    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    monkeypatch.setattr(paths, "_current", paths._current)
    (tmp_path / "portable").write_text("")
    (tmp_path / "data").write_text("")
    assert cli.main(["show", "art 1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        _file_message(f"the portable data folder {tmp_path / 'data'}")]


def test_a_step_that_breaks_is_named_without_a_traceback(tmp_path: Path) -> None:
    """The print step used to end in two chained tracebacks when it could not write its PDF.
    A folder where the step writes its PDF breaks it even for root."""
    data = tmp_path / "data"
    (data / "self-test.pdf").mkdir(parents=True)
    out = run_cli("self-test", data_dir=data, timeout=300)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
    fail = [line for line in out.stdout.splitlines() if line.startswith("FAIL")]
    assert len(fail) == 1
    assert fail[0].startswith("FAIL  print a passage to PDF: IsADirectoryError: ")
    assert "(at desktop/" in fail[0]
    assert out.stdout.splitlines()[-1] == "self-test FAILED at step: print a passage to PDF"


def test_run_steps_reports_an_unexpected_error_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from desktop.verbs.self_test import SelfTest, Step, run_steps

    def breaks(t: SelfTest) -> None:
        raise KeyError("missing")

    out = io.StringIO()
    ok, failed = run_steps(SelfTest(tmp_path, out), [Step("a step", breaks)])
    assert (ok, failed) == (False, "a step")
    [line] = out.getvalue().splitlines()
    assert line.startswith("FAIL  a step: KeyError: 'missing' (at test_cli_data_dir.py:")
    assert capsys.readouterr().err == ""
