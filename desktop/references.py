"""Turning what a person types into a canonical reference such as `declaration:art-12.2`.

Accepted:

- canonical ids: `declaration:art-12.2`, `res-64-163:op-7`, `art-9.3.c`;
- loose forms in the six languages, with the keyword before or after its number: "art 12(2)",
  "article 18(1)", "53/144 art. 5", "64/163 para 7", "op 7", "pp 3", "artículo 12, párrafo 2",
  "статья 12 п. 2", "المادة ١٢", "第十二条第二款", "article premier", "art. 1er";
- preambular paragraphs as the app's citations write them and as people say them:
  "preambular para. 3", "paragraph 3 of the preamble", "alinéa 3 du préambule",
  "párrafo 3 del preámbulo", "п. 3 преамбулы", "序言部分第3段", "الفقرة 3 من الديباجة",
  "third preambular paragraph";
- ordinals where the app cites by position: "art. 11, second paragraph", "第11条，第二段";
- parts of an instrument (headings with an id, `iccpr:part-3`): "ICCPR Part III",
  "ICCPR part 3", "PIDCP partie III", "ПГПП часть III", "公民权利和政治权利国际公约第三部分",
  "العهد الدولي الجزء الثالث";
- the app's own citation lines, whole ("Declaration on Human Rights Defenders (A/RES/53/144,
  annex), art. 12(2)", guidance sections included) or just their pinpoint ("art. 12(2)").

Which part of a document: "53/144" alone names the Declaration (its preamble pp-N and its
articles; "para N" is the adopting resolution's res-op-N, the only numbered paragraphs there);
"resolution 53/144" names the adopting resolution (res-pp-N, res-op-N); "annex" names the
Declaration itself.

Ranges ("art 12-13", "art 12(1)-(3)", "op 3..5") are read by `parse_range` and `canonical`,
and with one passage or group by `locate` (what `show` and `export-pdf` take); `parse` and
`resolve` name one passage and refuse a range with a message saying how ranges are written.

A word that is present but not understood makes the reference fail: dropping it could make
the text silently name another passage (the "п. 3 преамбулы" -> op-3 bug). Parsing never
raises anything but `BadReference` (or its subclass `UnknownReference` when the syntax is
fine but the passage does not exist).

`Target` is a canonical reference read back: a document and one passage, a group, or a
range (`declaration:art-12.1..art-12.3`), as bookmarks, `open` and printing keep them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from dataclasses import dataclass

from desktop import language_data, languages
from desktop.citations import citation
from desktop.errors import UserError
from desktop.language_data import KINDS, LanguageData
from desktop.library import Library, Passage, Version
from desktop.worded import Worded, worded

# -- targets: what a bookmark, the go-to box or `open` points at ------------------------------
#
#     declaration:art-12.2                 one passage
#     declaration:art-12                   article 12, every paragraph of it
#     declaration:art-12.1..art-12.3       a range, in document order, both ends included
#     res-64-163:op-2..op-4
#
# The document is named once, before the colon; the end of a range is a passage id in the
# same document. Parsing checks the syntax only: a bookmark survives a content update that
# renames a passage (the panel then shows it as not found instead of losing the note).

_PID = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*"
_DOC = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
TARGET_RE = re.compile(rf"^({_DOC}):({_PID})(?:\.\.({_PID}))?$")
MAX_REF_LENGTH = 200


class BadTarget(UserError, ValueError):
    """Text that is not a canonical passage reference or range."""


@dataclass(frozen=True)
class Target:
    doc: str
    start: str
    end: str  # the same as `start` for a single passage or group

    @classmethod
    def parse(cls, text: str) -> Target:
        if not isinstance(text, str) or len(text) > MAX_REF_LENGTH:
            raise BadTarget("a bookmark reference must be short text")
        m = TARGET_RE.match(text.strip())
        if not m:
            raise BadTarget(
                f"{text!r} is not a passage reference such as declaration:art-12.2 "
                "or declaration:art-12.1..art-12.3"
            )
        doc, start, end = m.group(1), m.group(2), m.group(3) or m.group(2)
        return cls(doc, start, end)

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    @property
    def ref(self) -> str:
        """Canonical text: `declaration:art-12.2` or `declaration:art-12.1..art-12.3`."""
        return f"{self.doc}:{self.start}" + (f"..{self.end}" if self.is_range else "")

    def __str__(self) -> str:
        return self.ref

    def passage_ids(self, version: Version) -> list[str]:
        """The passage ids covered, in document order; [] if an end is not in this version."""
        return [p.id for p in self.passages(version)]

    def passages(self, version: Version) -> list[Passage]:
        first = version.select(self.start)
        last = version.select(self.end)
        if not first or not last:
            return []
        ids = version.ids()
        i, j = ids.index(first[0].id), ids.index(last[-1].id)
        if j < i:
            # A range written backwards (art-14..art-12) still means the same passages.
            i, j = ids.index(last[0].id), ids.index(first[-1].id)
        return version.passages[i : j + 1]


class BadReference(UserError, ValueError):
    """Text that cannot be read as a reference."""


class UnknownReference(BadReference):
    """A well-formed reference to a passage that does not exist. `doc`: the document it
    named, when it named one ("UDHR 31"): the window says that text has no such passage."""

    def __init__(self, message: str, doc: str | None = None) -> None:
        super().__init__(message)
        self.doc = doc


@dataclass(frozen=True)
class Reference:
    doc: str | None  # None when the text named no document
    pid: str  # a passage id, or the id of a group of passages (`art-12` = all of article 12)

    def canonical(self, default_doc: str | None = None) -> str:
        """`doc:pid`; a reference that named no document is in `default_doc`, else in the
        content's default document (`loose-references: default`)."""
        return f"{self.doc or default_doc or names().default}:{self.pid}"


