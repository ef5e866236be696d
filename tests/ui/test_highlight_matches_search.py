"""Issue 18, point 3: the reader marks what search matched, with search's own folding."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.search import split_marks
from desktop.search.highlight import WHOLE_CHARS
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import search


@pytest.mark.parametrize(("query", "lang"), [
    ("assemble peacefully", "en"),
    ("réunir pacifiquement", "fr"),
    ("правозащитников", "ru"),
    ("المدافعين", "ar"),
    ("和平集会", "zh"),
])
def test_the_reader_marks_what_search_matched(window: MainWindow, qtbot: Any, query: str,
                                              lang: str) -> None:
    results = search(qtbot, window, query, lang=lang)
    # A passage short enough for its snippet to be the whole passage: then the snippet's
    # marked words are everything search matched in it.
    # h.lang, not lang: a text with no version in the language searched (the Covenant in
    # French) is found in its English text.
    # Hits found through the subject index (`via`) match no word of the query: left out.
    shown = [i for i, h in enumerate(results.hits) if h.terms
             and len(window.library.version(h.doc, h.lang).passage(h.passage).text) <= WHOLE_CHARS]
    assert shown, f"no short passage among the hits for {query!r}"
    hit = results.hits[shown[0]]
    window.search.open_result(shown[0])
    assert (window.current_doc, window.current_passage) == (hit.doc, hit.passage)
    matched = [text for text, is_match in split_marks(hit.snippet) if is_match]
    assert matched
    assert window.reader.highlighted_words() == matched


def test_a_russian_short_i_is_not_an_i(window: MainWindow) -> None:
    """Search keeps й and и apart (свой "one's own" and свои "their"); so does the reader,
    which once folded both to и."""
    window.set_reading_language("ru")
    assert window.show_passage("declaration", "art-9.3.a")
    assert "свои решения" in window.reader.text()
    assert window.reader.highlight_terms(["свой"], "art-9.3.a") == 0
    assert window.reader.highlighted_words() == []
    assert window.reader.highlight_terms(["свои"], "art-9.3.a") == 1
    assert window.reader.highlighted_words() == ["свои"]


def test_accents_and_case_fold_as_search_folds_them(window: MainWindow) -> None:
    window.set_reading_language("fr")
    assert window.show_passage("declaration", "art-5.a")
    text = window.reader.text()
    assert "réunir" in text
    assert window.reader.highlight_terms(["REUNIR"], "art-5.a") == 1
    assert window.reader.highlighted_words() == ["réunir"]
