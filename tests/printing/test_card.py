"""The passage card: `export-pdf REF --card` gives one landscape page, the passage with its
lead-in, citation and status line, beside a second language (the official English by
default for a project translation)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.citations import citation
from desktop.library import Library
from desktop.printing.card import TooLongForACard, card_html, default_second
from desktop.printing.labels import label
from desktop.printing.printout import Part, select
from tests.cli_helpers import run_cli
from tests.printing.conftest import (
    arabic_words,
    body_text,
    in_pieces,
    pdf_arabic_words,
    pdf_pages,
    squash,
)


def test_the_second_language_is_the_official_english_for_a_translation(
        library: Library) -> None:
    assert default_second(library, "declaration", "ar") == "en"
    assert default_second(library, "declaration", "zh") == "en"
    assert default_second(library, "res-64-163", "fr") == "en"  # a project translation
    assert default_second(library, "declaration", "en") is None  # official: stands alone
    assert default_second(library, "declaration", "fr") is None
    assert default_second(library, "declaration", "ar", "ru") == "ru"  # any can be chosen
    assert default_second(library, "declaration", "ar", "ar") is None
    guide = next(d.id for d in library if d.kind == "guidance")
    assert default_second(library, guide, "ar") is None  # no official text to show


def test_the_card_holds_heading_lead_in_passage_citation_and_status(library: Library) -> None:
    html = card_html(library, select(library, "declaration:art-5.a"), "ar", "en")
    ar, en = library.version("declaration", "ar"), library.version("declaration", "en")
    for version in (ar, en):
        for text in (version.passage("art-5").text, version.passage("art-5.a").text,  # type: ignore[union-attr]
                     citation(version, "art-5.a")):
            assert text.replace("'", "&#x27;") in html
    assert label("ar", "unofficial") in html and label("en", "official") in html
    assert "Article 5" in html and "المادة 5" in html
    assert label("en", "lead_in", p="art. 5") in html
    # Arabic first: its cells come last in each row, so they are drawn on the right.
    row = html[html.index("<tr>"):html.index("</tr>")]
    assert row.rindex('lang="ar"') > row.rindex('lang="en"')
    with pytest.raises(TooLongForACard):
        card_html(library, select(library, "declaration"), "en")


def _card(tmp_path: Path, *args: str) -> tuple[Path, list[str]]:
    out = tmp_path / "card.pdf"
    result = run_cli("export-pdf", *args, "--card", "-o", str(out), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    # One page, said in the language of --lang.
    lang = args[args.index("--lang") + 1] if "--lang" in args else "en"
    assert result.stderr == f"{out}" + {"en": ": 1 page", "ar": ": عدد الصفحات: 1",
                                        "fr": " : 1 page", "zh": "：1 页"}[lang] + "\n"
    return out, pdf_pages(out)


def test_export_pdf_card_of_article_12_2_in_arabic(library: Library, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out, pages = _card(tmp_path, "declaration:art-12.2", "--lang", "ar")
    assert len(pages) == 1
    box = PdfReader(str(out)).pages[0].mediabox
    assert box.width > box.height  # landscape
    found = pdf_arabic_words(pages[0])
    ar = library.version("declaration", "ar")
    for source in (ar.passage("art-12.2").text, label("ar", "unofficial")):  # type: ignore[union-attr]
        assert all(w in found for w in arabic_words(source))
    en = library.version("declaration", "en")
    text = body_text(pages)
    assert in_pieces(squash(en.passage("art-12.2").text), text)  # type: ignore[union-attr]
    assert squash("Official UN text") in text and squash(citation(en, "art-12.2")) in text


def test_a_card_of_a_whole_article_still_fits_one_page(library: Library,
                                                       tmp_path: Path) -> None:
    _, pages = _card(tmp_path, "art 9", "--lang", "fr", "--parallel", "ru")
    text = body_text(pages)
    fr = library.version("declaration", "fr")
    for pid in ("art-9.1", "art-9.5"):
        assert in_pieces(squash(fr.passage(pid).text), text)  # type: ignore[union-attr]


def test_card_asks_for_one_reference(tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    result = run_cli("export-pdf", "art 1", "art 2", "--card", "-o", str(out),
                     data_dir=tmp_path / "d")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--card prints one passage" in result.stderr and not out.exists()
    whole = run_cli("export-pdf", "declaration", "--card", "-o", str(out), data_dir=tmp_path / "d")
    assert whole.returncode == 2 and "without --card" in whole.stderr and not out.exists()


def test_show_and_card_agree_on_the_lead_in(library: Library, tmp_path: Path) -> None:
    shown = json.loads(run_cli("show", "declaration:art-5.a", "--json", "--lang", "zh",
                               data_dir=tmp_path / "d").stdout)
    html = card_html(library, Part("declaration", ("art-5.a",)), "zh")
    assert shown["lead_in"] in html


def test_a_card_of_the_covenant_asked_in_another_language_says_so(tmp_path: Path) -> None:
    """The Covenant has only its English text: a card asked for in Arabic or French gives
    that text with the notice in the language asked for, not a traceback (KeyError 'ar')."""
    _out, pages = _card(tmp_path, "ICCPR 14(3)(d)", "--lang", "fr")
    assert squash("To be tried in his presence") in squash(pages[0])
    assert squash("texte officiel") in squash(pages[0]) and squash("anglais") in squash(pages[0])
    _out, pages = _card(tmp_path, "ICCPR 14(3)(d)", "--lang", "ar")
    assert squash("To be tried in his presence") in squash(pages[0])
    assert {"الإنكليزية", "العربية"} <= pdf_arabic_words(pages[0])
