"""The running window's side of "one app per data folder" (see desktop/instance.py): a
second start on the same folder leaves a request there; this brings the window forward, at
the passage asked for, and takes the request so the second start can stop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from desktop.instance import take_request
from desktop.ui.main_window import MainWindow

#: A look every few seconds as well as the folder watch: some file systems (network, some
#: USB sticks) send no change notices.
POLL_MS = 2000


class InstanceWatch(QObject):
    def __init__(self, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.folder = folder
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(self.check)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        QTimer.singleShot(0, self.check)  # a request left before the watch began

    def check(self) -> None:
        ref = take_request(self.folder)
        if ref is None:
            return
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        if ref:
            window.open_reference(ref)
