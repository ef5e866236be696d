"""PDFs read back: the passage text, its citation, both languages, page numbers on every page."""

from __future__ import annotations

import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPagedPaintDevice

from desktop.bookmarks import Store
from desktop.citations import citation
from desktop.library import Library
from desktop.printing.labels import label
from desktop.printing.printout import Printout, build, build_bookmarks, select
from tests.printing.conftest import (
    arabic_words,
    body_text,
    in_pieces,
    laid_out,
    pdf_arabic_words,
    pdf_pages,
    squash,
)

pytestmark = pytest.mark.usefixtures("qapp")


def _export(library: Library, tmp_path: Path, ref: str, lang: str,
            parallel: str | None = None, name: str = "out.pdf") -> tuple[Path, list[str]]:
    from desktop.ui.printing import export_pdf

    out = tmp_path / name
    pages = export_pdf(build(library, [select(library, ref)], lang, parallel), out)
    texts = pdf_pages(out)
    assert len(texts) == pages
    return out, texts


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh"])
def test_pdf_holds_the_passage_and_its_citation(library: Library, tmp_path: Path,
                                                lang: str) -> None:
    version = library.version("declaration", lang)
    _, pages = _export(library, tmp_path, "declaration:art-12.2", lang)
    text = body_text(pages)
    passage = version.passage("art-12.2")
    assert passage is not None
    assert squash(passage.text) in text
    assert squash(citation(version, "art-12.2")) in text
    assert "A/RES/53/144" in text


def test_arabic_pdf_holds_the_passage_and_its_citation(library: Library, tmp_path: Path) -> None:
    version = library.version("declaration", "ar")
    _, pages = _export(library, tmp_path, "declaration:art-12.2", "ar")
    found = pdf_arabic_words(" ".join(pages))
    passage = version.passage("art-12.2")
    assert passage is not None
    for source in (passage.text, citation(version, "art-12.2")):
        words = arabic_words(source)
        missing = [w for w in words if w not in found]
        assert not missing, f"Arabic words not in the PDF text: {missing}"
    assert "A/RES/" in "".join(pages) and "144" in "".join(pages)


def test_parallel_pdf_holds_both_languages(library: Library, tmp_path: Path) -> None:
    _, pages = _export(library, tmp_path, "declaration:art-12", "en", parallel="fr")
    text = body_text(pages)
    for lang in ("en", "fr"):
        version = library.version("declaration", lang)
        for pid in ("art-12.1", "art-12.3"):
            passage = version.passage(pid)
            assert passage is not None
            assert in_pieces(squash(passage.text), text), (lang, pid)  # a row may split
        assert squash(citation(version, "art-12")) in text


def test_parallel_with_chinese_and_arabic(library: Library, tmp_path: Path) -> None:
    _, pages = _export(library, tmp_path, "declaration:art-5", "zh", parallel="ar")
    zh = library.version("declaration", "zh").passage("art-5.a")
    ar = library.version("declaration", "ar").passage("art-5.a")
    assert zh is not None and ar is not None
    assert in_pieces(squash(zh.text), body_text(pages))
    found = pdf_arabic_words(" ".join(pages))
    assert all(w in found for w in arabic_words(ar.text))


def test_every_page_has_its_number_and_the_footer(library: Library, tmp_path: Path) -> None:
    _, pages = _export(library, tmp_path, "declaration", "en")
    assert len(pages) > 3
    for n, page in enumerate(pages, 1):
        text = " ".join(page.split())  # pypdf separates words with tabs
        assert f"Page {n} of {len(pages)}" in text
        assert "A/RES/53/144" in text and "Printed on" in text


def test_bookmark_folder_pdf_has_the_notes(library: Library, tmp_path: Path) -> None:
    from desktop.ui.printing import export_pdf

    store = Store(tmp_path / "b.sqlite3")
    folder = store.add_folder("Police")
    store.add("declaration:art-12.2", note="Show this to the officer", folder_id=folder.id)
    out = tmp_path / "folder.pdf"
    export_pdf(build_bookmarks(library, store, folder.id, "en", printed_on=date.today()), out)
    text = squash("".join(pdf_pages(out)))
    assert squash("Show this to the officer") in text
    assert squash("Bookmarks: Police") in text and "art.12(2)" in text


def test_export_to_a_missing_folder_fails_and_leaves_nothing(library: Library,
                                                             tmp_path: Path) -> None:
    from desktop.ui.printing import export_pdf

    with pytest.raises(FileNotFoundError):
        export_pdf(build(library, [select(library, "art 1")], "en"), tmp_path / "no" / "a.pdf")
    assert list(tmp_path.iterdir()) == []


