"""Room for the bookmarks list at the smallest supported window (800 x 600): with the offer to
protect the bookmarks and a message under it, the list still shows several rows in every
interface language (in Arabic it kept one: the offer's sentence and the message wrapped on
taller lines took the rest). The offer's sentence and the message fold to one line then;
their whole text stays their screen-reader name, Tab reaches them and Enter opens them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.helpers import bookmarks_shown

ROWS = 4  # "several rows": what the panel keeps in sight


def _with_offer(make_window: MakeWindow, qtbot: Any, ui: str,
                size: tuple[int, int]) -> tuple[MainWindow, Any]:
    window = make_window()
    window.set_reading_language(ui)
    # The first bookmark: the offer, and "Bookmarked: …".
    panel = bookmarks_shown(window, ui, size, "art 12(2)")
    qtbot.wait(50)  # the offer shown, then the layout it sets off
    assert panel.offer_box.isVisible() and panel.status.text()
    return window, panel


def _rows_in_sight(panel: Any) -> float:
    tree = panel.tree
    first = tree.topLevelItem(0)
    assert first is not None
    return tree.viewport().height() / tree.visualItemRect(first).height()


def _press_enter(widget: Any) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                 Qt.KeyboardModifier.NoModifier, "\r"))


@pytest.mark.parametrize("ui", ["en", "fr", "es", "ru", "zh", "ar"])
def test_the_list_keeps_several_rows_beside_the_offer_at_800x600(
        make_window: MakeWindow, qtbot: Any, ui: str) -> None:
    _window, panel = _with_offer(make_window, qtbot, ui, (800, 600))
    assert _rows_in_sight(panel) >= ROWS, (ui, _rows_in_sight(panel))
    # Nothing of the offer is lost: its whole sentence is its text and screen-reader name,
    # and both answers are there, reached with Tab.
    offer = panel.offer_label
    assert offer.text() == offer.accessibleName() and not offer.text().endswith("…")
    for button in (panel.offer_yes, panel.offer_no):
        assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert button.text()


def test_folded_lines_open_with_enter_and_fold_again(make_window: MakeWindow,
                                                     qtbot: Any) -> None:
    _window, panel = _with_offer(make_window, qtbot, "ar", (800, 600))
    offer = panel.offer_label
    assert offer.is_elided() and offer.shown_text().endswith("…")  # one line, cut
    assert offer.toolTip() == offer.text()
    assert offer.focusPolicy() & Qt.FocusPolicy.TabFocus
    folded_height = offer.height()
    offer.setFocus()
    _press_enter(offer)
    qtbot.wait(50)
    assert not offer.is_elided() and offer.height() > 1.5 * folded_height  # all of it
    _press_enter(offer)
    qtbot.wait(50)
    assert offer.is_elided() and offer.height() == folded_height
    # The message too, and a new message starts folded again.
    status = panel.status
    assert status.is_elided()
    spoken = QAccessible.queryAccessibleInterface(status)
    assert spoken is not None and spoken.text(QAccessible.Text.Name) == status.text()
    assert status.text().startswith(panel.tr("Bookmarked: %1").split("%1")[0])
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    assert not status.is_elided()
    panel.add_passages("declaration", "ar", ["art-5"])
    assert status.is_elided()


@pytest.mark.parametrize("ui", ["en", "ar", "zh"])
def test_with_room_the_offer_and_message_are_whole(make_window: MakeWindow, qtbot: Any,
                                                   ui: str) -> None:
    window, panel = _with_offer(make_window, qtbot, ui, (800, 600))
    window.resize(1366, 1000)
    qtbot.wait(50)
    assert not panel.offer_label.is_elided() and not panel.status.is_elided()
    assert panel.offer_label.height() > 1.5 * panel.offer_label.fontMetrics().height()
    assert _rows_in_sight(panel) >= ROWS


def test_a_folded_line_reached_with_tab_shows_it_has_the_focus(make_window: MakeWindow,
                                                              qtbot: Any) -> None:
    window, panel = _with_offer(make_window, qtbot, "ar", (800, 600))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    offer = panel.offer_label
    assert offer.is_elided()
    panel.offer_yes.setFocus()
    qtbot.wait(20)
    before = offer.grab().toImage()
    qtbot.keyClick(panel.offer_yes, Qt.Key.Key_Backtab)  # Shift+Tab: back to the sentence
    qtbot.wait(20)
    assert offer.hasFocus()
    after = offer.grab().toImage()
    changed = sum(before.pixelColor(x, y) != after.pixelColor(x, y)
                  for x in range(after.width()) for y in range(after.height()))
    assert changed > after.width()  # a frame around it, not a stray pixel
