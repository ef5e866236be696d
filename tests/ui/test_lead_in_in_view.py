"""Opening a search hit on an item keeps its article's heading and lead-in in view."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from desktop.ui.main_window import MainWindow
from tests.ui.helpers import search


def _visible(window: MainWindow, words: str) -> bool:
    """Whether the line holding `words` is inside the reader's viewport."""
    r = window.reader.rendered
    assert r is not None
    found = r.document.find(words)
    assert not found.isNull(), words
    cursor = QTextCursor(r.document)
    cursor.setPosition(found.selectionStart())
    rect = window.reader.browser.cursorRect(cursor)
    return rect.top() >= 0 and rect.bottom() <= window.reader.browser.viewport().height()


@pytest.mark.parametrize(("lang", "parallel"), [("en", ""), ("ar", ""), ("en", "fr")])
def test_a_hit_on_an_item_shows_the_heading_and_the_lead_in(make_window: Any, qtbot: Any,
                                                            lang: str, parallel: str) -> None:
    window = make_window("declaration:art-20")
    window.set_parallel_language(parallel)
    window.resize(1000, 560)
    qtbot.wait(10)
    query = "assemble peacefully" if lang == "en" else "التجمع سلميا"
    results = search(qtbot, window, query, lang=lang, doc="declaration")
    assert results is not None and results.hits
    assert results.hits[0].passage == "art-5.a"
    assert window.search.open_result(0)
    version = window.current_version()
    assert version is not None and window.current_passage == "art-5.a"
    heading = version.passage("art-5").before[-1].text  # type: ignore[union-attr]
    lead = version.passage("art-5").text  # type: ignore[union-attr]
    item = version.passage("art-5.a").text  # type: ignore[union-attr]
    assert _visible(window, heading) and _visible(window, lead[:30]) and _visible(window, item)


def test_an_item_far_from_its_lead_in_is_shown_itself(make_window: Any, qtbot: Any) -> None:
    """When the lead-in and the item do not fit together, the item wins."""
    window = make_window("declaration:art-20")
    window.resize(1000, 300)
    qtbot.wait(10)
    window.show_passage("declaration", "art-9.3.c")
    version = window.current_version()
    assert version is not None
    assert _visible(window, version.passage("art-9.3.c").text[:30])  # type: ignore[union-attr]


def test_copy_with_citation_in_the_window_carries_the_lead_in(window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    window.show_passage("declaration", "art-5.a")
    window.menus.copy_citation_action.trigger()
    text = QGuiApplication.clipboard().text()
    version = window.current_version()
    assert version is not None
    lead, item = version.passage("art-5").text, version.passage("art-5.a").text  # type: ignore[union-attr]
    assert text.startswith("[Opening words of art. 5] " + lead)
    assert text.index(lead) < text.index(item) < text.index("art. 5(a)")
    QGuiApplication.clipboard().clear()
