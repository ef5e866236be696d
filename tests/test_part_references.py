"""The Covenant's parts as references: a heading with an id (`## [part-3] PART III`) names
the passages under it, is read in six languages, cited, shown, printed and bookmarked."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.bookmarks.store import Store
from desktop.citations import citation
from desktop.contentfile import ContentError, format_file, parse_text, read_file
from desktop.library import Library
from desktop.references import (
    BadReference,
    Target,
    UnknownReference,
    canonical,
    locate,
    passages_of,
)
from tests.cli_helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

HEADER = """document: t
language: en
title: T
short-title: T
citation-title: T
status: official
source: s
cleaning: c
content-version: 1
---
"""


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(CONTENT)


def test_the_content_file_gives_each_part_an_id() -> None:
    cf = read_file(CONTENT / "iccpr" / "en.txt")
    parts = [(m.id, m.text) for p in cf.passages for m in p.before if m.id]
    assert parts == [(f"part-{n}", f"PART {r}") for n, r in
                     enumerate(["I", "II", "III", "IV", "V", "VI"], start=1)]
    # The articles' ids are those bookmarks already hold.
    ids = [p.id for p in cf.passages]
    assert "art-14.3.d" in ids and "art-8.3.c.iii" in ids and "part-3" not in ids
    assert "## [part-3] PART III\n" in (CONTENT / "iccpr" / "en.txt").read_text("utf-8")


def test_a_heading_id_is_written_back_and_checked() -> None:
    text = HEADER + "\n## [part-1] PART I\n\n[art-1]\nOne.\n\n## PART II\n\n[art-2]\nTwo.\n"
    cf = parse_text(text)
    assert cf.passages[0].before[0].id == "part-1"
    assert cf.passages[0].before[0].text == "PART I"
    assert cf.passages[1].before[0].id == ""
    assert format_file(cf) == text
    with pytest.raises(ContentError, match=r"passage id \[art-1\] already used on line 12"):
        parse_text(HEADER + "\n## [art-1] PART I\n\n[art-1]\nOne.\n")
    with pytest.raises(ContentError, match="passage id"):
        parse_text(HEADER + "\n## [Part 1] PART I\n\n[art-1]\nOne.\n")
    with pytest.raises(ContentError, match=r"id \[part-1\] already used"):
        parse_text(HEADER + "\n## [part-1] A\n\n[art-1]\nOne.\n\n## [part-1] B\n\n[art-2]\nT.\n")


@pytest.mark.parametrize("typed", [
    "iccpr:part-3", "ICCPR Part III", "ICCPR part 3", "ICCPR, third part", "PIDCP partie III",
    "PIDCP, troisième partie", "PIDCP, 3e partie", "PIDCP parte III",
    "ПГПП часть III", "公民权利和政治权利国际公约第三部分", "العهد الدولي الجزء الثالث",
    "International Covenant on Civil and Political Rights, Part III",
])
def test_a_part_is_read_in_every_language(library: Library, typed: str) -> None:
    assert canonical(typed, library) == "iccpr:part-3"
    assert locate(typed, library) == ("iccpr", "part-3")


def test_a_part_covers_its_articles_and_is_cited_by_its_number(library: Library) -> None:
    version = library.document("iccpr").versions["en"]
    ids = Target.parse("iccpr:part-3").passage_ids(version)
    assert ids[0] == "art-6.1" and ids[-1] == "art-27"
    assert "art-14.3.d" in ids and "art-5.2" not in ids and "art-28.1" not in ids
    assert [p.id for p in passages_of(version, "part-6")][-1] == "art-53.2"
    assert citation(version, "part-3") == (
        "International Covenant on Civil and Political Rights, Part III")
    assert citation(version, "part-6").endswith(", Part VI")


def test_a_part_that_does_not_exist_is_an_error(library: Library) -> None:
    with pytest.raises(UnknownReference):
        canonical("ICCPR part 9", library)
    with pytest.raises(BadReference, match="a part without a number"):
        canonical("ICCPR part", library)
    with pytest.raises(BadReference, match="a part is named alone"):
        canonical("ICCPR part III art 6", library)
    done = run_cli("show", "ICCPR part 9")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "rights-at-hand: no passage part-9 in iccpr (from 'ICCPR part 9')")


def test_show_prints_the_part_with_its_headings() -> None:
    done = run_cli("show", "ICCPR Part III", "--lang", "fr")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("[Aucun texte officiel")
    assert lines[2:5] == ["PART III", "Article 6", lines[4]]
    assert lines[4].startswith("1. Every human being has the inherent right to life.")
    assert "Article 27" in lines and "Article 28" not in lines and "PART IV" not in lines
    assert lines[-1] == "— International Covenant on Civil and Political Rights, Part III"


def test_export_pdf_and_bookmarks_take_a_part(tmp_path: Path, library: Library) -> None:
    out = tmp_path / "part.pdf"
    done = run_cli("export-pdf", "公民权利和政治权利国际公约第三部分", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(unicodedata.normalize("NFKC", "".join(
        page.extract_text() for page in PdfReader(out).pages)).split())
    assert "PART III Article 6 1. Every human being has the inherent right to life." in text
    assert "Article 27" in text and "Article 28" not in text

    store = Store(tmp_path / "b.db")
    try:
        store.add("iccpr:part-3", note="the civil rights")
        (kept,) = store.bookmarks()
        assert kept.target.ref == "iccpr:part-3"
        version = library.document("iccpr").versions["en"]
        assert kept.target.passage_ids(version)[0] == "art-6.1"
    finally:
        store.close()
