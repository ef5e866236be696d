"""PDFs read back: the passage text, its citation, both languages, page numbers on every page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QPagedPaintDevice

from desktop.bookmarks import Store
from desktop.citations import citation
from desktop.library import Library
from desktop.printing.printout import Printout, build, build_bookmarks, select
from tests.printing.conftest import arabic_words, pdf_arabic_words, pdf_pages, squash

pytestmark = pytest.mark.usefixtures("qapp")


def _export(library: Library, tmp_path: Path, ref: str, lang: str,
            parallel: str | None = None, name: str = "out.pdf") -> tuple[Path, list[str]]:
    from desktop.ui.printing import export_pdf

    out = tmp_path / name
    pages = export_pdf(build(library, [select(library, ref)], lang, parallel), out)
    texts = pdf_pages(out, normalise=lang != "ar" and parallel != "ar")
    assert len(texts) == pages
    return out, texts


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh"])
def test_pdf_holds_the_passage_and_its_citation(library: Library, tmp_path: Path,
                                                lang: str) -> None:
    version = library.version("declaration", lang)
    _, pages = _export(library, tmp_path, "declaration:art-12.2", lang)
    text = squash("".join(pages))
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
    text = squash("".join(pages))
    for lang in ("en", "fr"):
        version = library.version("declaration", lang)
        for pid in ("art-12.1", "art-12.3"):
            passage = version.passage(pid)
            assert passage is not None
            assert squash(passage.text) in text, (lang, pid)
        assert squash(citation(version, "art-12")) in text


def test_parallel_with_chinese_and_arabic(library: Library, tmp_path: Path) -> None:
    _, pages = _export(library, tmp_path, "declaration:art-5", "zh", parallel="ar")
    zh = library.version("declaration", "zh").passage("art-5.a")
    ar = library.version("declaration", "ar").passage("art-5.a")
    assert zh is not None and ar is not None
    assert squash(zh.text) in squash("".join(pages))  # squash() normalises
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
    assert ru is not None and squash(ru.text) in squash("".join(texts))
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
