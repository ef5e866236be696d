"""The presentation view, "Show to an official": the current passage full screen, in large
print, to turn the computer round and show across a desk.

It shows the passage card (`desktop.printing.card`): the heading, the lead-in, the passage,
its citation and its status line (official UN text, or unofficial translation), and beside
it the same passage in a second language: by default the official English when the text is
a project translation; any language the document has can be chosen. Nothing else: no menus,
no bookmarks, no notes, no search. A small bar at the bottom (all of it keyboard-usable):

    Previous (Alt+Up)  Next (Alt+Down)  Smaller (Ctrl+-)  Larger (Ctrl++)  Beside it: [..]
    Close (Esc)

Opened from the main window by View › Show to an official (F5) or the tool bar's button
(`install`); File › Print passage card… prints the same layout on one page (as
`export-pdf REF --card` does).

More than a card holds (a whole part of the Covenant, 80 passages) is shown a card at a
time, one article each (`desktop.printing.card.card_pages`), starting at the article the
caret is in; a line above the card says so in the interface's language, with the whole
selection's citation ("…, Part III"), which card this is, and the keys that turn them.
Nothing is cut without saying so. The card itself cites what it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.languages import NATIVE_NAMES
from desktop.library import Library
from desktop.printing.card import MAX_PASSAGES, card_html, card_pages, default_second
from desktop.printing.printout import Part

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: The passage's size in points at 100 %: large print, read from across a desk; a card that
#: does not fit the screen at that size is made smaller, down to MIN_POINT_SIZE (then it
#: scrolls). Both follow the zoom.
BASE_POINT_SIZE = 22.0
MIN_POINT_SIZE = 13.0
#: Longest line of one language alone, in average characters (beyond it the eye loses
#: the next line on a wide screen).
MAX_LINE_CHARS = 70
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 10, 50, 300
#: The keys, as QKeySequence reads them (several for one command: the first is shown).
KEYS = {
    "open": ("F5",),
    # Not Page Up / Page Down: they scroll a passage longer than the screen.
    "previous": ("Alt+Up", "Alt+Left"),
    "next": ("Alt+Down", "Alt+Right"),
    "smaller": ("Ctrl+-",),
    "larger": ("Ctrl++", "Ctrl+="),
    "normal": ("Ctrl+0",),
    "close": ("Esc",),
}


class PresentationView(QWidget):
    """A window of its own over the main window; `closed` says which passage it ended on."""

    closed = Signal(str, str)  # document, passage id

    def __init__(self, library: Library, doc: str, pids: list[str], lang: str,
                 second: str | None = None, warning: str | None = None,
                 parent: QWidget | None = None, asked: str | None = None,
                 start: str | None = None) -> None:
        # A window of its own (not a child drawn inside the main window), shown full screen.
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("PresentationView")
        self.library = library
        self.doc = doc
        self.lang = lang
        self.warning = warning
        #: The language asked for when the text has none in it (the Covenant in Arabic):
        #: the view says so, in that language, above the English text.
        self.asked = asked
        document = library.document(doc)
        self.order = document.reference_version.ids()
        #: What was asked for (a passage, an article, a whole part), shown card by card
        #: (`pages`) when one card cannot hold it; `pids` is the card shown.
        self.chosen: list[str] = []
        self.pages: list[tuple[str, ...]] = []
        self.page = 0
        self.pids: list[str] = []
        self.second = default_second(library, doc, lang, second)
        self.zoom = 100
        self.point_size = BASE_POINT_SIZE  # the passage's size in points, as laid out
        self._laid_out_for: QSize | None = None  # the text's size when last laid out
        self._said = ""  # the citation last announced to a screen reader

        # A read-only QTextEdit, not a QTextBrowser: screen readers are told a QTextBrowser
        # is a label; this is a text with a caret (and it follows no link).
        self.browser = QTextEdit(self)
        self.browser.setObjectName("PresentationText")
        self.browser.setReadOnly(True)
        self.browser.setFrameShape(QTextEdit.Shape.NoFrame)
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.browser.document().setDocumentMargin(24)
        # The margins that keep one language's lines short take the text's background.
        palette = self.browser.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.browser.setPalette(palette)
        self.browser.setAutoFillBackground(True)

        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.smaller_button = QPushButton(self)
        self.larger_button = QPushButton(self)
        self.second_label = QLabel(self)
        self.second_box = QComboBox(self)
        self.second_box.setObjectName("PresentationSecondLanguage")
        self.second_label.setBuddy(self.second_box)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("PresentationClose")
        # Said when the card shows only some of what was chosen (`_describe`); hidden
        # otherwise. Not focusable: the text is, and its description says the same.
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("PresentationPages")
        self.pages_label.setWordWrap(True)
        font = self.pages_label.font()
        font.setBold(True)  # not to be missed: the card is not all of it
        self.pages_label.setFont(font)
        self.pages_label.setContentsMargins(12, 6, 12, 6)
        self.pages_label.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 4, 12, 8)
        for w in (self.previous_button, self.next_button, self.smaller_button,
                  self.larger_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.second_label)
        bar.addWidget(self.second_box)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages_label)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)

        self.previous_button.clicked.connect(self.previous_passage)
        self.next_button.clicked.connect(self.next_passage)
        self.smaller_button.clicked.connect(lambda: self.set_zoom(self.zoom - ZOOM_STEP))
        self.larger_button.clicked.connect(lambda: self.set_zoom(self.zoom + ZOOM_STEP))
        self.close_button.clicked.connect(self.close)
        self.second_box.activated.connect(
            lambda i: self.set_second(self.second_box.itemData(i) or None))
        for name, slot in (("previous", self.previous_passage), ("next", self.next_passage),
                           ("smaller", lambda: self.set_zoom(self.zoom - ZOOM_STEP)),
                           ("larger", lambda: self.set_zoom(self.zoom + ZOOM_STEP)),
                           ("normal", lambda: self.set_zoom(100)), ("close", self.close)):
            for keys in KEYS[name]:
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
        self._fill_languages()
        self._choose([p for p in pids if p in self.order] or self.order[:1], start)
        self.retranslate()
        self.refresh()

    # -- what is shown ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Lay the card out again (another passage, language or size), as large as fits."""
        size = BASE_POINT_SIZE * self.zoom / 100
        floor = MIN_POINT_SIZE * self.zoom / 100
        part = Part(self.doc, tuple(self.pids))
        # First, the line above the card (it takes height from the card's room).
        self._say_page()
        while True:
            self.point_size = size
            self.browser.setHtml(card_html(self.library, part, self.lang, self.second,
                                           size=size, warning=self.warning,
                                           asked=self.asked))
            self._update_margins()
            doc, view = self.browser.document(), self.browser.viewport()
            doc.setTextWidth(view.width())
            if size <= floor or doc.size().height() <= view.height():
                break
            size = max(floor, size * 0.9)
        self._laid_out_for = self.browser.size()
        self.browser.verticalScrollBar().setValue(0)
        first, last = self.order.index(self.pids[0]), self.order.index(self.pids[-1])
        self.previous_button.setEnabled(first > 0)
        self.next_button.setEnabled(last < len(self.order) - 1)
        self.smaller_button.setEnabled(self.zoom > ZOOM_MIN)
        self.larger_button.setEnabled(self.zoom < ZOOM_MAX)
        self._describe()

    def _update_margins(self) -> None:
        """One language alone keeps a readable line length; two share the whole width."""
        side = 0
        if not self.second:
            from PySide6.QtGui import QFont, QFontMetricsF

            font = QFont(self.browser.font())
            font.setPointSizeF(self.point_size)
            longest = QFontMetricsF(font).averageCharWidth() * MAX_LINE_CHARS
            side = int(max(0, (self.browser.width() - longest) / 2))
        self.browser.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.browser.size() != self._laid_out_for:
            self.refresh()  # full screen, or another screen: as large as fits there

    def text(self) -> str:
        """Everything shown, as plain text (what a screen reader reads)."""
        return self.browser.document().toPlainText()

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, percent))
        self.refresh()

    def set_second(self, lang: str | None) -> None:
        self.second = lang if lang != self.lang else None
        self.refresh()

    def _choose(self, pids: list[str], start: str | None = None) -> None:
        """Show `pids`, card by card if need be, from the card holding `start`."""
        self.chosen = pids
        self.pages = card_pages(pids)
        self.page = next((n for n, page in enumerate(self.pages) if start in page), 0)
        self.pids = list(self.pages[self.page])

    def show_passages(self, pids: list[str]) -> None:
        self._choose(pids)
        self.refresh()

    def _turn(self, page: int) -> None:
        self.page = page
        self.pids = list(self.pages[page])
        self.refresh()

    def next_passage(self) -> None:
        """The next card of what was chosen; after its last, the passage after it."""
        if self.page + 1 < len(self.pages):
            self._turn(self.page + 1)
            return
        i = self.order.index(self.pids[-1]) + 1
        if i < len(self.order):
            self.show_passages([self.order[i]])

    def previous_passage(self) -> None:
        if self.page > 0:
            self._turn(self.page - 1)
            return
        i = self.order.index(self.pids[0]) - 1
        if i >= 0:
            self.show_passages([self.order[i]])

    def _say_page(self) -> None:
        """Above the card, when it holds only some of what was chosen: what was chosen (its
        citation), which card this is, and the keys that turn them."""
        if len(self.pages) < 2:
            self.pages_label.hide()
            self.pages_label.clear()
            return
        from desktop.citations import span_citation, span_pinpoint

        version = self.library.version(self.doc, self.lang)

        def keys(name: str) -> str:
            return QKeySequence(KEYS[name][0]).toString(QKeySequence.SequenceFormat.NativeText)

        # Isolated: a citation in the text's direction inside a sentence in the interface's.
        text = self.tr(
            "{chosen} is longer than one screen holds, so it is shown a piece at a time: this "
            "is {shown} ({n} of {total}). Next ({next}) and Previous ({previous}) show the "
            "others.")
        for name, value in (("{chosen}", f"\u2068{span_citation(version, self.chosen)}\u2069"),
                            ("{shown}", f"\u2068{span_pinpoint(version, self.pids)}\u2069"),
                            ("{n}", str(self.page + 1)), ("{total}", str(len(self.pages))),
                            ("{next}", keys("next")), ("{previous}", keys("previous"))):
            text = text.replace(name, value)
        self.pages_label.setText(text)
        self.pages_label.show()

    def _fill_languages(self) -> None:
        box = self.second_box
        box.clear()
        box.addItem("", "")  # "None", named by retranslate()
        for code in self.library.document(self.doc).languages:
            if code != self.lang:
                box.addItem(NATIVE_NAMES.get(code, code), code)
        box.setCurrentIndex(max(0, box.findData(self.second or "")))

    def _describe(self) -> None:
        """The text's accessible name says what it is; its description, which passage."""
        from desktop.citations import span_citation

        version = self.library.version(self.doc, self.lang)
        cited = span_citation(version, self.pids)  # a range by its citation, not its ids
        # A card of several: what the line above it says (the whole, which card, the keys).
        said = self.pages_label.text() if len(self.pages) > 1 else cited
        self.browser.setAccessibleDescription(said)
        self.setWindowTitle(f"{self.tr('Show to an official')} — {cited}")
        if said != self._said:  # a new passage, not the same one at another size
            from desktop.ui.announce import announce

            self._said = said
            announce(self.browser, said)

    # -- keys, language, closing ---------------------------------------------------------------

    def retranslate(self) -> None:
        def keys(name: str) -> str:
            return QKeySequence(KEYS[name][0]).toString(QKeySequence.SequenceFormat.NativeText)

        for button, text, what, name in (
            (self.previous_button, self.tr("Previous"), self.tr("Previous passage"),
             "previous"),
            (self.next_button, self.tr("Next"), self.tr("Next passage"), "next"),
            (self.smaller_button, self.tr("Smaller"), self.tr("Smaller text"), "smaller"),
            (self.larger_button, self.tr("Larger"), self.tr("Larger text"), "larger"),
            (self.close_button, self.tr("Close"), self.tr("Close and go back to the app"),
             "close"),
        ):
            button.setText(text)
            button.setAccessibleName(what)
            button.setToolTip(f"{what} ({keys(name)})")
        self.second_label.setText(self.tr("&Beside it:"))
        self.second_box.setAccessibleName(self.tr("Second language beside the passage"))
        self.second_box.setItemText(0, self.tr("None"))
        self.browser.setAccessibleName(self.tr("Passage shown to an official"))
        self.setAccessibleName(self.tr("Show to an official"))
        self._say_page()
        self._describe()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.closed.emit(self.doc, self._shown_id())
        super().closeEvent(event)

    def _shown_id(self) -> str:
        """The card's passages as the reader opens them again: a part (`part-2`), a whole
        article (`art-7`), one passage, or a range."""
        from desktop.headings import spanned_heading
        from desktop.printing.printout import unit_of

        version = self.library.document(self.doc).reference_version
        heading = spanned_heading(version, self.pids)
        if heading is not None:
            return heading.id
        unit = unit_of(self.pids[0])
        if len(self.pids) > 1 and [p.id for p in version.select(unit)] == self.pids:
            return unit
        return self.pids[0] if len(self.pids) == 1 else f"{self.pids[0]}..{self.pids[-1]}"



