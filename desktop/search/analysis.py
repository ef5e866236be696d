"""How text becomes index terms, per language (shared by indexing, querying and highlighting).

Every language gets two fields in the index:

- `s_<lang>` ("stemmed"): folded, stopwords removed, stemmed (Snowball for en/fr/es/ru,
  a light stemmer for Arabic); Chinese (any CJK run) as overlapping character bigrams.
  A word in another script than the language's own (Latin words in Chinese, Arabic or
  Russian text) loses the stopwords of the languages written in its script.
- `r_<lang>` ("raw"): folded only, every word kept, CJK as single characters with positions.
  Prefix (`intimidat*`), fuzzy (`defendres~`), phrase and stopword-only queries use it:
  against stems alone they miss (`intimidat*` is not a prefix of the stem `intimid`).

Folding is the same on both sides so a person can type without accents or diacritics:
Latin letters lose their accents (liberté -> liberte), Russian ё -> е, Arabic loses tashkeel
and tatweel and folds alef/yeh/teh marbuta/hamza carriers. Folding happens before stemming
so that "liberte" and "liberté" reach the same stem.

Compounds: two words joined by a hyphen ("counter-terrorism", "re-registration",
"contre-terrorisme", "контр-террор") are also indexed as one joined word at the first part's
position, so the closed spelling people type ("counterterrorism", "nondiscriminatory") finds
the hyphenated one; a hyphenated query also searches its joined form (`query.py`), so it
finds a closed spelling in the text. `COMPOUNDS` switches this off (bench/search.py measures
the search as it was without it).

Words are found in the original text with their character offsets, so the highlighter can
mark the words a person sees. Change `ANALYSIS_VERSION` whenever a change here alters terms:
an index built with other rules is then stale and is rebuilt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any

from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.lang import stemmer_for_language
from whoosh.lang.isri import ISRIStemmer
from whoosh.lang.stopwords import stoplists

from desktop.folding import fold  # one fold for search and the rest (desktop/folding.py)
from desktop.languages import LANGUAGES, REGISTRY

ANALYSIS_VERSION = 4

#: Index and search hyphenated compounds also as one word (see the module docstring).
COMPOUNDS = True

#: Which Arabic stemmer the `s_ar` field uses ("light10" or "isri"). bench/search.py measures
#: both: the same recall@5, ISRI one more pair at rank 1 of 12; but ISRI reduces words to
#: roots, so الجمعيات "associations" and الاجتماع "meeting" both become جمع and a search for
#: one marks the other. Light stemming keeps them apart.
ARABIC_STEMMER = "light10"

# A word: letters and digits (no underscore), with the combining marks that Latin (NFD input),
# Cyrillic and Arabic (tashkeel, superscript alef, Quranic marks) put inside words; `\w`
# alone would cut an Arabic word at every diacritic.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
)
WORD_RE = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")
# Han (with extensions and compatibility ideographs), kana: written without spaces, so
# they are cut into characters (and bigrams) instead of words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(rf"[{_CJK}]+")
_CJK_CHAR_RE = re.compile(rf"[{_CJK}]")
# One pass that yields CJK runs (group 1) and other words (group 2) separately.
_SPLIT_RE = re.compile(rf"([{_CJK}]+)|((?:(?![{_CJK}])(?:[^\W_]|[{_MARKS}]))+)")


#: Hyphens that join the parts of a compound: ASCII hyphen-minus, hyphen, non-breaking hyphen.
HYPHENS = "-\u2010\u2011"


def is_cjk(text: str) -> bool:
    return bool(_CJK_CHAR_RE.search(text))


# --- stopwords and stemming -----------------------------------------------------------------

# Arabic function words (already folded). whoosh has no Arabic list; these are only the
# commonest particles, pronouns and demonstratives, so content words are never lost.
_ARABIC_STOPWORDS = (
    "في من على الى عن ان او ما لا لم لن مع كل اي قد هذا هذه ذلك تلك التي الذي الذين "
    "اللذين اللتين هو هي هم هن انها انه كان كانت بين ثم حتى اذا عند غير و ب ل ف ك"
)


#: How each language is analysed (`desktop.languages.Language.analyzer`).
_ANALYZERS = {lang.code: lang.analyzer for lang in REGISTRY}

# Gaps in whoosh's Snowball lists (its French list has "le" and "la" but not "les").
_EXTRA_STOPWORDS = {"fr": ("les",)}


@cache
def stopwords(lang: str) -> frozenset[str]:
    if _ANALYZERS.get(lang) == "light10":
        return frozenset(_ARABIC_STOPWORDS.split())
    listed = (*stoplists.get(lang, ()), *_EXTRA_STOPWORDS.get(lang, ()))
    return frozenset(fold(w) for w in listed)


_LIGHT10_PREFIXES = ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
                     "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644")  # وال بال كال فال لل ال
_LIGHT10_SUFFIXES = ("\u0647\u0627", "\u0627\u0646", "\u0627\u062a", "\u0648\u0646",
                     "\u064a\u0646", "\u064a\u0647", "\u0647", "\u064a")  # ها ان ات ون ين يه ه ي


def light10(word: str) -> str:
    """Larkey's Light10 Arabic stemmer on a folded word (ة and ية are already ه and يه)."""
    w = word
    if len(w) > 3 and w.startswith("\u0648"):  # و "and"
        w = w[1:]
    for prefix in _LIGHT10_PREFIXES:
        if w.startswith(prefix) and len(w) - len(prefix) >= 2:
            w = w[len(prefix):]
            break
    for suffix in _LIGHT10_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            w = w[: -len(suffix)]
    return w


