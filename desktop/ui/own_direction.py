"""Rows laid out by their own text's direction, in a tree of the other direction.

The contents tree of the Arabic interface holds English or Chinese rows when that is the
reading language (and the reverse): Qt laid each row out right to left, after the interface,
so a Chinese row's closing "；" went to its front and a long English row was cut at its
beginning ("…UN document"). With this delegate each row is laid out, and cut, by its own
text's direction, and stays on the interface's side of the tree.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.elided_label import is_rtl_text


class OwnDirectionDelegate(QStyledItemDelegate):
    """Installed in the contents tree only where rows and interface differ in direction:
    the delegate works in Python for each row painted, and Qt's enums it uses cost ~20 ms to
    build once. Always in the bookmarks list (made after the first paint), whose names and
    notes may be in any language."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        rtl_text = is_rtl_text(option.text)
        rtl_view = option.direction == Qt.LayoutDirection.RightToLeft
        if rtl_text == rtl_view:
            return
        option.direction = (Qt.LayoutDirection.RightToLeft if rtl_text
                            else Qt.LayoutDirection.LeftToRight)
        side = Qt.AlignmentFlag.AlignRight if rtl_view else Qt.AlignmentFlag.AlignLeft
        option.displayAlignment = (Qt.AlignmentFlag.AlignAbsolute | side
                                   | Qt.AlignmentFlag.AlignVCenter)
