"""Printing, print preview, PDF export and copy-with-citation (the Qt side of `desktop.printing`).

The HTML of a printout comes from `desktop.printing.printout` (Qt-free); here it is laid out
on pages with a footer and "Page n of m" on every page, for a printer, a preview or a PDF.

Wiring (the main window knows the document, language, passage and selection)::

    from desktop.printing.printout import Part, build
    from desktop.ui import printing

    part = Part(doc_id, tuple(selected_ids or [current_id]))
    printout = build(library, [part], lang, parallel=parallel_lang_or_None)
    printing.preview(printout, parent)              # File > Print Preview…
    printing.print_dialog(printout, parent)         # File > Print…
    printing.export_pdf_dialog(printout, parent)    # File > Export PDF…
    printing.copy_with_citation(version, ids)       # Ctrl+Shift+C
    printing.copy_citation_only(version, ids)

Clipboard content put there by the app carries the MIME type `MIME_MARK`, so quick exit can
tell it is ours (`clipboard_is_ours`) and clear it (`clear_clipboard_if_ours`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMarginsF, QMimeData, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from desktop import APP_NAME
from desktop.library import Version
from desktop.printing.metadata import EMPTY_XMP, scrub_file
from desktop.printing.printout import (
    FOOTER_SEPARATOR,
    Part,
    Printout,
    citation_text,
    clipboard_text,
)
from desktop.references import Target
from desktop.ui.fonts import font_for, load_bundled_fonts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QWidget

MIME_MARK = "application/x-rights-at-hand"
MARGIN_MM = 18.0
FOOTER_PT = 7.5


# ------------------------------------------------------------------------------- layout


def make_document(printout: Printout) -> QTextDocument:
    load_bundled_fonts()
    doc = QTextDocument()
    doc.setDefaultFont(font_for(printout.lang, 11, for_print=True))
    option = QTextOption(doc.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if printout.rtl
                            else Qt.LayoutDirection.LeftToRight)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setHtml(printout.html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, printout.title)
    return doc


def paint(printout: Printout, device: QPagedPaintDevice) -> int:
    """Lay the printout out on `device` (printer, PDF writer) page by page; returns pages."""
    doc = make_document(printout)
    layout = device.pageLayout()
    area = layout.paintRectPixels(device.logicalDpiX())
    width, height = float(area.width()), float(area.height())

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start printing (the printer or file could not be opened)")
    try:
        footer_font = font_for(printout.lang, FOOTER_PT, for_print=True)
        painter.setFont(footer_font)
        metrics = QFontMetricsF(footer_font, device)
        # Room for the widest page number there can be: the page count is known only once
        # the body is laid out, and the body's height depends on the footer's line count.
        page_w = metrics.horizontalAdvance(printout.page_text(999, 999)) + metrics.height()
        lines = footer_lines(printout.footer, footer_font, device, width - page_w)
        footer_h = metrics.height() * 1.2 + len(lines) * metrics.lineSpacing()
        body_h = height - footer_h

        doc.documentLayout().setPaintDevice(device)
        scale = fit_scale(doc, width, body_h) if printout.one_page else 1.0
        doc.setPageSize(QSizeF(width / scale, body_h / scale))
        pages = max(1, doc.pageCount())
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * body_h / scale)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body_h / scale, width / scale, body_h / scale)
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, printout, index + 1, pages, QRectF(0, body_h, width, footer_h),
                    metrics, lines)
    finally:
        painter.end()
    return pages


#: The smallest a one-page printout is shrunk to (a card of a long article), as a share of
#: its size; below it, it would be too small to read, and it takes a second page instead.
MIN_SCALE = 0.4


def fit_scale(doc: QTextDocument, width: float, height: float) -> float:
    """How much to shrink `doc` (laid out on a page `width` wide) so it fits on one page
    `height` high: 1.0 when it fits as it is. Shrunk as a whole, text stays text."""
    scale = 1.0
    while scale > MIN_SCALE:
        doc.setPageSize(QSizeF(width / scale, height / scale))
        if doc.pageCount() <= 1:
            return scale
        scale = max(MIN_SCALE, scale * 0.92)
    return MIN_SCALE


def footer_lines(text: str, font: QFont, device: QPaintDevice, width: float) -> list[str]:
    """The footer broken into lines no wider than `width`, the same on every page.

    The whole footer is printed, never cut short: the content version and print date at its
    end are what a lawyer or judge checks a printout against. Lines break between facts
    (at `FOOTER_SEPARATOR`), so "Printed on 2026-11-29" stays together; a single fact
    wider than the line is wrapped by Qt's line breaking (between words, or anywhere).
    """
    metrics = QFontMetricsF(font, device)
    lines: list[str] = []
    for fact in text.split(FOOTER_SEPARATOR):
        joined = f"{lines[-1]}{FOOTER_SEPARATOR}{fact}" if lines else fact
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(fact)
    return [piece for line in lines for piece in _wrap(line, font, device, width)]


def _wrap(text: str, font: QFont, device: QPaintDevice, width: float) -> list[str]:
    if QFontMetricsF(font, device).horizontalAdvance(text) <= width:
        return [text]
    layout = QTextLayout(text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    pieces: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        pieces.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [piece for piece in pieces if piece] or [text]


def _footer(painter: QPainter, printout: Printout, n: int, total: int, rect: QRectF,
            metrics: QFontMetricsF, lines: Sequence[str]) -> None:
    painter.save()
    painter.setPen(Qt.GlobalColor.darkGray)
    line_y = rect.top() + metrics.height() * 0.5
    painter.drawLine(int(rect.left()), int(line_y), int(rect.right()), int(line_y))
    painter.setPen(Qt.GlobalColor.black)
    rtl = printout.rtl
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)  # footer_lines() broke the lines
    top = line_y + metrics.height() * 0.3
    # AlignAbsolute: without it Qt mirrors Left and Right in right-to-left text, and Arabic
    # footers came out left-aligned with the page number on the right.
    start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
    for index, text in enumerate(lines):
        text_rect = QRectF(rect.left(), top + index * metrics.lineSpacing(), rect.width(),
                           metrics.height() * 1.4)
        # The footer's lines start where the language's lines start (right for Arabic); the
        # page number sits at the other end of the first line.
        option.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute)
        painter.drawText(text_rect, text, option)
        if index == 0:
            option.setAlignment(end | Qt.AlignmentFlag.AlignAbsolute)
            painter.drawText(text_rect, printout.page_text(n, total), option)
    painter.restore()


def _page_layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape \
        else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


# ---------------------------------------------------------------------------------- PDF


class NotAFileError(OSError):
    """The PDF's target exists but is no regular file (a pipe, a device, a socket)."""


