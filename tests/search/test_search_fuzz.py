"""Arbitrary text thrown at the query path never raises and never logs an error."""

from __future__ import annotations

import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.search import Searcher, strip_marks
from desktop.search.query import parse

# The session-scoped searcher is read-only, so sharing it across examples is fine.
FIXTURES_OK = [HealthCheck.function_scoped_fixture]

NASTY = [
    "\x00",
    "\x00" * 50 + "rights",
    "\u200f\u200e\u202b\u202e rights \u2066",
    "🙂 defenders 👩🏽‍⚖️",
    '"',
    '"""',
    '"rights',
    "((((rights",
    "))))",
    "AND",
    "OR OR OR",
    "NOT",
    "NOT NOT rights",
    "*",
    "~",
    "~2",
    "a*",
    "rights~9",
    "-",
    "+",
    ":",
    "doc:declaration",
    "a" * 10_000,
    ("word " * 2_000).strip(),
    ("حقوق " * 2_000).strip(),
    "人" * 10_000,
    "\ud800",
    "\ue000rights\ue001",
    "\ufffd",
    "e\u0301galite\u0301",
    "( \" ) \" AND ( NOT",
]

text_strategy = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list('"()*~ ANDORNOT\x00\u200f🙂 aéحق人权-+:')), max_size=60),
    st.lists(st.sampled_from(["AND", "OR", "NOT", '"', "(", ")", "*", "~", "rights", "人权",
                              "حقوق", "права", "libertés", "\u200f", "\x00", "🙂"]),
             max_size=20).map(" ".join),
)


@pytest.mark.parametrize("text", NASTY)
def test_nasty_inputs(searcher: Searcher, text: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        results = searcher.search(text)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert results.query == text
    for hit in results.hits:
        assert strip_marks(hit.snippet)


@given(text=text_strategy)
@settings(max_examples=300, deadline=None, suppress_health_check=FIXTURES_OK)
def test_arbitrary_text_never_raises(
    searcher: Searcher, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        results = searcher.search(text, limit=5)
        parse(text)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], text
    assert len(results.hits) <= 5


@given(text=text_strategy, lang=st.sampled_from([None, "en", "fr", "es", "ru", "zh", "ar"]))
@settings(max_examples=100, deadline=None, suppress_health_check=FIXTURES_OK)
def test_arbitrary_text_in_one_language(
    fixture_searcher: Searcher, text: str, lang: str | None
) -> None:
    results = fixture_searcher.search(text, lang=lang)
    # In the language asked for, or (a document with no text in it: the Covenant) in its
    # English text with the notice that says so.
    assert all(lang is None or h.lang == lang or (h.lang == "en" and h.notice)
               for h in results.hits)
