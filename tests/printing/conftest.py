"""Fixtures for the printing tests: the real library, PDF text read back, Qt offscreen."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.library import Library  # noqa: E402


@pytest.fixture(scope="session")
def library() -> Library:
    return Library.load()


def pdf_pages(path: Path, normalise: bool = True) -> list[str]:
    """The text of each page, NFKC-normalised (PDF text comes back as presentation forms)."""
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    return [unicodedata.normalize("NFKC", t) for t in pages] if normalise else pages


def squash(text: str) -> str:
    """No whitespace: line breaks fall in different places in a PDF than in the source."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def arabic_words(text: str) -> list[str]:
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
