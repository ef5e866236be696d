"""Issue 4, point 2: search as you type, one row per passage, filters, keyboard, highlight."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.settings import Settings
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.helpers import search


def _key(widget: QWidget, key: Qt.Key) -> None:
    """Send a key press as the keyboard would (keyClicks cannot send non-ASCII text)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_results_appear_as_you_type(window: MainWindow, qtbot: Any) -> None:
    window.focus_search()
    window.search.query.setText("assemble peacefully")  # no Enter pressed
    qtbot.waitUntil(lambda: window.search.results.count() > 0, timeout=10000)
    assert window.search.status.text().startswith("Results:")


def test_one_row_per_passage_with_snippet_language_citation(window: MainWindow,
                                                           qtbot: Any) -> None:
    results = search(qtbot, window, "assemble peacefully")
    assert results.hits
    rows = window.search.results
    assert rows.count() == len(results.hits)
    keys = {(h.doc, h.passage, h.lang) for h in results.hits}
    assert len(keys) == len(results.hits)  # one row per passage and language
    first = rows.item(0).text()
    hit = results.hits[0]
    assert hit.citation in first
    assert "(English)" in first
    assert "peaceful" in first.lower()
    assert "\ue000" not in first  # the marks are drawn, not shown as characters


def test_all_languages_by_default(window: MainWindow, qtbot: Any) -> None:
    assert window.search.filter_language() == ""
    assert window.search.lang_filter.currentText() == "All languages"
    results = search(qtbot, window, "art 5 OR article OR статья OR 条 OR المادة")
    assert len({h.lang for h in results.hits}) >= 3


def test_language_and_document_filters(window: MainWindow, qtbot: Any) -> None:
    results = search(qtbot, window, "pacifiquement", lang="fr")
    assert results.hits and {h.lang for h in results.hits} == {"fr"}
    results = search(qtbot, window, "defenders", lang="en", doc="res-64-163")
    assert results.hits and {h.doc for h in results.hits} == {"res-64-163"}
    # Changing a filter searches again at once.
    window.search.set_filters("en", "declaration")
    qtbot.waitUntil(lambda: not window.search.is_searching(), timeout=10000)
    assert {h.doc for h in window.search.last_results.hits} <= {"declaration"}


