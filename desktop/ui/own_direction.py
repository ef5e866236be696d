"""Rows laid out by their own text's direction, in a tree of the other direction.

The contents tree of the Arabic interface holds English or Chinese rows when that is the
reading language (and the reverse): Qt laid each row out right to left, after the interface,
so a Chinese row's closing "；" went to its front and a long English row was cut at its
beginning ("…UN document"). With this delegate each row is laid out, and cut, by its own
text's direction, and stays on the interface's side of the tree, with its icon beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

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

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """A row with an icon (a bookmarks folder) whose name reads against the interface:
        laid out in the name's direction the icon goes to the name's start, and with the
        name on the interface's side, the two were a cell apart ("Folder A" at the right
        of the Arabic list, its folder icon at the far left). The icon and name are drawn
        together, on the interface's side; the cell's background, selection and focus
        still fill it."""
        view = option.widget
        if index.data(Qt.ItemDataRole.DecorationRole) is None or view is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.direction == view.layoutDirection():
            super().paint(painter, option, index)
            return
        style = view.style() or QApplication.style()
        cell = QStyleOptionViewItem(opt)
        cell.text = ""
        cell.icon = QIcon()
        cell.features = cell.features & ~(QStyleOptionViewItem.ViewItemFeature.HasDisplay
                                          | QStyleOptionViewItem.ViewItemFeature.HasDecoration)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, view)
        need = self.sizeHint(option, index).width()
        rect = QRect(opt.rect)
        if need < rect.width():
            if view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                rect.setLeft(rect.right() - need + 1)
            else:
                rect.setWidth(need)
        opt.rect = rect
        opt.state = opt.state & ~QStyle.StateFlag.State_HasFocus  # drawn once, on the cell
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
