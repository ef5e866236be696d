"""The main window: it builds the panels and wires their signals, nothing more.

Panels (library, search, reader, toolbar) know nothing of each other; they emit signals
and the wiring block below connects them. For printing and bookmarks the window exposes:
`current_doc`, `current_lang`, `parallel_lang`, `current_passage`, `selected_passages()`,
the signal `current_passage_changed(doc, lang, pid)`, `menus` (the actions and menus, see
actions.py) and `add_side_panel(widget, title)`.

What the window does beyond that lives in its parts, each a module of its own, which the
class inherits: `window_navigation.Navigation` (show a passage, go to, history, links),
`window_view.ViewSettings` (text size, theme, languages) and `window_session.Session`
(settings restored and saved, private mode, quick exit) and `window_notices.Notices`
(what the status bar says about damaged, left-out or altered data).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.contentfile import ContentError
from desktop.languages import LANGUAGES, NATIVE_NAMES
from desktop.library import Version
from desktop.ui import themes
from desktop.ui.actions import Actions
from desktop.ui.context import AppContext
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.navigation import History
from desktop.ui.reader import ReaderPane
from desktop.ui.toolbar import NavigationBar
from desktop.ui.window_navigation import Navigation
from desktop.ui.window_notices import Notices
from desktop.ui.window_session import Session
from desktop.ui.window_view import ViewSettings

if TYPE_CHECKING:
    from desktop.ui.protection import Protection
    from desktop.ui.search_panel import SearchPanel


class MainWindow(Navigation, ViewSettings, Session, Notices, QMainWindow):
    #: document id, language, passage id (or group id such as "art-12"; "" = none)
    current_passage_changed = Signal(str, str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.library = ctx.library
        self.settings = ctx.settings
        self.setObjectName("MainWindow")
        self.quitting_quickly = False
        #: Called by app.finish() at a normal exit (e.g. closing the bookmarks store).
        self.on_finish: list[Callable[[], None]] = []
        #: Called by quick_exit() before the app quits (lock the bookmarks, empty the WAL).
        self.on_quick_exit: list[Callable[[], None]] = []
        #: The bookmarks panel, when extensions.py added one.
        self.bookmarks: QWidget | None = None
        #: The Index panel (subject index), when extensions.py added one.
        self.index_panel: QWidget | None = None
        #: Passphrase protection of the bookmarks (desktop/ui/protection.py), with the panel.
        self.protection: Protection | None = None
        #: True once bookmarks and printing have been added (just after the first paint).
        self.extensions_installed = False
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self.history = History()
        self.current_doc = ""
        self.current_lang = "en"
        self.parallel_lang = ""
        self._view_lang = ""  # language chosen for this session (search hits change it)

        self.menus = Actions(self)
        self.menus.build_menus(self.menuBar())
        self.toolbar = NavigationBar(self.menus.back_action, self.menus.forward_action,
                                     self.menus.quick_exit_action, self)
        self.addToolBar(self.toolbar)  # at the top
        self.contents = LibraryPanel(self.library, self)
        self.contents.set_topics(ctx.topics)
        # The search panel is built when first needed (or just after the first paint): its
        # tab is not the one shown at start, and building it costs start-up time.
        self._search: SearchPanel | None = None
        self.search_slot = QWidget(self)
        self.search_slot.setObjectName("SearchSlot")
        QVBoxLayout(self.search_slot).setContentsMargins(0, 0, 0, 0)
        self.side = QTabWidget(self)
        self.side.setObjectName("SidePanels")
        self.side.setDocumentMode(True)
        self.side.addTab(self.contents, "")
        self.side.addTab(self.search_slot, "")
        self.reader = ReaderPane(self.library, self)
        self.reader.set_families(self._families)
        # No parent argument: QSplitter(parent) shares its overload with QSplitter(Qt.Orientation),
        # and telling them apart builds the Qt namespace's Python enums (~20 ms, start-up).
        self.splitter = QSplitter()
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 900])
        self.setCentralWidget(self.splitter)
        self.citation_label = UnderMessageLabel(self.statusBar())
        # Enum values by name, through Qt's property system: PySide6 builds Python enum
        # classes for the whole Qt namespace on its first use (~20 ms), which the first
        # paint does not need (bench/README.md, Start-up).
        self.citation_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.statusBar().addWidget(self.citation_label, 1)
        self.settings_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.settings_label)
        # Damaged or read-only data: stays until restart. One line, cut at its end, so the
        # status bar never grows over the text (a small screen); a click, or Enter when it
        # has the focus, shows the whole notice and its details.
        self.notice_label = ElidedLabel(self)
        self.notice_label.setObjectName("NoticeLabel")
        themes.style(self.notice_label)
        self.notice_label.activated.connect(self.show_notice_details)
        self.notice_label.hide()
        self.statusBar().addPermanentWidget(self.notice_label, 1)
        self._left_out: list[ContentError] = []  # files left out of the library, said first
        # The last show_notice() (bookmarks store problems), as the function that says it.
        self._other_notice: Callable[[], str] = lambda: ""

        # -- wiring: the only place panels meet --------------------------------------------
        self.contents.passage_requested.connect(lambda d, p: self.show_passage(d, p))
        self.reader.passage_clicked.connect(lambda p: self.set_current(p, scroll=False))
        self.reader.link_activated.connect(self._open_link)
        self.reader.copied.connect(ctx.clipboard.remember)
        self.toolbar.goto_requested.connect(self.goto)
        self.toolbar.reading_language_chosen.connect(self.set_reading_language)
        self.toolbar.parallel_language_chosen.connect(self.set_parallel_language)
        self.current_passage_changed.connect(self._passage_changed)
        # Messages in the status bar ("Not found", "Bookmarked", text size) are painted by
        # it, not held by a widget a screen reader could read: each is announced.
        self.statusBar().messageChanged.connect(self._announce_message)

        self.restore_session()
        self.retranslate()
        self.when_painted(self._name_inner_parts)
        # Watching for the first paint starts only now: every event the window gets passes
        # through Python while the filter is on (~250 while it is being built).
        self.installEventFilter(self)

    # -- public API (printing, bookmarks, self-test) ---------------------------------------

    @property
    def search(self) -> SearchPanel:
        """The search panel, built on first use."""
        if self._search is None:
            from desktop.ui.search_panel import SearchPanel  # imported late: start-up time

            panel = SearchPanel(self.library, self.ctx.search, self.search_slot)
            layout = self.search_slot.layout()
            assert layout is not None
            layout.addWidget(panel)
            s = self.settings
            panel.set_filters(s.get("search_language"), s.get("search_document"), emit=False)
            panel.set_recent(s.get("recent_searches"))
            panel.set_ui_language(self.ui_language)
            panel.result_activated.connect(self._open_hit)
            panel.query_used.connect(self._remember_search)
            panel.filters_changed.connect(self._search_filters_changed)
            self._search = panel
            if self._painted:
                self._name_inner_parts()  # its filter boxes' lists
        return self._search

    def install_shortcuts(self) -> None:
        """Give the actions their keys (app.start calls this just after the first paint)."""
        self.menus.install_shortcuts()
        self.toolbar.shortcuts_installed()

    def ensure_search(self) -> None:
        """Build the search panel now (it is otherwise built on first use)."""
        _ = self.search

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the window has been painted for the first time (at once if it
        already has): for work that must not delay what the person first sees."""
        if self._painted:
            QTimer.singleShot(0, callback)
        else:
            self._after_paint.append(callback)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.removeEventFilter(self)
            for callback in self._after_paint:
                # singleShot: after the whole window (children too) has been painted.
                QTimer.singleShot(0, callback)
            self._after_paint = []
        return False

    def set_altered(self, altered: set[str]) -> None:
        """Documents whose files differ from the manifest (checked after the first paint)."""
        self.ctx.altered = set(altered)
        flag = self.current_doc in altered or "*" in altered
        for banner in self.reader.banners:
            banner.set_altered(flag)

    @property
    def current_passage(self) -> str:
        return self.reader.current or ""

    def selected_passages(self) -> list[str]:
        return self.reader.selected_passages()

    def add_side_panel(self, widget: QWidget, title: str) -> int:
        """Add a panel (e.g. bookmarks) as a tab beside Contents and Search. A panel with a
        `title()` method is renamed through it when the interface language changes."""
        index = self.side.addTab(widget, title)
        if self._painted:
            self._name_inner_parts()
        return index

    def _name_inner_parts(self) -> None:
        from desktop.ui.a11y_names import name_inner_parts

        name_inner_parts(self)

    def current_version(self) -> Version | None:
        return self.reader.versions[0] if self.reader.versions else None

    # -- edit, find, focus ----------------------------------------------------------------------

    def copy(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and hasattr(focus, "copy") and focus is not self.reader.browser:
            focus.copy()
        else:
            self.reader.browser.copy()

    def select_all(self) -> None:
        self.reader.browser.selectAll()

    def open_find(self) -> None:
        self.reader.open_find()

    def find_next(self) -> None:
        if not self.reader.find_bar.isVisible():  # (made on first use)
            self.reader.open_find()
        self.reader.find_text(backward=False)

    def find_previous(self) -> None:
        if not self.reader.find_bar.isVisible():  # (made on first use)
            self.reader.open_find()
        self.reader.find_text(backward=True)

    def show_contents(self) -> None:
        self.side.setCurrentWidget(self.contents)
        self.contents.tree.setFocus()

    def focus_goto(self) -> None:
        from PySide6.QtCore import Qt

        self.toolbar.goto.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.toolbar.goto.selectAll()

    def focus_search(self) -> None:
        self.side.setCurrentWidget(self.search_slot)
        self.search.focus_query()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.quitting_quickly:
            self.save_session()
        event.accept()
        super().closeEvent(event)

    # -- help ----------------------------------------------------------------------------------

    def about(self) -> None:
        from desktop.ui import help_dialogs

        help_dialogs.about(self)

    def show_shortcuts(self) -> None:
        from desktop.ui import help_dialogs

        help_dialogs.shortcuts(self)

    # -- language of the interface -------------------------------------------------------------

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.side.setTabText(self.side.indexOf(self.contents), self.tr("Contents"))
        self.side.setTabText(self.side.indexOf(self.search_slot), self.tr("Search"))
        for i in range(self.side.count()):
            # Added panels (bookmarks) name themselves in the current language.
            title = getattr(self.side.widget(i), "title", None)
            if callable(title):
                self.side.setTabText(i, title())
        self.side.setAccessibleName(self.tr("Contents and search"))
        self.side.tabBar().setAccessibleName(self.tr("Panels"))
        self.side.tabBar().setAccessibleDescription(self.tr("Contents, search and other panels"))
        self.setAccessibleName(APP_NAME)
        self._name_citation()
        s = self.settings
        self.settings_label.setText(self.tr("Settings cannot be saved") if not s.can_save else "")
        self.settings_label.setToolTip(s.problem or "")
        # Named by what it says (Qt's default for a label); what it is, in the description.
        self.settings_label.setAccessibleDescription(self.tr("Settings status"))
        if self.notice_label.text():  # said again in the new language
            self._update_notice()
        if self.current_doc:
            self._passage_changed(self.current_doc, self.current_lang, self.current_passage)
        if self._painted:
            # After the panels have had their own LanguageChange (sent after this one).
            QTimer.singleShot(0, self, self._name_inner_parts)
        names = ", ".join(NATIVE_NAMES[c] for c in LANGUAGES)
        self.menus.language_menu.setToolTipsVisible(True)
        self.menus.language_menu.setToolTip(names)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnderMessageLabel(QLabel):
    """A normal widget of the status bar that stays hidden while the bar shows a message.

    QStatusBar hides its normal widgets under a message; but when it lays itself out again
    while a message shows (a Chinese or Arabic citation just set asks for a taller line),
    its new layout shows them again, queued, and the citation was drawn under "未找到：…" or
    "لم يُعثر عليه: …". The bar shows them again itself when the message goes."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        if visible and self._bar.currentMessage():
            return
        super().setVisible(visible)


def screen_fits(window: MainWindow) -> None:
    """Keep a restored window on a screen that exists (a projector may be gone)."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center())
    if screen is None:
        primary = QGuiApplication.primaryScreen()
        if primary is not None:
            window.move(primary.availableGeometry().topLeft())
