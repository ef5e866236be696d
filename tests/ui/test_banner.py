"""The source banner as a person sees it: its lines follow one another evenly. At 1366 x 768
in Chinese an empty band was left between the status line and the note under it: the "More"
button shared the status line's row, and the row took the button's height (25 px for a
17 px line; 33 for 26 in Arabic)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from desktop.ui.main_window import MainWindow


def _in_banner(banner: QWidget, widget: QWidget) -> QRect:
    """The part of `widget` that is shown, in banner coordinates (opened, the lines are in a
    scroll area, which may show only the top of the last one)."""
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(banner, shown.topLeft()), shown.size())


def _ink_rows(image: Any, x0: int, x1: int, banner: QWidget, widget: QWidget) -> list[int]:
    """The rows (banner coordinates) within `widget`'s height where something is drawn in
    columns x0..x1-1: a pixel that differs clearly from the banner's background."""
    rect = _in_banner(banner, widget)
    background = image.pixelColor(x0, 2)  # above the status line, inside the frame
    rows = []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(x0, x1):
            c = image.pixelColor(x, y)
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) \
                    + abs(c.blue() - background.blue()) > 120:
                rows.append(y)
                break
    return rows


@pytest.mark.parametrize("ui", ["zh", "ar", "fr"])
@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_no_empty_band_between_the_status_line_and_the_note(
        window: MainWindow, qtbot: Any, ui: str, size: tuple[int, int]) -> None:
    window.set_ui_language(ui)
    window.set_reading_language(ui)
    window.resize(*size)
    assert window.show_passage("declaration", "art-12")  # a translation: it has a note
    qtbot.wait(50)
    banner = window.reader.banners[0]
    if not banner.note.isVisible():  # a short reader: opened, as a person would
        banner.more.click()
        qtbot.wait(50)
    assert banner.note.isVisible() and banner.source.isVisible()
    image = banner.grab().toImage()
    # The text's columns, beside the "More" button.
    badge, note_rect = _in_banner(banner, banner.badge), _in_banner(banner, banner.note)
    x0 = max(badge.left(), note_rect.left()) + 2
    x1 = min(badge.right(), note_rect.right()) + 1
    status, note, source = (_ink_rows(image, x0, x1, banner, w)
                            for w in (banner.badge, banner.note, banner.source))
    assert status and note and source
    status_to_note = note[0] - status[-1]
    note_to_source = source[0] - note[-1]
    # The same gap as between any two lines of the banner (a pixel or two either way).
    assert status_to_note <= note_to_source + 2, (status_to_note, note_to_source)
    assert banner.more.y() == banner.badge.y()  # "More" stays beside the status line
