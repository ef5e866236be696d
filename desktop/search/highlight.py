"""Snippets: the part of a passage that matched, with the matched words marked.

A snippet is plain text in which each matched word is wrapped in U+E000 (start) and U+E001
(end), two private-use characters that never occur in the content (the validator rejects
nothing there, but the query cleaner drops private-use characters, so they cannot be typed
into a search either). `strip_marks` removes them; `split_marks` turns a snippet into
(text, is_match) pieces for a view. Cut ends are shown with "…".

Matching works on the same analysis as the index (folded words, stems, prefixes, fuzzy
expansions, CJK strings), directly on the passage text, so it needs no stored term vectors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.search import analysis
from desktop.search.analysis import cjk_bigrams, fold, is_cjk, latin_words, stem, words
from desktop.search.query import Marks

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "…"

#: Passages up to this many characters are shown whole; longer ones are cut around the
#: densest group of matches to about SNIPPET_CHARS.
WHOLE_CHARS = 320
SNIPPET_CHARS = 240


def strip_marks(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def split_marks(snippet: str) -> list[tuple[str, bool]]:
    """[(text, matched), ...] in order; what a view needs to render highlighting."""
    out: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(MARK_START)
        if start < 0:
            out.append((rest, False))
            break
        if start:
            out.append((rest[:start], False))
        end = rest.find(MARK_END, start)
        if end < 0:
            end = len(rest)
        out.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return out


@dataclass
class Highlight:
    snippet: str
    terms: frozenset[str]  # the matched words as written in the passage


Tokens = list[tuple[str, str, int, int]]


def find_spans(
    text: str, lang: str, marks: Marks, fuzzy_terms: set[str], tokens: Tokens | None = None
) -> list[tuple[int, int]]:
    """Character spans of `text` that match the query, sorted and merged.

    `tokens` is `analysis.latin_words(lang, text)`, which a caller may keep between queries;
    a token whose stem is "" (`latin_words(..., stems=False)`) is stemmed here, and only
    when it may have one of the query's stems: a Snowball stem begins with the first two
    letters of its word (it changes endings), a light Arabic stem is inside its word.
    """
    spans: list[tuple[int, int]] = []
    want_words = marks.raw or marks.stems or marks.prefixes or fuzzy_terms
    if want_words:
        raw_set = marks.raw | fuzzy_terms
        stems = marks.stems
        heads = {st[:2] for st in stems}
        # Snowball keeps a word's beginning; Arabic light stemming may cut a prefix (ال).
        inside = lang == "ar"
        every = inside and analysis.ARABIC_STEMMER == "isri"  # roots: no such shortcut
        prefixes = tuple(marks.prefixes)
        for r, s, start, end in tokens if tokens is not None else latin_words(lang, text):
            if not s and stems and lang and (
                    every or (any(h in r for h in heads) if inside else r[:2] in heads)):
                s = stem(lang, r)
            if r in raw_set or s in stems or (prefixes and r.startswith(prefixes)):
                spans.append((start, end))
    for needle in marks.cjk:
        # A Chinese query matches by bigrams (or characters), so mark every bigram of it
        # found in the text; single characters only when the query was one character.
        pieces = [needle] if len(needle) == 1 else cjk_bigrams(needle)
        for piece in pieces:
            at = text.find(piece)
            while at >= 0:
                spans.append((at, at + len(piece)))
                at = text.find(piece, at + 1)
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for a, b in spans[1:]:
        la, lb = merged[-1]
        if a <= lb:
            merged[-1] = (la, max(lb, b))
        else:
            merged.append((a, b))
    return merged


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the words a hit matched (`Hit.terms`, as written in the passage) are in `text`
    (a reader's page): folded and found as `find_spans` finds them for search, so a view
    marks what search matched. A word is marked where its folded form is a term's (й stays
    apart from и, as search keeps them apart); Chinese is marked by the terms' bigrams."""
    marks = Marks()
    for term in terms:
        if not term.strip():
            continue
        if is_cjk(term):
            marks.cjk.add(term)
        else:
            marks.raw.add(fold(term))
    # Only the folded words are compared: no stems, so no language is needed.
    tokens = [(fold(w), "", s, e) for w, s, e in words(text) if not is_cjk(w)]
    return find_spans(text, "", marks, set(), tokens)


def highlight(
    text: str, lang: str, marks: Marks, fuzzy_terms: set[str], tokens: Tokens | None = None
) -> Highlight:
    spans = find_spans(text, lang, marks, fuzzy_terms, tokens)
    terms = frozenset(text[s:e] for s, e in spans)
    lo, hi = 0, len(text)
    if len(text) > WHOLE_CHARS:
        lo, hi = _window(text, spans)
    out: list[str] = []
    if lo > 0:
        out.append(ELLIPSIS)
    pos = lo
    for s, e in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        out.append(text[pos:s])
        out.append(MARK_START + text[s:e] + MARK_END)
        pos = e
    out.append(text[pos:hi])
    if hi < len(text):
        out.append(ELLIPSIS)
    return Highlight("".join(out).replace("\n", " "), terms)


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The SNIPPET_CHARS-wide window holding the most matches, widened to word boundaries."""
    best_start, best_count = 0, 0
    j = 0
    for i, (s, _e) in enumerate(spans):
        while j < len(spans) and spans[j][1] <= s + SNIPPET_CHARS:
            j += 1
        if j - i > best_count:
            best_count, best_start = j - i, s
    # Start a little before the first match so it is read in context.
    lo = max(0, best_start - SNIPPET_CHARS // 4) if best_count else 0
    hi = min(len(text), lo + SNIPPET_CHARS)
    if hi == len(text):
        lo = max(0, hi - SNIPPET_CHARS)
    # Widen to whole words (never for CJK, which has no spaces).
    if lo > 0:
        space = text.rfind(" ", max(0, lo - 20), lo)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.find(" ", hi, min(len(text), hi + 20))
        hi = space if space >= 0 else hi
    return lo, hi