class Names:
    """The names documents are referred to by, and how their numbers read, all declared in
    the content (see content/README.md, "Adding an instrument"), never in code:

    - `aliases` (comma-separated, in the file's language) and `aliases-<lang>` (another
      language's, for a document without a file in it): "UDHR", "DUDH", "53/144",
      "декларац*" (a `*` ends a word stem); matched longest first, so "Universal
      Declaration" is taken whole before "Declaration" names another document;
    - `loose-references: default`: the document a reference naming none is read in
      first; `named`: one a reference reaches only by naming it;
    - `resolution-title`: the document includes its adopting resolution (res-pp-N,
      res-op-N): "resolution 53/144" names that part, "annex" the document itself.
    A bare number after a document's name ("UDHR 19") is an article where the document
    has articles, else a paragraph ("64/163 7").
    """

    def __init__(self, library: Library | None) -> None:
        aliases: dict[str, str] = {}
        self.default: str | None = None
        self.named_only: set[str] = set()
        self.with_resolution: set[str] = set()
        self.with_articles: set[str] = set()
        self.symbols: list[str] = []
        for document in library or ():
            for version in list(document.versions.values()):
                header = version.header
                for key, value in header.items():
                    if key == "aliases" or key.startswith("aliases-"):
                        for alias in value.split(","):
                            folded = _fold(alias)
                            if folded:
                                aliases.setdefault(folded, document.id)
                mode = header.get("loose-references", "")
                if mode == "default" and self.default is None:
                    self.default = document.id
                elif mode == "named":
                    self.named_only.add(document.id)
                if header.get("resolution-title"):
                    self.with_resolution.add(document.id)
                if version.symbol and version.symbol not in self.symbols:
                    self.symbols.append(version.symbol)
            reference = document.reference_version
            if library is not None and library.readable(reference) and any(
                    pid.startswith("art-") for pid in reference.ids()):
                self.with_articles.add(document.id)
        self.patterns: tuple[tuple[re.Pattern[str], str], ...] = tuple(
            (re.compile(_alias_pattern(alias)), doc)
            for alias, doc in sorted(aliases.items(), key=lambda kv: len(kv[0]), reverse=True)
        )


def _alias_pattern(folded: str) -> str:
    stem = folded.endswith("*")
    body = re.escape(folded.rstrip("*")) + (r"\w*" if stem else "")
    if any(is_cjk_char(c) or "\u0600" <= c <= "\u06ff" for c in folded):
        # Chinese runs words together ("世界人权宣言第十九条"); Arabic joins "و", "ب", "ل"
        # to the word after them ("وبالإعلان").
        return body
    # Not part of a longer word, number or symbol ("153/1445" names nothing).
    return rf"(?<![\w/]){body}" + ("" if stem else r"(?![\w/])")


