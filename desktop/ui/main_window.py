"""The main window: it builds the panels and wires their signals, nothing more.

Panels (library, search, reader, toolbar) know nothing of each other; they emit signals
and the wiring block below connects them. For printing and bookmarks the window exposes:
`current_doc`, `current_lang`, `parallel_lang`, `current_passage`, `selected_passages()`,
the signal `current_passage_changed(doc, lang, pid)`, `menus` (the actions and menus, see
actions.py) and `add_side_panel(widget, title)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.contentfile import ContentError
from desktop.errors import UserError
from desktop.languages import LANGUAGES, NATIVE_NAMES
from desktop.library import Version
from desktop.ui import themes
from desktop.ui.actions import Actions
from desktop.ui.context import AppContext
from desktop.ui.library_panel import LibraryPanel
from desktop.ui.navigation import History, Location
from desktop.ui.reader import ReaderPane
from desktop.ui.toolbar import NavigationBar

if TYPE_CHECKING:
    from desktop.ui.search_panel import SearchPanel

ZOOM_STEP = 10


class MainWindow(QMainWindow):
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
        #: The bookmarks panel, when extensions.py added one.
        self.bookmarks: QWidget | None = None
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
        self.citation_label = QLabel(self)
        # Enum values by name, through Qt's property system: PySide6 builds Python enum
        # classes for the whole Qt namespace on its first use (~20 ms), which the first
        # paint does not need (bench/README.md, Start-up).
        self.citation_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.statusBar().addWidget(self.citation_label, 1)
        self.settings_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.settings_label)
        self.notice_label = QLabel(self)  # damaged or read-only data: stays until restart
        self.notice_label.setObjectName("NoticeLabel")
        themes.style(self.notice_label)
        self.notice_label.setWordWrap(True)
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

        # -- settings -----------------------------------------------------------------------
        s = self.settings
        self.reader.set_zoom(s.get("zoom"))
        self.reader.set_colors(themes.theme(s.get("theme")).reader)
        self.menus.theme_actions[themes.theme(s.get("theme")).name].setChecked(True)
        self.menus.private_action.setChecked(s.get("private_mode"))
        self.toolbar.set_private(s.get("private_mode"))
        self.parallel_lang = s.get("parallel_language")
        self.history.restore(s.get("history"))
        self._update_history_actions()
        self._update_language_ui()
        self._default_size()
        self._restore_geometry()
        self.retranslate()
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
        return self.side.addTab(widget, title)

    def current_version(self) -> Version | None:
        return self.reader.versions[0] if self.reader.versions else None

    def open_reference(self, ref: str) -> bool:
        """A canonical reference (`declaration:art-12.2`), a group (`declaration:art-12`) or
        a range (`declaration:art-12.1..art-12.3`); anything else is read like the go-to box."""
        doc, sep, pid = ref.partition(":")
        if sep and doc in self.library:
            return self.show_passage(doc, pid)
        return self.goto(ref)

    def show_notice(self, text: str | Callable[[], str]) -> None:
        """Something the person must know about their data (damaged, read-only): shown in the
        status bar until the app closes, not as a message that fades. `text` is in the
        interface language; given as a function, it is asked again when the interface
        language changes, so the notice is said in the new one. Files left out of the
        library are said beside it, by `leave_out_unreadable`."""
        self._other_notice = text if callable(text) else (lambda: text)
        self._update_notice()

    def leave_out_unreadable(self, errors: list[ContentError]) -> None:
        """Content files that could not be read (a damaged header is met when the library
        is loaded, a damaged body when its passages are first needed, at the latest just
        after the first paint; a damaged topic index when loaded): they are left out of the
        library, and the status bar says which, until the app closes."""
        if not errors:
            return
        # The errors are kept, not the sentence: it is said again in the new language when
        # the interface language changes (retranslate).
        self._left_out = list(errors)
        self._update_notice()
        self.contents.rebuild()
        if self.current_doc in self.library:
            self.toolbar.set_languages(self.library.document(self.current_doc).languages,
                                       self.current_lang, self.parallel_lang)

    def _left_out_text(self) -> str:
        errors = self._left_out
        topics = str(self.library.topics_path)
        texts = [e for e in errors if e.path != topics]
        parts = []
        if texts:
            names = ", ".join(f"{Path(e.path).parent.name}/{Path(e.path).name}" for e in texts)
            parts.append(self.tr(
                "Some texts could not be read and are left out: {files}").replace("{files}",
                                                                                  names))
        if len(texts) < len(errors):
            parts.append(self.tr(
                "The list of topics could not be read and is left out: {file}").replace(
                    "{file}", self.library.topics_path.name))
        return " ".join(parts)

    def _update_notice(self) -> None:
        """The status-bar notice: the files left out, then any other notice; the tooltip
        (and the screen reader's description) gives each left-out file's error."""
        other = self._other_notice()
        text = " ".join(t for t in (self._left_out_text(), other) if t)
        details = "\n".join([str(e) for e in self._left_out] + ([other] if other else []))
        self.notice_label.setText(text)
        self.notice_label.setToolTip(details)
        self.notice_label.setAccessibleName(text)
        self.notice_label.setAccessibleDescription(details)
        self.notice_label.setVisible(bool(text))

    def integrity_warning(self, doc: str) -> str | None:
        """The warning printouts of an altered document carry (None: the file is intact)."""
        if doc not in self.ctx.altered and "*" not in self.ctx.altered:
            return None
        from desktop.integrity import IntegrityReport

        return IntegrityReport(altered_documents={doc}).warning_for(doc)

    # -- languages --------------------------------------------------------------------------

    @property
    def ui_language(self) -> str:
        return self.ctx.translations.language

    def reading_language(self) -> str:
        return self._view_lang or self.settings.get("reading_language") or self.ui_language

    def _families(self, lang: str) -> list[str]:
        try:
            from desktop.ui.fonts import families_for
        except ImportError:
            return []
        return families_for(lang, self.ctx.fonts) if self.ctx.fonts else []

    def set_ui_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            return
        self.settings.set("ui_language", lang)
        self.settings.save()
        self.ctx.translations.install(lang)  # Qt sends LanguageChange to every widget
        self._set_interface_font(lang)
        self._update_language_ui()
        if self.current_doc and not self._view_lang and not self.settings.get("reading_language"):
            self.show_passage(self.current_doc, self.current_passage, record=False)

    def _set_interface_font(self, lang: str) -> None:
        """Menus and labels in the bundled font of the interface language's script first."""
        families = self._families(lang)
        app = QApplication.instance()
        if families and isinstance(app, QApplication):
            font = app.font()
            if font.families() != families:
                font.setFamilies(families)
                app.setFont(font)

    def _update_language_ui(self) -> None:
        for code, a in self.menus.language_actions.items():
            a.setChecked(code == self.ui_language)
        if self._search is not None:
            self._search.set_ui_language(self.ui_language)

    def set_reading_language(self, lang: str) -> None:
        self.settings.set("reading_language", lang)
        self.settings.save()
        self._view_lang = lang
        if self.parallel_lang == lang:
            self.parallel_lang = ""
        self.show_passage(self.current_doc, self.current_passage, record=False)

    def set_parallel_language(self, lang: str) -> None:
        self.parallel_lang = lang
        self.settings.set("parallel_language", lang)
        self.settings.save()
        self.show_passage(self.current_doc, self.current_passage, record=False)

    def toggle_parallel(self) -> None:
        if self.parallel_lang:
            self.set_parallel_language("")
            return
        doc = self.library.document(self.current_doc) if self.current_doc else None
        others = [c for c in (doc.languages if doc else []) if c != self.current_lang]
        if others:
            self.set_parallel_language("en" if "en" in others else others[0])
        else:
            self.menus.parallel_action.setChecked(False)

    # -- navigation ------------------------------------------------------------------------

    def show_passage(self, doc: str, pid: str = "", lang: str | None = None,
                     terms: list[str] | None = None, record: bool = True) -> bool:
        """Open document `doc` at passage (or group) `pid`; True if it is shown."""
        if doc not in self.library:
            return False
        if lang:
            self._view_lang = lang
        wanted = self.reading_language()
        # A text not read yet is read now; a damaged one is left out (the notice names it
        # just after the first paint) and the next choice is tried.
        version = self.library.readable_version(doc, wanted)
        if version is None:  # no readable version left
            return False
        document, shown = self.library.document(doc), version.lang
        parallel = self.parallel_lang if (self.parallel_lang in document.versions
                                          and self.parallel_lang != shown) else ""
        if parallel and not self.library.readable(document.versions[parallel]):
            parallel = ""
        versions = [document.versions[shown]] + ([document.versions[parallel]] if parallel else [])
        if [v.path for v in versions] != [v.path for v in self.reader.versions]:
            self.reader.show_versions(versions, fallback_from=wanted if shown != wanted else "")
            altered = doc in self.ctx.altered or "*" in self.ctx.altered
            for banner in self.reader.banners:
                banner.set_altered(altered)
        self.current_doc, self.current_lang = doc, shown
        self.toolbar.set_languages(document.languages, shown, parallel)
        self.menus.parallel_action.setChecked(bool(parallel))
        if self.contents.language != shown:
            self.contents.set_language(shown)
        self.setWindowTitle(f"{versions[0].short_title} — {APP_NAME}")
        if pid and not self.reader.has(pid):
            pid = ""
        if record:
            self.history.visit(Location(doc, pid))
            self._update_history_actions()
        self.set_current(pid or None)
        if not pid:
            self.reader.browser.verticalScrollBar().setValue(0)
        if terms:
            self.reader.highlight_terms(terms, pid or None)
        else:
            self.reader.clear_hits()
        return True

    def set_current(self, pid: str | None, scroll: bool = True) -> None:
        self.reader.set_current(pid, scroll=scroll)
        self.current_passage_changed.emit(self.current_doc, self.current_lang, pid or "")

    def goto(self, text: str) -> bool:
        """The "go to" box: a loose reference in any language, or a range as bookmarks
        write it (`declaration:art-12.1..art-12.3`)."""
        if not text.strip():
            return False
        try:
            from desktop.references import canonical  # first use, not start-up

            doc, _, pid = canonical(text.strip(), self.library,
                                    context_doc=self.current_doc or None).partition(":")
        except UserError as exc:
            message = self.tr("Not found: {reason}").replace("{reason}", str(exc))
            self.toolbar.set_goto_error(self.tr("Not found"))
            self.statusBar().showMessage(message, 8000)
            return False
        self.toolbar.set_goto_error("")
        self.show_passage(doc, pid)
        self.reader.browser.setFocus()
        return True

    def _open_hit(self, doc: str, pid: str, lang: str, terms: list[str]) -> None:
        # A hit in a text left out since the index was made: a language left out falls back
        # to another one (the reader says so); a document left out entirely is said here.
        if not self.show_passage(doc, pid, lang=lang, terms=terms):
            self.statusBar().showMessage(
                self.tr("Not found: {reason}").replace("{reason}", f"{doc}:{pid}"), 8000)

    def _open_link(self, ref: str) -> None:
        doc, _, pid = ref.partition(":")
        self.show_passage(doc, pid)

    def back(self) -> None:
        loc = self.history.back()
        if loc is not None:
            self.show_passage(loc.doc, loc.pid, record=False)
        self._update_history_actions()

    def forward(self) -> None:
        loc = self.history.forward()
        if loc is not None:
            self.show_passage(loc.doc, loc.pid, record=False)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.menus.back_action.setEnabled(self.history.can_back())
        self.menus.forward_action.setEnabled(self.history.can_forward())

    def _step_passage(self, delta: int) -> None:
        r = self.reader.rendered
        if r is None or not r.order:
            return
        group = self.reader._group(self.current_passage) if self.current_passage else []
        if not group:
            target = r.order[0]
        else:
            i = r.order.index(group[-1] if delta > 0 else group[0]) + delta
            target = r.order[max(0, min(len(r.order) - 1, i))]
        self.show_passage(self.current_doc, target)

    def next_passage(self) -> None:
        self._step_passage(1)

    def previous_passage(self) -> None:
        self._step_passage(-1)

    def _passage_changed(self, doc: str, lang: str, pid: str) -> None:
        version = self.current_version()
        text = ""
        if version is not None and pid:
            from desktop.citations import citation

            text = citation(version, pid)
        self.citation_label.setText(text)
        self.citation_label.setAccessibleName(self.tr("Citation of the current passage"))
        self.contents.select(doc, pid)

    # -- edit, view ---------------------------------------------------------------------------

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

    def zoom_in(self) -> None:
        self._set_zoom(self.settings.get("zoom") + ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.settings.get("zoom") - ZOOM_STEP)

    def zoom_reset(self) -> None:
        self._set_zoom(100)

    def _set_zoom(self, percent: int) -> None:
        self.settings.set("zoom", percent)  # clamped to the declared range
        self.settings.save()
        self.reader.set_zoom(self.settings.get("zoom"))
        self.statusBar().showMessage(
            self.tr("Text size: {n} %").replace("{n}", str(self.settings.get("zoom"))), 3000)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        t = themes.apply(app, name)
        self.settings.set("theme", t.name)
        self.settings.save()
        self.menus.theme_actions[t.name].setChecked(True)
        self.reader.set_colors(t.reader)

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

    # -- search filters and recent searches ----------------------------------------------------

    def _search_filters_changed(self, lang: str, doc: str) -> None:
        self.settings.set("search_language", lang)
        self.settings.set("search_document", doc)

    def _remember_search(self, query: str) -> None:
        if query:
            self.settings.push("recent_searches", query)  # a no-op in private mode
            self.search.set_recent(self.settings.get("recent_searches"))

    # -- private mode, quick exit, closing --------------------------------------------------

    def set_private_mode(self, on: bool) -> None:
        self.settings.set("private_mode", bool(on))  # switching on forgets what was kept
        self.settings.save()
        self.toolbar.set_private(bool(on))
        self.search.set_recent(self.settings.get("recent_searches"))

    def quick_exit(self) -> None:
        """Leave now: clear our clipboard text, hide, quit; nothing about the session is
        written (closeEvent and the app's exit path check `quitting_quickly`)."""
        self.quitting_quickly = True
        self.ctx.clipboard.clear_if_ours()
        app = QApplication.instance()
        for w in QApplication.topLevelWidgets():
            w.hide()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def save_session(self) -> None:
        s = self.settings
        s.set("window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        s.set("window_state", bytes(self.splitter.saveState().toBase64().data()).decode("ascii"))
        top = self.reader.current or self.reader.top_passage() or ""
        if self.current_doc:
            s.set("last_passage", f"{self.current_doc}:{top}" if top else self.current_doc)
        s.set("history", self.history.recent())
        s.save()

    def _default_size(self) -> None:
        """Large enough to read comfortably, never larger than a small laptop's screen."""
        width, height = 1180, 760
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    def _restore_geometry(self) -> None:
        geometry = self.settings.get("window_geometry")
        state = self.settings.get("window_state")
        if not (geometry or state):
            return  # a first start
        from PySide6.QtCore import QByteArray

        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if state:
            self.splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def open_start(self, ref: str | None = None) -> None:
        """First page: `ref` (from `open REF`), else the last position, else the Declaration."""
        if ref:
            loc = Location.from_ref(ref)
        else:
            loc = Location.from_ref(self.settings.get("last_passage") or "declaration")
        if not self.show_passage(loc.doc, loc.pid, record=True):
            first = next(iter(self.library), None)
            if first is not None:
                self.show_passage(first.id)

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
        self.citation_label.setAccessibleName(self.tr("Citation of the current passage"))
        s = self.settings
        self.settings_label.setText(self.tr("Settings cannot be saved") if not s.can_save else "")
        self.settings_label.setToolTip(s.problem or "")
        self.settings_label.setAccessibleName(self.tr("Settings status"))
        if self.notice_label.text():  # said again in the new language
            self._update_notice()
        if self.current_doc:
            self._passage_changed(self.current_doc, self.current_lang, self.current_passage)
        names = ", ".join(NATIVE_NAMES[c] for c in LANGUAGES)
        self.menus.language_menu.setToolTipsVisible(True)
        self.menus.language_menu.setToolTip(names)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def screen_fits(window: MainWindow) -> None:
    """Keep a restored window on a screen that exists (a projector may be gone)."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center())
    if screen is None:
        primary = QGuiApplication.primaryScreen()
        if primary is not None:
            window.move(primary.availableGeometry().topLeft())