def test_filters_are_remembered(make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window()
    window.search.set_filters("es", "declaration")
    window.close()
    again = make_window()
    assert again.search.filter_language() == "es"
    assert again.search.filter_document() == "declaration"


def test_keyboard_down_enter_escape(window: MainWindow, qtbot: Any) -> None:
    results = search(qtbot, window, "assemble peacefully", lang="en")
    assert len(results.hits) >= 2
    query = window.search.query
    query.setFocus()
    _key(query, Qt.Key.Key_Down)
    listing = window.search.results
    assert listing.hasFocus() or QApplication.focusWidget() is listing
    _key(listing, Qt.Key.Key_Down)
    assert listing.currentRow() == 1
    second = results.hits[1]
    with qtbot.waitSignal(window.current_passage_changed):
        _key(listing, Qt.Key.Key_Return)
    assert (window.current_doc, window.current_passage) == (second.doc, second.passage)
    listing.setFocus()
    _key(listing, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is query


def test_enter_in_the_box_opens_the_first_result(window: MainWindow, qtbot: Any) -> None:
    results = search(qtbot, window, "réunir pacifiquement", lang="fr")
    window.search.query.setFocus()
    _key(window.search.query, Qt.Key.Key_Return)
    first = results.hits[0]
    assert (window.current_doc, window.current_passage, window.current_lang) == (
        first.doc, first.passage, "fr")


def test_opened_result_has_its_words_highlighted(window: MainWindow, qtbot: Any) -> None:
    results = search(qtbot, window, "assemble peacefully", lang="en")
    hit = results.hits[0]
    window.search.open_result(0)
    assert window.current_passage == hit.passage
    words = [w.lower() for w in window.reader.highlighted_words()]
    assert words and all(w in {t.lower() for t in hit.terms} for w in words)
    passage = window.library.version(hit.doc, "en").passage(hit.passage)
    assert passage is not None
    assert all(w in passage.text.lower() for w in words)


def test_opening_a_hit_in_another_language_shows_that_language(window: MainWindow,
                                                               qtbot: Any) -> None:
    results = search(qtbot, window, "правозащитников", lang="ru")
    assert results.hits
    window.search.open_result(0)
    assert window.current_lang == "ru"
    assert window.toolbar.lang.currentData() == "ru"
    assert window.reader.highlighted_words()


def test_recent_searches_are_kept(make_window: MakeWindow, qtbot: Any, data_dir: Any) -> None:
    window = make_window()
    window.settings.set("keep_history", True)  # off by default (issue 19)
    search(qtbot, window, "assemble peacefully", lang="en")
    window.search.open_result(0)
    assert window.settings.get("recent_searches")[0] == "assemble peacefully"
    assert window.search.recent_model.stringList()[0] == "assemble peacefully"
    window.close()
    assert Settings.load().get("recent_searches")[0] == "assemble peacefully"


@dataclass
class _Results:
    query: str
    hits: list[Any] = field(default_factory=list)
    suggestion: str | None = None
    ms: float = 0.0


class _SlowSearcher:
    """Takes 300 ms for a query starting with 'slow'; records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.lock = threading.Lock()

    def search(self, query: str, lang: str | None = None, doc: str | None = None,
               limit: int = 20) -> _Results:
        with self.lock:
            self.asked.append(query)
        if query.startswith("slow"):
            time.sleep(0.3)
        return _Results(query)

    def close(self) -> None:
        pass


def test_stale_queries_are_dropped(make_window: MakeWindow, qtbot: Any) -> None:
    fake = _SlowSearcher()
    window = make_window(searcher_factory=lambda _lib: fake)
    panel = window.search
    shown: list[str] = []
    window.ctx.search.results.connect(lambda r: shown.append(r.query))
    panel.query.setText("slow one")
    panel.search_now()
    qtbot.waitUntil(lambda: "slow one" in fake.asked, timeout=5000)  # now busy for 300 ms
    for text in ("fast a", "fast b", "fast c"):  # typed while the worker is busy
        panel.query.setText(text)
        panel.search_now()
    qtbot.waitUntil(lambda: not panel.is_searching(), timeout=5000)
    qtbot.wait(400)
    assert shown == ["fast c"]  # the slow result came back late and was dropped
    assert "fast a" not in fake.asked and "fast b" not in fake.asked  # never run
    assert panel.last_results.query == "fast c"


def test_no_results_and_suggestion(window: MainWindow, qtbot: Any) -> None:
    results = search(qtbot, window, "peacefuly", lang="en")
    if results.hits:
        return  # the search engine corrected it by itself (fuzzy matching)
    assert window.search.status.text().startswith("No results")
    if results.suggestion:
        assert results.suggestion in window.search.status.text()


def test_the_status_says_what_happened_to_the_query(window: MainWindow, qtbot: Any) -> None:
    status = window.search.status
    results = search(qtbot, window, "NOT assemble")
    assert results.hits == [] and window.search.results.count() == 0
    assert status.text() == "No results. NOT needs a word before it, as in: police NOT arrest"
    results = search(qtbot, window, "assemble " + "peacefully " * 200)
    assert results.hits and results.problem == "too-long"
    assert status.text().endswith(
        "The query is longer than 32 words or 1000 characters: only its beginning was "
        "searched.")
    results = search(qtbot, window, '"assemble NOT peacefully')
    assert results.degraded and status.text().endswith("(searched as plain words)")
    # Said again in the new language when the interface language changes.
    search(qtbot, window, "NOT assemble")
    window.menus.language_actions["fr"].trigger()
    assert status.text() == (
        "Aucun résultat. Il faut un mot avant NOT, par exemple\xa0: police NOT arrestation")


@pytest.mark.parametrize("ui", ["ar", "zh", "en"])
def test_a_wrapped_result_header_keeps_the_separator_with_its_language(
        make_window: MakeWindow, qtbot: Any, ui: str) -> None:
    """Where a result's citation and language wrap, the "·" goes down with the language it
    introduces, and a number stays with its word: an English citation in the Arabic list
    ended its line with a dangling "·", and "art." with its "7" on the next line."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = make_window()
    window.set_ui_language(ui)
    window.resize(800, 600)
    results = search(qtbot, window, {"ar": "التعذيب", "zh": "酷刑", "en": "torture"}[ui])
    assert results.hits
    qtbot.wait(50)
    view = window.search.results
    delegate = view.itemDelegate()
    wrapped = 0
    for row in range(view.count()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.font = view.font()
        doc = delegate._document(option, index, view.viewport().width() - 4)
        doc.size()  # laid out
        block = doc.begin()
        text = block.text()
        dot = text.index("·")
        layout = block.layout()
        assert layout.lineCount() > 1
        dot_line = layout.lineForTextPosition(dot).lineNumber()
        language_line = layout.lineForTextPosition(dot + 2).lineNumber()
        assert dot_line >= 0 and dot_line == language_line, (ui, text[:dot + 12])
        # Nor is a number parted from its word ("art." ending a line, "7" starting the next).
        for n in range(1, dot_line + 1):
            start = layout.lineAt(n).textStart()
            parted = text[start].isdigit() and text[start - 1] in " \u00a0"
            assert not parted, (ui, text[:dot], start)
        wrapped += dot_line > 0  # the header took more than one line
    assert wrapped or ui != "ar"  # the Arabic list has such headers at this width
