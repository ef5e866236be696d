"""Starting real main windows in tests, and putting the application back afterwards.

Shared by the GUI tests (tests/ui) and the hardening tests: each fixture says which library
and searcher its windows get; starting, waiting for the first paint's deferred work and
cleaning up are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


class NoSearch:
    """A searcher that finds nothing, for windows whose test is not about search."""

    def search(self, query: str, **_kwargs: Any) -> Any:
        from desktop.search import SearchResults

        return SearchResults(query, [], None, 0.0)

    def close(self) -> None:
        pass


@contextmanager
def started_windows(
    qapp: QApplication, qtbot: Any, activate: bool = False
) -> Iterator[Callable[..., MainWindow]]:
    """Yields `start(...)` as the app calls it (same arguments), returning a shown window
    once bookmarks, printing and the integrity check are in (they come after the first
    paint). `activate`: also make it the active window (shortcuts reach only that one).
    Afterwards every window is closed and finished, and the application is back in English,
    left to right, in the light theme."""
    from desktop.ui import themes
    from desktop.ui.app import finish, start

    windows: list[MainWindow] = []

    def make(*args: Any, **kwargs: Any) -> MainWindow:
        window = start(*args, **kwargs)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.extensions_installed, timeout=5000)
        if activate:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
        windows.append(window)
        return window

    try:
        yield make
    finally:
        for window in windows:
            if window.isVisible():
                window.close()
            finish(window)
            window.ctx.translations.install("en")  # back to English, left to right
        themes.apply(qapp, "light")
