"""Words made from the subject index's words: closed compounds and derived forms.

The subject index lists the words people type for a concept, mostly nouns ("терроризм",
"контртерроризм", "экстремист", "terrorist"). People also type words made from them that no
term lists: adjectives ("контртеррористический", "экстремистская организация"), and closed
compounds of a prefix ("противотеррористический", "counterterrorist"). Russian Snowball
takes off endings only (the French, Spanish and English stemmers also take off some
derivational suffixes, such as -isme and -iste), so such a word's stem is none of the index's:
"контртеррористическ" is not "контртерроризм", and the query found nothing at all.

A query word whose stem is in no term is related to the index's words here, for the subject
index only (the full-text index is unchanged, and so are the words a search marks):

1. a prefix that makes closed compounds (`COMPOUND_PREFIXES`: counter-, anti-, контр-,
   противо- ...) is taken off and the rest stemmed again: "counterterrorist" -> "terrorist",
   "противотеррористический" -> "террористическ";
2. a word derived by a suffix starts like an index word: the two stems have at least
   `MIN_SHARED` letters in common from their start, what the query word's stem has beyond
   them is an ending that makes words in its language (`QUERY_ENDINGS`: adjectives,
   verbs' aspects and participles, nouns of action, "ическ", "ыва", "acion", "ship"), and
   what the index word's stem has beyond them is one of the few its own forms end in
   (`INDEX_ENDINGS`, at most `SLACK` letters): "террористическ" -> "террорист",
   "правозащитн" -> "правозащитник", "отключ" -> "отключен". A shared start alone made
   false matches: "протестант" (a Protestant) reached Protest, "represent" repression,
   "transport" transparency, "secretariat" secrecy, "материнство" (motherhood) material
   support. The index word sharing the most letters wins. A word one or two edits away
   from a word of the index ("defendrs", "manifestatoin") is a typo, not a derived word:
   it is left to "did you mean", which offers the word meant.

Only Latin and Cyrillic words are related by their start: an Arabic stem is too short for a
shared start to mean a shared word, and Chinese terms match by their characters. An Arabic
word is related instead by the pronoun attached at its end, which light10 leaves on ("our
office" مكتبنا, "they beat me" ضربوني, "our association" جمعيتنا): `ARABIC_ATTACHED` is taken
off, with the letters it changes before it (ة written ت: جمعيت -> جمعية; the plural و of
a verb: ضربو -> ضرب), and the rest stemmed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop.search.analysis import script, stem

#: Prefixes that make closed compounds of a word the index may hold alone, per language
#: (folded; longest first where one starts another). A compound of one is filed with the
#: concept of its second part ("antiterroriste" with counter-terrorism), which in this
#: index is the concept that covers both.
COMPOUND_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("counter", "anti"),
    "fr": ("contre", "anti"),
    "es": ("contra", "anti"),
    "ru": ("противо", "контр", "анти"),
}
#: Letters the rest of a compound must have to be a word of its own ("anti" + "s" is not).
MIN_REST = 4
#: Letters a derived word's stem must share, from its start, with an index word's stem.
MIN_SHARED = 6
#: Letters the index word's stem may go beyond what the two share ("правозащитник" for
#: "правозащитн").
SLACK = 2
#: What a query word's stem may have beyond the start it shares with an index word's stem,
#: per language (Snowball stems, folded): the endings that make an adjective, a verb's
#: other aspect or a participle, a noun of action or of a person from a word. Not the
#: endings that make a word of another meaning from the same start: Russian "-ант"
#: (протестант, a Protestant), "-ительн" (действительно, "really", from действ-), English
#: "-ariat", Spanish "-ent" (representar is not represión), French "-aire" (secrétaire is
#: not secret), "-iser"/"-izar" ("spécialisée", "especializada" are not the Special
#: Rapporteur). "" where the query word's stem is the shared start itself.
QUERY_ENDINGS: dict[str, frozenset[str]] = {
    "en": frozenset({"", "ship", "or", "er", "ist", "ism", "ic", "al", "ive"}),
    "fr": frozenset({"", "e", "s", "es", "ent", "aient", "nent", "ion", "ionnel", "ionnell",
                     "ique", "iqu", "ist", "ism"}),
    "es": frozenset({"", "acion", "cion", "ion", "ic", "ist", "ism"}),
    "ru": frozenset({
        "", "а", "я", "и", "е", "ова", "ован", "ева", "ыва", "ива", "ля", "ен", "енн", "ан",
        "н", "ьн", "к", "ьт", "ац", "ени", "ост", "ств", "ик", "ник", "ион", "ск", "ическ",
        "ческ", "анск"}),
}
#: What the index word's stem may have beyond the shared start (at most SLACK letters): the
#: ends of its own forms ("правозащитник" for "правозащитн", "отключен" for "отключ",
#: "recognit" for "recogn"), not any letters ("repress" is not "repres-ent", признак "a
#: sign" is not призна- "to recognise").
INDEX_ENDINGS: dict[str, frozenset[str]] = {
    "en": frozenset({"", "it"}),
    "fr": frozenset({"", "it"}),
    "es": frozenset({"", "al"}),
    "ru": frozenset({"", "а", "я", "н", "ен", "ац", "ик"}),
}
#: Pronouns written joined to the end of an Arabic word (folded; longest first).
ARABIC_ATTACHED = ("كما", "هما", "هم", "هن", "كم", "كن", "نا", "ني", "وا", "ك")
#: Scripts whose words are related by their start.
_SCRIPTS = ("latin", "cyrillic")


def _shared(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Vocabulary:
    """The stems of one language's terms, and the index word a query word is made from."""

    def __init__(self, lang: str, stems: Iterable[str]) -> None:
        self.lang = lang
        self.stems = frozenset(stems)
        self._by_start: dict[str, list[str]] = {}
        for s in sorted(self.stems):
            if len(s) >= MIN_SHARED:
                self._by_start.setdefault(s[:MIN_SHARED], []).append(s)

    def related(self, folded: str, stemmed: str,
                typo: Callable[[str], bool] = lambda _word: False) -> str:
        """The stem of the index word `folded` (a folded query word stemmed `stemmed`) is
        made from, or `stemmed` itself when it is an index word or made from none (or is a
        typo of an index word, as `typo` tells)."""
        if stemmed in self.stems:
            return stemmed
        if script(folded) == "arabic":
            return next((s for s in map(lambda b: stem(self.lang, b), _arabic_bases(folded))
                         if s in self.stems), stemmed)
        if script(folded) not in _SCRIPTS:
            return stemmed
        forms = [stemmed]
        for prefix in COMPOUND_PREFIXES.get(self.lang, ()):
            if folded.startswith(prefix) and len(folded) - len(prefix) >= MIN_REST:
                rest = stem(self.lang, folded[len(prefix):])
                if rest in self.stems:
                    return rest
                forms.append(rest)
                break
        query_endings = QUERY_ENDINGS.get(self.lang, frozenset())
        index_endings = INDEX_ENDINGS.get(self.lang, frozenset())
        best: tuple[int, int, str] | None = None  # (shared, -extra letters, stem)
        for form in forms:
            for candidate in self._by_start.get(form[:MIN_SHARED], ()):
                shared = _shared(form, candidate)
                if (shared < len(candidate) - SLACK or form[shared:] not in query_endings
                        or candidate[shared:] not in index_endings):
                    continue
                key = (shared, shared - len(candidate), candidate)
                if best is None or key[:2] > best[:2]:
                    best = key
        # Asked last: most words start like no index word, and the typo check costs more.
        return best[2] if best is not None and not typo(folded) else stemmed


def _arabic_bases(folded: str) -> list[str]:
    """An Arabic word without the pronoun joined to its end: the word as it is written
    alone, most likely first ([] when none is joined, or too little would be left)."""
    for suffix in ARABIC_ATTACHED:
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            base = folded[: -len(suffix)]
            if base.endswith("\u062a"):  # ت: ة before a pronoun (جمعيتنا)
                return [base[:-1] + "\u0647", base]  # ه: ة as folded
            if base.endswith("\u0648"):  # و: a verb's plural before a pronoun (ضربوني)
                return [base, base[:-1]]
            return [base]
    return []
