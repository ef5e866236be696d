"""A one-line label that keeps its whole text and draws what fits, cut at the text's logical
end, laid out in the text's own direction.

QLabel cuts nothing (a long line widened the window or wrapped, growing a banner or the
status bar), and where a caller cut the text itself, the cut text was all a screen reader
or a test could read. Here `text()` stays whole; the drawing is cut ("…" where the text's
reading stops: at the right of an English line, at the left of an Arabic one, whatever the
interface's direction), and an English line in the Arabic interface is laid out left to
right (and the reverse), which is what QLabel took from the interface instead.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_ISOLATES = {"\u2066", "\u2067", "\u2068"}
_POP_ISOLATE = "\u2069"

# Qt::AlignLeft, AlignRight, AlignVCenter, TextForceLeftToRight, TextForceRightToLeft as
# numbers: naming the enums builds PySide's classes for the whole Qt namespace (~20 ms),
# and these labels are painted with the first window.
_LEFT, _RIGHT, _VCENTER, _FORCE_LTR, _FORCE_RTL = 0x1, 0x2, 0x80, 0x20000, 0x40000


def is_rtl_text(text: str) -> bool:
    """Whether `text` reads right to left: its first strong letter, outside isolates (the
    paragraph rule of Unicode's bidi algorithm, P2), is Arabic or Hebrew (or an RLM)."""
    depth = 0
    for char in text:
        if char in _ISOLATES:
            depth += 1
        elif char == _POP_ISOLATE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return True
            if kind == "L":
                return False
    return False


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` cut at its logical end to fit `width` pixels, with "…" (never splitting a
    letter from its accents or vowel marks). Drawn in the text's direction, the "…" is where
    the reading stops."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits, with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if metrics.horizontalAdvance(text[:mid] + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    while lo > 0 and lo < len(text) and unicodedata.combining(text[lo]):
        lo -= 1
    cut = text[:lo].rstrip()
    # Cut inside an isolated value (an English source in an Arabic line), the "…" goes in
    # it, where that value's reading stops ("UN document … (U…"), and the isolate is closed.
    opened = sum(c in _ISOLATES for c in cut) - cut.count(_POP_ISOLATE)
    return cut + "…" + _POP_ISOLATE * max(0, opened)


class ElidedLabel(QLabel):
    """One line, cut to its width (or, with `set_elided(False)`, a plain QLabel that wraps);
    clicked (or Enter / Space when focused) says `activated`."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None, elided: bool = True) -> None:
        super().__init__(parent)
        self._elided = not elided
        self._focused = False
        self.set_elided(elided)

    def set_elided(self, on: bool) -> None:
        if on == self._elided:
            return
        self._elided = on
        self.setWordWrap(not on)
        if on:
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        else:
            # Wrapped, its height follows its width, as QLabel's own word wrap says (and says
            # again only when its text is set): without it a layout gave the opened status
            # line the height of its size hint, three lines at a guessed width, an empty band
            # under a one-line status.
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.updateGeometry()
        self.update()

    def is_elided(self) -> bool:
        return self._elided

    def shown_text(self) -> str:
        """What is drawn: the text, cut to the label's width."""
        return elide(self.fontMetrics(), " ".join(self.text().split()),
                     max(10, self.contentsRect().width()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if not self._elided:
            return super().sizeHint()
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        return QSize(min(metrics.horizontalAdvance(self.text()), 400) + margins.left()
                     + margins.right(), metrics.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if not self._elided:
            return super().minimumSizeHint()
        return QSize(20, self.sizeHint().height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return super().heightForWidth(width) if not self._elided else self.sizeHint().height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self._focused:  # (not hasFocus(): a call into Qt at every paint of the banner)
            self._paint_focus()
        if not self._elided:
            super().paintEvent(event)
            return
        text = self.shown_text()
        if not text:
            return
        rtl = is_rtl_text(text)
        # The painter starts with the label's foreground colour and font (QWidget's
        # initPainter). No setPen(QColor): choosing among setPen's overloads makes PySide
        # build its Python classes for the whole Qt namespace (Qt.PenStyle is one), ~20 ms
        # inside the first paint; see bench/README.md, Start-up.
        painter = QPainter(self)
        rect: QRect = self.contentsRect()
        painter.drawText(rect, (_RIGHT if rtl else _LEFT) | _VCENTER
                         | (_FORCE_RTL if rtl else _FORCE_LTR), text)
        painter.end()

    def _paint_focus(self) -> None:
        """The style's focus frame: reached with Tab (a folded line, a notice), a QLabel
        showed nothing, and a keyboard user could not see where they were. Only when
        focused: QStyle's Python enums are not built for the first paint."""
        from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect

        option = QStyleOptionFocusRect()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option,
                                   painter, self)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._focused = True
        super().focusInEvent(event)  # (repaints)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self._focused = False
        super().focusOutEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.text() in ("\r", "\n", " "):
            self.activated.emit()
            return
        super().keyPressEvent(event)
