"""Fixtures for the printing tests: the real library, PDF text read back, Qt offscreen."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.library import Library  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from desktop.printing.printout import Printout


@pytest.fixture(scope="session")
def library() -> Library:
    return Library.load()


def pdf_pages(path: Path) -> list[str]:
    """The text of each page as a PDF reader gives it, not normalised.

    Not NFKC-normalised on purpose: a person searching a PDF for "effectively" or 人权
    types the plain characters, so ligatures (U+FB03 "ﬃ") or Kangxi radicals (U+2F08 for
    人) in the PDF text are defects the tests must see, not hide. Only Arabic is compared
    after NFKC (`arabic_words`), because its letters come back as presentation forms.
    """
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """No whitespace: line breaks fall in different places in a PDF than in the source."""
    return re.sub(r"\s+", "", text)


def body_text(pages: list[str]) -> str:
    """All pages squashed, each without its footer, so a passage that runs on over a page
    break reads through. The footer is drawn last on a page, so its text comes last; it
    starts with the app's name and a separator ("Rights at Hand · ...") in every language.
    """
    out = []
    for page in pages:
        text = squash(page)
        cut = text.rfind(squash("Rights at Hand · "))
        out.append(text[:cut] if cut >= 0 else text)
    return "".join(out)


def in_pieces(needle: str, haystack: str, pieces: int = 2) -> bool:
    """Whether `needle` is in `haystack` as at most `pieces` runs, in order of the needle.

    In parallel columns a table row split by a page break comes back as the left cell's
    first half, the right cell's first half, then the second halves on the next page.
    """
    while needle and pieces:
        lo, hi = 0, len(needle)  # the longest prefix of needle found in haystack
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if needle[:mid] in haystack:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            return False
        needle, pieces = needle[lo:], pieces - 1
    return not needle


def arabic_words(text: str) -> list[str]:
    """Arabic words after NFKC: PDF text gives Arabic as presentation forms (U+FExx), the
    shaped glyphs' own code points, which NFKC maps back to the letters. Arabic only."""
    return re.findall(r"[\u0621-\u064A]+", unicodedata.normalize("NFKC", text))


def pdf_arabic_words(pdf_text: str) -> set[str]:
    """Arabic words of a PDF's raw (not yet normalised) text, in reading order.

    PDF text of right-to-left lines comes back in visual order (each word reversed);
    reversing before NFKC puts ligatures such as lam-alef back in the right order.
    """
    words: set[str] = set()
    for token in re.split(r"\s+", pdf_text):
        for candidate in (token, token[::-1]):
            words.update(arabic_words(candidate))
    return words


def laid_out(printout: Printout) -> QTextDocument:
    """The printout's document laid out as for an A4 PDF at 600 dpi, on one tall page (so
    positions can be compared without page breaks)."""
    import tempfile

    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter

    from desktop.ui.printing import _page_layout, make_document

    writer = QPdfWriter(str(Path(tempfile.mkdtemp()) / "layout.pdf"))
    writer.setPageLayout(_page_layout())
    writer.setResolution(600)
    doc = make_document(printout)
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), 1e7))
    return doc
