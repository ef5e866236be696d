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


def dark_neutral_pixels(image: Any, x0: int, x1: int, y0: int, y1: int) -> int:
    """How many pixels of `image` (a QImage) in columns x0..x1-1 and rows y0..y1-1 are
    dark grey or black: text drawn in the text colour, as opposed to the background,
    coloured text (an error in red) or its anti-aliased edges."""
    count = 0
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            if max(r, g, b) < 150 and max(r, g, b) - min(r, g, b) < 40:
                count += 1
    return count


def bookmarks_shown(window: MainWindow, ui: str, size: tuple[int, int], ref: str) -> Any:
    """`window` in the `ui` interface at `size`, its bookmarks panel shown, with `ref`
    bookmarked (a first bookmark: the panel offers protection). Returns the panel."""
    window.set_ui_language(ui)
    panel = window.bookmarks
    assert panel is not None
    window.side.setCurrentWidget(panel)
    window.resize(*size)
    window.goto(ref)
    panel.bookmark_action.trigger()
    return panel