def test_range_part(library: Library) -> None:
    from desktop.ui.printing import range_part

    en = library.version("declaration", "en")
    part = range_part(en, "art-13", "art-12")
    assert part.pids == ("art-12.1", "art-12.2", "art-12.3", "art-13")


def test_copy_with_citation_marks_the_clipboard(library: Library) -> None:
    from PySide6.QtGui import QGuiApplication

    from desktop.ui import printing

    en = library.version("declaration", "en")
    text = printing.copy_with_citation(en, ["art-12.2"])
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == text
    assert text.endswith("Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12(2)")
    assert printing.clipboard_is_ours()
    assert printing.copy_citation_only(en, ["art-12.2"]) == clipboard.text()
    assert printing.clear_clipboard_if_ours()
    assert clipboard.text() == "" and not printing.clipboard_is_ours()
    clipboard.setText("someone else's text")
    assert not printing.clear_clipboard_if_ours()
    assert clipboard.text() == "someone else's text"


def test_printing_to_a_qprinter_draws_the_same_pages(library: Library, tmp_path: Path) -> None:
    """The print dialog path: a real QPrinter (in PDF mode, as there is no printer here)."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.printing import paint

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    pages = paint(build(library, [select(library, "declaration:art-9")], "ru"), printer)
    texts = pdf_pages(tmp_path / "printer.pdf")
    assert len(texts) == pages
    ru = library.version("declaration", "ru").passage("art-9.1")
    assert ru is not None and squash(ru.text) in body_text(texts)
    assert f"Страница {pages} из {pages}" in " ".join(texts[-1].split())


def test_print_preview_paints_the_printout(library: Library,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import printing

    painted: list[int] = []
    real_paint = printing.paint

    def spy(printout: Printout, device: QPagedPaintDevice) -> int:
        painted.append(real_paint(printout, device))
        return painted[-1]

    monkeypatch.setattr(printing, "paint", spy)

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle().startswith("Declaration"):
                widget.close()

    QTimer.singleShot(300, close)
    printing.preview(build(library, [select(library, "art 12")], "en"))
    assert painted and painted[0] >= 1


# -- the PDF's text is the passage's text, character for character -----------------------


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_latin_pdf_text_has_no_ligature_characters(library: Library, tmp_path: Path,
                                                   lang: str) -> None:
    """"Official" and "effectively" come out as typed, not as "Oﬃcial" (U+FB03)."""
    version = library.version("declaration", lang)
    source = " ".join(p.text for p in version.passages)
    words = sorted({w for w in re.findall(r"\w+", source) if re.search("ff|fi|fl", w)})
    assert len(words) > 3, words  # the check means something
    _, pages = _export(library, tmp_path, "declaration", lang)
    text = " ".join(" ".join(pages).split())
    assert not [c for c in text if 0xFB00 <= ord(c) <= 0xFB06]
    missing = [w for w in words if w not in text]
    assert not missing, f"words not found in the PDF text as typed: {missing[:10]}"


def test_chinese_pdf_text_is_the_passage_not_radicals(library: Library, tmp_path: Path) -> None:
    """人权 comes back as 人权, not with the Kangxi radical U+2F08 that looks the same."""
    zh = library.version("declaration", "zh")
    _, pages = _export(library, tmp_path, "declaration:art-12", "zh")
    text = "".join(pages)
    assert "人权" in text
    radicals = sorted({f"U+{ord(c):04X}" for c in text if 0x2E80 <= ord(c) <= 0x2FDF})
    assert not radicals
    for pid in ("art-12.1", "art-12.2", "art-12.3"):
        passage = zh.passage(pid)
        assert passage is not None and squash(passage.text) in body_text(pages), pid


# -- the footer: all of it, on every page --------------------------------------------------

PRINTED = date(2026, 11, 29)


def _footer_facts_on_every_page(pages: list[str], lang: str, versions: set[str]) -> None:
    for n, page in enumerate(pages, 1):
        text = squash(page)
        for v in versions:
            if lang == "ar":
                # Arabic PDF text is in visual order: the label's words come back reversed,
                # the number as printed.
                assert v in text, (n, v)
            else:
                assert squash(label(lang, "content_version", v=v)) in text, (n, v, page[-300:])
        day = PRINTED.isoformat()
        if lang == "ar":
            # In a right-to-left line "2026-11-29" after Arabic words is three numbers and
            # two hyphens, shown (and given back by the PDF) as 29-11-2026 unless isolated.
            assert day in text and "29-11-2026" not in text, (n, page[-300:])
        else:
            assert squash(label(lang, "printed", date=day)) in text, (n, page[-300:])
            assert squash(label(lang, "page", n=str(n), total=str(len(pages)))) in text


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh", "ar"])
def test_every_page_has_the_whole_footer(library: Library, tmp_path: Path, lang: str) -> None:
    """Content version and print date on every page (they used to be cut off at "Printed on
    20…", in French at "Version du c…", and from the later pages entirely)."""
    from desktop.ui.printing import export_pdf

    guide = "guide-protection"
    printout = build(library, [select(library, guide)], lang, printed_on=PRINTED)
    out = tmp_path / "g.pdf"
    assert export_pdf(printout, out) > 1
    version = library.version(guide, lang)
    _footer_facts_on_every_page(pdf_pages(out), lang, {version.content_version})


def test_every_page_of_a_multi_document_export_has_the_whole_footer(library: Library,
                                                                    tmp_path: Path) -> None:
    from desktop.ui.printing import export_pdf

    parts = [select(library, "declaration"), select(library, "guide-protection"),
             select(library, "64/163 para 7")]
    printout = build(library, parts, "fr", printed_on=PRINTED)
    out = tmp_path / "multi.pdf"
    assert export_pdf(printout, out) > 5
    versions = {library.version(p.doc, "fr").content_version for p in parts}
    pages = pdf_pages(out)
    _footer_facts_on_every_page(pages, "fr", {", ".join(sorted(versions))})
    for page in pages:
        assert "A/RES/53/144" in page and "A/RES/64/163" in page


def test_footer_lines_break_between_facts_and_lose_nothing(qapp: object) -> None:
    from PySide6.QtGui import QImage

    from desktop.printing.printout import FOOTER_SEPARATOR
    from desktop.ui.fonts import font_for
    from desktop.ui.printing import footer_lines

    device = QImage(100, 100, QImage.Format.Format_RGB32)
    font = font_for("fr", 7.5, for_print=True)
    facts = ["Rights at Hand", "A/RES/53/144", "Français", "Texte officiel de l’ONU",
             "Version du contenu 2026.11.29", "Imprimé le 2026-11-29"]
    footer = FOOTER_SEPARATOR.join(facts)
    wide = footer_lines(footer, font, device, 10_000)
    assert wide == [footer]
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(font, device)
    width = metrics.horizontalAdvance(FOOTER_SEPARATOR.join(facts[:3])) + 1
    lines = footer_lines(footer, font, device, width)
    assert len(lines) > 1 and FOOTER_SEPARATOR.join(lines) == footer
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    # A fact wider than the line is wrapped too, not cut.
    narrow = footer_lines(footer, font, device, metrics.horizontalAdvance("Version du") + 1)
    assert squash("".join(narrow)) == squash(footer.replace(FOOTER_SEPARATOR, ""))


# -- parallel columns -----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "parallel"), [("ar", "zh"), ("en", "ar"), ("fr", "ru")])
def test_parallel_columns_have_a_gutter(library: Library, lang: str, parallel: str) -> None:
    """At least 5 mm between the columns' text, whichever way each is aligned."""
    from PySide6.QtGui import QTextBlock, QTextTable

    # One tall page: only x matters here.
    doc = laid_out(build(library, [select(library, "declaration:art-12")], lang, parallel))
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    assert table.columns() == 3  # text, gutter, text

    def extent(block: QTextBlock) -> tuple[float, float]:
        rect = doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        lines = [layout.lineAt(i).naturalTextRect() for i in range(layout.lineCount())]
        return (rect.x() + min(r.left() for r in lines), rect.x() + max(r.right() for r in lines))

    def column(col: int) -> list[tuple[float, float]]:
        out = []
        for row in range(table.rows()):
            cell = table.cellAt(row, col)
            block = doc.findBlock(cell.firstPosition())
            while block.isValid() and block.position() <= cell.lastPosition():
                if block.text().strip():
                    out.append(extent(block))
                block = block.next()
        return out

    left, right = column(0), column(2)
    assert left and right
    gap_mm = (min(x for x, _ in right) - max(x for _, x in left)) / 600 * 25.4
    assert gap_mm >= 5, f"{gap_mm:.1f} mm between the columns"


# -- writing the file -------------------------------------------------------------------------


def test_an_error_names_the_file_asked_for_not_the_temporary_one(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder where no file can be made said "Operation not permitted: .../.rights-at-hand-
    89b___6l.pdf", a name the person never typed and cannot find."""
    import errno

    from desktop.ui import printing

    def refuse(prefix: str = "", suffix: str = "", dir: str = "") -> tuple[int, str]:
        raise PermissionError(errno.EPERM, "Operation not permitted",
                              f"{dir}/{prefix}89b___6l{suffix}")

    monkeypatch.setattr(printing.tempfile, "mkstemp", refuse)
    asked = tmp_path / "a.pdf"
    with pytest.raises(PermissionError) as caught:
        printing.export_pdf(build(library, [select(library, "art 1")], "en"), asked)
    assert caught.value.filename == str(asked) and caught.value.strerror == \
        "Operation not permitted"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "umask") or os.name != "posix", reason="POSIX modes")
