"""What a person types, turned into a query plan for each language.

Syntax: plain words (ranked, every word helps, passages with all of them first),
"a phrase", prefix*, fuzzy~ (or fuzzy~1, fuzzy~2: the edit distance), AND, OR, NOT
(upper case only: "and"/"or"/"not" are ordinary words) and parentheses. NOT needs something
positive beside it ("police NOT arrest").

Anything that does not parse (an unbalanced quote or parenthesis, a lone or dangling
operator) is searched as plain words instead, still without the word after a NOT:
searching for it would give the very passages that were asked to be left out. A
NOT with nothing before it ("NOT police") searches nothing, and says so. Input is cleaned
first (control and format characters such as NUL and right-to-left marks, private-use and
surrogate code points removed); a query longer than `MAX_CHARS` characters or `MAX_TERMS`
words is searched by its beginning, and says so. No input raises. `Parsed.problem` names
what happened, `PROBLEMS` says it in English.

Each language is compiled separately because each has its own fields and analysis: the
same typed word is folded and stemmed the French way against `s_fr`, the Russian way
against `s_ru`, and so on. Stopwords are dropped from a query that has other words; a query
made only of stopwords searches them in the unstemmed field, which keeps every word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from desktop.search import analysis
from desktop.search.analysis import (
    HYPHENS,
    cjk_bigrams,
    fold,
    is_cjk,
    is_stopword,
    raw_field,
    stem,
    stem_field,
    words,
)

MAX_CHARS = 1000
MAX_TERMS = 32
#: Extra weight for matching the word as typed (folded) on top of the stem match.
RAW_BOOST = 0.5
#: How Chinese runs of 2+ characters are matched: "bigram" (overlapping bigrams in the
#: stemmed field, every bigram helps) or "unigram" (an exact phrase of single characters).
CJK_MODES = ("bigram", "unigram")
DEFAULT_CJK_MODE = "bigram"

_OPERATORS = {"AND", "OR", "NOT"}
_CHUNK_RE = re.compile(r'"|\(|\)|[^\s"()]+')
_SUFFIX_RE = re.compile(r"^(.*?)(\*|~[0-9]?)$", re.S)
#: Words joined by single hyphens ("counter-terrorism", "re-registration"): searched as
#: their parts and as the joined word (see `analysis`, compounds).
_COMPOUND_RE = re.compile(rf"^[^\W_]+(?:[{HYPHENS}][^\W_]+)+$")


#: What `Parsed.problem` means, for the command line (the GUI has translated sentences).
PROBLEMS = {
    "malformed": "the query's syntax is malformed (an unbalanced quote or bracket, or a "
                 "dangling AND/OR/NOT); searched as plain words",
    "lone-not": "NOT needs something to search for before it, as in 'police NOT arrest'; "
                "nothing was searched",
    "no-words": "the query holds no words to search for (only punctuation, symbols or "
                "control characters); nothing was searched",
    "too-long": f"the query is too long (the limit is {MAX_TERMS} words and {MAX_CHARS} "
                f"characters); only its beginning was searched",
}


class Malformed(Exception):
    """Raised inside the parser only; the caller falls back to plain words."""


class _TooManyTerms(Malformed):
    pass


# --- the parsed query ---------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    kind: str = "plain"  # plain | prefix | fuzzy | compound (parts joined by hyphens)
    maxdist: int = 0


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class Not:
    item: Node


@dataclass(frozen=True)
class Group:
    op: str  # soft (plain juxtaposition) | and | or
    items: tuple[Node, ...]
    negated: tuple[Node, ...] = ()


Node = Word | Phrase | Not | Group


@dataclass(frozen=True)
class Parsed:
    text: str  # the cleaned text
    root: Group | None  # None: nothing searchable (only punctuation, emoji, a lone NOT ...)
    degraded: bool  # True when the syntax was malformed and plain words are searched
    #: "" (searched as typed), or a key of PROBLEMS: "malformed" (degraded), "lone-not"
    #: (nothing searched), "no-words" (nothing to search: only punctuation, symbols or
    #: control characters) or "too-long" (the beginning searched; not degraded)
    problem: str = ""


# --- cleaning and parsing -----------------------------------------------------------------

_DROP_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean(text: str) -> str:
    """NFC text without control/format/private/surrogate characters, at most MAX_CHARS."""
    return _clean(text)[0]


def _clean(text: str) -> tuple[str, bool]:
    """`clean(text)`, and whether it had to be cut to MAX_CHARS."""
    head = text[: MAX_CHARS * 2]  # cleaning is per character: bound the work first
    cut = len(head) < len(text)
    text = head
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in _DROP_CATEGORIES:
            out.append(" " if cat == "Cc" else "")
        elif cat in ("Zl", "Zp", "Zs"):
            out.append(" ")
        else:
            out.append(ch)
    try:
        cleaned = unicodedata.normalize("NFC", "".join(out))
    except ValueError:  # pragma: no cover - defensive; categories above remove the causes
        cleaned = "".join(out)
    cleaned = cleaned.strip()
    return cleaned[:MAX_CHARS].strip(), cut or len(cleaned) > MAX_CHARS


def plain_words(text: str) -> Group | None:
    """The words of `text` as a ranked group, at most MAX_TERMS; None if there is none.
    A NOT is not a word: the word after it is excluded (not searched for)."""
    items: list[Node] = []
    negated: list[Node] = []
    after_not = False
    for w, _s, _e in words(text):
        if w == "NOT":
            after_not = True
            continue
        (negated if after_not else items).append(Word(w))
        after_not = False
    items = items[:MAX_TERMS]
    negated = negated[: max(0, MAX_TERMS - len(items))]
    return Group("soft", tuple(items), tuple(negated)) if items else None


def parse(text: str) -> Parsed:
    """Parse a query; never raises (malformed syntax degrades to plain words)."""
    cleaned, cut = _clean(text)
    try:
        tokens = _lex(cleaned)
        root = _Parser(tokens).parse() if tokens else None
        if root is not None and _count_terms(root) > MAX_TERMS:
            raise _TooManyTerms("too many terms")
        if root is None:
            return Parsed(cleaned, None, False, "no-words" if cleaned or text else "")
        return Parsed(cleaned, root, False, "too-long" if cut else "")
    except (Malformed, RecursionError) as exc:
        fallback = plain_words(cleaned)
        if cut or isinstance(exc, _TooManyTerms):
            # Cutting may itself have left a quote or bracket open: the query is too
            # long, not malformed.
            return Parsed(cleaned, fallback, False, "too-long" if fallback is not None else "")
        if fallback is None and any(w == "NOT" for w, _s, _e in words(cleaned)):
            return Parsed(cleaned, None, False, "lone-not")
        return Parsed(cleaned, fallback, True, "malformed")


Tok = tuple[str, object]


def _lex(text: str) -> list[Tok]:
    tokens: list[Tok] = []
    i = 0
    while i < len(text):
        m = _CHUNK_RE.search(text, i)
        if m is None:
            break
        i = m.end()
        chunk = m.group()
        if chunk == '"':
            close = text.find('"', i)
            if close < 0:
                raise Malformed("unbalanced quote")
            inner = [w for w, _s, _e in words(text[i:close])]
            i = close + 1
            if inner:
                tokens.append(("phrase", tuple(inner)))
            continue
        if chunk in ("(", ")"):
            tokens.append((chunk, None))
            continue
        if chunk in _OPERATORS:
            tokens.append(("op", chunk))
            continue
        body, suffix = chunk, ""
        sm = _SUFFIX_RE.match(chunk)
        if sm:
            body, suffix = sm.group(1), sm.group(2)
        found = [w for w, _s, _e in words(body)]
        if not found:
            continue  # punctuation, emoji, a lone '*' or '~': nothing to search for
        if (not suffix and len(found) > 1 and analysis.COMPOUNDS and not is_cjk(body)
                and _COMPOUND_RE.match(body)):
            tokens.append(("word", Word(body, "compound")))
            continue
        for w in found[:-1]:
            tokens.append(("word", Word(w)))
        last = found[-1]
        if suffix == "*" and not is_cjk(last) and len(fold(last)) >= 2:
            tokens.append(("word", Word(last, "prefix")))
        elif suffix.startswith("~") and not is_cjk(last):
            dist = int(suffix[1:]) if len(suffix) > 1 else (1 if len(last) <= 4 else 2)
            tokens.append(("word", Word(last, "fuzzy", max(0, min(dist, 2)))))
        else:
            tokens.append(("word", Word(last)))
    return tokens


class _Parser:
    def __init__(self, tokens: list[Tok]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    def peek(self) -> Tok | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Tok:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Group:
        node = self.sequence()
        if self.peek() is not None:
            raise Malformed("unbalanced ')'")
        return node

    def sequence(self) -> Group:
        items: list[Node] = []
        while True:
            tok = self.peek()
            if tok is None or tok[0] == ")":
                break
            items.append(self.disjunction())
        if not items:
            raise Malformed("empty group")
        return _group("soft", items)

    def disjunction(self) -> Node:
        items = [self.conjunction()]
        while self.peek() == ("op", "OR"):
            self.take()
            items.append(self.conjunction())
        return items[0] if len(items) == 1 else _group("or", items)

    def conjunction(self) -> Node:
        items = [self.negation()]
        while self.peek() == ("op", "AND"):
            self.take()
            items.append(self.negation())
        return items[0] if len(items) == 1 else _group("and", items)

    def negation(self) -> Node:
        tok = self.peek()
        if tok == ("op", "NOT"):
            self.take()
            inner = self.atom()
            return Not(inner)
        return self.atom()

    def atom(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise Malformed("operator at the end")
        kind, value = self.take()
        if kind == "word":
            assert isinstance(value, Word)
            return value
        if kind == "phrase":
            assert isinstance(value, tuple)
            return Phrase(value)
        if kind == "(":
            self.depth += 1
            if self.depth > 20:
                raise Malformed("too deeply nested")
            node = self.sequence()
            if self.peek() != (")", None):
                raise Malformed("unbalanced '('")
            self.take()
            self.depth -= 1
            return node
        raise Malformed(f"unexpected {value or kind}")


def _group(op: str, items: list[Node]) -> Group:
    positives = tuple(i for i in items if not isinstance(i, Not))
    negatives = tuple(i.item for i in items if isinstance(i, Not))
    if not positives:
        raise Malformed("NOT needs something to subtract from")
    if negatives and op == "or":
        raise Malformed("OR NOT is not supported")
    if op == "soft" and len(positives) == 1 and not negatives and isinstance(positives[0], Group):
        return positives[0]
    return Group(op, positives, negatives)


def _count_terms(node: Node) -> int:
    if isinstance(node, Word):
        return 1
    if isinstance(node, Phrase):
        return len(node.words)
    if isinstance(node, Not):
        return _count_terms(node.item)
    return sum(_count_terms(n) for n in node.items + node.negated)


# --- compiling to a plan ------------------------------------------------------------------------
#
# A plan is a small tree of tuples that `engine.Engine` evaluates over the whoosh index:
#   ("term", field, text, boost)       one indexed term
#   ("prefix", field, text)             the best-scoring indexed term starting with text
#   ("fuzzy", field, text, maxdist)     the best-scoring term within maxdist edits of text
#   ("phrase", field, (texts...))       consecutive terms (positions checked by whoosh)
#   ("sum", (plans...))                 every part adds to the score (a word's stem + raw forms)
#   ("soft", (plans...))                ranked OR; a passage with more parts scores higher
#   ("and", (plans...)) / ("or", (plans...)) / ("not", plan, (plans...))

Plan = tuple[Any, ...]


@dataclass
class Marks:
    """What the highlighter marks in a passage of one language."""

    raw: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    fuzzy: list[tuple[str, int]] = field(default_factory=list)
    cjk: set[str] = field(default_factory=set)  # strings to find as they are


class Compiler:
    """Compiles a parsed query for one language (`keep_stops` for stopword-only queries)."""

    def __init__(
        self, lang: str, cjk_mode: str = DEFAULT_CJK_MODE, keep_stops: bool = False
    ) -> None:
        self.lang = lang
        self.cjk_mode = cjk_mode
        self.keep_stops = keep_stops
        self.marks = Marks()
        self.s = stem_field(lang)
        self.r = raw_field(lang)

    def node(self, node: Node, positive: bool = True) -> Plan | None:
        if isinstance(node, Word):
            return self.word(node, positive)
        if isinstance(node, Phrase):
            return self.phrase(node, positive)
        if isinstance(node, Not):  # only inside groups, handled there
            return None
        pos = tuple(q for q in (self.node(n, positive) for n in node.items) if q is not None)
        if not pos:
            return None
        q: Plan = pos[0] if len(pos) == 1 else (node.op, pos)
        neg = tuple(n for n in (self.node(x, False) for x in node.negated) if n is not None)
        if neg:
            q = ("not", q, neg)
        return q

    def word(self, w: Word, positive: bool) -> Plan | None:
        if w.kind == "compound":
            return self.compound(w.text, positive)
        if is_cjk(w.text):
            return self.cjk(w.text, positive)
        raw = fold(w.text)
        if not raw:
            return None
        if w.kind == "prefix":
            if positive:
                self.marks.prefixes.add(raw)
            return ("prefix", self.r, raw)
        if w.kind == "fuzzy":
            stemmed = stem(self.lang, raw)
            if positive:
                self.marks.fuzzy.append((raw, w.maxdist))
                self.marks.stems.add(stemmed)
            return ("sum", (("fuzzy", self.r, raw, w.maxdist), ("term", self.s, stemmed, 1.0)))
        if is_stopword(self.lang, raw):
            if not self.keep_stops:
                return None
            if positive:
                self.marks.raw.add(raw)
            return ("term", self.r, raw, 1.0)
        stemmed = stem(self.lang, raw)
        if positive:
            self.marks.stems.add(stemmed)
            self.marks.raw.add(raw)
        return ("sum", (("term", self.s, stemmed, 1.0), ("term", self.r, raw, RAW_BOOST)))

    def compound(self, text: str, positive: bool) -> Plan | None:
        """"counter-terrorism": its parts (ranked like plain words) or the joined word
        ("counterterrorism"), which the index also holds for hyphenated text."""
        parts = [p for p, _s, _e in words(text)]
        part_plans = tuple(q for q in (self.word(Word(p), positive) for p in parts) if q)
        whole = self.word(Word("".join(parts)), positive)
        options: list[Plan] = []
        if part_plans:
            options.append(part_plans[0] if len(part_plans) == 1 else ("soft", part_plans))
        if whole is not None:
            options.append(whole)
        if not options:
            return None
        return options[0] if len(options) == 1 else ("or", tuple(options))

    def cjk(self, run: str, positive: bool) -> Plan:
        if positive:
            self.marks.cjk.add(run)
        if len(run) == 1:
            return ("term", self.r, run, 1.0)
        if self.cjk_mode == "unigram":
            return ("phrase", self.r, tuple(run))
        grams = tuple(("term", self.s, g, 1.0) for g in cjk_bigrams(run))
        return grams[0] if len(grams) == 1 else ("soft", grams)

    def phrase(self, p: Phrase, positive: bool) -> Plan | None:
        terms: list[str] = []
        for w in p.words:
            if is_cjk(w):
                terms.extend(w)
            else:
                terms.append(fold(w))
        terms = [t for t in terms if t]
        if not terms:
            return None
        if positive:
            content = [t for t in terms if not is_stopword(self.lang, t)] or terms
            for t in content:
                if is_cjk(t):
                    self.marks.cjk.add(t)
                else:
                    self.marks.raw.add(t)
            joined = "".join(t for t in terms if is_cjk(t))
            if len(joined) > 1:
                self.marks.cjk.add(joined)
        if len(terms) == 1:
            return ("term", self.r, terms[0], 1.0)
        return ("phrase", self.r, tuple(terms))


def compile_for(
    parsed: Parsed, lang: str, cjk_mode: str = DEFAULT_CJK_MODE
) -> tuple[Plan | None, Marks]:
    """The plan for `lang` and what to highlight; (None, ...) if nothing to search."""
    if parsed.root is None:
        return None, Marks()
    comp = Compiler(lang, cjk_mode)
    q = comp.node(parsed.root)
    if q is None:
        # Only stopwords (in this language): search them as words rather than nothing.
        comp = Compiler(lang, cjk_mode, keep_stops=True)
        q = comp.node(parsed.root)
    return q, comp.marks


def query_words(parsed: Parsed) -> list[str]:
    """The plain words of a parsed query, in order (for "did you mean")."""
    out: list[str] = []

    def walk(node: Node) -> None:
        if isinstance(node, Word):
            if node.kind == "compound":
                out.extend(w for w, _s, _e in words(node.text))
            else:
                out.append(node.text)
        elif isinstance(node, Phrase):
            out.extend(node.words)
        elif isinstance(node, Not):
            walk(node.item)
        else:
            for n in node.items + node.negated:
                walk(n)

    if parsed.root is not None:
        walk(parsed.root)
    return out
