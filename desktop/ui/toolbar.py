"""The bar above the text: back / forward, "go to", text language, side by side, quick exit.

It cannot be hidden or moved: the quick-exit button must always be where the person last
saw it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop.languages import NATIVE_NAMES
from desktop.ui import themes
from desktop.ui.actions import QUICK_EXIT_KEYS_TEXT
from desktop.ui.language_box import LanguageBox

#: The go-to box's narrowest and widest, in pixels.
GOTO_WIDTHS = (150, 260)


class NavigationBar(QToolBar):
    goto_requested = Signal(str)
    reading_language_chosen = Signal(str)
    parallel_language_chosen = Signal(str)  # "" = one language

    def __init__(self, back: QAction, forward: QAction, quick_exit: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavigationBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        # By name, through Qt's property system: the Qt namespace's Python enums cost ~20 ms
        # to build, and nothing before the first paint needs them (bench/README.md).
        self.setProperty("contextMenuPolicy", "PreventContextMenu")
        # Back and forward show their icons only: a tool bar's default style.
        self._back, self._forward = back, forward
        self._arrow_colours: tuple[int, int, bool] | None = None  # what they were drawn in
        self._set_arrows()
        self.addAction(back)
        self.addAction(forward)
        self.back_button = self.widgetForAction(back)
        self.forward_button = self.widgetForAction(forward)
        self.addSeparator()

        self.goto_label = QLabel(self)
        self.goto = QLineEdit(self)
        self.goto.setObjectName("GotoBox")
        self.goto.setClearButtonEnabled(True)
        self.goto.setMinimumWidth(GOTO_WIDTHS[0])
        self.goto.setMaximumWidth(GOTO_WIDTHS[1])
        self.goto_label.setBuddy(self.goto)
        self.goto.returnPressed.connect(lambda: self.goto_requested.emit(self.goto.text()))
        self.goto.textEdited.connect(lambda _t: self.set_goto_error(""))
        # Emptied by any means (the clear button, undo, a program): "Not found" is about
        # text no longer there, and would stand over the placeholder's example.
        self.goto.textChanged.connect(lambda t: None if t else self.set_goto_error(""))
        self.addWidget(self.goto_label)
        self.addWidget(self.goto)
        # "Not found" is drawn inside the box, at its trailing end: as a widget of its own
        # on the tool bar it pushed everything after it aside when it came and went (and
        # room kept for it pushed the quick-exit button off a narrow window).
        self.goto_error = QLabel(self.goto)
        self.goto_error.setObjectName("GotoError")
        themes.style(self.goto_error)
        self.goto_error.hide()
        self.goto.installEventFilter(self)
        self.addSeparator()

        self.lang_label = QLabel(self)
        self.lang = LanguageBox(self)
        self.lang.setObjectName("ReadingLanguage")
        self.lang_label.setBuddy(self.lang)
        self.lang.activated.connect(
            lambda i: self.reading_language_chosen.emit(self.lang.itemData(i) or ""))
        self.addWidget(self.lang_label)
        self.addWidget(self.lang)

        self.parallel_label = QLabel(self)
        self.parallel = LanguageBox(self)
        self.parallel.setObjectName("ParallelLanguage")
        self.parallel_label.setBuddy(self.parallel)
        self.parallel.activated.connect(
            lambda i: self.parallel_language_chosen.emit(self.parallel.itemData(i) or ""))
        self.addWidget(self.parallel_label)
        self.addWidget(self.parallel)
        for box in (self.lang, self.parallel):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fit_language_boxes()

        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.private_badge = QLabel(self)
        self.private_badge.setObjectName("PrivateBadge")
        themes.style(self.private_badge)
        self.private_badge.hide()
        self.private_badge_action = self.addWidget(self.private_badge)
        self.private_badge_action.setVisible(False)
        self.quick_exit = QPushButton(self)
        self.quick_exit.setObjectName("QuickExitButton")
        themes.style(self.quick_exit)
        self.quick_exit.clicked.connect(quick_exit.trigger)
        self._quick_exit_action = quick_exit
        self._shortcuts_ready = False  # see shortcuts_installed()
        self.addWidget(self.quick_exit)
        self._languages: list[str] = []
        self._parallel_languages: list[str] = []
        self.retranslate()

    def shortcuts_installed(self) -> None:
        """The actions have their shortcuts now (just after the first paint): the quick
        exit tooltip shows the keys as Qt writes them for this platform and language
        (Ctrl+Maj+Q in French, ⌃⇧Q on a Mac)."""
        self._shortcuts_ready = True
        self.retranslate()

    def _quick_exit_keys(self) -> str:
        if not self._shortcuts_ready:
            return QUICK_EXIT_KEYS_TEXT
        from PySide6.QtGui import QKeySequence

        keys = self._quick_exit_action.shortcut()
        return keys.toString(QKeySequence.SequenceFormat.NativeText) or QUICK_EXIT_KEYS_TEXT

    def _fit_language_boxes(self) -> None:
        """Make the language boxes as wide as their longest name.

        Measured on the names written in Latin or Cyrillic letters, the widest ones: letting
        Qt fit the boxes to all their items would shape the Arabic and Chinese names too,
        loading those fonts before the first paint (~6 ms) though only one name is shown.
        """
        names = [n for n in (*NATIVE_NAMES.values(), self.tr("Off")) if max(n) < "\u0530"]
        # Both boxes have the same font and style: measured once.
        widest = max(self.lang.fontMetrics().horizontalAdvance(n) for n in names)
        self.lang.setMinimumWidth(0)
        empty = self.lang.sizeHint().width()  # frame and arrow (no text is measured)
        for box in (self.lang, self.parallel):
            box.setMinimumWidth(empty + widest)

    def _set_arrows(self) -> None:
        """Back points left, forward right; the other way round in a right-to-left interface.

        Drawn in the theme's button text colour, and its disabled colour when disabled: Qt's
        own arrows are black whatever the palette (unreadable in the dark and high-contrast
        themes). Drawn again when the palette changes (a change of theme)."""
        palette = self.palette()
        role, disabled = QPalette.ColorRole.ButtonText, QPalette.ColorGroup.Disabled
        normal, grey = palette.color(role), palette.color(disabled, role)
        rtl = self.isRightToLeft()
        key = (normal.rgba(), grey.rgba(), rtl)
        if key == self._arrow_colours:
            return
        self._arrow_colours = key
        self._back.setIcon(_arrow("right" if rtl else "left", normal, grey))
        self._forward.setIcon(_arrow("left" if rtl else "right", normal, grey))

    def set_languages(self, available: list[str], current: str, parallel: str) -> None:
        """Languages the current document exists in; the current ones selected."""
        self._languages = list(available)
        self.lang.blockSignals(True)
        self.lang.clear()
        for code in available:
            self.lang.addItem(NATIVE_NAMES.get(code, code), code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(current)))
        self.lang.blockSignals(False)
        self.parallel.blockSignals(True)
        self.parallel.clear()
        self.parallel.addItem(self.tr("Off"), "")
        for code in available:
            if code != current:
                self.parallel.addItem(NATIVE_NAMES.get(code, code), code)
        self.parallel.setCurrentIndex(max(0, self.parallel.findData(parallel)))
        self.parallel.blockSignals(False)

    def set_private(self, on: bool) -> None:
        self.private_badge_action.setVisible(on)
        self.private_badge.setVisible(on)

    def set_goto_text(self, text: str) -> None:
        """Show where the reader is (a search hit or a link was opened), unless the box is
        being typed in."""
        if not self.goto.hasFocus():
            self.goto.setText(text)
            self.goto.setCursorPosition(0)  # the start of a long reference shows
        self.set_goto_error("")

    def _place_goto_error(self) -> None:
        """Put "Not found" at the box's trailing end, just inside its clear button, and keep
        the typed text clear of it.

        Placed from the clear button where Qt put it, not from the box's height: the Arabic
        box is taller (its font's line is) while the button stays 22 px wide, so "غير موجود"
        was drawn 11 px too far in, over the end of the text."""
        label, box = self.goto_error, self.goto
        if not label.text():
            label.hide()
            box.setTextMargins(0, 0, 0, 0)
            box.setMinimumWidth(GOTO_WIDTHS[0])
            box.setMaximumWidth(GOTO_WIDTHS[1])
            return
        if not label.isVisible():
            # Text margins would make the box ask for more room: it keeps its width.
            box.setFixedWidth(box.width())
        label.adjustSize()
        width, height = label.width(), box.height()
        rtl = box.isRightToLeft()
        clear = next((b for b in box.findChildren(QToolButton) if b.isVisibleTo(box)), None)
        if clear is not None:
            # Qt keeps the text out of the button's column already: the label goes just
            # inside that column, and the text margin moves the text by the label's width.
            inner = clear.geometry().right() + 1 if rtl else clear.geometry().left()
        else:
            inner = 2 if rtl else box.width() - 2
        gap = 2
        x = inner + gap if rtl else inner - gap - width
        label.setGeometry(x, 0, width, height)
        label.show()
        room = width + 2 * gap + 2  # the label, a gap either side, Qt's own 2 px of slack
        box.setTextMargins(room if rtl else 0, 0, 0 if rtl else room, 0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.goto and event.type() in (QEvent.Type.Resize,
                                                 QEvent.Type.LayoutDirectionChange):
            self._place_goto_error()
        return False

    def set_goto_error(self, message: str) -> None:
        self.goto_error.setText(message)
        self._place_goto_error()
        self.goto_error.setToolTip(message)
        self.goto_error.setAccessibleName(message or self.tr("Go to: error"))
        self.goto.setAccessibleDescription(message or self._goto_help)

    def retranslate(self) -> None:
        self.goto_label.setText(self.tr("G&o to:"))
        self.goto.setPlaceholderText(self.tr("e.g. art 12, 64/163 para 7"))
        self._goto_help = self.tr(
            "Type an article or paragraph, in any of the six languages, and press Enter")
        self.goto.setAccessibleName(self.tr("Go to passage"))
        self.goto.setAccessibleDescription(self._goto_help)
        self.goto.setToolTip(self._goto_help)
        self.goto_error.setAccessibleName(self.tr("Go to: error"))
        self.lang_label.setText(self.tr("&Text:"))
        self.lang.setAccessibleName(self.tr("Language of the text"))
        self.lang.setAccessibleDescription(self.tr("The language the document is shown in"))
        self.parallel_label.setText(self.tr("&Side by side:"))
        self.parallel.setAccessibleName(self.tr("Second language side by side"))
        self.parallel.setAccessibleDescription(self.tr(
            "Show a second language beside the text, passage by passage"))
        if self.parallel.count():
            self.parallel.setItemText(0, self.tr("Off"))
        self.private_badge.setText(self.tr("Private mode"))
        self.private_badge.setAccessibleName(self.tr("Private mode is on"))
        self.quick_exit.setText(self.tr("Quick exit"))
        self.quick_exit.setToolTip(self.tr(
            "Close at once ({keys}): clears text copied from the app and saves "
            "nothing about this session").replace("{keys}", self._quick_exit_keys()))
        self.quick_exit.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit.setAccessibleDescription(self.quick_exit.toolTip())
        for button, name in ((self.back_button, self.tr("Back")),
                             (self.forward_button, self.tr("Forward"))):
            if button is not None:
                button.setAccessibleName(name)
                button.setAccessibleDescription(name)
        self.setWindowTitle(self.tr("Navigation"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.PaletteChange):
            self._set_arrows()  # the interface switched to or from Arabic, or the theme
        elif event.type() == QEvent.Type.FontChange:
            self._fit_language_boxes()  # the interface font follows its language
        super().changeEvent(event)


#: The arrow images of Qt's own styles (what Fusion's SP_ArrowBack and SP_ArrowForward
#: show), in Qt's built-in resources.
_ARROW_FILES = ":/qt-project.org/styles/commonstyle/images/arrow-{side}-{size}.png"


def _arrow(side: str, colour: QColor, disabled: QColor) -> QIcon:
    """An arrow pointing `side` ("left" or "right"), in `colour` (`disabled` when disabled).

    Read from Qt's resources rather than asked from the style: the first Python use of a
    QStyle makes PySide6 build its Python enum classes, ~9 ms before the first paint
    (bench/README.md, Start-up). Should a Qt release move the images, the style is asked.
    """
    images = [QImage(_ARROW_FILES.format(side=side, size=size)) for size in (16, 32, 128)]
    images = [image for image in images if not image.isNull()]
    if not images:
        from PySide6.QtWidgets import QApplication, QStyle

        pixmap = QStyle.StandardPixmap.SP_ArrowLeft if side == "left" \
            else QStyle.StandardPixmap.SP_ArrowRight
        style_icon = QApplication.style().standardIcon(pixmap)
        images = [style_icon.pixmap(size).toImage() for size in (16, 32)]
    icon = QIcon()
    for image in images:
        for mode, c in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
            icon.addPixmap(QPixmap.fromImage(_tinted(image, c)), mode)
    return icon


def _tinted(image: QImage, colour: QColor) -> QImage:
    """`image`'s shape (its alpha) in `colour`.

    By replacing the colour bytes rather than painting with QPainter: every QPainter (and
    QImage.fill) call that takes a colour or brush makes PySide6 build the Qt namespace's
    Python enums, ~20 ms before the first paint (bench/README.md, Start-up)."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # not premultiplied
    data = bytearray(argb.constBits())
    n = len(data) // 4
    # One 32-bit 0xAARRGGBB word a pixel: B, G, R, A in memory on a little-endian machine.
    order = (colour.blue(), colour.green(), colour.red()) if sys.byteorder == "little" \
        else (colour.red(), colour.green(), colour.blue())
    first = 0 if sys.byteorder == "little" else 1
    for i, value in enumerate(order):
        data[first + i::4] = bytes((value,)) * n
    return QImage(bytes(data), argb.width(), argb.height(), argb.bytesPerLine(),
                  QImage.Format.Format_ARGB32).copy()