_isri = ISRIStemmer()


def _make_stemmer(lang: str) -> Callable[[str], str]:
    analyzer = _ANALYZERS.get(lang)
    if analyzer == "light10":
        if ARABIC_STEMMER == "isri":
            return lambda w: fold(_isri.stem(w))
        return light10
    if analyzer == "snowball":
        return stemmer_for_language(lang)  # type: ignore[no-any-return,unused-ignore]
    return lambda w: w


_stemmers: dict[str, Callable[[str], str]] = {}


@lru_cache(maxsize=65536)
def stem(lang: str, folded: str) -> str:
    """The `s_<lang>` term of an already folded word (no stopword check)."""
    fn = _stemmers.get(lang)
    if fn is None:
        fn = _stemmers[lang] = _make_stemmer(lang)
    if folded.isdigit():
        return folded
    return fn(folded) or folded


#: The script each language is written in, and the languages that write each script: a
#: word in another script than its passage's language (an English name in Chinese or
#: Arabic text, "Council of Europe") is a borrowed word, and is filtered with the stopwords
#: of the languages that write its script. Otherwise "of" in a Chinese passage would be
#: indexed, and an English search for "torture of" would find that passage on "of" alone.
_NATIVE_SCRIPT = {lang.code: lang.script for lang in REGISTRY}
_SCRIPT_LANGUAGES = {
    script: tuple(code for code, s in _NATIVE_SCRIPT.items() if s == script)
    for script in ("latin", "cyrillic", "arabic")
}


def script(folded: str) -> str:
    """The script of a folded word, by its first letter: latin, cyrillic, arabic or other
    (digits only, CJK, anything else)."""
    for ch in folded:
        o = ord(ch)
        if ch.isdigit():
            continue
        if o < 0x0250 or 0x1E00 <= o < 0x1F00:
            return "latin" if ch.isalpha() else "other"
        if 0x0400 <= o < 0x0530:
            return "cyrillic"
        if 0x0600 <= o < 0x0700 or 0x0750 <= o < 0x0780 or 0x08A0 <= o < 0x0900:
            return "arabic"
        return "other"
    return "other"


@cache
def _stops_in(lang: str, word_script: str) -> frozenset[str]:
    borrowed_from = _SCRIPT_LANGUAGES.get(word_script)
    if borrowed_from is None or _NATIVE_SCRIPT.get(lang) == word_script:
        return stopwords(lang)
    return frozenset().union(*(stopwords(code) for code in borrowed_from))


def is_stopword(lang: str, folded: str) -> bool:
    """Whether a folded word in a passage (or query) of `lang` is a stopword there: by
    `lang`'s list in `lang`'s own script, by the lists of the languages of its script
    otherwise (indexing and querying both ask here, so they always agree)."""
    return folded in _stops_in(lang, script(folded))


# --- tokenizing --------------------------------------------------------------------------------


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """(surface, start, end) of each word or CJK run in `text`, in order ("2019年" is two)."""
    for m in _SPLIT_RE.finditer(text):
        yield m.group(), m.start(), m.end()