def export_pdf(printout: Printout, path: Path | str, page_layout: QPageLayout | None = None) -> int:
    """Write the printout as a PDF into `path`; returns the page count.

    The PDF is written to a temporary file beside the real one, then renamed over it, so a
    failed export never leaves half a PDF where a good one was. A symbolic link is followed:
    the file it points to gets the PDF and the link stays a link (renaming over the link
    itself would have turned it into a plain file and left its target old). A target that
    exists but is no regular file (a FIFO, `/dev/full`) is refused, not replaced. A new file
    gets the usual permissions (umask), a replaced one keeps its own. Every error names
    `path` as asked, never the hidden temporary file.
    """
    asked = Path(path)
    try:
        return _write_pdf(printout, asked, page_layout)
    except OSError as exc:
        if exc.filename in (str(asked), str(asked.parent)):
            raise
        # About the temporary file, the link's target or no file at all: name the file the
        # person asked for (OSError() picks the subclass, e.g. PermissionError, from errno).
        raise OSError(exc.errno, exc.strerror or str(exc), str(asked)) from exc


def _write_pdf(printout: Printout, asked: Path, page_layout: QPageLayout | None) -> int:
    if not asked.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "folder does not exist", str(asked.parent))
    target = Path(os.path.realpath(asked))  # through any symbolic links
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None  # a new file (or a link to a file yet to be made)
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(asked))
        raise NotAFileError(errno.EEXIST, "exists and is not a regular file (it is a device "
                            "or a pipe), so it is left alone; choose a file name", str(asked))
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "links into a folder that does not exist",
                                str(asked))
    fd, tmp = tempfile.mkstemp(prefix=".rights-at-hand-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setPageLayout(page_layout or _page_layout(printout.landscape))
        writer.setResolution(600)
        # No title, creator, time or document id in the file's metadata: only what the
        # pages show (desktop/printing/metadata.py).
        writer.setTitle("")
        writer.setCreator("")
        writer.setDocumentXmpMetadata(QByteArray(EMPTY_XMP))
        pages = paint(printout, writer)
        del writer  # flushes and closes the file
        scrub_file(Path(tmp))
        with open(tmp, "rb") as written:
            written.seek(max(0, os.path.getsize(tmp) - 64))
            if b"%%EOF" not in written.read():
                # QPdfWriter reports no write error: a full disk gives a cut-off file.
                raise OSError(errno.EIO, "the PDF could not be written completely "
                              "(is the disk full?)", str(asked))
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        # The error that stopped the export is the one to report: a temporary file that
        # cannot be removed as well (the stick pulled out, the folder gone read-only) must
        # not take its place, so the person reads "No space left", not "Read-only".
        with contextlib.suppress(OSError):
            Path(tmp).unlink(missing_ok=True)
        raise
    return pages


def _umask() -> int:
    # Read by setting it: there is no other way in Python. mkstemp's files are 0600, which
    # a new PDF should not be (a file saved any other way would be readable as usual).
    current = os.umask(0o022)
    os.umask(current)
    return current


# ------------------------------------------------------------------------------ dialogs


def _printer(landscape: bool = False) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout(landscape))
    return printer


