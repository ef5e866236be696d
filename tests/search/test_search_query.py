"""Query syntax: operators, phrases, prefix, fuzzy, and the plain-word fallback."""

from __future__ import annotations

import pytest

from desktop.search.query import (
    MAX_CHARS,
    MAX_TERMS,
    PROBLEMS,
    Group,
    Phrase,
    Word,
    _count_terms,
    compile_for,
    parse,
)


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
     "rights OR NOT police", "()", "a AND AND b", '"police NOT arrest', "police NOT"],
)
def test_malformed_syntax_degrades_to_plain_words(text: str) -> None:
    parsed = parse(text)
    assert parsed.degraded and parsed.problem == "malformed"
    words = [w for w in text.replace('"', " ").replace("(", " ").replace(")", " ").split()]
    # A NOT still leaves its word out: searching for it would find what was excluded.
    excluded = [w for before, w in zip(words, words[1:], strict=False) if before == "NOT"]
    words = [w for w in words if w != "NOT" and w not in excluded]
    items = parsed.root.items if parsed.root is not None else ()
    negated = parsed.root.negated if parsed.root is not None else ()
    assert [w.text for w in items if isinstance(w, Word)] == words
    assert [w.text for w in negated if isinstance(w, Word)] == excluded


@pytest.mark.parametrize("text", ["NOT police", "NOT", "NOT police NOT arrest", "(NOT police)"])
def test_a_lone_not_searches_nothing(text: str) -> None:
    """Not the plain words either: "NOT assemble" must not give the passages with
    "assemble", the opposite of what was asked."""
    parsed = parse(text)
    assert parsed.root is None
    assert parsed.problem == "lone-not" and not parsed.degraded
    assert "NOT needs something to search for before it" in PROBLEMS["lone-not"]


def test_well_formed_queries_have_no_problem() -> None:
    for text in ("police NOT arrest", '"peaceful assembly"', "a OR b", ""):
        assert parse(text).problem == "", text


def test_a_query_without_words_says_so() -> None:
    for text in ("***", "!!!", "\x00\x01", "\u200f", "🙂", '""'):
        parsed = parse(text)
        assert parsed.root is None and parsed.problem == "no-words", text
    assert "no words to search for" in PROBLEMS["no-words"]


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
    # Too long, and said so; not malformed (the syntax was fine).
    assert parsed.problem == "too-long" and not parsed.degraded


@pytest.mark.parametrize(
    "text",
    ["a" * 10_000,  # one very long word
     " ".join(f"w{i}" for i in range(MAX_TERMS + 8)),  # too many words, short
     '"' + "freedom " * 400,  # the cut leaves the quote open: too long, not malformed
     "(rights " * 300],
)
def test_an_over_long_query_is_searched_by_its_beginning(text: str) -> None:
    parsed = parse(text)
    assert parsed.problem == "too-long" and not parsed.degraded
    assert parsed.root is not None and 0 < _count_terms(parsed.root) <= MAX_TERMS
    assert len(parsed.text) <= MAX_CHARS
    assert f"{MAX_TERMS} words and {MAX_CHARS} characters" in PROBLEMS["too-long"]


def test_a_query_at_the_limits_is_not_too_long() -> None:
    words = " ".join(f"w{i}" for i in range(MAX_TERMS))
    assert parse(words).problem == ""
    assert parse("a" * MAX_CHARS).problem == ""
    # Counted after cleaning: 1200 characters typed, 800 left without zero-width spaces.
    assert parse("ab\u200b" * 400).problem == ""


def test_stopword_only_queries_keep_their_words() -> None:
    plan, marks = compile_for(parse("the of"), "en")
    assert plan is not None
    assert marks.raw == {"the", "of"}
    # With a content word beside them, stopwords are dropped.
    _plan, marks = compile_for(parse("the rights"), "en")
    assert marks.raw == {"rights"}
