"""The main window's session: the settings it starts from (size and place, text size,
theme, private mode, side-by-side language, history) and saves at a normal exit; search
filters and recent searches; private mode, which keeps none of it; quick exit, which
writes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui import themes

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowPart
else:
    WindowPart = object  # the declarations are for the type checker: one import less at start


class Session(WindowPart):
    def restore_session(self) -> None:
        """Start where the settings say: text size, theme, private mode, the language side
        by side, the history, the window's size and place."""
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

    def _search_filters_changed(self, lang: str, doc: str) -> None:
        self.settings.set("search_language", lang)
        self.settings.set("search_document", doc)

    def _remember_search(self, query: str) -> None:
        if query:
            self.settings.push("recent_searches", query)  # a no-op in private mode
            self.search.set_recent(self.settings.get("recent_searches"))

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
        for hook in self.on_quick_exit:  # lock the bookmarks, empty their WAL (issue 19)
            try:
                hook()
            except Exception:  # quick exit must happen whatever fails on the way
                import logging

                logging.getLogger(__name__).exception("quick exit: %r", hook)
        self.on_quick_exit.clear()
        app = QApplication.instance()
        for w in QApplication.topLevelWidgets():
            w.hide()
        if app is not None:
            QTimer.singleShot(0, app.quit)
