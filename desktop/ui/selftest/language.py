"""Self-test steps for the interface language: right to left in Arabic, and back."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def arabic_and_back(t: SelfTest) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    w = t.w
    english_title = w.menus.file_menu.title()
    w.set_ui_language("ar")
    t.wait(lambda: True)
    expect(QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
           "the interface is not right to left in Arabic")
    expect(w.layoutDirection() == Qt.LayoutDirection.RightToLeft,
           "the main window is not right to left in Arabic")
    expect(w.menus.file_menu.title() != english_title,
           f"the menus are not translated into Arabic ({w.menus.file_menu.title()!r})")
    w.set_ui_language("en")
    t.wait(lambda: True)
    expect(QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight,
           "the interface is not left to right again in English")
    expect(w.menus.file_menu.title() == english_title, "the menus are not English again")
