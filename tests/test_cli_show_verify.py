"""`show` and `verify` through the real command line, as DESIGN.md specifies them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT, run_cli


def test_show_french_article_12_2(tmp_path: Path) -> None:
    out = run_cli("show", "declaration:art-12.2", "--lang", "fr", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "2. L'État prend toutes les mesures nécessaires" in out.stdout
    assert "A/RES/53/144" in out.stdout
    assert "art. 12(2)" in out.stdout


def test_show_loose_reference_to_64_163(tmp_path: Path) -> None:
    out = run_cli("show", "64/163 para 7", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("7. Also urges States to take appropriate measures")
    assert "General Assembly resolution 64/163 (A/RES/64/163), para. 7" in out.stdout


def test_show_json_has_exactly_the_contract_fields(tmp_path: Path) -> None:
    out = run_cli("show", "art 5", "--lang", "es", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert set(obj) == {"doc", "passage", "lang", "status", "text", "citation"}
    assert obj["doc"] == "declaration" and obj["passage"] == "art-5" and obj["lang"] == "es"
    assert obj["status"] == "official"
    assert "a) A reunirse o manifestarse pacíficamente" in obj["text"]
    assert len(obj["text"].split("\n")) == 4  # the chapeau and items (a) to (c)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["show", "art 99"], "no passage art-99"),
        (["show", "hello world"], "cannot read"),
        (["show", "art 1", "--lang", "xx"], "unknown language"),
        (["show", "nodoc:art-1"], "unknown document"),
    ],
)
def test_show_bad_input_is_one_clear_line(tmp_path: Path, args: list[str], words: str) -> None:
    out = run_cli(*args, data_dir=tmp_path)
    assert out.returncode == 2
    assert words in out.stderr
    assert "Traceback" not in out.stderr
    assert out.stderr.count("\n") == 1


def test_verify_passes_on_the_shipped_content(tmp_path: Path) -> None:
    out = run_cli("verify", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "match the manifest" in out.stdout


def test_verify_fails_after_one_byte_changes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    target = content / "declaration" / "fr.txt"
    data = bytearray(target.read_bytes())
    pos = data.index(b"L'\xc3\x89tat prend")
    data[pos] = ord("l")  # one byte
    target.write_bytes(bytes(data))
    env = {"RIGHTS_AT_HAND_CONTENT_DIR": str(content)}
    out = run_cli("verify", data_dir=tmp_path / "data", env=env)
    assert out.returncode == 1
    assert "declaration/fr.txt" in out.stderr and "differs from the manifest" in out.stderr
    assert "Traceback" not in out.stderr


def test_verify_reports_a_deleted_file(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "res-64-163" / "en.txt").unlink()
    out = run_cli(
        "verify", data_dir=tmp_path / "data", env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)}
    )
    assert out.returncode == 1
    assert "res-64-163/en.txt" in out.stderr and "missing" in out.stderr


def test_manifest_is_current() -> None:
    """Someone edited content without `make manifest`: this says so."""
    from desktop.manifest import compare, load_manifest

    content = ROOT / "content"
    assert [str(m) for m in compare(content, load_manifest(content))] == []


def test_version_and_help_do_not_need_qt(tmp_path: Path) -> None:
    out = run_cli("--version", data_dir=tmp_path)
    assert out.returncode == 0 and "rights-at-hand" in out.stdout
    out = run_cli("--help")
    assert out.returncode == 0
    for verb in ("open", "show", "search", "export-pdf", "verify", "self-test"):
        assert verb in out.stdout


def test_verify_reports_a_malformed_file_with_its_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    target = content / "res-64-163" / "en.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nloose text\n", encoding="utf-8")
    lines = target.read_text(encoding="utf-8").count("\n")
    out = run_cli("verify", data_dir=tmp_path / "data",
                  env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    assert out.returncode == 1
    assert f"res-64-163/en.txt:{lines}: text outside a passage" in out.stderr
    assert "differs from the manifest" in out.stderr
    assert "Traceback" not in out.stderr


def test_no_arguments_opens_the_app_without_parsing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A double-click start has no arguments: the app opens (the gui verb runs) in the data
    folder the environment names, and argparse is not needed for that."""
    import sys

    import desktop.verbs.gui as gui
    from desktop import cli, paths

    seen: list[object] = []
    monkeypatch.setattr(gui, "run", lambda args: seen.append(args) or 0)
    monkeypatch.setenv("RIGHTS_AT_HAND_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", ["rights-at-hand"])
    monkeypatch.setattr(paths, "_current", None)
    assert cli.main() == 0
    assert len(seen) == 1 and seen[0].verb is None  # type: ignore[attr-defined]
    assert paths.user_paths().data == (tmp_path / "data").resolve()
    assert cli.main([]) == 0 and len(seen) == 2


def test_show_a_range_like_a_group(tmp_path: Path) -> None:
    """A range prints like a whole article: one object, `passage` the canonical range, the
    citation lines as the app's "Copy citation only" gives them."""
    out = run_cli("show", "declaration:art-12.2..art-12.3", "--lang", "fr", "--json",
                  data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert set(obj) == {"doc", "passage", "lang", "status", "text", "citation"}
    assert (obj["doc"], obj["passage"], obj["lang"]) == ("declaration", "art-12.2..art-12.3",
                                                         "fr")
    assert obj["status"] == "official"
    paragraphs = obj["text"].split("\n")
    assert [p[:2] for p in paragraphs] == ["2.", "3."]
    assert obj["citation"].split("\n") == [
        "Déclaration sur les défenseurs des droits de l'homme (A/RES/53/144, annexe), art. 12(2)",
        "Déclaration sur les défenseurs des droits de l'homme (A/RES/53/144, annexe), art. 12(3)",
    ]


def test_show_a_range_over_a_whole_article_cites_it_once(tmp_path: Path) -> None:
    whole = json.loads(run_cli("show", "art-12", "--json", data_dir=tmp_path).stdout)
    out = run_cli("show", "art-12.1..art-12.3", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    ranged = json.loads(out.stdout)
    assert ranged["passage"] == "art-12.1..art-12.3"
    assert ranged["text"] == whole["text"] and ranged["citation"] == whole["citation"]


def test_show_a_range_as_text(tmp_path: Path) -> None:
    out = run_cli("show", "res-64-163:op-6..op-7", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    body, _, cited = out.stdout.partition("\n\n")
    assert body.startswith("6. ") and "\n7. " in body
    assert cited.splitlines() == [
        "— General Assembly resolution 64/163 (A/RES/64/163), para. 6",
        "— General Assembly resolution 64/163 (A/RES/64/163), para. 7",
    ]


@pytest.mark.parametrize(
    ("ref", "words"),
    [("declaration:art-12.1..art-99", "no such passages"),
     ("nodoc:art-1..art-2", "unknown document"),
     ("declaration:art-12.1..", "cannot read")],
)
def test_show_a_bad_range_is_one_clear_line(tmp_path: Path, ref: str, words: str) -> None:
    out = run_cli("show", ref, data_dir=tmp_path)
    assert out.returncode == 2 and out.stdout == ""
    assert words in out.stderr and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr


def test_show_a_loose_range(tmp_path: Path) -> None:
    """Written as a person writes it, as `open` and `export-pdf` read it."""
    out = run_cli("show", "art 12(2)-(3)", "--json", data_dir=tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["passage"] == "art-12.2..art-12.3"
