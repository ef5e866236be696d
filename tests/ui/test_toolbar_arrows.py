"""The back and forward arrows are drawn in the theme's colours: readable in every theme, and
the enabled one unlike the disabled one (Qt's own arrows are black whatever the palette)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette

from desktop.ui.main_window import MainWindow


def _opaque(image: QImage) -> list[QColor]:
    pixels = (image.pixelColor(x, y) for x in range(image.width())
              for y in range(image.height()))
    return [c for c in pixels if c.alpha() > 200]


def _distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def _icon_pixels(icon: QIcon, mode: QIcon.Mode) -> list[QColor]:
    pixels = _opaque(icon.pixmap(32, mode).toImage())
    assert pixels, "the arrow has no opaque pixels"
    return pixels


@pytest.mark.parametrize("name", ["dark", "high-contrast", "light"])
def test_arrows_take_the_theme_colours(window: MainWindow, qapp: Any, name: str) -> None:
    window.goto("art 5")
    window.goto("art 12")
    back, forward = window.menus.back_action, window.menus.forward_action
    assert back.isEnabled() and not forward.isEnabled()
    window.set_theme(name)  # a change of theme, after the window was built
    qapp.processEvents()
    palette = window.toolbar.palette()
    text = palette.color(QPalette.ColorRole.ButtonText)
    grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert _distance(text, grey) > 40
    enabled = _icon_pixels(back.icon(), QIcon.Mode.Normal)
    assert all(_distance(c, text) <= 8 for c in enabled), name
    disabled = _icon_pixels(forward.icon(), QIcon.Mode.Disabled)
    assert all(_distance(c, grey) <= 8 for c in disabled), name
    # What the buttons show: the enabled arrow in the text colour, on the tool bar's
    # background; the disabled one not (the high-contrast theme's white borders aside).
    assert window.toolbar.back_button is not None and window.toolbar.forward_button is not None

    def in_text_colour(button: Any) -> int:
        return sum(_distance(c, text) <= 24 for c in _opaque(button.grab().toImage()))

    assert in_text_colour(window.toolbar.back_button) > \
        in_text_colour(window.toolbar.forward_button) + 20, name


def test_arrows_follow_the_interface_direction_in_a_dark_theme(window: MainWindow,
                                                               qapp: Any) -> None:
    window.set_theme("dark")
    qapp.processEvents()  # the new palette reaches the widgets
    text = window.toolbar.palette().color(QPalette.ColorRole.ButtonText)
    window.set_ui_language("ar")
    qapp.processEvents()
    assert window.toolbar.isRightToLeft()
    pixels = _icon_pixels(window.menus.back_action.icon(), QIcon.Mode.Normal)
    assert all(_distance(c, text) <= 8 for c in pixels)