def test_permissions_of_a_new_and_a_replaced_pdf(library: Library, tmp_path: Path) -> None:
    """mkstemp makes 0600 files; a new PDF gets the umask's usual mode, a replaced one its own."""
    from desktop.ui.printing import export_pdf

    printout = build(library, [select(library, "art 1")], "en")
    old = os.umask(0o022)
    try:
        export_pdf(printout, tmp_path / "new.pdf")
        kept = tmp_path / "kept.pdf"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        export_pdf(printout, kept)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert kept.read_bytes().startswith(b"%PDF-")


def test_a_cleanup_that_fails_too_does_not_hide_the_error(
        library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills while printing and the temporary file cannot be removed either (here a
    folder stands where it was): the person is told about the full disk, not the folder."""
    import errno

    from desktop.ui import printing

    def full_disk(printout: Printout, device: QPagedPaintDevice) -> int:
        (tmp,) = tmp_path.glob(".rights-at-hand-*.pdf")
        tmp.unlink()
        tmp.mkdir()  # unlink() on it now fails with IsADirectoryError
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(printing, "paint", full_disk)
    asked = tmp_path / "a.pdf"
    with pytest.raises(OSError) as caught:
        printing.export_pdf(build(library, [select(library, "art 1")], "en"), asked)
    assert caught.value.errno == errno.ENOSPC, caught.value
    assert caught.value.filename == str(asked)
    assert not asked.exists()


# -- Arabic: dates read left to right, and the marks that make them do leave no trace --------


def _pdftotext(path: Path) -> str | None:
    """poppler's text of the PDF (what most Linux PDF viewers copy), if pdftotext is here."""
    import shutil
    import subprocess

    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    return subprocess.run([exe, str(path), "-"], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout


#: Characters that must not come out of a PDF's text: the isolates and marks used to keep a
#: date in order, a replacement character, NUL (a glyph without a character).
_STRAY = {chr(c) for c in (*range(0x2066, 0x206A), 0x200E, 0x200F, 0x2060, 0xFFFD, 0)}


def test_arabic_dates_print_and_read_back_in_order(library: Library, tmp_path: Path) -> None:
    """The print date and a translation's date, in the header and the footer of an Arabic
    printout, read 2026-11-29 as printed: they came out as 29-11-2026 (the footer test
    above accepted either). The isolates around them come back as nothing, or as the
    whitespace a PDF reader puts between runs, never as characters of their own."""
    from desktop.ui.printing import export_pdf

    version = library.version("declaration", "ar")
    translated = version.header["translated-on"]
    assert translated.count("-") == 2  # the check means something
    out = tmp_path / "ar.pdf"
    export_pdf(build(library, [select(library, "art-12")], "ar", printed_on=PRINTED), out)
    day = PRINTED.isoformat()
    backwards = ["-".join(reversed(d.split("-"))) for d in (day, translated)]
    pypdf_text = "".join(pdf_pages(out))
    poppler_text = _pdftotext(out)
    for text in (pypdf_text, poppler_text):
        if text is None:  # no poppler here: pypdf's text is checked all the same
            continue
        squashed = squash(text)
        assert squashed.count(day) == 2, text  # the header's meta line and the footer
        assert translated in squashed
        assert not [d for d in backwards if d in squashed]
        assert not _STRAY & set(text), sorted(f"U+{ord(c):04X}" for c in _STRAY & set(text))
        assert "A/RES/53/144" in squashed


def test_arabic_labels_isolate_only_dates(library: Library) -> None:
    """Only right-to-left labels get the isolates, and only around a date: other languages'
    PDFs carry no invisible characters at all."""
    from desktop.languages import LRI, PDI

    assert label("ar", "printed", date="2026-11-29") == f"تاريخ الطباعة {LRI}2026-11-29{PDI}"
    assert label("ar", "content_version", v="2026.11.29") == "إصدار المحتوى 2026.11.29"
    for lang in ("en", "fr", "es", "ru", "zh"):
        printout = build(library, [select(library, "art-12")], lang, printed_on=PRINTED)
        assert LRI not in printout.html + printout.footer, lang