def joined(text: str, end: int, next_start: int) -> bool:
    """Whether the word ending at `end` and the one starting at `next_start` are the two
    parts of a hyphenated compound (one hyphen between them, nothing else)."""
    return COMPOUNDS and next_start == end + 1 and text[end] in HYPHENS


def latin_words(lang: str, text: str, stems: bool = True) -> list[tuple[str, str, int, int]]:
    """(folded, stem, start, end) of every non-CJK word, and of every hyphenated compound
    as one joined word spanning both parts: what the highlighter compares. With
    `stems=False` the stem is left "" for the highlighter to work out only for the words
    that may match (stemming every word of a passage shown for the first time was most of
    a first search's time)."""
    out = []
    prev: tuple[str, int, int] | None = None
    for m in _SPLIT_RE.finditer(text):
        w = m.group(2)
        if w is None:
            prev = None
            continue
        f = fold(w)
        out.append((f, stem(lang, f) if stems else "", m.start(), m.end()))
        if prev is not None and joined(text, prev[2], m.start()):
            j = prev[0] + f
            out.append((j, stem(lang, j) if stems else "", prev[1], m.end()))
        prev = (f, m.start(), m.end())
    return out


def raw_terms(text: str) -> Iterator[tuple[str, int, int, int]]:
    """(term, position, start, end) for the `r_*` fields: folded words, CJK characters,
    and hyphenated compounds joined (at the first part's position)."""
    pos = 0
    prev: tuple[str, int, int, int] | None = None
    for surface, start, end in words(text):
        if is_cjk(surface):
            prev = None
            for i, ch in enumerate(surface):
                yield ch, pos, start + i, start + i + 1
                pos += 1
        else:
            f = fold(surface)
            yield f, pos, start, end
            if prev is not None and joined(text, prev[3], start):
                yield prev[0] + f, prev[1], prev[2], end
            prev = (f, pos, start, end)
            pos += 1


def stem_terms(lang: str, text: str) -> Iterator[tuple[str, int, int, int]]:
    """(term, position, start, end) for the `s_<lang>` field: stems; CJK bigrams."""
    pos = 0
    prev: tuple[str, int, int, int] | None = None
    for surface, start, end in words(text):
        if is_cjk(surface):
            prev = None
            if len(surface) == 1:
                yield surface, pos, start, end
                pos += 1
            for i in range(len(surface) - 1):
                yield surface[i : i + 2], pos, start + i, start + i + 2
                pos += 1
            continue
        folded = fold(surface)
        if not is_stopword(lang, folded):
            yield stem(lang, folded), pos, start, end
        if prev is not None and joined(text, prev[3], start):
            # "non-State", "re-registration": the joined word is one content word even
            # where a part alone is a stopword ("non" in French).
            whole = prev[0] + folded
            yield stem(lang, whole), prev[1], prev[2], end
        prev = (folded, pos, start, end)
        pos += 1


def cjk_bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)] or [run]


# --- whoosh glue ---------------------------------------------------------------------------------


class LangTokenizer(Tokenizer):  # type: ignore[misc,unused-ignore]
    """A whoosh tokenizer running `raw_terms` or `stem_terms`; picklable (stored in the schema)."""

    def __init__(self, lang: str, kind: str) -> None:
        self.lang = lang
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, LangTokenizer)
            and other.lang == self.lang
            and other.kind == self.kind
        )

    def __hash__(self) -> int:
        return hash((self.lang, self.kind))

    def __call__(  # type: ignore[override,unused-ignore]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        terms = raw_terms(value) if self.kind == "raw" else stem_terms(self.lang, value)
        for text, pos, start, end in terms:
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[start:end]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def stem_field(lang: str) -> str:
    return f"s_{lang}"


def raw_field(lang: str) -> str:
    return f"r_{lang}"


def make_schema() -> Schema:
    """One whoosh document per passage per language; text fields per language."""
    fields: dict[str, Any] = {
        "key": ID(stored=True, unique=True),
        "doc": ID(stored=True),
        "passage": ID(stored=True),
        "lang": ID(stored=True),
        "status": ID(stored=True),
    }
    for lang in LANGUAGES:
        # Phrases are matched on the raw field; the stemmed one needs no positions.
        fields[stem_field(lang)] = TEXT(analyzer=LangTokenizer(lang, "stem"), phrase=False)
        fields[raw_field(lang)] = TEXT(analyzer=LangTokenizer(lang, "raw"), phrase=True)
    return Schema(**fields)