def is_cjk_char(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


_NAMES: weakref.WeakKeyDictionary[Library, Names] = weakref.WeakKeyDictionary()
_BUNDLED: list[Names] = []


def names(library: Library | None = None) -> Names:
    """The document names of `library` (read once per library), or of the bundled content
    when a reference is read without one (`parse`)."""
    if library is None:
        if not _BUNDLED:
            from desktop.paths import content_dir

            _BUNDLED.append(Names(Library.load(content_dir(), lazy=True, lenient=True)))
        return _BUNDLED[0]
    found = _NAMES.get(library)
    if found is None:
        found = _NAMES[library] = Names(library)
    return found


# The words a reference is read with come from every declared language's file
# (resources/languages/<code>.json, `references`; desktop.language_data), compiled the
# first time a reference is read: nothing of it is done before the first page is shown.
#
# The word for a number comes before (or after) it: `(?=...)` keeps abbreviations such as
# "op", "pp", "п" from matching inside longer words.
_AFTER = r"(?=[\s\d#(]|$)"


def _literal_length(word: str) -> int:
    """How many characters `word` (a regular expression) matches at least, about: within
    a kind the longer words are tried first ("paragraphes" before "paragraphs")."""
    plain = re.sub(r"\[[^\]]*\]", "x", word)
    return len(re.sub(r"\\[bBwsdWSD][*+]?|\(\?:|[()?*+\\]", "", plain))


class _Words:
    """Every language's reference words, compiled. GA, RES and ANNEX carry no number: GA
    is dropped, RES says "the adopting resolution", ANNEX "the Declaration itself"."""

    def __init__(self, files: list[LanguageData]) -> None:
        refs = [(d, d.references) for d in files]
        # Keyword -> kind, applied in KINDS' order: longer words first ("subparagraph"
        # before "paragraph", "подпункт" before "пункт", "preambular paragraph" before
        # "paragraph"); in a kind, each language's words, then its abbreviations.
        keywords = []
        for kind in KINDS:
            words = list(dict.fromkeys(
                w for _, r in refs for w in r.get("keywords", {}).get(kind, ())))
            words.sort(key=_literal_length, reverse=True)
            short = sorted(dict.fromkeys(
                re.escape(w) for _, r in refs for w in r.get("abbreviations", {}).get(kind, ())),
                key=len, reverse=True)
            if short:
                words.append(rf"\b(?:{'|'.join(short)})\.?{_AFTER}")
            if words:
                keywords.append((re.compile("|".join(words)), kind))
        self.keywords: tuple[tuple[re.Pattern[str], str], ...] = tuple(keywords)
        self.fillers = frozenset(w for _, r in refs for w in r.get("fillers", ()))
        self.conjunctions = frozenset(w for _, r in refs for w in r.get("conjunctions", ()))
        # Item letters: the letters a language's texts letter items with (Russian а, б, в
        # ...) and the local letters its citations print (Arabic أ ب ج د ...: citations
        # "letters"), so the two cannot drift apart. A letter that is also a joining word
        # ("و" alone is "and") is left out.
        self.letters: dict[str, str] = {}
        for data, r in refs:
            self.letters.update(r.get("item_letters", {}))
            latin, _, local = data.citations.get("letters", "=").partition("=")
            for lat, loc in zip(latin, local, strict=False):
                if loc not in self.conjunctions:
                    self.letters[loc] = lat
        # Ordinal words -> number. The app cites article 11's unnumbered paragraphs by
        # position (citations "ordinals"); people also say "third preambular paragraph".
        self.ordinals: dict[str, int] = {}
        for _, r in refs:
            for n, words in enumerate(r.get("ordinals", ()), start=1):
                for word in words.split():
                    self.ordinals.setdefault(word, n)
        self.ordinal_words = re.compile(
            r"(?<!\w)(" + "|".join(sorted(map(re.escape, self.ordinals), key=len, reverse=True))
            + r")(?!\w)") if self.ordinals else None
        # "2nd", "1er", "3-й": an ordinal written with digits becomes "#N".
        suffixes = [r["ordinal_suffix"] for _, r in refs if r.get("ordinal_suffix")]
        self.ordinal_digits = re.compile(
            r"(?<![\w#])(\d+)(?:" + "|".join(suffixes) + ")") if suffixes else None
        # Elided words ("l'", "d'"), written with the apostrophe _fold leaves ("'").
        elided = sorted({re.escape(w) for _, r in refs for w in r.get("elisions", ())},
                        key=len, reverse=True)
        self.elisions = re.compile(r"(?<!\w)(?:" + "|".join(elided) + ")") if elided else None
        # A range: two references joined by a dash, "..", or a word (至, 到), right after a
        # number or a closing bracket ("art 12-13", "art 12(1)-(3)", "第12条至第13条").
        joins = [re.escape(w) for _, r in refs for w in r.get("range_words", ())]
        self.range = re.compile(
            r"(?<=[0-9)\]])\s*(?:\.\.|[-‐‑‒–—―−~]" + "".join("|" + j for j in joins)
            + r")\s*(?=\S)")
        # Rewrites of languages that write numbers inside words (第十二条 -> art 12).
        self.rewrites: list[tuple[re.Pattern[str], str, dict[str, int]]] = []
        for _, r in refs:
            numbers: dict[str, int] = r.get("number_characters", {})
            chars = "".join(c for c, v in numbers.items())
            for pattern, replacement in r.get("rewrites", ()):
                self.rewrites.append((re.compile(
                    pattern.replace("{number}", f"([0-9{re.escape(chars)}]+)")),
                    replacement, numbers))
        # The "(unofficial translation by Rights at Hand)" and guidance notes of every
        # language.
        notes = {_loosely(_fold(d.citations[key]))
                 for d in files for key in ("unofficial", "guidance")}
        self.notes = re.compile("|".join(sorted(notes, key=len, reverse=True)))


def _words() -> _Words:
    codes = languages.LANGUAGES
    return language_data.derived(f"references {codes}", lambda: _compiled(codes))


def _compiled(codes: tuple[str, ...]) -> _Words:
    files = language_data.present(codes)
    try:
        return _Words(files)
    except (re.error, TypeError, AttributeError, ValueError, KeyError):
        # A file that is wrong: say which and where, not a traceback from in here.
        for data in files:
            data.check_references()  # names the file and the key
        raise


def _to_int(s: str, numbers: dict[str, int]) -> int:
    """A number in digits or in a language's number characters, up to 99 where a
    character is worth ten: 十二 -> 12, 二十 -> 20, 二十三 -> 23, 5 -> 5."""
    if s.isascii() and s.isdigit():
        return int(s)
    digits = "".join(c for c, v in numbers.items() if v < 10)
    tens = "".join(c for c, v in numbers.items() if v == 10)
    m = re.match(rf"^(?:([{digits}])?[{tens}]([{digits}])?|([{digits}]))$", s) if digits else None
    if not m or not tens and not m.group(3):
        raise worded(BadReference, "ref_number", number=repr(s))
    high, units, single = m.groups()
    if single:
        return numbers[single]
    return (numbers[high] if high else 1) * 10 + (numbers[units] if units else 0)


def _rewrite(text: str, words: _Words) -> str:
    for pattern, replacement, numbers in words.rewrites:
        if "{n}" in replacement:
            def number(m: re.Match[str], r: str = replacement, k: dict[str, int] = numbers
                       ) -> str:
                return r.format(n=_to_int(m.group(1), k))

            text = pattern.sub(number, text)
        else:
            text = pattern.sub(replacement, text)
    return text


_NUMBERED = ("ART", "PARA", "OP", "PP", "FN", "ITEM", "PART")
def _kind_name(kind: str) -> Worded:
    """"an article", "a footnote" ... in an error's message (`commands` kind_art ...)."""
    return Worded("kind_" + kind.lower())

_ROMAN_VALUES = {r: n for n, r in enumerate(
    ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"], start=1)}
_ROMANS = frozenset(_ROMAN_VALUES)

_CANONICAL_RE = re.compile(r"^([a-z][a-z0-9-]*):([a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*)$")
_ID_RE = re.compile(r"^(?:res-pp|res-op|pp|op|fn|art|part)-\d+(?:\.[0-9a-z]+)*$")
_PUNCT_RE = re.compile(r"[()\[\]{},;:.\-‐‑‒–—―−/،؛《》〈〉«»“”„\"'‹›「」『』、·]")
_PID_PARTS_RE = re.compile(r"^([a-z-]*?-)(\d+(?:\.[0-9a-z]+)*)$")
# Long enough for a pasted citation line (the longest the app prints is ~250 characters).
MAX_LENGTH = 400
MAX_NUMBER = 999


_DIGITS = {0x660 + i: 0x30 + i for i in range(10)} | {0x6F0 + i: 0x30 + i for i in range(10)}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def _fold(text: str) -> str:
    """What both a typed reference and a title are compared in: NFKC (full-width brackets
    and commas become ASCII), Western digits, no invisible marks or diacritics that NFKC
    leaves separate, one kind of apostrophe, single spaces, lower case."""
    text = unicodedata.normalize("NFKC", text.translate(_DIGITS)).translate(_DIGITS)
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in ("Cf", "Cc", "Mn")
    )
    return " ".join(text.translate(_QUOTES).lower().split())


def _normalise(text: str) -> str:
    # 1.º, 1ª, 1° (Spanish ordinals) before NFKC turns º into "o" and ª into "a".
    text = re.sub(r"(\d+)\s*\.?\s*[ºª°]", r" #\1 ", text.translate(_DIGITS))
    text = _fold(text)
    words = _words()
    # Chinese: 第64/163号决议 -> 64/163 resolution; 第十二条第二款(c)项 -> art 12 para 2 item c
    text = _rewrite(text, words)
    # Ordinals become "#N", which goes with the word next to it ("2nd para", "article 1er";
    # French "2e" only before the word it counts: alone, "5e" could be item (e)).
    if words.ordinal_digits is not None:
        text = words.ordinal_digits.sub(r" #\1 ", text)
    if words.ordinal_words is not None:
        text = words.ordinal_words.sub(lambda m: f" #{words.ordinals[m.group(1)]} ", text)
    # Elided words: "de l'article" -> "de article" (a lone "l" or "d" would be read as an
    # item letter).
    return words.elisions.sub(" ", text) if words.elisions is not None else text


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise worded(BadReference, "ref_not_text")
    if len(text) > MAX_LENGTH:
        raise worded(BadReference, "ref_too_long")
    return text


def parse(text: str, library: Library | None = None) -> Reference:
    """Read a reference without checking that the passage exists (document names from
    `library`, else from the bundled content)."""
    return _read(_normalise(_check_text(text)), text, known=names(library))


def _mask_documents(raw: str, known: Names) -> str:
    """`raw` with document names blanked out at the same length, so that the dash or
    slash inside "res-64-163" or "53/144" is never taken for a range."""
    for pattern, _ in known.patterns:
        raw = pattern.sub(lambda m: "\x00" * len(m.group(0)), raw)
    return raw


def _split_range(raw: str, known: Names) -> tuple[str, str] | None:
    """The two ends of a range in normalised text, or None when it is not one."""
    if _CANONICAL_RE.match(raw) or _ID_RE.match(raw):
        return None
    m = _words().range.search(_mask_documents(raw, known))
    if m is None:
        return None
    left, right = raw[: m.start()], raw[m.end() :]
    if not left.strip() or not _PUNCT_RE.sub(" ", right).strip():
        return None  # "art 12.." is art 12 with stray dots
    return left, right


def _take_documents(raw: str, text: str, doc: str | None, known: Names
                    ) -> tuple[str | None, str]:
    """The document the text names (or `doc`, already known from a citation title), and
    the text without it. Two different documents are an error, not a choice."""
    named: set[str] = set()
    for pattern, doc_id in known.patterns:  # longest first
        raw, count = pattern.subn(" ", raw)
        if count:
            named.add(doc_id)
    if doc is not None:
        named.add(doc)
    if len(named) > 1:
        raise worded(BadReference, "ref_two_documents", text=repr(text),
                     first=", ".join(sorted(named)[:-1]),
                     second=sorted(named)[-1])
    return (next(iter(named)) if named else None), raw


def _number(tok: str | None) -> int | None:
    if tok is None:
        return None
    if tok.startswith("#"):
        tok = tok[1:]
    return int(tok) if tok.isascii() and tok.isdigit() else None


def _letter(tok: str | None) -> str | None:
    if tok is None:
        return None
    if len(tok) == 1 and tok.isascii() and tok.isalpha():
        return tok
    return _words().letters.get(tok)


def _item_from_number(n: int, text: str) -> str:
    # "第三项", "item 3": the third item, which these texts letter (c).
    if not 1 <= n <= 26:
        raise worded(BadReference, "ref_no_item", n=n, text=repr(text))
    return "abcdefghijklmnopqrstuvwxyz"[n - 1]


def _read(raw: str, text: str, doc: str | None = None, part: str | None = None,
          known: Names | None = None) -> Reference:
    """Read normalised text `raw` (`text` is what the person typed, for messages).

    `doc` and `part` come from a citation title already taken off the text: part "res" is
    the adopting resolution of a document that includes one, "annex" the document itself.
    `known`: the document names (the bundled content's when not given).
    """
    known = known or names()
    if not raw:
        raise worded(BadReference, "ref_empty")
    if doc is None:
        m = _CANONICAL_RE.match(raw)
        if m:
            return Reference(m.group(1), m.group(2))
        if _ID_RE.match(raw):
            return Reference(None, raw)
    if _split_range(raw, known) is not None:
        raise worded(BadReference, "ref_is_range_like", text=repr(text),
                     written=f"{known.default or 'document'}:art-12..art-13")
    doc, raw = _take_documents(raw, text, doc, known)
    words = _words()
    for pattern, kind in words.keywords:
        raw = pattern.sub(f" {kind} ", raw)
    tokens = _PUNCT_RE.sub(" ", raw).split()
    if not tokens:
        raise worded(BadReference, "ref_unreadable", text=repr(text))

    numbered: dict[str, int] = {}  # keyword -> its number
    bare: list[str] = []  # keywords without a number: "преамбулы" in "п. 3 преамбулы"
    free: list[tuple[int, int]] = []  # (number, position) of numbers without a keyword
    letters: list[tuple[str, int]] = []  # (item letter, position)
    romans: list[str] = []  # a roman sub-item below the item (the Covenant's art. 8(3)(c)(i))
    res, annex = part == "res", part == "annex"

    def claim(kind: str, n: int) -> None:
        if kind in numbered:
            raise worded(BadReference, "ref_two_numbers", text=repr(text), kind=_kind_name(kind))
        numbered[kind] = n

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok in _NUMBERED:
            n = _number(nxt)
            if n is None and tok == "PART" and nxt in _ROMAN_VALUES:
                n = _ROMAN_VALUES[nxt]  # "Part III", as the Covenant numbers its parts
            if tok in ("ITEM", "PARA") and n is None and _letter(nxt):
                letters.append((_letter(nxt) or "", i))  # "subparagraph (c)", "alinéa c)"
            elif n is not None and tok == "ITEM":
                letters.append((_item_from_number(n, text), i))
            elif n is not None:
                claim(tok, n)
            else:
                bare.append(tok)
                i += 1
                continue
            i += 2
            continue
        if tok == "RES":
            res = True
        elif tok == "ANNEX":
            annex = True
        elif tok == "GA":
            pass
        elif tok.startswith("#") and _number(tok) is not None:
            # An ordinal counts the word after it ("second paragraph", "2e alinéa"); the
            # word before it took it already if it came first ("article premier").
            n = _number(tok) or 0
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if nxt in _NUMBERED and _number(after) is None:
                if nxt == "ITEM":
                    letters.append((_item_from_number(n, text), i))
                else:
                    claim(nxt, n)
                i += 2
                continue
            raise worded(BadReference, "ref_ordinal", text=repr(text))
        elif _number(tok) is not None:
            free.append((_number(tok) or 0, i))
        elif letters and tok in _ROMANS and not romans:
            romans.append(tok)  # "art. 8(3)(c)(i)": a sub-item under item (c)
        elif tok in words.fillers and nxt in (*_NUMBERED, "RES", "ANNEX"):
            pass  # "в преамбуле", "в статье 12": "in", not item (c)
        elif _letter(tok):
            letters.append((_letter(tok) or "", i))
        elif tok in words.fillers:
            pass
        elif tok in words.conjunctions:
            raise worded(BadReference, "ref_several", text=repr(text))
        else:
            raise worded(BadReference, "ref_unreadable_at", text=repr(text), word=repr(tok))
        i += 1

    for n in [*numbered.values(), *(n for n, _ in free)]:
        if n <= 0 or n > MAX_NUMBER:
            raise worded(BadReference, "ref_no_number", n=n)

    # A keyword without a number qualifies another one: "п. 3 преамбулы" is preambular
    # paragraph 3, "para 7 of the operative part" operative paragraph 7. Any other keyword
    # without a number is a mistake to report, not a word to drop.
    for kind in bare:
        if kind in ("PP", "OP") and kind in numbered:
            continue
        if kind in ("PP", "OP") and "PARA" in numbered:
            numbered[kind] = numbered.pop("PARA")
            continue
        if kind in ("PP", "OP") and free and "ART" not in numbered:
            numbered[kind] = free.pop(0)[0]
            continue
        raise worded(BadReference, "ref_kind_without_number", text=repr(text),
                     kind=_kind_name(kind))

    if "PART" in numbered:
        # A part (the Covenant's `part-3`, a heading's id) is cited alone: "ICCPR Part III".
        if len(numbered) > 1 or free or letters or romans or res or annex:
            raise worded(BadReference, "ref_part_alone", text=repr(text))
        return Reference(doc, f"part-{numbered['PART']}")
    if res and annex:
        raise worded(BadReference, "ref_resolution_and_annex", text=repr(text))
    annexed = sorted(known.with_resolution)  # documents annexed to their resolution
    if annex and (doc is None and len(annexed) != 1 or doc is not None and doc not in annexed):
        if not annexed:
            raise worded(BadReference, "ref_no_annexes", text=repr(text))
        raise worded(BadReference, "ref_no_annex", text=repr(text),
                     documents=", ".join(annexed))
    if annex and doc is None:
        doc = annexed[0]
    if res and doc is None:
        raise worded(BadReference, "ref_which_resolution", text=repr(text),
                     symbols=", ".join(known.symbols))
    if len(letters) > 1:
        raise worded(BadReference, "ref_levels_item", text=repr(text))
    others = [k for k in ("PP", "OP", "PARA", "FN") if k in numbered]
    if "ART" in numbered and [k for k in others if k != "PARA"]:
        raise worded(BadReference, "ref_mixed", text=repr(text))

    # A bare number is an article in a document with articles ("UDHR 19"), or in the one
    # a reference naming no document is read in; else a paragraph ("64/163 7").
    bare_is_article = doc is None or doc in known.with_articles
    if "ART" in numbered or (not numbered and free and bare_is_article and not res):
        art = numbered["ART"] if "ART" in numbered else free.pop(0)[0]
        parts = [str(art)]
        para = numbered.get("PARA")
        para_at: int | None = None
        if para is None and free:
            para, para_at = free.pop(0)
        if free:
            raise worded(BadReference, "ref_too_many_numbers", text=repr(text))
        if para is not None:
            parts.append(str(para))
        if letters:
            if para_at is not None and letters[0][1] < para_at:
                raise worded(BadReference, "ref_item_after", text=repr(text))
            parts.append(letters[0][0])
            parts.extend(romans)
        return Reference(doc, "art-" + ".".join(parts))
    if romans:
        raise worded(BadReference, "ref_levels", text=repr(text))
    if numbered or free:
        if len(others) > 1:
            raise worded(BadReference, "ref_mixed", text=repr(text))
        kind = others[0] if others else "PARA"
        n = numbered[kind] if kind in numbered else free.pop(0)[0]
        suffix = f".{free.pop(0)[0]}" if free else ""
        if letters:
            suffix += f".{letters[0][0]}"
        if free:
            raise worded(BadReference, "ref_too_many_numbers", text=repr(text))
        prefix = {"PP": "pp", "OP": "op", "PARA": "op", "FN": "fn"}[kind]
        if doc in known.with_resolution:
            # An annexed document's own numbered paragraphs are in articles: its operative
            # paragraphs are the adopting resolution's; "resolution 53/144" also takes the
            # resolution's preamble instead of the Declaration's.
            if prefix == "op" and not annex:
                prefix = "res-op"
            elif prefix == "pp" and res:
                prefix = "res-pp"
        return Reference(doc, f"{prefix}-{n}{suffix}")
    raise worded(BadReference, "ref_no_article_number", text=repr(text))


# ------------------------------------------------------------------------- against a library


def _candidates(doc: str | None, library: Library, context_doc: str | None) -> list[str]:
    if doc is not None:
        if doc not in library:
            raise worded(UnknownReference, "unknown_document", doc=repr(doc),
                         documents=", ".join(library.document_ids))
        return [doc]
    known = names(library)
    first = context_doc if context_doc and context_doc in library else known.default
    # An instrument whose content says `loose-references: named` is reached only by a
    # reference that names it ("UDHR 21"): a bare "art 21" must not land in another text.
    return [
        d for d in dict.fromkeys([first or "", *library.document_ids])
        if d in library and (d == context_doc or d not in known.named_only)
    ]


def _lookup(ref: Reference, library: Library, context_doc: str | None, text: str) -> Reference:
    for doc_id in _candidates(ref.doc, library, context_doc):
        if library.document(doc_id).reference_version.select(ref.pid):
            return Reference(doc_id, ref.pid)
    error = worded(UnknownReference, "ref_no_passage", pid=ref.pid, text=repr(text),
                   where=ref.doc or Worded("any_document"))
    error.doc = ref.doc
    raise error


def _loosely(folded: str) -> str:
    """A pattern for `folded` text whatever the spacing and punctuation between its words:
    a pasted citation may have lost the space after "，" or gained one after "("."""
    return r"[\W_]*".join(re.escape(word) for word in re.findall(r"\w+", folded))


@functools.lru_cache(maxsize=1024)
def _title_pattern(title: str) -> str:
    # Cached: the go-to box reads every header's titles for each reference typed.
    return _loosely(_fold(title))


def _titles(library: Library) -> list[tuple[str, str, str | None]]:
    """(pattern, document, part) for every title the app cites a text by, longest title
    first. Part: "guide" for guidance, "res" for the adopting resolution's title, "annex"
    for the Declaration's own title (it has a resolution title too), None otherwise."""
    found: dict[tuple[str, str, str | None], None] = {}
    for document in library:
        for version in list(document.versions.values()):
            header = version.header
            has_res = bool(header.get("resolution-title"))
            if version.status == "project-guidance":
                # Only the title citations print: a short guidance title ("Staying safe")
                # could turn up inside other words.
                title = header.get("citation-title") or version.short_title
                found[(_title_pattern(title), document.id, "guide")] = None
                continue
            for own in (header.get("citation-title"), header.get("short-title")):
                if own:
                    part = "annex" if has_res else None
                    found[(_title_pattern(own), document.id, part)] = None
            if has_res:
                found[(_title_pattern(header["resolution-title"]), document.id, "res")] = None
    return sorted((t for t in found if t[0]), key=lambda t: len(t[0]), reverse=True)


def _key(folded: str) -> str:
    """Citation text reduced to its words, without the translation or guidance note."""
    return re.sub(r"[\W_]+", "", _words().notes.sub(" ", folded))


def _from_citation(text: str, library: Library) -> Reference | None:
    """A reference that carries a title the app cites by (a pasted citation line), checked
    against the library; None when the text carries no such title."""
    folded = _fold(text)
    framed = [(m, d, p) for t, d, p in _titles(library) if (m := re.search(t, folded))]
    if not framed:
        return None
    found, doc, part = framed[0]
    if part == "guide":
        # Guidance is cited by section heading: find the passage whose citation this is.
        key = _key(folded)
        for version in list(library.document(doc).versions.values()):
            if not library.readable(version):
                continue
            for passage in version.passages:
                if _key(_fold(citation(version, passage.id))) == key:
                    return Reference(doc, passage.id)
        raise worded(UnknownReference, "ref_no_section", doc=doc, text=repr(text))
    rest = _words().notes.sub(" ", folded[: found.start()] + " " + folded[found.end() :])
    ref = _read(_normalise(rest), text, doc=doc, part=part, known=names(library))
    return _lookup(ref, library, None, text)


def resolve(text: str, library: Library, context_doc: str | None = None) -> Reference:
    """Parse and check against the library; the document is filled in.

    Without a document in the text, the context document is tried first (the one on
    screen, or the Declaration), then the others in library order.
    """
    _check_text(text)
    ref = _from_citation(text, library)
    if ref is not None:
        return ref
    raw = _normalise(text)
    known = names(library)
    if _split_range(raw, known) is not None:
        try:
            written = _range_target(text, library, context_doc).ref
        except BadReference:
            written = f"{context_doc or known.default or 'document'}:art-12..art-13"
        # Where ranges are taken (open, export-pdf, the go-to box, bookmarks) they are
        # written as bookmarks write them; say how, rather than read "12-13" as art-12.13.
        raise worded(BadReference, "ref_is_range", text=repr(text), written=written)
    return _lookup(_read(raw, text, known=known), library, context_doc, text)


def parse_range(text: str, library: Library | None = None
                ) -> tuple[Reference, Reference] | None:
    """The two ends of a loose range ("art 12-13", "art 12(1)-(3)", "op 3..5", "第12条至第13条"),
    or None when the text is not a range. The second end may give only the numbers that
    change ("(3)" after "art 12(1)"); it is in the first end's document."""
    raw = _normalise(_check_text(text))
    known = names(library)
    halves = _split_range(raw, known)
    if halves is None:
        return None
    left_raw, right_raw = halves
    left = _read(left_raw, text, known=known)
    comps = _PUNCT_RE.sub(" ", right_raw).split()
    if comps and all(_number(c) is not None or _letter(c) for c in comps):
        parts = [str(_number(c)) if _number(c) is not None else _letter(c) or "" for c in comps]
        m = _PID_PARTS_RE.match(left.pid)
        if m is None:
            raise worded(BadReference, "ref_range_unreadable", text=repr(text))
        head = m.group(2).split(".")
        keep = head[: max(0, len(head) - len(parts))]
        new = keep + parts
        for j, (was, now) in enumerate(zip(head, new, strict=False)):
            if j >= len(keep) and was.isdigit() != now.isdigit():
                raise worded(BadReference, "ref_range_after", text=repr(text), now=repr(now),
                             was=repr(was))
        if not new[0].isdigit():
            raise worded(BadReference, "ref_range_unreadable", text=repr(text))
        right = Reference(left.doc, m.group(1) + ".".join(new))
    else:
        right = _read(right_raw, text, doc=left.doc, known=known)
        if left.doc is None and right.doc is not None:
            left = Reference(right.doc, left.pid)
    return left, right


def _range_target(text: str, library: Library, context_doc: str | None) -> Target:
    ends = parse_range(text, library)
    if ends is None:
        raise worded(BadReference, "ref_not_range", text=repr(text))
    left, right = ends
    for doc_id in _candidates(left.doc, library, context_doc):
        version = library.document(doc_id).reference_version
        if version.select(left.pid) and version.select(right.pid):
            return Target(doc_id, left.pid, right.pid)
    raise worded(UnknownReference, "ref_no_passages", first=left.pid, last=right.pid,
                 where=left.doc or Worded("any_document"), text=repr(text))


def canonical(text: str, library: Library, context_doc: str | None = None) -> str:
    """The canonical form of a reference or range; UserError if it names nothing.
    `context_doc`: the document a reference without one is looked up in first.

    Ranges come as bookmarks write them (`declaration:art-12.1..art-12.3`, or without the
    document: `art-12.1..art-12.3` is in the document on screen) or loose ("art 12-13",
    "art 12(1)-(3)"), and come back as bookmarks write them."""
    _check_text(text)
    written = text.strip()
    if ".." in written and ":" not in written:
        written = f"{context_doc or names(library).default}:{written}"
    if ".." in written and TARGET_RE.match(written):
        target = Target.parse(written)
        doc = library.document(target.doc)  # UnknownDocument (a UserError)
        if not target.passage_ids(doc.reference_version):
            raise worded(UnknownReference, "ref_no_such_passages", ref=target.ref, doc=doc.id)
        return target.ref
    # A pasted citation line first: a guidance heading such as "24-hour contacts" is no range.
    ref = _from_citation(text, library)
    if ref is not None:
        return ref.canonical()
    if _split_range(_normalise(text), names(library)) is not None:
        target = _range_target(text, library, context_doc)
        if not target.passage_ids(library.document(target.doc).reference_version):
            raise worded(UnknownReference, "ref_no_such_passages", ref=target.ref, doc=target.doc)
        return target.ref
    # BadReference / UnknownReference for text that names nothing
    return resolve(text, library, context_doc=context_doc).canonical()


def locate(text: str, library: Library, context_doc: str | None = None) -> tuple[str, str]:
    """(document, what of it) for a passage, a group or a range a person wrote: a passage or
    group id (`art-12.2`, `art-12`: all of article 12) or a range as bookmarks write it
    (`art-12.1..art-12.3`, from `declaration:art-12.1..art-12.3`, "art 12(1)-(3)",
    "art 12-13", "64/163 para 3-5", "第12条至第13条"). UserError if it names nothing.
    `passages_of` gives the passages it covers in a language version.

    What `show` and `export-pdf` (through `printing.printout.select`) both take, so a range
    that one reads the other reads too.
    """
    try:
        ref = resolve(text, library, context_doc)
    except BadReference:
        # Not one passage or group: a range, or nothing, which canonical() says as resolve()
        # would.
        doc, _, pid = canonical(text, library, context_doc).partition(":")
        return doc, pid
    assert ref.doc is not None  # resolve() fills it in
    return ref.doc, ref.pid


def passages_of(version: Version, pid: str) -> list[Passage]:
    """The passages of `version` that `pid` (from `locate`) covers, in document order: one,
    a group, or a range with both ends included; [] when an end is not in this version."""
    if ".." not in pid:
        return version.select(pid)
    start, _, end = pid.partition("..")
    return Target(version.doc, start, end).passages(version)
