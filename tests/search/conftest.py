"""Fixtures for the search tests: an index of the real content, and small fixture libraries.

The fixture libraries are tiny content folders in the real file format, written by the
tests; their texts are test data (marked so in their headers), never shipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.library import Library
from desktop.search.index import build_index, open_read_only
from desktop.search.searcher import Searcher

HEADER = """document: {doc}
language: {lang}
title: {title}
short-title: {title}
citation-title: {title}
status: {status}
source: test fixture written by tests/search
cleaning: none
content-version: test
"""
TRANSLATION = "translator: test fixture\ntranslated-on: 2026-11-28\ntranslated-from: en\n"


def write_content(root: Path, files: dict[tuple[str, str], str]) -> Path:
    """Write `{(doc, lang): body}` as content files; body is `[id]\\ntext` blocks."""
    for (doc, lang), body in files.items():
        status = "official" if lang == "en" else "unofficial-translation"
        head = HEADER.format(doc=doc, lang=lang, title=f"Fixture {doc}", status=status)
        if status == "unofficial-translation":
            head += TRANSLATION
        folder = root / doc
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{lang}.txt").write_text(head + "---\n\n" + body.strip() + "\n", "utf-8")
    return root


FIXTURE_FILES: dict[tuple[str, str], str] = {
    ("fixture", "en"): """
[art-1]
Everyone has the right to meet or assemble peacefully and to form associations.

[art-2]
The State shall protect everyone against violence, threats and intimidation.

[art-3]
Defenders may complain about the policies of officials.
""",
    # Arabic with full diacritics (tashkeel) and hamza forms, as official UN Arabic often is.
    ("fixture", "ar"): """
[art-1]
لِكُلِّ شَخْصٍ الحَقُّ فِي الاجْتِمَاعِ السِّلْمِيِّ وَفِي إِنْشَاءِ الجَمْعِيَّاتِ.

[art-2]
تَتَّخِذُ الدَّوْلَةُ جَمِيعَ التَّدَابِيرِ لِحِمَايَةِ كُلِّ شَخْصٍ مِنَ العُنْفِ وَالتَّهْدِيدِ.

[art-3]
يَجُوزُ لِلْمُدَافِعِينَ تَقْدِيمُ شَكْوَى بِشَأْنِ سِيَاسَاتِ المَسْؤُولِينَ.
""",
    ("fixture", "zh"): """
[art-1]
人人有权和平集会和结社。

[art-2]
国家应保护每一个人免遭暴力和威胁。

[art-3]
维护者可以就官员的政策提出申诉。
""",
    ("fixture", "ru"): """
[art-1]
Каждый имеет право мирно собираться и создавать объединения.

[art-2]
Государство защищает каждого от насилия, угроз и запугивания.

[art-3]
Правозащитники могут подавать жалобы на политику должностных лиц; её обжалуют.
""",
}


@pytest.fixture(scope="session")
def fixture_library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = write_content(tmp_path_factory.mktemp("fixture-content"), FIXTURE_FILES)
    return Library.load(root)


def _searcher(library: Library, folder: Path) -> Iterator[Searcher]:
    build_index(library, folder)
    searcher = Searcher(library, open_read_only(folder), "test", folder)
    yield searcher
    searcher.close()


@pytest.fixture(scope="session")
def fixture_searcher(
    fixture_library: Library, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Searcher]:
    yield from _searcher(fixture_library, tmp_path_factory.mktemp("fixture-index") / "ix")


@pytest.fixture(scope="session")
def library() -> Library:
    return Library.load()


@pytest.fixture(scope="session")
def searcher(library: Library, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    """A searcher over an index of the real content, built once for the session."""
    yield from _searcher(library, tmp_path_factory.mktemp("real-index") / "ix")


@pytest.fixture
def make_library(tmp_path: Path) -> Callable[[dict[tuple[str, str], str]], Library]:
    def make(files: dict[tuple[str, str], str]) -> Library:
        return Library.load(write_content(tmp_path / "content", files))

    return make
