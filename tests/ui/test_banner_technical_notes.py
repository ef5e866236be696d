"""An opened source banner shows the content file's `cleaning` header, the project's technical
notes, as written: in English (content/README.md: provenance is not translated). In every
other interface it is said to be that, in the interface's language; it is isolated left to
right, so that in an Arabic banner it reads as written (its full stop stayed at the far left
of its line, ".be compared once with the official UN PDF"); its screen-reader name says the
same as the line."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout, QTextOption

from desktop.ui.main_window import MainWindow

LRI, PDI = "\u2066", "\u2069"
LABEL = {  # the start of the line, in each interface language
    "en": "The project's technical notes (in English): ",
    "fr": "Notes techniques du projet (en anglais)\u00a0: ",
    "es": "Notas técnicas del proyecto (en inglés): ",
    "ru": "Технические заметки проекта (на английском языке): ",
    "zh": "本项目的技术说明（英文）：",
    "ar": "ملاحظات المشروع التقنية (بالإنكليزية): ",
}


def _opened_french_banner(window: MainWindow, qtbot: Any, ui: str) -> Any:
    window.set_ui_language(ui)
    window.set_reading_language(ui if ui != "fr" else "en")
    window.set_parallel_language("fr")  # its notes end with a full stop
    window.resize(1366, 768)
    qtbot.wait(50)
    banner = next(b for b in window.reader.banners
                  if b.isVisible() and b.version is not None and b.version.lang == "fr")
    banner.more.setChecked(True)
    qtbot.wait(50)
    return banner


def _notes_line(banner: Any) -> str:
    lines = [line for line in banner.source.text().split("\n") if LRI in line]
    assert len(lines) == 1, banner.source.text()
    return lines[0]


@pytest.mark.parametrize("ui", ["en", "fr", "es", "ru", "zh", "ar"])
def test_the_notes_are_labelled_in_the_interface_language_and_isolated(
        window: MainWindow, qtbot: Any, ui: str) -> None:
    banner = _opened_french_banner(window, qtbot, ui)
    cleaning = banner.version.header["cleaning"]
    line = _notes_line(banner)
    assert line == LABEL[ui] + LRI + cleaning + PDI, line
    assert banner.source.isVisible()
    # The screen reader says the same: the line is in the source line's name, whole.
    assert line in banner.source.accessibleName().split("\n")
    assert line in banner.accessibleDescription().split("\n")


def _x(layout: QTextLayout, index: int) -> float:
    line = layout.lineForTextPosition(index)
    return line.cursorToX(index)[0]


def test_in_an_arabic_banner_the_english_notes_read_left_to_right(
        window: MainWindow, qtbot: Any) -> None:
    banner = _opened_french_banner(window, qtbot, "ar")
    label = banner.source
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    line = _notes_line(banner)
    # Laid out as the label lays it out: its font, width and right-to-left paragraph.
    layout = QTextLayout(line, label.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    while True:
        text_line = layout.createLine()
        if not text_line.isValid():
            break
        text_line.setLineWidth(label.contentsRect().width())
    layout.endLayout()
    assert layout.lineCount() > 1  # it wraps: the full stop is on a line of its own text
    end = line.index(PDI) - 1
    assert line[end] == "."
    # The full stop is drawn after (to the right of) the letter before it, as in English;
    # and the first words read left to right.
    assert _x(layout, end) > _x(layout, end - 1)
    start = line.index(LRI) + 2  # inside the English ("Pa|ge"): at its first letter, where
    # the direction changes, Qt gives the cursor's place on the Arabic side
    assert _x(layout, start + 1) > _x(layout, start)
    # The Arabic label is at the right of the first line, the English to its left.
    assert _x(layout, 0) > _x(layout, start)


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_side_by_side_opened_banners_have_no_empty_band_under_the_status(
        window: MainWindow, qtbot: Any, ui: str, size: tuple[int, int]) -> None:
    """The shorter of two opened banners is as tall as the other: its spare height went
    between its status line and its note, an empty band (seen in Arabic and Chinese)."""
    for banner in _open_side_by_side(window, qtbot, ui, size):
        first_below = min(w.mapTo(banner, QPoint(0, 0)).y() for w in (
            banner.warning, banner.note, banner.source) if w.isVisible())
        badge = banner.badge
        # The status line is as tall as its text (its text is at its top: a taller line
        # is a band under it), and the next line follows it closely.
        assert badge.height() <= badge.heightForWidth(badge.width()) + 2, (ui, size)
        gap = first_below - badge.geometry().bottom()
        assert 0 < gap <= 8, (ui, size, banner.version.lang, gap)


def _open_side_by_side(window: MainWindow, qtbot: Any, ui: str,
                       size: tuple[int, int]) -> list[Any]:
    window.set_ui_language(ui)
    window.set_reading_language(ui if ui != "en" else "es")
    window.set_parallel_language("fr")
    window.resize(*size)
    qtbot.wait(50)
    banners = [b for b in window.reader.banners if b.isVisible()]
    for banner in banners:
        banner.more.setChecked(True)
    qtbot.wait(50)
    assert len(banners) == 2
    return banners


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_opened_banners_never_cut_their_lines_and_leave_the_text_room(
        window: MainWindow, qtbot: Any, ui: str, size: tuple[int, int]) -> None:
    """Both banners opened side by side at 800 x 600: the layout gave the note and source
    lines less than their wrapped text (the French source line 175 of 598 pixels), and
    their lines were cut in half, one against the next. Each line now has all its height,
    in a scroll area that leaves the reader room for the text."""
    banners = _open_side_by_side(window, qtbot, ui, size)
    for banner in banners:
        for label in (banner.badge, banner.warning, banner.note, banner.source):
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), (
                    ui, size, banner.version.lang, label.objectName())
        # The end of the source line (the technical notes, the content version) can be
        # scrolled to, and is then inside what is shown.
        area = banner._details
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.wait(20)
        bottom = banner.source.mapTo(area.viewport(), banner.source.rect().bottomLeft()).y()
        assert bottom <= area.viewport().height() + 1, (ui, size, bottom)
    reader = window.reader
    assert reader.browser.height() >= reader.height() // 4, (ui, size)


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
def test_one_opened_banner_with_room_shows_everything_without_scrolling(
        window: MainWindow, qtbot: Any, ui: str) -> None:
    window.set_ui_language(ui)
    window.set_reading_language(ui)
    window.resize(1366, 768)
    qtbot.wait(50)
    banner = window.reader.banners[0]
    banner.more.setChecked(True)
    qtbot.wait(50)
    assert banner.source.isVisible() and banner._details.verticalScrollBar().maximum() == 0
    assert banner.source.height() >= banner.source.heightForWidth(banner.source.width())
    banner.more.setChecked(False)
    qtbot.wait(50)
    assert banner.source.isVisible()  # one line, cut, as before it was opened
    assert banner.source.is_elided()
