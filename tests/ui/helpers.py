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


_INVISIBLE = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))


def shown(text: str) -> str:
    """Text as a person sees it: without the invisible bidi isolates and marks."""
    return text.translate(_INVISIBLE)
