"""Printouts sized to the passage, read back from the PDF: the lead-in of an item in every
language and both directions of a parallel printout, a compact header, upright citations."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from desktop.bookmarks import Store
from desktop.languages import LANGUAGES
from desktop.library import Library
from desktop.printing.labels import label
from desktop.printing.printout import build, build_bookmarks, select
from tests.printing.conftest import (
    arabic_words,
    laid_out,
    pdf_arabic_words,
    pdf_pages,
    squash,
)

pytestmark = pytest.mark.usefixtures("qapp")


def _pdf(library: Library, tmp_path: Path, ref: str, lang: str,
         parallel: str | None = None) -> tuple[Path, int]:
    from desktop.ui.printing import export_pdf

    out = tmp_path / f"{lang}-{parallel}.pdf"
    return out, export_pdf(build(library, [select(library, ref)], lang, parallel), out)


def _nfkc(text: str) -> str:
    return squash(unicodedata.normalize("NFKC", text))


def _readings(path: Path) -> list[str]:
    """The PDF's text as pypdf gives it and, where installed, as pdftotext does."""
    texts = ["".join(pdf_pages(path))]
    if shutil.which("pdftotext"):
        texts.append(subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                    text=True, check=True).stdout)
    return texts


def _holds(path: Path, library: Library, lang: str, pid: str) -> None:
    """The passage's words are in the PDF, in every reading of it."""
    text = library.version("declaration", lang).passage(pid).text  # type: ignore[union-attr]
    for reading in _readings(path):
        if lang == "ar":
            found = pdf_arabic_words(reading)
            missing = [w for w in arabic_words(text) if w not in found]
            assert not missing, (pid, missing)
        else:
            assert _nfkc(text) in _nfkc(reading), (lang, pid)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_items_pdf_holds_its_lead_in_marked(library: Library, tmp_path: Path,
                                               lang: str) -> None:
    path, pages = _pdf(library, tmp_path, "declaration:art-5.a", lang)
    assert pages == 1
    _holds(path, library, lang, "art-5")
    _holds(path, library, lang, "art-5.a")
    if lang != "ar":  # Arabic comes back in visual order; its words are checked above
        marker = label(lang, "lead_in", p=label_pinpoint(library, lang))
        text = _nfkc("".join(pdf_pages(path)))
        lead = _nfkc(library.version("declaration", lang).passage("art-5").text)  # type: ignore[union-attr]
        item = _nfkc(library.version("declaration", lang).passage("art-5.a").text)  # type: ignore[union-attr]
        assert text.index(_nfkc(marker)) < text.index(lead) < text.index(item)


def label_pinpoint(library: Library, lang: str) -> str:
    from desktop.citations import pinpoint

    return pinpoint(library.version("declaration", lang), "art-5")


@pytest.mark.parametrize(("lang", "parallel"), [("ar", "en"), ("en", "ar"), ("zh", "fr"),
                                                ("ru", "es")])
def test_parallel_pdf_holds_both_lead_ins_on_one_page(library: Library, tmp_path: Path,
                                                      lang: str, parallel: str) -> None:
    path, pages = _pdf(library, tmp_path, "declaration:art-5.a", lang, parallel)
    assert pages == 1  # the whole sentence in both languages, under a compact header
    for code in (lang, parallel):
        _holds(path, library, code, "art-5")
        _holds(path, library, code, "art-5.a")


def _laid_out(library: Library, lang: str, parallel: str | None) -> QTextDocument:
    return laid_out(build(library, [select(library, "declaration:art-5.a")], lang, parallel))


def _lines(doc: QTextDocument, first: int, last: int) -> int:
    """Lines of text laid out between two positions of the document."""
    block, count = doc.findBlock(first), 0
    while block.isValid() and block.position() <= last:
        count += block.layout().lineCount() if block.text().strip() else 0
        block = block.next()
    return count


