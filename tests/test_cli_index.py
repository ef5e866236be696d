"""`rights-at-hand index [TERM] [--lang L] [--json]` (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_helpers import run_cli


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("index-data")


def test_the_list_is_a_to_z_and_says_whose_work_it_is(data_dir: Path) -> None:
    proc = run_cli("index", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "the project's own work, not UN text" in lines[0]
    headings = [line.strip().rsplit("  [", 1)[0] for line in lines if line.startswith("  ")]
    assert len(headings) >= 150
    assert headings == sorted(headings, key=str.casefold)
    assert "Protest" in headings and "Torture" in headings


def test_json_list_in_russian_and_arabic(data_dir: Path) -> None:
    for lang, heading in (("ru", "Протест"), ("ar", "احتجاج")):
        proc = run_cli("index", "--lang", lang, "--json", data_dir=data_dir)
        assert proc.returncode == 0, proc.stderr
        obj = json.loads(proc.stdout)
        assert obj["lang"] == lang and "not UN text" in obj["source"]
        entry = next(e for e in obj["entries"] if e["id"] == "protest")
        assert entry["heading"] == heading and entry["terms"][0] == heading
        assert set(entry) == {"id", "heading", "group", "terms"}


def test_a_term_gives_its_passages_in_the_language(data_dir: Path) -> None:
    proc = run_cli("index", "manifestation", "--lang", "fr", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    protest = next(o for o in objs if o["id"] == "protest")
    assert protest["heading"] == "Manifestation" and protest["lang"] == "fr"
    first = protest["passages"][0]
    assert (first["doc"], first["passage"], first["lang"]) == ("declaration", "art-5.a", "fr")
    assert first["text"].startswith("a) De se réunir")
    assert "art. 5(a)" in first["citation"]
    # The Covenant is in English only: its passage comes in English.
    assert any(p["doc"] == "iccpr" and p["lang"] == "en" for p in protest["passages"])
    assert any(p["doc"] == "udhr" and p["lang"] == "fr" for p in protest["passages"])


def test_a_word_people_type_finds_its_entry(data_dir: Path) -> None:
    proc = run_cli("index", "пытки", "--lang", "ru", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Пытки  [torture]")
    assert "udhr:art-5]" in proc.stdout
    proc = run_cli("index", "arrested", data_dir=data_dir)
    assert proc.returncode == 0 and "[arrest]" in proc.stdout.splitlines()[0]


@pytest.mark.parametrize("term", ["qqzzx", "!!!", "\u200f", "the"])
def test_an_unknown_term_is_one_clear_line_and_exit_2(data_dir: Path, term: str) -> None:
    proc = run_cli("index", term, data_dir=data_dir)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "in the subject index" in proc.stderr


def test_an_unknown_language_is_refused(data_dir: Path) -> None:
    proc = run_cli("index", "--lang", "xx", data_dir=data_dir)
    assert proc.returncode == 2 and "unknown language" in proc.stderr


def test_verify_names_a_concept_pointing_nowhere_or_missing_a_language(tmp_path: Path) -> None:
    import shutil

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[1] / "content", content)
    target = content / "subject-index" / "violence-safety.idx"
    text = target.read_text("utf-8")
    text = text.replace("passages: udhr:art-5, iccpr:art-7,",
                        "passages: udhr:art-99, iccpr:art-7,", 1)
    text = text.replace("\nar: التعذيب;", "\n% ar line removed: التعذيب;", 1)
    target.write_text(text, "utf-8")
    proc = run_cli("verify", data_dir=tmp_path / "data",
                   env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "subject-index/violence-safety.idx" in proc.stderr  # changed against the manifest
    assert "concept [torture] points at udhr:art-99, which does not exist" in proc.stderr
    assert "concept [torture] has no terms in ar" in proc.stderr
    # A reading verb warns that the project's index changed, without sending anyone to a
    # UN document for it.
    proc = run_cli("index", "torture", data_dir=tmp_path / "data",
                   env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    warning = next(line for line in proc.stderr.splitlines() if "violence-safety.idx" in line)
    assert "differs from the text shipped" in warning and "UN document" not in warning
