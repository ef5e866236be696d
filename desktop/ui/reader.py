"""The reader: a whole document (or two languages side by side), its source, find in page.

It shows what it is given and reports what the person does (a click on a passage, a link to
another passage); navigation, history and settings belong to the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

# Only what the first paint needs is imported here: PySide6 builds each class, and the
# Python enums it holds, on first use (the Qt namespace alone ~20 ms; bench/README.md).
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.library import Library, Version
from desktop.missing_language import never_included
from desktop.ui.banner import SourceBanner
from desktop.ui.i18n import interface_language
from desktop.ui.render import LINK_SCHEME, Rendered, render
from desktop.ui.themes import ReaderColors, brush, theme

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QKeyEvent, QMouseEvent

#: Base text size in points at 100 % zoom.
BASE_POINT_SIZE = 11.0
#: Longest comfortable line in a single-language page, in average characters.
MAX_LINE_CHARS = 90
#: A reader shorter than this (a 600-pixel-high screen) folds the banners' notes behind
#: "More": side by side, two banners with their notes left ~180 px of text at 800 x 600.
COMPACT_BELOW_PX = 560


def _url(href: str) -> QUrl:
    from PySide6.QtCore import QUrl

    return QUrl(href)


class ReaderBrowser(QTextEdit):
    """The text: read-only, with a caret; reports clicks on passages, links followed and
    what is copied from it.

    A read-only QTextEdit rather than a QTextBrowser: screen readers are told a
    QTextBrowser is a *label* (Qt's accessibility for it), and its Tab key walks through
    every link of the text before leaving it (52 presses in a guidance text). Here the
    text is a text object named by its title, Tab leaves it, and links are reached with
    Ctrl+Tab / Ctrl+Shift+Tab (or with the caret) and followed with Enter.
    """

    passage_clicked = Signal(str)
    copied = Signal(str)
    #: a link was followed (click, or Enter with the caret on it)
    # "QUrl" by name: importing QUrl builds PySide's class and its five enums, which the
    # first paint does not need (a link is followed later).
    anchorClicked = Signal("QUrl")  # type: ignore[arg-type]  # noqa: N815 (QTextBrowser's name)
    #: Shown (after QTextEdit's own first show, which scrolls to the caret), at its size.
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered: Rendered | None = None
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        # Text can be selected with the keyboard too (a caret, Shift+arrows), so a part of
        # a text can be printed, copied or bookmarked without a mouse, and screen readers
        # can follow the caret. (Set by name: see the render module on Qt enums.)
        self.setProperty("textInteractionFlags", "TextSelectableByMouse|TextSelectableByKeyboard"
                                                 "|LinksAccessibleByMouse|LinksAccessibleByKeyboard")
        self._press: QPoint | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.shown.emit()

    def link_at_caret(self) -> str:
        """The link the caret is on (or the selection covers), else ""."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            probe = QTextCursor(cursor)
            probe.setPosition(min(cursor.selectionStart(), cursor.selectionEnd()) + 1)
            return probe.charFormat().anchorHref()
        # The format before the caret, then the one after it: the caret may sit on the
        # link's first letter.
        href = cursor.charFormat().anchorHref()
        if not href and not cursor.atBlockEnd():
            probe = QTextCursor(cursor)
            probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
            href = probe.charFormat().anchorHref()
        return href

    def next_link(self, backward: bool = False) -> bool:
        """Select the next (previous) link after (before) the caret, as Tab did in a
        QTextBrowser: the caret moves onto it, so a screen reader says it. False when
        there is none; the caret stays."""
        doc = self.document()
        cursor = self.textCursor()
        pos = min(cursor.position(), cursor.anchor()) if backward else max(cursor.position(),
                                                                          cursor.anchor())
        block = doc.findBlock(pos)
        found: tuple[int, int] | None = None
        while block.isValid() and found is None:
            fragments = []
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isAnchor():
                    fragments.append((fragment.position(),
                                      fragment.position() + fragment.length()))
                it += 1
            if backward:
                found = next(((a, b) for a, b in reversed(fragments) if b < pos), None)
                block = block.previous()
            else:
                found = next(((a, b) for a, b in fragments if a > pos or
                              (a == pos and not cursor.hasSelection())), None)
                block = block.next()
        if found is None:
            return False
        link = QTextCursor(doc)
        link.setPosition(found[0])
        link.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(link)
        self.ensureCursorVisible()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                mods & Qt.KeyboardModifier.ControlModifier:
            backward = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.next_link(backward=backward)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.link_at_caret()
            if href:
                self.anchorClicked.emit(_url(href))
                return
        super().keyPressEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        data = super().createMimeDataFromSelection()
        # Every copy (Ctrl+C, context menu, drag) passes here; quick exit clears it later.
        self.copied.emit(data.text())
        return data

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        super().mouseMoveEvent(event)
        # A hand over a link, as a QTextBrowser shows (a QTextEdit keeps its I-beam).
        over_link = bool(self.anchorAt(event.position().toPoint()))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link
                                  else Qt.CursorShape.IBeamCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import Qt

        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        moved = self._press is not None and (pos - self._press).manhattanLength() > 4
        if event.button() != Qt.MouseButton.LeftButton or moved:
            return
        href = self.anchorAt(pos)
        if href:
            self.anchorClicked.emit(_url(href))
            return
        if self.textCursor().hasSelection():
            return
        if self.rendered is not None:
            pid = self.rendered.passage_at(self.cursorForPosition(pos).position())
            if pid is not None:
                self.passage_clicked.emit(pid)


class FindBar(QWidget):
    """Find in page: type, Enter / Shift+Enter for next / previous, Escape to close."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.label.setBuddy(self.edit)
        self.previous = QToolButton(self)
        self.next = QToolButton(self)
        self.count = QLabel(self)
        self.close_button = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.label, self.edit, self.previous, self.next, self.count):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.close_bar)
        self.edit.installEventFilter(self)
        self.retranslate()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def eventFilter(self, obj: object, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous.click()
                else:
                    self.next.click()
                return True
        return False

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find in page:"))
        self.edit.setPlaceholderText(self.tr("Word or phrase"))
        self.edit.setAccessibleName(self.tr("Find in page"))
        self.edit.setAccessibleDescription(
            self.tr("Enter: next match. Shift+Enter: previous match. Escape: close."))
        self.previous.setText(self.tr("Previous"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next.setText(self.tr("Next"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close find in page"))
        # Named by what it says ("3 found"; Qt's default for a label); what it is, in the
        # description.
        self.count.setAccessibleDescription(self.tr("Number of matches"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReaderPane(QWidget):
    """Banners (one per language on screen), the text, and the find bar."""

    passage_clicked = Signal(str)
    link_activated = Signal(str)  # a canonical reference, e.g. "declaration:art-5"
    copied = Signal(str)

    def __init__(self, library: Library | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.colors: ReaderColors = theme("light").reader
        self.zoom = 100
        #: language -> font families, best first (the bundled Noto fonts); none: Qt's choice
        self.families: Callable[[str], list[str]] = lambda _lang: []
        #: Related provisions and the links in guidance sentences are added just after the
        #: first paint (`add_links`): they read other texts and related.txt, ~80 M CPU
        #: instructions the first page would otherwise wait for (bench/README.md).
        self.links = False
        self.rendered: Rendered | None = None
        self.current: str | None = None
        self._current_blocks: list[tuple[int, int]] = []
        self._current_cells: list[int] = []
        self._hits: list[QTextEdit.ExtraSelection] = []
        self._finds: list[QTextEdit.ExtraSelection] = []
        self.hit_terms: list[str] = []
        #: Bookmarked passages on screen: id -> note (set_marks).
        self.marks: dict[str, str] = {}

        # One banner per language on screen; the second is made when first needed, and
        # so is the find bar: widgets nobody sees yet are not built before the first paint.
        self.banners = [SourceBanner(self)]
        self._banner_row = QHBoxLayout()
        self._banner_row.setContentsMargins(0, 0, 0, 0)
        self._banner_row.addWidget(self.banners[0], 1)
        self.browser = ReaderBrowser(self)
        self.browser.passage_clicked.connect(self.passage_clicked)
        self.browser.copied.connect(self.copied)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        # When the text reflows (window resized, zoom), the passage at the top of the view
        # stays at the top instead of the view jumping to another article.
        self._anchor: str | None = None
        #: A passage to scroll to once the text is on screen at its size (scroll_to with
        #: when_shown, before the window is first shown).
        self._scroll_on_show: str | None = None
        self.browser.installEventFilter(self)
        self.browser.shown.connect(self._scroll_when_shown)
        self._find_bar: FindBar | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addLayout(self._banner_row)
        self._layout.addWidget(self.browser, 1)
        self.retranslate()

    @property
    def find_bar(self) -> FindBar:
        """The find-in-page bar below the text (hidden until Ctrl+F), made on first use."""
        if self._find_bar is None:
            bar = FindBar(self)
            bar.hide()
            bar.edit.textChanged.connect(self._find_all)
            bar.next.clicked.connect(lambda: self.find_text(backward=False))
            bar.previous.clicked.connect(lambda: self.find_text(backward=True))
            bar.closed.connect(self._find_closed)
            self._layout.addWidget(bar)
            self._find_bar = bar
        return self._find_bar

    def _finding(self) -> bool:
        return self._find_bar is not None and self._find_bar.isVisible()

    # -- what is shown --------------------------------------------------------------------

    @property
    def versions(self) -> list[Version]:
        return self.rendered.versions if self.rendered else []

    def _never_included(self, version: Version, fallback_from: str) -> bool:
        # A language the document never had (the Covenant in French) is said plainly:
        # no official text in that language is included, not "not available".
        return bool(fallback_from) and self.library is not None and never_included(
            self.library, version.doc, fallback_from)

    def add_links(self) -> None:
        """From now on show related provisions and guidance links; the page on screen is
        built again with them, at the same place (called once the window has painted)."""
        if not self.links:
            self.links = True
            if self.rendered is not None:
                self.refresh()

    def set_fallback(self, fallback_from: str) -> None:
        """The text on screen stays, but the language asked for changed (French chosen
        while the Covenant is shown in English): the first banner says so, or stops."""
        versions = self.versions
        if versions and self.banners:
            changed = fallback_from != self.banners[0].fallback_from
            self.banners[0].show_version(versions[0], fallback_from, never_included=(
                self._never_included(versions[0], fallback_from)))
            if changed and self.links and len(versions) == 1:
                # Its related provisions' links name their provisions in the language
                # they now open in.
                self.refresh()

    def text_font(self) -> QFont:
        f = QFont()
        lang = self.rendered.versions[0].lang if self.rendered else "en"
        families = self.families(lang)
        if families:
            f.setFamilies(families)
        f.setPointSizeF(BASE_POINT_SIZE * self.zoom / 100)
        return f

    def show_versions(self, versions: list[Version], fallback_from: str = "") -> None:
        """Show one version, or two side by side; keeps the current passage if it exists."""
        font = self.text_font()
        lang = versions[0].lang
        if self.families(lang):
            font.setFamilies(self.families(lang))
        mirrored = self.isRightToLeft()
        self.rendered = render(versions, self.colors, font, self.library, self.families,
                               mirrored=mirrored, links=self.links,
                               interface=interface_language(), reading=fallback_from)
        self.browser.rendered = self.rendered
        self._current_blocks = []
        self._current_cells = []
        self._hits = []
        self._finds = []
        self._scroll_on_show = None  # it was for the text this one replaces
        # The current passage's tint and the bookmark marks are formats of the document:
        # set before the browser has it. Set after, while Qt's lazy layout of a long text
        # had only begun, they stopped it: the rest of the text was never laid out, and
        # showed as white below the passage (after a theme change, the related provisions
        # added after the first paint, or a text opened at a passage id it shares).
        previous, self.current = self.current, None
        if previous and self._group(previous):
            self.set_current(previous, scroll=False)
        self._apply_marks()
        self.browser.setDocument(self.rendered.document)
        self.rendered.document.setParent(self.browser)  # freed with the next document
        self._hold_font(font)
        while len(self.banners) < len(versions):
            banner = SourceBanner(self)
            self._banner_row.addWidget(banner, 1)
            self.banners.append(banner)
        never = self._never_included(versions[0], fallback_from)
        for i, banner in enumerate(self.banners):
            if i < len(versions):
                banner.show_version(versions[i], fallback_from if i == 0 else "",
                                    never_included=never)
                banner.set_compact(self._fold_banners(self.height()))
                banner.show()
            else:
                banner.hide()
        self._update_margins()
        self._name_text()
        if self._finding() and self.find_bar.edit.text():
            self._find_all(self.find_bar.edit.text())
        self._apply_extra()

    def text(self) -> str:
        """Everything the reader shows, as plain text (what a screen reader reads)."""
        return self.rendered.document.toPlainText() if self.rendered else ""

    def set_zoom(self, percent: int) -> None:
        self.zoom = percent
        if self.rendered:
            self._keep_place()
            self._hold_font(self.text_font())
            self._update_margins()

    def _hold_font(self, font: QFont) -> None:
        """The reading font, as the text's and the browser's own. QTextEdit gives its
        document the widget's font on every font change: a new interface language (a new
        application font) made the reading text the interface's 9 pt, in the interface's
        script order, instead of 11 pt at the zoom chosen."""
        if self.browser.font() != font:
            self.browser.setFont(font)  # the document follows (QTextEdit's FontChange)
        if self.rendered is not None and self.rendered.document.defaultFont() != font:
            self.rendered.document.setDefaultFont(font)

    def set_marks(self, marks: dict[str, str]) -> None:
        """Bookmarked passages (id -> note, "" for none): each one's number is set on the
        theme's mark colour, its note (or "Bookmarked") shown on hover. A mark taken away
        needs the document built again; one added is only formatted."""
        if marks == self.marks:
            return
        removed = any(pid not in marks for pid in self.marks)
        self.marks = dict(marks)
        if removed:
            self.refresh()  # builds the document again, and applies the marks
        else:
            self._apply_marks()

    def _apply_marks(self) -> None:
        rendered = self.rendered
        if rendered is None or not self.marks:
            return
        from desktop.ui.render import passage_label

        for pid, note in self.marks.items():
            spans = rendered.spans.get(pid)
            if not spans:
                continue
            tip = QCoreApplication.translate("Reader", "Bookmarked: {note}").replace(
                "{note}", note) if note else QCoreApplication.translate("Reader", "Bookmarked")
            fmt = QTextCharFormat()
            fmt.setBackground(brush(self.colors.mark))
            fmt.setForeground(brush(self.colors.mark_text))
            fmt.setToolTip(tip)
            for version, (start, end) in zip(rendered.versions, spans, strict=False):
                if end <= start:
                    continue
                label = passage_label(version, pid)
                # The number and the space after it; a section without a number: its first
                # word.
                length = len(label) + 1 if label else max(1, rendered.document.toPlainText()[
                    start:end].find(" "))
                cursor = QTextCursor(rendered.document)
                cursor.setPosition(start)
                cursor.setPosition(min(end, start + length), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)

    def mark_of(self, pid: str) -> str | None:
        """The note of bookmarked passage `pid` ("" without a note), None if not marked."""
        return self.marks.get(pid)

    def set_families(self, families: Callable[[str], list[str]]) -> None:
        self.families = families

    def set_colors(self, colors: ReaderColors) -> None:
        """New theme: colours are part of the document, so it is built again."""
        self.colors = colors
        self.refresh()

    # -- passages -------------------------------------------------------------------------

    def _group(self, pid: str) -> list[str]:
        """`art-12` is the whole article: every passage id at or below it, in order;
        `art-12.1..art-13` a range, from the first passage of one to the last of the other."""
        if self.rendered is None:
            return []
        if ".." in pid:
            first, _, last = pid.partition("..")
            a, b = self._group(first), self._group(last)
            if not a or not b:
                return []
            order = self.rendered.order
            i, j = sorted((order.index(a[0]), order.index(b[-1])))
            return order[i:j + 1]
        if pid in self.rendered.spans:
            return [p for p in self.rendered.order
                    if p == pid or p.startswith(pid + ".")]
        below = [p for p in self.rendered.order if p.startswith(pid + ".")]
        if below or not self.versions:
            return below
        # A heading's id (the Covenant's `part-3`) names the passages under the heading.
        return [p.id for p in self.versions[0].select(pid)]

    def has(self, pid: str) -> bool:
        return bool(self._group(pid))

    def set_current(self, pid: str | None, scroll: bool = True) -> bool:
        """Highlight passage (or group) `pid` and bring it into view; False if not here."""
        if self.rendered is None:
            return False
        group = self._group(pid) if pid else []
        if pid and not group:
            return False
        self._clear_current()
        self.current = pid
        if not group:
            return True
        r = self.rendered
        cursor = QTextCursor(r.document)
        if r.table is not None:
            # Side by side: tint the whole row of each passage, in both columns.
            for p in group:
                row = r.rows.get(p)
                if row is None:
                    continue
                for col in range(2):
                    cell = r.table.cellAt(row, col)
                    cell_format = cell.format().toTableCellFormat()
                    cell_format.setBackground(brush(self.colors.current))
                    cell.setFormat(cell_format)
                self._current_cells.append(row)
        else:
            for p in group:
                for start, end in r.spans[p]:
                    block = r.document.findBlock(start)
                    while block.isValid() and block.position() <= end:
                        cursor.setPosition(block.position())
                        fmt = block.blockFormat()
                        fmt.setBackground(brush(self.colors.current))
                        cursor.setBlockFormat(fmt)
                        block = block.next()
                    self._current_blocks.append((start, end))
            # Laid out again, lazily, if Qt's lazy layout of the text had not reached its end:
            # a format changed while it was under way left the rest of the text unlaid,
            # white below the passage. A text laid out to its end needs nothing more.
            if r.document.lastBlock().layout().lineCount() == 0:
                r.document.markContentsDirty(0, r.document.characterCount())
        if scroll:
            self.scroll_to(group[0])
        return True

    def _clear_current(self) -> None:
        r = self.rendered
        if r is None:
            return
        if r.table is not None:
            from PySide6.QtGui import QTextTableCellFormat

            for row in self._current_cells:
                for col in range(2):
                    cell = r.table.cellAt(row, col)
                    cell_format = QTextTableCellFormat(cell.format().toTableCellFormat())
                    cell_format.clearBackground()
                    cell.setFormat(cell_format)
        cursor = QTextCursor(r.document)
        for start, end in self._current_blocks:
            block = r.document.findBlock(start)
            while block.isValid() and block.position() <= end:
                cursor.setPosition(block.position())
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.clearBackground()
                cursor.setBlockFormat(fmt)
                block = block.next()
        self._current_blocks = []
        self._current_cells = []

    def scroll_to(self, pid: str, when_shown: bool = False) -> None:
        """Put the passage near the top of the view, with its heading visible above it, and
        the opening words it continues (art-5 for the item art-5.a) when both fit.

        `when_shown`: if the text is not on screen yet (the first window being built), do it
        when it is shown, at its final size. Finding where the passage is lays the text out
        up to it, and the window's first resize lays all that out again at the new width:
        ~30 M instructions before the first paint for the Declaration's title."""
        self._scroll_on_show = None
        if self.rendered is None or pid not in self.rendered.spans:
            return
        if when_shown and not self.browser.isVisible():
            self._scroll_on_show = pid
            return
        start = self._lead_in_start(pid)
        block = self.rendered.document.findBlock(start)
        # Show the headings that belong to the passage too.
        prev = block.previous()
        while prev.isValid() and prev.userState() < 0 and prev.position() > 0 and \
                start - prev.position() < 400 and self.rendered.table is None:
            block = prev
            prev = block.previous()
        table = self.rendered.table
        if table is not None and table.cellAt(start).isValid():
            # Side by side, the headings are the rows above the passage's row.
            row = table.cellAt(start).row()
            while row > 0:
                above = table.cellAt(row - 1, 0).firstPosition()
                if self.rendered.document.findBlock(above).userState() >= 0 \
                        or start - above >= 400:
                    break
                row -= 1
            block = self.rendered.document.findBlock(table.cellAt(row, 0).firstPosition())
        # A place remembered before the text reflowed must not pull the view back afterwards:
        # being asked for a passage wins (a change of language reflows the page).
        self._anchor = None
        cursor = QTextCursor(self.rendered.document)
        cursor.setPosition(block.position())
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - 12)

    def _scroll_when_shown(self) -> None:
        # Shown: its size (and the text's width) is set by now, and nothing is painted yet.
        if self._scroll_on_show:
            self.scroll_to(self._scroll_on_show)

    def _lead_in_start(self, pid: str) -> int:
        """Where to scroll for `pid`: its lead-in's start if the passage still fits in the
        view below it (a search hit on an item must not scroll "everyone has the right"
        out of view), else the passage's own start."""
        assert self.rendered is not None
        start = self.rendered.spans[pid][0][0]
        from desktop.lead_ins import lead_in

        leads = [p for p in lead_in(self.rendered.versions[0], pid)
                 if p.id in self.rendered.spans]
        if not leads:
            return start
        lead_start = self.rendered.spans[leads[0].id][0][0]
        end = max(last for _, last in self.rendered.spans[pid])
        first, last = QTextCursor(self.rendered.document), QTextCursor(self.rendered.document)
        first.setPosition(lead_start)
        last.setPosition(end)
        height = self.browser.cursorRect(last).bottom() - self.browser.cursorRect(first).top()
        return lead_start if height < self.browser.height() * 0.8 else start

    def passage_rect_top(self, pid: str) -> int:
        """Vertical position of a passage in the viewport (refresh(), tests, the self-test)."""
        if self.rendered is None or pid not in self.rendered.spans:
            return -1
        cursor = QTextCursor(self.rendered.document)
        cursor.setPosition(self.rendered.spans[pid][0][0])
        return self.browser.cursorRect(cursor).top()

    def column_tops(self, pid: str) -> list[int]:
        """Top of the passage in each column, in viewport pixels (aligned: all equal)."""
        if self.rendered is None or pid not in self.rendered.spans:
            return []
        tops = []
        for start, _ in self.rendered.spans[pid]:
            cursor = QTextCursor(self.rendered.document)
            cursor.setPosition(start)
            tops.append(self.browser.cursorRect(cursor).top())
        return tops

    def selected_passages(self) -> list[str]:
        """Passages touched by the selection; the current passage when nothing is selected."""
        if self.rendered is None:
            return []
        cursor = self.browser.textCursor()
        if cursor.hasSelection():
            return self.rendered.passages_between(cursor.selectionStart(), cursor.selectionEnd())
        return self._group(self.current) if self.current else []

    def bookmark_ends(self) -> list[str]:
        """What Ctrl+D bookmarks: the passages the selection touches; without a selection,
        what is current as it was opened (a passage, a whole article `art-12`, a part of the
        Covenant `part-3`, which a bookmark names and cites as such and reopens whole), or
        a range's two ends. [] when nothing is shown."""
        if self.rendered is None:
            return []
        if self.browser.textCursor().hasSelection() or not self.current:
            return self.selected_passages()
        if not self._group(self.current):
            return []
        first, _, last = self.current.partition("..")
        return [first, last] if last else [first]

    def top_passage(self) -> str | None:
        """The first passage visible at the top of the view (for 'last position')."""
        if self.rendered is None:
            return None
        cursor = self.browser.cursorForPosition(QPoint(40, 20))
        block = cursor.block()
        while block.isValid():
            pid = self.rendered.passage_at(block.position())
            if pid is not None:
                return pid
            block = block.next()
        return None

    # -- search words -------------------------------------------------------------------

    def highlight_terms(self, terms: Iterable[str], pid: str | None = None) -> int:
        """Mark the search words in passage `pid` (or everywhere); returns how many."""
        self.hit_terms = [t for t in terms if t.strip()]
        self._hits = []
        r = self.rendered
        if r is None or not self.hit_terms:
            self._apply_extra()
            return 0
        fmt = QTextCharFormat()
        fmt.setBackground(brush(self.colors.hit))
        fmt.setForeground(brush(self.colors.hit_text))
        ranges: list[tuple[int, int]] = []
        if pid and self._group(pid):
            for p in self._group(pid):
                ranges.extend(r.spans[p])
        else:
            ranges = [(0, r.document.characterCount() - 1)]
        # The search package's own folding and word finding (imported at the first hit:
        # whoosh is loaded with it), so the reader marks what search matched.
        from desktop.search.highlight import term_spans

        count = 0
        for start, end in ranges:
            cursor = QTextCursor(r.document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            for a, b in term_spans(cursor.selectedText(), self.hit_terms):
                sel = QTextEdit.ExtraSelection()
                c = QTextCursor(r.document)
                c.setPosition(start + a)
                c.setPosition(start + b, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor = c
                sel.format = fmt
                self._hits.append(sel)
                count += 1
        self._apply_extra()
        return count

    def highlighted_words(self) -> list[str]:
        return [s.cursor.selectedText() for s in self._hits]

    def clear_hits(self) -> None:
        self.hit_terms = []
        self._hits = []
        self._apply_extra()

    def _apply_extra(self) -> None:
        self.browser.setExtraSelections(self._hits + self._finds)

    # -- find in page ---------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()

    def _find_closed(self) -> None:
        self._finds = []
        self._apply_extra()
        self.browser.setFocus()

    def _find_all(self, text: str) -> None:
        self._finds = []
        r = self.rendered
        if r is None or not text:
            self.find_bar.count.setText("")
            self._apply_extra()
            return
        fmt = QTextCharFormat()
        fmt.setBackground(brush(self.colors.find))
        cursor = QTextCursor(r.document)
        while True:
            cursor = r.document.find(text, cursor)
            if cursor.isNull():
                break
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(cursor)
            sel.format = fmt
            self._finds.append(sel)
        self.find_bar.count.setText(
            self.tr("{n} found").replace("{n}", str(len(self._finds))) if self._finds
            else self.tr("Not found"))
        from desktop.ui.announce import announce  # heard while typing in the find box

        announce(self.find_bar.count, self.find_bar.count.text())
        self._apply_extra()
        # Move to the first match after the current position as the person types.
        if self._finds:
            self.find_text(backward=False, restart=True)

    def find_text(self, backward: bool = False, restart: bool = False) -> bool:
        text = self.find_bar.edit.text()
        r = self.rendered
        if r is None or not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        start = QTextCursor(r.document) if restart else self.browser.textCursor()
        if restart:
            start.setPosition(max(0, self.browser.textCursor().selectionStart()))
        found = r.document.find(text, start, flags)
        if found.isNull():
            # Wrap around, as browsers do.
            start = QTextCursor(r.document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = r.document.find(text, start, flags)
        if found.isNull():
            return False
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        return True

    # -- links --------------------------------------------------------------------------

    def _anchor_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(LINK_SCHEME):
            self.link_activated.emit(target[len(LINK_SCHEME):])
        # Anything else is ignored: the app opens nothing outside itself.

    # -- layout ---------------------------------------------------------------------------

    def _update_margins(self) -> None:
        """Keep lines of a single text at a readable length on wide windows."""
        if self.rendered is None:
            return
        # The browser's inner width, margins included. (Not viewport(): its first call costs
        # ~20 ms of PySide6 type set-up, which would land before the first paint.)
        frame = self.browser.frameWidth() * 2
        width = self.browser.width() - frame - self.browser.verticalScrollBar().sizeHint().width()
        if self.rendered.parallel:
            side = 0
        else:
            from PySide6.QtGui import QFontMetricsF

            max_width = QFontMetricsF(self.text_font()).averageCharWidth() * MAX_LINE_CHARS
            side = int(max(0, (width - max_width) / 2))
        self.browser.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_margins()
        compact = self._fold_banners(event.size().height())
        for banner in self.banners:
            banner.set_compact(compact)

    def _fold_banners(self, height: int) -> bool:
        """Banners one line each until opened: side by side (two of them share the top of
        the text) and on a short reader (a 600-pixel-high screen)."""
        return height < COMPACT_BELOW_PX or len(self.versions) > 1

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.browser and event.type() == QEvent.Type.Resize:
            self._keep_place()
        return False

    def _keep_place(self) -> None:
        """Remember the passage at the top now; put it back at the top once reflowed."""
        if self._anchor is not None or self.rendered is None:
            return
        if self.browser.verticalScrollBar().value() == 0:
            return  # at the very top: nothing to keep
        self._anchor = self.top_passage()
        if self._anchor is not None:
            QTimer.singleShot(0, self._restore_place)

    def _restore_place(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is not None and self.rendered is not None and anchor in self.rendered.spans:
            self.scroll_to(anchor)

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self._name_text()
        self.browser.setAccessibleDescription(self.tr(
            "The document. Arrow keys move the caret; Ctrl+Tab goes to the next link and "
            "Enter follows it; Tab goes to the next control; Ctrl+F finds words in the page."))

    def _name_text(self) -> None:
        """Screen readers name the text by the title of what it shows (both, side by side)."""
        titles = [v.short_title for v in self.versions]
        self.browser.setAccessibleName(" | ".join(titles) if titles else self.tr("Text"))

    def put_caret(self, pid: str | None) -> None:
        """Put the text's caret at the start of passage (or group) `pid`, or of the text,
        without moving the view: a screen reader reads from where the caret is, and after
        opening a passage it was left where it had been (at the title, thousands of
        characters away)."""
        r = self.rendered
        if r is None:
            return
        group = self._group(pid) if pid else []
        start = r.spans[group[0]][0][0] if group and group[0] in r.spans else 0
        bar = self.browser.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(r.document)
        cursor.setPosition(start)
        self.browser.setTextCursor(cursor)
        bar.setValue(value)  # the view was placed by scroll_to (heading shown above)

    def caret_passage(self) -> str | None:
        """The passage the caret is in (tests, the screen-reader check)."""
        if self.rendered is None:
            return None
        return self.rendered.passage_at(self.browser.textCursor().position())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.rendered is not None:
                # The document holds interface words too ("See the text:", "Related
                # provisions ..."): built again in the new language, at the same place.
                self.refresh()
        elif event.type() == QEvent.Type.LayoutDirectionChange and self.rendered is not None \
                and self.rendered.parallel:
            # The banners have swapped sides; the columns follow them.
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Build the document again (same texts), keeping the place and the highlights."""
        if self.rendered is None:
            return
        bar = self.browser.verticalScrollBar()
        pos = bar.value()
        # The place is kept by passage, not by pixel: the new document need not have the
        # old one's height (its layout is done lazily, and may differ from the old one's).
        top = self.top_passage() if pos > 0 else None
        offset = self.passage_rect_top(top) if top is not None else 0
        terms, current = self.hit_terms, self.current
        # The banner keeps saying the text is not in the language asked for, if it was.
        self.show_versions(self.rendered.versions, self.banners[0].fallback_from)
        if terms:
            self.highlight_terms(terms, current)
        if top is None or top not in self.rendered.spans:
            bar.setValue(pos)
            return
        # The passage at the same distance from the top of the view as before...
        bar.setValue(bar.value() + self.passage_rect_top(top) - offset)
        if self.top_passage() != top:
            self.scroll_to(top)  # ...or, should it have got shorter, its start at the top

