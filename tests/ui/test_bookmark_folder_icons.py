"""A bookmarks folder whose name reads against the interface (an English name in the Arabic
list, an Arabic one in the English list) has its icon beside its name: laid out in the name's
own direction, the icon went to the far side of the cell, an empty band away from the name."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor

from tests.ui.conftest import MakeWindow
from tests.ui.helpers import bookmarks_shown

NAMES = {"ar": "Folder A", "en": "ملف الشهود", "zh": "ملف الشهود"}


def _widest_gap(image: Any, x0: int, x1: int, y0: int, y1: int, background: QColor) -> int:
    """The widest run of blank columns between the first and the last drawn column."""
    def inked(x: int) -> bool:
        for y in range(y0, y1):
            c = image.pixelColor(x, y)
            if (abs(c.red() - background.red()) + abs(c.green() - background.green())
                    + abs(c.blue() - background.blue())) > 90:
                return True
        return False

    columns = [x for x in range(x0, x1) if inked(x)]
    assert columns, "nothing drawn in the cell"
    return max((b - a for a, b in zip(columns, columns[1:], strict=False)), default=0)


@pytest.mark.parametrize("ui", ["ar", "en", "zh"])
@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_a_folder_s_icon_is_beside_its_name(make_window: MakeWindow, qtbot: Any, ui: str,
                                            size: tuple[int, int]) -> None:
    panel = bookmarks_shown(make_window(), ui, size, "art 5")
    folder = panel.new_folder(NAMES[ui])
    assert folder is not None
    panel.select_bookmark(panel.store.bookmarks()[0].id)  # the folder's row not highlighted
    qtbot.wait(50)
    tree = panel.tree
    item = next(i for i in panel._all_items() if i.text(0) == NAMES[ui])
    row = tree.visualItemRect(item)
    x0 = tree.columnViewportPosition(0)
    x1 = x0 + tree.columnWidth(0)
    image = tree.viewport().grab().toImage()
    background = tree.viewport().palette().color(tree.viewport().backgroundRole())
    gap = _widest_gap(image, max(0, x0), min(image.width(), x1), row.top() + 2,
                      row.bottom() - 1, background)
    assert gap < 16, (ui, size, gap)
