"""The Covenant's parts as references: a heading with an id (`## [part-3] PART III`) names
the passages under it, is read in six languages, cited, shown, printed and bookmarked."""

from __future__ import annotations

import json
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
    assert ("PART III International Covenant on Civil and Political Rights, Part III "
            "Article 6 1. Every human being has the inherent right to life.") in text
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


# -- a part as one unit: headings in its text, one citation (desktop.headings) ----------------

PART_CITED = "International Covenant on Civil and Political Rights, Part III"


def _articles(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("Article ")]


def test_show_json_text_carries_the_headings_plain_show_prints() -> None:
    done = run_cli("show", "ICCPR Part III", "--json", "--lang", "zh")
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    # The contract's fields, none renamed or removed (`notice`: no Chinese text).
    assert set(shown) == {"doc", "passage", "lang", "status", "text", "citation", "notice"}
    assert (shown["passage"], shown["lang"], shown["citation"]) == ("part-3", "en", PART_CITED)
    lines = shown["text"].splitlines()
    assert lines[:2] == ["PART III", "Article 6"]
    assert lines[2].startswith("1. Every human being has the inherent right to life.")
    assert _articles(shown["text"]) == [f"Article {n}" for n in range(6, 28)]
    # Article 7 begins after article 6's last paragraph, under its heading.
    at = lines.index("Article 7")
    assert lines[at - 1].startswith("6. Nothing in this article shall be invoked")
    assert lines[at + 1].startswith("No one shall be subjected to torture")
    # The same text as the plain output, between its notice and its citation.
    plain = run_cli("show", "ICCPR Part III", "--lang", "zh").stdout
    assert "\n\n" + shown["text"] + "\n\n— " + PART_CITED + "\n" in plain


def test_an_article_keeps_its_text_without_headings_in_show_json() -> None:
    shown = json.loads(run_cli("show", "ICCPR 7", "--json").stdout)
    assert shown["text"].startswith("No one shall be subjected to torture")
    assert "Article" not in shown["text"]


def test_a_part_is_cited_once_and_copied_with_its_article_headings(library: Library) -> None:
    from desktop.printing.printout import citation_lines, citation_text, clipboard_text, select

    version = library.document("iccpr").versions["en"]
    part = select(library, "ICCPR Part III")
    assert citation_lines(version, part.pids) == [PART_CITED]
    assert citation_text(version, part.pids) == PART_CITED
    # The same passages given as a range (a selection, an older bookmark) are the part.
    assert citation_text(version, select(library, "iccpr:art-6.1..art-27").pids) == PART_CITED
    # One article short of the part is no part: its articles are cited one by one.
    short = select(library, "iccpr:art-6.1..art-26").pids
    assert citation_lines(version, short)[-1].endswith("art. 26")

    copied = clipboard_text(version, part.pids, "fr")
    notice_line, cited, body = copied.split("\n\n", 2)
    assert notice_line.startswith("[Aucun texte officiel") and cited == PART_CITED
    assert body.startswith("PART III\nArticle 6\n1. Every human being")
    assert _articles(body) == [f"Article {n}" for n in range(6, 28)]
    assert copied.count("Civil and Political Rights") == 1  # no article-by-article citation
    assert "\n\nArticle 7\nNo one shall be subjected to torture" in body
    # An article alone is copied as before: text, then its citation.
    article = clipboard_text(version, [p.id for p in version.select("art-7")])
    assert article.endswith("\n\nInternational Covenant on Civil and Political Rights, art. 7")


def test_a_part_is_printed_with_one_citation_at_its_top(library: Library) -> None:
    from desktop.printing.printout import build, select

    html = build(library, [select(library, "iccpr:part-3")], "ar").html
    assert html.count("Civil and Political Rights, Part III</p>") == 1
    assert "Civil and Political Rights, art." not in html
    # At the top: under the part's heading, above its first article's.
    top = html.index(">PART III<")
    assert top < html.index(f">{PART_CITED}</p>") < html.index(">Article 6<")
    assert html.index(">Article 27<") < html.index("persons belonging to such minorities")
    assert "لا يتضمن التطبيق نصًا رسميًا لهذا الصك" in html  # the notice, in Arabic


def test_export_pdf_of_a_part_cites_it_once(tmp_path: Path) -> None:
    out = tmp_path / "part.pdf"
    done = run_cli("export-pdf", "ICCPR Part IV", "--lang", "fr", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(unicodedata.normalize("NFKC", "".join(
        page.extract_text() for page in PdfReader(out).pages)).split())
    assert f"PART IV {PART_CITED[:-3]}IV Article 28 1. There shall be established" in text
    assert text.count("Civil and Political Rights, Part IV") == 1
    assert "Political Rights, art." not in text
    assert "Article 45" in text and "Article 46" not in text
    assert "Aucun texte officiel" in text


def test_lead_ins_still_go_with_an_item_but_a_part_needs_none(library: Library) -> None:
    from desktop.printing.printout import build, clipboard_text, select

    version = library.document("iccpr").versions["en"]
    part = select(library, "iccpr:part-3")
    assert "Opening words" not in build(library, [part], "en").html
    assert "Opening words" not in clipboard_text(version, part.pids)
    assert "lead_in" not in json.loads(run_cli("show", "iccpr:part-3", "--json").stdout)
    item = select(library, "ICCPR 14(3)(d)")
    assert "Opening words of art. 14(3)" in build(library, [item], "en").html
    assert clipboard_text(version, item.pids).startswith("[Opening words of art. 14(3)]")


def test_a_part_bookmark_prints_under_its_citation(tmp_path: Path, library: Library) -> None:
    from desktop.printing.printout import build_bookmarks

    store = Store(tmp_path / "b.db")
    try:
        store.add("iccpr:part-3", note="civil rights")
        store.add("declaration:art-12", note="whole article")
        printed = build_bookmarks(library, store, None, "es").html
    finally:
        store.close()
    assert f"{PART_CITED}</h3>" in printed and "iccpr:part-3" not in printed
    assert printed.count(PART_CITED) == 2  # the heading, and the citation at the top
    assert "Political Rights, art." not in printed
    assert "No se incluye ningún texto oficial de este instrumento" in printed  # the notice
    assert ("Declaración sobre los defensores de los derechos humanos "
            "(A/RES/53/144, anexo), art. 12</h3>") in printed
