"""The main window's view settings: text size, theme, the interface language (and its font),
the reading language and the second language shown side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.languages import LANGUAGES
from desktop.ui import themes

ZOOM_STEP = 10


if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowPart
else:
    WindowPart = object  # the declarations are for the type checker: one import less at start


class ViewSettings(WindowPart):
    @property
    def ui_language(self) -> str:
        return self.ctx.translations.language

    def reading_language(self) -> str:
        return self._view_lang or self.settings.get("reading_language") or self.ui_language

    def _families(self, lang: str) -> list[str]:
        try:
            from desktop.ui.fonts import ensure_language, families_for
        except ImportError:
            return []
        if not self.ctx.fonts:
            return []
        ensure_language(lang)  # text in `lang` is about to be shown: its font, if not yet
        return families_for(lang, self.ctx.fonts)

    def _interface_families(self, lang: str) -> list[str]:
        if not self.ctx.fonts:
            return []
        from desktop.ui.fonts import interface_families

        return interface_families(lang)

    def set_ui_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            return
        self.settings.set("ui_language", lang)
        self.settings.save()
        # A passing message ("Bookmarked: ...") is in the old language; and Qt shows the
        # status bar's own widgets again on a change of direction, drawn under the message.
        self.statusBar().clearMessage()
        self.ctx.translations.install(lang)  # Qt sends LanguageChange to every widget
        self._set_interface_font(lang)
        self._update_language_ui()
        if self.current_doc and not self._view_lang and not self.settings.get("reading_language"):
            self.show_passage(self.current_doc, self.current_passage, record=False)

    def _set_interface_font(self, lang: str) -> None:
        """Menus and labels in the bundled font of the interface language's script first
        (Latin first in Chinese: see fonts.interface_families)."""
        families = self._interface_families(lang)
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
            QCoreApplication.translate("MainWindow", "Text size: {n} %").replace(
                "{n}", str(self.settings.get("zoom"))), 3000)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        t = themes.apply(app, name)
        self.settings.set("theme", t.name)
        self.settings.save()
        self.menus.theme_actions[t.name].setChecked(True)
        self.reader.set_colors(t.reader)
