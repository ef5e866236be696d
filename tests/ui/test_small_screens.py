"""Room to read on small screens (issue 17, point 5): side by side the two source banners
take one line each until opened; a read-only or damaged-store notice keeps the status bar to
one line (its details on click); at 800 x 600 at least 60 % of the window's height is text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.main_window import MainWindow

LONG_NOTICE = ("Your bookmarks cannot be saved: the folder they are kept in is read-only "
               "(/media/stick/rights-at-hand/data). You can read and search as usual; new "
               "bookmarks and notes are kept until the app closes and are lost then.")


def _one_line(widget: Any) -> int:
    """The height of one line of `widget`'s text, with room for its frame and margins."""
    return int(widget.fontMetrics().height() * 1.5) + 16


def _text_share(window: MainWindow) -> float:
    return window.reader.browser.viewport().height() / window.height()


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_side_by_side_banners_take_one_line_each_until_opened(
        window: MainWindow, qtbot: Any, ui: str, size: tuple[int, int]) -> None:
    window.set_ui_language(ui)
    window.set_reading_language(ui)
    window.set_parallel_language("fr")  # a note on the French text: the most to fold
    window.resize(*size)
    qtbot.wait(100)  # the resize, then the layouts it sets off
    banners = [b for b in window.reader.banners if b.isVisible()]
    assert len(banners) == 2
    for banner in banners:
        assert banner.height() <= _one_line(banner.badge), (banner.height(), ui, size)
        assert not banner.note.isVisible() and not banner.source.isVisible()
        assert banner.badge.text() == banner.status_text()  # whole, for screen readers
    french = next(b for b in banners if b.version is not None and b.version.lang == "fr")
    french.more.click()  # opened: all of it
    qtbot.wait(50)
    assert french.note.isVisible() and french.source.isVisible()
    assert french.height() > 2 * _one_line(french.badge)
    french.more.click()
    qtbot.wait(50)
    assert french.height() <= _one_line(french.badge)


def test_a_click_on_a_folded_status_line_opens_its_banner(window: MainWindow,
                                                          qtbot: Any) -> None:
    window.set_parallel_language("fr")
    qtbot.wait(50)
    banner = window.reader.banners[1]
    qtbot.mouseClick(banner.badge, Qt.MouseButton.LeftButton)
    assert banner.more.isChecked() and banner.source.isVisible()


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
def test_a_store_notice_keeps_the_status_bar_to_one_line_and_60_percent_is_text(
        window: MainWindow, qtbot: Any, ui: str) -> None:
    window.set_ui_language(ui)
    window.resize(800, 600)
    qtbot.wait(100)
    bar_before = window.statusBar().height()
    window.show_notice(LONG_NOTICE)
    qtbot.wait(100)
    label = window.notice_label
    assert label.isVisible() and label.text() == LONG_NOTICE  # whole, for screen readers
    assert window.statusBar().height() <= max(bar_before, _one_line(label))
    assert _text_share(window) >= 0.6, _text_share(window)
    window.set_parallel_language("fr")
    qtbot.wait(100)
    assert _text_share(window) >= 0.6, _text_share(window)


def test_the_notice_s_details_open_on_click(window: MainWindow, qtbot: Any) -> None:
    window.show_notice(LONG_NOTICE)
    qtbot.wait(50)
    qtbot.mouseClick(window.notice_label, Qt.MouseButton.LeftButton)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "NoticeDetails"]
    assert boxes and boxes[-1].text() == LONG_NOTICE
    for box in boxes:
        box.close()


def test_the_notice_is_reached_with_tab_and_enter_opens_its_details(
        window: MainWindow, qtbot: Any) -> None:
    label = window.notice_label
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus  # nothing to read yet
    window.show_notice(LONG_NOTICE)
    assert label.focusPolicy() == Qt.FocusPolicy.TabFocus
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Return)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "NoticeDetails"]
    assert boxes and boxes[-1].text() == LONG_NOTICE
    for box in boxes:
        box.close()
