"""Stable text size (issue 17, point 4): switching the interface to Arabic (or Chinese) kept
the reading text at 11 pt (QTextEdit gave its document the new application font, 9 pt, in
the interface's script order), and the language names "العربية" and "中文" look as large as
the others in the Language menu and the language boxes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainterPath

from desktop.ui.main_window import MainWindow
from desktop.ui.reader import BASE_POINT_SIZE


def _reading_font(window: MainWindow) -> tuple[float, list[str]]:
    assert window.reader.rendered is not None
    font = window.reader.rendered.document.defaultFont()
    return font.pointSizeF(), font.families()


def test_the_reading_text_keeps_its_size_and_fonts_in_every_interface(
        window: MainWindow) -> None:
    window.set_reading_language("en")
    before = _reading_font(window)
    assert before[0] == BASE_POINT_SIZE
    for lang in ("ar", "zh", "fr", "en"):
        window.set_ui_language(lang)
        assert _reading_font(window) == before, lang
        assert window.reader.browser.font().pointSizeF() == BASE_POINT_SIZE


def test_zoom_holds_across_a_change_of_interface(window: MainWindow) -> None:
    window.set_reading_language("en")
    window.zoom_in()
    zoomed = _reading_font(window)[0]
    assert zoomed > BASE_POINT_SIZE
    window.set_ui_language("ar")
    assert _reading_font(window)[0] == zoomed


def _body(font: QFont, sample: str) -> float:
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, sample)
    return path.boundingRect().height()


# The body of the letters, what the eye compares: a Latin x-height, an Arabic medial ain.
LATIN_BODY, ARABIC_BODY = "x", "\u0640\u0639\u0640"


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
def test_language_names_look_as_large_in_the_language_menu(window: MainWindow, ui: str) -> None:
    window.set_ui_language(ui)
    menu = window.menus.language_menu
    menu.aboutToShow.emit()
    actions = window.menus.language_actions
    latin = _body(actions["en"].font(), LATIN_BODY)
    arabic = _body(actions["ar"].font(), ARABIC_BODY)
    assert 0.9 < arabic / latin < 1.1, (arabic, latin)
    assert actions["ar"].font().families()[0] == "Rights at Hand Sans Arabic"
    assert actions["zh"].font().families()[0] == "Rights at Hand Sans SC"
    assert actions["en"].font().families()[0] == "Rights at Hand Sans"


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no grabs, no raise
def test_language_names_look_as_large_in_the_language_boxes(window: MainWindow,
                                                            qtbot: Any) -> None:
    box = window.toolbar.parallel
    box.showPopup()
    fonts = {box.itemData(i): box.itemData(i, 6) for i in range(box.count())}
    box.hidePopup()
    latin = _body(fonts["fr"], LATIN_BODY)
    arabic = _body(fonts["ar"], ARABIC_BODY)
    assert 0.9 < arabic / latin < 1.1, (arabic, latin)
