"""Helpers for the GUI tests (imported by the test modules)."""

from __future__ import annotations

from typing import Any

from desktop.ui.main_window import MainWindow


def wait_for_results(qtbot: Any, window: MainWindow, timeout: int = 10000) -> Any:
    qtbot.waitUntil(lambda: not window.search.is_searching(), timeout=timeout)
    return window.search.last_results


def search(qtbot: Any, window: MainWindow, query: str, lang: str = "",
           doc: str = "") -> Any:
    window.focus_search()
    window.search.set_filters(lang, doc, emit=False)
    window.search.query.clear()
    window.search.query.setText(query)
    return wait_for_results(qtbot, window)
