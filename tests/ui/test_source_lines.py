"""The "Source:" line in the interface language (issue 17, point 2): it was the content
header's English sentence in every interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.library import Library
from desktop.source_lines import read_table, source_line
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown

FACTS = re.compile(r"A/RES/\d+/\d+|\d{2}-\d{5}|\b[0-9a-f]{8}\b|[\w-]+/[\w./-]+\.txt")


def test_every_text_of_the_six_has_its_source_line_in_every_interface_language(
        library: Library) -> None:
    for doc_id in ("declaration", "res-64-163", "guide-safety", "guide-protection", "udhr",
                   "iccpr"):
        for version in library.document(doc_id).versions.values():
            for ui in ("en", "fr", "es", "ru", "zh", "ar"):
                line = source_line(version, ui)
                assert line, (doc_id, version.lang, ui)
                if ui in ("zh", "ar", "ru"):
                    # In that script: no English sentence left (symbols and names aside).
                    words = re.findall(r"[A-Za-z]{4,}", FACTS.sub("", line))
                    assert set(words) <= {
                        "Rights", "Hand", "olanto", "MYCAT", "blob", "Part", "content",
                        "shared", "sources", "declaration", "resolution", "github", "commit",
                        "docx", "Declaration", "UDHR", "Unicode", "eric", "muller", "udhr",
                        "SOURCES", "statengeneraal", "laws", "markdown", "BWBV",
                    }, (doc_id, version.lang, ui, words)


def test_a_translated_line_keeps_the_header_s_facts(library: Library) -> None:
    for doc in library:
        for version in doc.versions.values():
            header = version.header.get("source", "")
            for ui in ("fr", "es", "ru", "zh", "ar"):
                line = source_line(version, ui)
                assert set(FACTS.findall(line)) <= set(FACTS.findall(header)) | {
                    "A/RES/53/144", "A/RES/64/163"}, (doc.id, version.lang, ui)


def test_no_table_means_the_headers(tmp_path: Path) -> None:
    assert read_table(tmp_path) == {}


@pytest.mark.parametrize(("ui", "expected"), [
    ("zh", "来源：联合国文件 A/RES/53/144（1999年3月8日），法文本"),
    ("ar", "وثيقة الأمم المتحدة A/RES/53/144 (8 آذار/مارس 1999)، النسخة الفرنسية"),
    ("en", "Source: UN document A/RES/53/144 (8 March 1999), French version"),
])
def test_the_banner_says_the_source_in_the_interface_language(
        window: MainWindow, ui: str, expected: str) -> None:
    window.set_ui_language(ui)
    window.set_reading_language("fr")
    banner = window.reader.banners[0]
    assert expected in shown(banner.source.text())
    if ui != "en":
        assert "UN document" not in banner.source.text()


def test_one_section_read_alone_says_what_the_whole_table_says(library: Library) -> None:
    """The banner reads its text's section alone (the first page needs one of ~50): for
    every text and interface language it gives what reading the whole table gives."""
    version = library.document("declaration").versions["fr"]
    table = read_table(Path(version.path).parent.parent)
    assert len(table) > 40
    for doc in library:
        for v in doc.versions.values():
            for ui in ("en", "fr", "es", "ru", "zh", "ar"):
                expected = table.get(f"{v.doc}/{v.lang}", {}).get(ui, v.header.get("source", ""))
                assert source_line(v, ui) == expected, (v.doc, v.lang, ui)


def test_a_section_header_written_loosely_is_still_found(tmp_path: Path,
                                                         library: Library) -> None:
    """Spaces inside the brackets, Windows line ends, a header not at the file's start: the
    whole table is read then, as before."""
    from desktop.library import Version

    version = library.document("declaration").versions["fr"]
    content = tmp_path / "content"
    (content / "declaration").mkdir(parents=True)
    (content / "source-lines.txt").write_bytes(
        "% note\r\n[ declaration/fr ]\r\nzh: 来源句\r\n\r\n[declaration/en]\r\nzh: 英文\r\n"
        .encode())
    moved = Version("declaration", "fr", version.header, [], (),
                    content / "declaration" / "fr.txt")
    assert source_line(moved, "zh") == "来源句"
    assert source_line(moved, "ru") == version.header["source"]
