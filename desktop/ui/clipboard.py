"""Remembers what the app put on the clipboard, so quick exit can take it back.

A defender who closes the app in a hurry must not leave a copied passage on the clipboard
for whoever picks up the computer. Only text that came from this app is cleared: wiping
something the person copied elsewhere would be a surprise of its own.

Every copy goes through here: the reader reports its copies (`ReaderBrowser.copied`),
other widgets' copies are seen through `QClipboard.dataChanged` while the app is active,
and code that copies on purpose (e.g. "Copy with citation") calls `copy_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

#: The MIME type desktop/ui/printing.py adds to what it copies.
APP_MIME_MARK = "application/x-rights-at-hand"


def _digest(text: str) -> str:
    # Keep only a hash: the guard itself must not hold copies of what was copied.
    import hashlib  # here: nothing is copied during start-up

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, watch: bool = True) -> None:
        super().__init__(parent)
        self._ours: set[str] = set()
        self._watching = False
        if watch:
            self.watch()

    def watch(self) -> None:
        """Start noticing copies made in other widgets. The app calls this just after its
        first paint (nothing can be copied before the window is shown): asking for the
        clipboard sets it up with the window system, which the first paint does not need."""
        if not self._watching:
            self._watching = True
            QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def copy_text(self, text: str) -> None:
        """Put text on the clipboard on behalf of the app."""
        self.remember(text)
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)

    def remember(self, text: str) -> None:
        if text:
            self._ours.add(_digest(text))

    def _changed(self) -> None:
        from PySide6.QtCore import Qt  # here: the Qt namespace is slow to build (start-up)

        if QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            self.remember(QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard))

    def _is_ours(self, mode: QClipboard.Mode) -> bool:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(mode)
        if mime is not None and mime.hasFormat(APP_MIME_MARK):
            return True  # copied with its citation (printing.put_on_clipboard marks it)
        text = clipboard.text(mode)
        owns = clipboard.ownsSelection() if mode == QClipboard.Mode.Selection \
            else clipboard.ownsClipboard()
        return bool(text) and (_digest(text) in self._ours or owns)

    def holds_ours(self) -> bool:
        return any(self._is_ours(mode) for mode in self._modes())

    @staticmethod
    def _modes() -> list[QClipboard.Mode]:
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)  # X11: text selected with the mouse
        return modes

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it holds text copied from the app; True if it did."""
        clipboard = QGuiApplication.clipboard()
        cleared = False
        for mode in self._modes():
            if self._is_ours(mode):
                clipboard.clear(mode)
                cleared = True
        self._ours.clear()
        return cleared


def hand_over_to_qt() -> None:
    """Before the interpreter ends: if the clipboard holds data object made in Python (as
    "Copy with citation" does), put the same text back through Qt's own setText.

    Qt deletes what the clipboard holds from a C++ exit handler, after Python has finalized;
    deleting a Python-made QMimeData then crashes the process (SIGSEGV) on a normal close.
    The person keeps their copied text; only its owner changes.
    """
    clipboard = QGuiApplication.clipboard()
    for mode in ClipboardGuard._modes():
        mime = clipboard.mimeData(mode)
        if mime is not None and mime.hasFormat(APP_MIME_MARK):
            clipboard.setText(clipboard.text(mode), mode)