# -- in the main window ---------------------------------------------------------------------


def current_pids(window: MainWindow) -> list[str]:
    """The passages to show: the selected ones (or the current passage or article), else
    the one at the top of the reader."""
    chosen = window.selected_passages()
    if not chosen:
        top = window.reader.top_passage()
        chosen = [top] if top else []
    return chosen


def open_view(window: MainWindow) -> PresentationView | None:
    """Open the view on the window's current passage (None when nothing is shown)."""
    version = window.current_version()
    pids = current_pids(window)
    if version is None or not pids:
        return None
    # Longer than a card: shown card by card, from the one the caret is in (where the
    # person was reading in a whole part).
    view = PresentationView(window.library, version.doc, pids, version.lang,
                            second=window.parallel_lang or None,
                            warning=window.integrity_warning(version.doc), parent=window,
                            asked=window.reading_language(),
                            start=window.reader.caret_passage())
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def back(doc: str, pid: str) -> None:
        # The main window follows to the passage last shown, and takes the keyboard back.
        window.show_passage(doc, pid)
        window.activateWindow()
        window.reader.browser.setFocus()

    view.closed.connect(back)
    view.showFullScreen()
    view.activateWindow()
    view.browser.setFocus()
    return view


def print_card(window: MainWindow) -> None:
    """File › Print passage card…: the view's layout on one page, through the print dialog."""
    from desktop.printing.card import build_card
    from desktop.ui import printing

    version = window.current_version()
    pids = current_pids(window)
    if version is None or not pids:
        return
    if len(pids) > MAX_PASSAGES:
        # Never a card of the first passages only: say why there is none, and what to do.
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from desktop.citations import span_citation

        text = QCoreApplication.translate(
            "PresentationActions",
            "{chosen} is too long for a passage card: a card holds up to {max} passages on "
            "one page, and this has {n}. Print it with File › Print…, or select one article "
            "and print its card.").replace(
                "{chosen}", f"\u2068{span_citation(version, pids)}\u2069").replace(
                "{max}", str(MAX_PASSAGES)).replace("{n}", str(len(pids)))
        QMessageBox.information(window, QCoreApplication.translate(
            "PresentationActions", "Print passage card"), text)
        return
    part = Part(version.doc, tuple(pids))
    second = default_second(window.library, version.doc, version.lang,
                            window.parallel_lang or None)
    printing.print_dialog(build_card(window.library, part, version.lang, second,
                                     warning=window.integrity_warning(version.doc)), window)


