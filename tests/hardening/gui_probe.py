"""What a person sees in the main window, as text; also runnable as a script.

    python gui_probe.py [REF]     start the real app offscreen (--data-dir from the
                                  environment: RIGHTS_AT_HAND_DATA_DIR), let it settle, print
                                  one JSON object {"texts": [...], "dialogs": [...]}, quit

`texts` are the visible labels, buttons and window title, the status bar's message, and
the plain text of every visible text view except the reader's body; `dialogs` are the texts
of any message box the app showed while starting (each is recorded, then closed, so a
warning at start-up cannot hang the probe).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any


def visible_texts(window: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QStatusBar, QTextBrowser

    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel):
        if widget.isVisible() and widget.text():
            texts.append(widget.text())
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisible() and (widget.text() or widget.toolTip()):
            texts.append(f"{widget.text()} {widget.toolTip()}".strip())
    for widget in window.findChildren(QStatusBar):
        if widget.currentMessage():
            texts.append(widget.currentMessage())
    reader = getattr(window, "reader", None)
    for widget in window.findChildren(QTextBrowser):
        if reader is not None and reader.isAncestorOf(widget):
            continue  # the text itself, not what the app says about it
        if widget.isVisible() and widget.toPlainText().strip():
            texts.append(widget.toPlainText())
    return texts


class DialogCloser:
    """Records and closes every modal dialog and popup as soon as it appears."""

    def __init__(self, interval_ms: int = 30) -> None:
        from PySide6.QtCore import QTimer

        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.close_all)
        self.timer.start()

    def close_all(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        for widget in (QApplication.activeModalWidget(), QApplication.activePopupWidget()):
            if widget is None:
                continue
            if isinstance(widget, QMessageBox):
                self.seen.append(f"{widget.text()} {widget.informativeText()}".strip())
            else:
                self.seen.append(f"<{type(widget).__name__}> {widget.windowTitle()}")
            widget.close()

    def stop(self) -> None:
        self.timer.stop()


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop import paths

    paths.configure(os.environ.get(paths.DATA_DIR_ENV))
    from PySide6.QtWidgets import QApplication

    import desktop.ui  # noqa: F401  (before any Qt call)
    from desktop.ui.app import application, finish, start

    app = application()
    closer = DialogCloser()
    window = start(argv[0] if argv else None)
    end = time.monotonic() + 1.5
    while time.monotonic() < end:  # let deferred start-up work (index, checks) finish
        app.processEvents()
        time.sleep(0.01)
    result = {"texts": visible_texts(window), "dialogs": closer.seen}
    closer.stop()
    window.close()
    finish(window)
    QApplication.processEvents()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
