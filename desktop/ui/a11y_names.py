"""Screen-reader names for the parts Qt builds inside its own widgets, in the interface
language.

Qt names some of them itself, in English whatever the language ("Scroll Left" and
"Scroll Right", the tab bar's arrows; its Arabic catalogue has no translation for them),
and leaves others unnamed though a screen reader can land on them (the list a combo box
drops down). Named here from our catalogue, again whenever the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QTabBar, QToolButton, QWidget

#: Qt's object names for a tab bar's scroll arrows (QTabBarPrivate::init).
_SCROLL_BUTTONS = {"ScrollLeftButton": "left", "ScrollRightButton": "right"}


def name_inner_parts(root: QWidget) -> None:
    """Name the combo boxes' lists and the tab bars' arrows under `root`."""
    for combo in root.findChildren(QComboBox):
        if combo.accessibleName():
            # The list that drops down is named as its box ("Language of the text").
            combo.view().setAccessibleName(combo.accessibleName())
    for bar in root.findChildren(QTabBar):
        for button in bar.findChildren(QToolButton):
            side = _SCROLL_BUTTONS.get(button.objectName())
            if side == "left":
                button.setAccessibleName(QCoreApplication.translate(
                    "A11yNames", "Show the tabs to the left"))
            elif side == "right":
                button.setAccessibleName(QCoreApplication.translate(
                    "A11yNames", "Show the tabs to the right"))