def _exec_once(dialog: QDialog) -> int:
    """Run a modal dialog, then delete it at once.

    A print dialog points at the QPrinter made for it, which goes when the calling function
    returns; a dialog kept as a hidden child of the window could be reached later (by keys
    sent to the focus it kept) and use the freed printer: the app would crash.
    """
    import shiboken6

    try:
        return dialog.exec()
    finally:
        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)


def print_dialog(printout: Printout, parent: QWidget | None = None) -> bool:
    """The system print dialog, then print; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = _printer(printout.landscape)
    printer.setDocName(printout.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(printout.title)
    if _exec_once(dialog) != QPrintDialog.DialogCode.Accepted:
        return False
    paint(printout, printer)
    return True


def preview(printout: Printout, parent: QWidget | None = None) -> None:
    """The print preview window (its Print button prints)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = _printer(printout.landscape)
    printer.setDocName(printout.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(printout.title)
    dialog.paintRequested.connect(lambda p: paint(printout, p))
    _exec_once(dialog)


def suggested_pdf_name(printout: Printout) -> str:
    """A neutral name ("passage-2026-12-06.pdf"): a file found on a seized computer should
    not say what it is about ("documenting-a-violation.pdf")."""
    from datetime import date

    return f"passage-{date.today().isoformat()}.pdf"


def export_pdf_dialog(printout: Printout, parent: QWidget | None = None,
                      folder: Path | None = None) -> Path | None:
    """Ask where to save, then write the PDF; returns the path, or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    if folder is None:
        from desktop.paths import ensure_dir, user_paths

        folder = user_paths().exports
        ensure_dir(folder)
    name, _ = QFileDialog.getSaveFileName(
        parent, QGuiApplication.translate("printing", "Export PDF"),
        str(folder / suggested_pdf_name(printout)),
        QGuiApplication.translate("printing", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        export_pdf(printout, path)
    except OSError as exc:
        QMessageBox.warning(parent, APP_NAME, f"{path}: {exc.strerror or exc}")
        return None
    return path


def ask_range(version: Version, parent: QWidget | None = None) -> Part | None:
    """A small dialog: print from one article (or paragraph, or section) to another."""
    from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

    from desktop.citations import pinpoint
    from desktop.printing.printout import unit_of

    units: list[str] = []
    for pid in version.ids():
        if unit_of(pid) not in units:
            units.append(unit_of(pid))
    dialog = QDialog(parent)
    dialog.setWindowTitle(QGuiApplication.translate("printing", "Print a range"))
    form = QFormLayout(dialog)
    first, last = QComboBox(dialog), QComboBox(dialog)
    # Each label written out in its own translate() call, so lupdate finds it.
    labels = (QGuiApplication.translate("printing", "&From:"),
              QGuiApplication.translate("printing", "&To:"))
    for box, text in zip((first, last), labels, strict=True):
        for unit in units:
            box.addItem(pinpoint(version, unit), unit)
        box.setAccessibleName(text.replace("&", "").rstrip(":：").strip())
        form.addRow(text, box)  # the label's mnemonic (Alt+F, Alt+T) focuses the box
    last.setCurrentIndex(len(units) - 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    chosen: tuple[str, str] | None = None

    def keep_choice() -> None:  # read before the dialog is deleted
        nonlocal chosen
        chosen = (str(first.currentData()), str(last.currentData()))

    dialog.accepted.connect(keep_choice)
    if _exec_once(dialog) != QDialog.DialogCode.Accepted or chosen is None:
        return None
    return range_part(version, *chosen)


def range_part(version: Version, first_unit: str, last_unit: str) -> Part:
    """Every passage from the start of one unit to the end of another (either order)."""
    return Part(version.doc, tuple(Target(version.doc, first_unit, last_unit)
                                   .passage_ids(version)))


# ---------------------------------------------------------------------------- clipboard


def put_on_clipboard(text: str) -> None:
    """Plain text for every application, marked as coming from this app."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(MIME_MARK, b"1")
    QGuiApplication.clipboard().setMimeData(mime)


def clipboard_is_ours() -> bool:
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and data.hasFormat(MIME_MARK)


def clear_clipboard_if_ours() -> bool:
    """For quick exit: leave nothing from the app on the clipboard. True if it was cleared."""
    if not clipboard_is_ours():
        return False
    QGuiApplication.clipboard().clear()
    return True


def copy_with_citation(version: Version, pids: Sequence[str], asked: str = "") -> str:
    """Ctrl+Shift+C: the passages' text, a blank line, then their citation (after the
    notice, when `asked` is a language the document has no text in)."""
    text = clipboard_text(version, pids, asked)
    put_on_clipboard(text)
    return text


def copy_citation_only(version: Version, pids: Sequence[str]) -> str:
    text = citation_text(version, pids)
    put_on_clipboard(text)
    return text


def ensure_gui_application() -> QGuiApplication:
    """A QGuiApplication for headless use (the CLI): offscreen unless a platform is set."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([APP_NAME])
    assert isinstance(app, QGuiApplication)
    return app