@pytest.mark.parametrize("lang", ["en", "ar", "zh", "ru"])
def test_the_header_takes_a_few_lines_above_a_short_passage(library: Library,
                                                            lang: str) -> None:
    """Instrument and symbol, language and status, content version and print date: at most
    four lines above "Article 5", and the lead-in starts within 40 mm of the page's top
    margin (the header alone took half the page)."""
    doc = _laid_out(library, lang, None)
    heading = doc.find(library.version("declaration", lang).passage("art-5").before[-1].text)  # type: ignore[union-attr]
    assert not heading.isNull()
    assert _lines(doc, 0, heading.block().position() - 1) <= 4
    lead = doc.find(label(lang, "lead_in", p=label_pinpoint(library, lang)))
    top = doc.documentLayout().blockBoundingRect(lead.block()).top() / 600 * 25.4
    assert top < 40, f"{top:.0f} mm"


@pytest.mark.parametrize(("lang", "parallel"), [("ar", "en"), ("en", "ar"), ("zh", "ru")])
def test_a_parallel_header_takes_a_few_lines_per_column(library: Library, lang: str,
                                                        parallel: str) -> None:
    from PySide6.QtGui import QTextTable

    doc = _laid_out(library, lang, parallel)
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    for col in (0, 2):
        cell = table.cellAt(0, col)
        assert 3 <= _lines(doc, cell.firstPosition(), cell.lastPosition()) <= 4, col


@pytest.mark.parametrize("lang", ["ar", "en", "zh"])
def test_citations_are_never_slanted(library: Library, tmp_path: Path, lang: str) -> None:
    """No synthetic italic: Qt slants a font without an italic through the text matrix
    (`1 0 .3 -1 0 0 Tm`); every text matrix in the PDF is upright."""
    from pypdf import PdfReader

    path, _ = _pdf(library, tmp_path, "declaration:art-12", lang, "ar" if lang != "ar" else "en")
    content = PdfReader(str(path)).pages[0].get_contents()
    assert content is not None
    matrices = re.findall(rb"([-\d. ]+) Tm", content.get_data())
    assert matrices
    for matrix in matrices:
        a, b, c, d = (float(x) for x in matrix.split()[:4])
        assert b == 0 and c == 0, matrix


def test_bookmark_folder_pdf_carries_the_lead_in(library: Library, tmp_path: Path) -> None:
    from desktop.ui.printing import export_pdf

    store = Store(tmp_path / "b.sqlite3")
    store.add("declaration:art-9.3.b", note="For the hearing")
    out = tmp_path / "folder.pdf"
    export_pdf(build_bookmarks(library, store, None, "en"), out)
    text = _nfkc("".join(pdf_pages(out)))
    lead = _nfkc(library.version("declaration", "en").passage("art-9.3").text)  # type: ignore[union-attr]
    assert _nfkc("Opening words of art. 9(3)") in text
    assert text.index(lead) < text.index(_nfkc("(b) To attend public hearings"))
    store.close()


@pytest.mark.parametrize(("lang", "parallel"), [("ar", "en"), ("en", "ar"), ("zh", "fr")])
def test_parallel_printouts_align_passage_by_passage(library: Library, lang: str,
                                                     parallel: str) -> None:
    """Article 5, item by item, and the lead-in of 5(b)..(c): each passage starts at the same
    height in both columns, whatever the length of the one before it in either language."""
    for ref in ("declaration:art-5", "declaration:art-5.b..art-5.c", "declaration:art-9"):
        part = select(library, ref)
        doc = laid_out(build(library, [part], lang, parallel))
        pids = list(part.pids) + (["art-5"] if ref.endswith("art-5.c") else [])
        for pid in pids:
            tops = []
            for code in (lang, parallel):
                words = library.version("declaration", code).passage(pid).paragraphs[0]  # type: ignore[union-attr]
                found = doc.find(words)
                assert not found.isNull(), (code, pid)
                tops.append(doc.documentLayout().blockBoundingRect(found.block()).top())
            assert abs(tops[0] - tops[1]) < 1, (ref, pid, tops)
