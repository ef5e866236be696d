"""A box, or a menu, listing languages by their own names ("English", "中文", "العربية").

Each name is drawn in its own script's font, sized to look as large as the others (Arabic
letters are smaller than Latin ones at one point size), and those fonts are loaded when
the list is first opened, not at start-up (see desktop/ui/fonts.py): the first window in
English needs neither the Arabic nor the 3.9 MB Chinese font.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtWidgets import QComboBox, QMenu

from desktop.languages import LANGUAGES

#: Qt.ItemDataRole.FontRole as a number (naming the enum builds the whole Qt namespace).
FONT_ROLE = 6


def _fonts_available() -> bool:
    return importlib.util.find_spec("desktop.ui.fonts") is not None


class LanguageBox(QComboBox):
    """A combo box whose items' data are language codes (other items are left alone)."""

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        self.dress_items()
        super().showPopup()

    def dress_items(self) -> None:
        """Each language's name in its own font (done as the list opens)."""
        if _fonts_available():
            from desktop.ui.fonts import name_font

            for i in range(self.count()):
                code = self.itemData(i)
                if code in LANGUAGES:
                    self.setItemData(i, name_font(self.font(), code), FONT_ROLE)


def dress_language_menu(menu: QMenu) -> None:
    """Give each language action of `menu` (data: the code) its own name's font; called as
    the menu is about to show."""
    if not _fonts_available():
        return
    from desktop.ui.fonts import name_font

    for action in menu.actions():
        code = action.data()
        if code in LANGUAGES:
            action.setFont(name_font(menu.font(), code))