class PresentationActions(QObject):
    """The view's entries in the main window: View › Show to an official (F5), the tool
    bar's button, File › Print passage card…; renamed when the interface language changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.show_action = QAction(window)
        self.show_action.setObjectName("ShowToOfficial")
        self.show_action.setShortcuts([QKeySequence(k) for k in KEYS["open"]])
        self.show_action.triggered.connect(lambda: open_view(window))
        window.addAction(self.show_action)  # the key works with the menu bar hidden too
        self.card_action = QAction(window)
        self.card_action.triggered.connect(lambda: print_card(window))
        menus = window.menus
        menus.view_menu.addSeparator()
        menus.view_menu.addAction(self.show_action)
        # Beside the other print entries: before the one after Print preview.
        file_actions = menus.file_menu.actions()
        after = file_actions.index(menus.print_preview_action) + 1
        if after < len(file_actions):
            menus.file_menu.insertAction(file_actions[after], self.card_action)
        else:
            menus.file_menu.addAction(self.card_action)
        # The tool bar's button has an action of its own: it is hidden when the bar is too
        # narrow for it and quick exit together (a hidden action would take F5 with it).
        self.bar_action = QAction(window)
        self.bar_action.triggered.connect(lambda: open_view(window))
        self.bar_separator = _add_to_toolbar(window, self.bar_action)
        self._bar_extra: int | None = None  # the width the button and its separator take
        self.retranslate()
        window.installEventFilter(self)
        window.toolbar.installEventFilter(self)

    def retranslate(self) -> None:
        keys = self.show_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.show_action.setText(self.tr("S&how to an official"))
        # On the tool bar one short word: the bar must keep quick exit on screen at 800 px
        # in every language (the full name is the button's tooltip and accessible name).
        self.bar_action.setText(self.tr("Present"))
        tip = self.tr("Show the current passage full screen in large print, beside a second "
                  "language, to show an official ({keys})").replace("{keys}", keys)
        for action in (self.show_action, self.bar_action):
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.card_action.setText(self.tr("Print passage &card…"))
        tip = self.tr("Print the current passage on one page in large print, beside a second "
                  "language")
        self.card_action.setToolTip(tip)
        self.card_action.setStatusTip(tip)
        button = self.window.toolbar.widgetForAction(self.bar_action)
        if button is not None:
            button.setAccessibleName(self.tr("Show to an official"))
            button.setAccessibleDescription(tip)
        self._bar_extra = None  # other words, other widths: measured again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window.toolbar and event.type() in (
                QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fit_bar()
        return False

    def _fit_bar(self) -> None:
        """Show the tool bar's button only where it leaves quick exit on the bar: at 700 px
        the bar has no room for it in any language, and quick exit must never go behind the
        bar's overflow arrow. (F5 and the View menu stay.)"""
        bar = self.window.toolbar
        shown = self.bar_action.isVisible()
        if shown and self._bar_extra is None:
            # What the button and its separator add to the bar, measured without them.
            with_button = bar.sizeHint().width()
            self.bar_action.setVisible(False)
            self.bar_separator.setVisible(False)
            self._bar_extra = max(0, with_button - bar.sizeHint().width())
            self.bar_action.setVisible(True)
            self.bar_separator.setVisible(True)
        extra = self._bar_extra or 0
        without = bar.sizeHint().width() - (extra if shown else 0)
        fits = bar.width() >= without + extra
        if fits != shown:
            self.bar_action.setVisible(fits)
            self.bar_separator.setVisible(fits)


def _add_to_toolbar(window: MainWindow, action: QAction) -> QAction:
    """A button after the language boxes (before the stretch that keeps quick exit at the
    far end), so quick exit stays where the person last saw it; returns its separator."""
    bar = window.toolbar
    actions = bar.actions()
    badge = getattr(bar, "private_badge_action", None)
    if badge in actions and actions.index(badge) > 0:
        spacer = actions[actions.index(badge) - 1]
        bar.insertAction(spacer, action)
        separator = bar.insertSeparator(action)
    else:
        separator = bar.addSeparator()
        bar.addAction(action)
    button = bar.widgetForAction(action)
    if button is not None:
        button.setObjectName("ShowToOfficialButton")
        # Text beside no icon: the tool bar shows the action's words.
        from PySide6.QtWidgets import QToolButton

        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return separator


def install(window: MainWindow) -> PresentationActions:
    """Add the view's entries to the window (extensions.py, just after the first paint)."""
    return PresentationActions(window)
