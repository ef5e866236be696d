"""Query syntax: operators, phrases, prefix, fuzzy, and the plain-word fallback."""

from __future__ import annotations

import pytest

from desktop.search.query import MAX_TERMS, Group, Phrase, Word, compile_for, parse


def test_plain_words_are_a_ranked_group() -> None:
    parsed = parse("peaceful assembly")
    assert not parsed.degraded
    assert parsed.root == Group("soft", (Word("peaceful"), Word("assembly")))


def test_operators_phrases_prefix_and_fuzzy() -> None:
    parsed = parse('"freedom of expression" AND intimidat* NOT police defendres~')
    assert not parsed.degraded
    root = parsed.root
    assert root is not None and root.op == "soft"
    conj = root.items[0]
    assert isinstance(conj, Group) and conj.op == "and"
    assert conj.items[0] == Phrase(("freedom", "of", "expression"))
    assert conj.items[1] == Word("intimidat", "prefix")
    assert root.negated == (Word("police"),)  # NOT applies to the whole query
    assert root.items[1] == Word("defendres", "fuzzy", 2)


def test_lower_case_operators_are_words() -> None:
    parsed = parse("rights and freedoms")
    assert parsed.root == Group("soft", (Word("rights"), Word("and"), Word("freedoms")))


@pytest.mark.parametrize(
    "text",
    ['"unbalanced quote', "(open group", "closed)", "AND", "rights AND", "OR rights",
     "NOT police", "rights OR NOT police", "()", "a AND AND b"],
)
def test_malformed_syntax_degrades_to_plain_words(text: str) -> None:
    parsed = parse(text)
    assert parsed.degraded
    words = [w for w in text.replace('"', " ").replace("(", " ").replace(")", " ").split()]
    items = parsed.root.items if parsed.root is not None else ()
    found = [w.text for w in items if isinstance(w, Word)]
    assert found == words


def test_control_characters_and_marks_are_removed() -> None:
    parsed = parse("\u200fحقوق\x00 \u202eright\u0007s\ufeff")
    assert parsed.text.split() == ["حقوق", "right", "s"]


def test_nothing_searchable() -> None:
    for text in ("", "   ", "***", "~", "🙂🙂", "\x00\x01"):
        parsed = parse(text)
        assert parsed.root is None


def test_long_input_is_cut_to_the_term_limit() -> None:
    parsed = parse("word " * 5000)
    assert parsed.root is not None
    assert len(parsed.root.items) <= MAX_TERMS


def test_stopword_only_queries_keep_their_words() -> None:
    plan, marks = compile_for(parse("the of"), "en")
    assert plan is not None
    assert marks.raw == {"the", "of"}
    # With a content word beside them, stopwords are dropped.
    _plan, marks = compile_for(parse("the rights"), "en")
    assert marks.raw == {"rights"}
