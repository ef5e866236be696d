"""Everyday words to passages: matching a query against the subject index.

A person types what happened ("arrested for protesting", "пытки", "因抗议被拘留"); the
subject index (`desktop.subject_index`, content/subject-index/) lists such words per
language for each concept, with the passages the concept concerns. A term matches when every
one of its content words is in the query, compared the way search compares words: folded,
stopwords left out, stemmed in the term's language (so "protesting" matches the term
"protest", "funds" the term "funding"), hyphenated compounds also joined ("sit-in" =
"sitin"); a Chinese term matches when its characters appear together in the query. A
query word that is in no term but is made from one, an adjective or a closed compound
("контртеррористический", "counterterrorist"), stands for that term's word
(`desktop.search.derivation`). A
match's `coverage` is the share of the query's content words (or Chinese characters) the
term accounts for: "foreign funding for our NGO" is 2/3 funding and 1/3 NGO.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.languages import LANGUAGES
from desktop.missing_language import never_included
from desktop.search.analysis import fold, is_cjk, is_stopword, joined, stem, words
from desktop.search.derivation import Vocabulary
from desktop.search.query import Group, Parsed, Word
from desktop.subject_index import Concept, SubjectIndex

if TYPE_CHECKING:
    from desktop.library import Library
    from desktop.search.engine import Engine


#: Chinese function characters (particles, pronouns, the passive 被, 因 "because"): they do
#: not count in a query's share covered by a term, as stopwords do not in other languages.
_CJK_FUNCTION = frozenset("的了被因为在我们他她你是和与对把将就都也而及或之所以吗呢吧啊要想该能会")


@dataclass(frozen=True)
class Match:
    concept: Concept
    lang: str  # the language of the term that matched
    term: str
    coverage: float  # 0 < coverage <= 1


@dataclass(frozen=True)
class _Analysed:
    stems: tuple[str, ...]  # content words, in order (compound parts separately)
    folded: tuple[str, ...]  # the same words folded, unstemmed
    joins: dict[str, tuple[int, int]]  # joined compound stem -> indexes of its parts
    cjk: str  # the query's Chinese runs, separated by spaces


def analyse(lang: str, text: str) -> _Analysed:
    stems: list[str] = []
    folded: list[str] = []
    joins: dict[str, tuple[int, int]] = {}
    cjk: list[str] = []
    prev: tuple[str, int, int] | None = None  # folded word, its end, its stem index
    for surface, start, end in words(text):
        if is_cjk(surface):
            cjk.append(surface)
            prev = None
            continue
        f = fold(surface)
        index = -1
        if not is_stopword(lang, f):
            index = len(stems)
            stems.append(stem(lang, f))
            folded.append(f)
        if prev is not None and joined(text, prev[1], start):
            first = prev[2] if prev[2] >= 0 else index
            joins[stem(lang, prev[0] + f)] = (first, index if index >= 0 else first)
        prev = (f, end, index)
    return _Analysed(tuple(stems), tuple(folded), joins, " ".join(cjk))


def term_key(lang: str, term: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """What must be in a query for `term` to match: stems (a hyphenated compound as one
    joined stem) and Chinese runs. Both empty: the term can never match (only stopwords)."""
    a = analyse(lang, term)
    stems = set(a.stems)
    for whole, (i, j) in a.joins.items():
        # "sit-in" is the word "sitin", not "sit" (and the stopword "in").
        for k in range(min(i, j), max(i, j) + 1):
            if 0 <= k < len(a.stems):
                stems.discard(a.stems[k])
        stems.add(whole)
    return frozenset(stems), tuple(a.cjk.split())


class Expander:
    """Finds the concepts a query names. Built once per subject index (a few thousand
    terms, analysed once), then each query is analysed once per language."""

    def __init__(self, index: SubjectIndex) -> None:
        self.index = index
        self._terms: dict[str, list[tuple[frozenset[str], tuple[str, ...], Concept, str]]] = {}
        # Each term filed under one of its stems (or its first Chinese character): a query
        # only looks at the terms filed under its own words, not at all ~8,000.
        self._filed: dict[str, dict[str, list[int]]] = {}
        for concept in index.concepts:
            for lang, terms in concept.terms.items():
                for term in terms:
                    stems, runs = term_key(lang, term)
                    if not (stems or runs):
                        continue
                    entries = self._terms.setdefault(lang, [])
                    key = min(stems) if stems else runs[0][0]
                    self._filed.setdefault(lang, {}).setdefault(key, []).append(len(entries))
                    entries.append((stems, runs, concept, term))
        self._vocabulary = {
            lang: Vocabulary(lang, (s for stems, _r, _c, _t in entries for s in stems))
            for lang, entries in self._terms.items()}
        self._matches: dict[tuple[str, tuple[str, ...]], list[Match]] = {}
        self._known: dict[str, bool] = {}
        self._typos: dict[str, bool] = {}
        # First four letters -> folded words of the terms (for `_typo`).
        self._starts: dict[str, list[str]] | None = None
        # First letter -> {folded word of a term: the word as the term writes it}.
        self._words: dict[str, dict[str, str]] | None = None

    def match(self, text: str, langs: tuple[str, ...] = LANGUAGES) -> list[Match]:
        """The concepts whose terms (in `langs`) are in `text`, best coverage first; one
        match per concept and language."""
        cached = self._matches.get((text, langs))
        if cached is not None:
            return cached
        found = self._match(text, langs)
        if len(self._matches) > 2048:
            self._matches.clear()
        self._matches[(text, langs)] = found
        return found

    def _match(self, text: str, langs: tuple[str, ...]) -> list[Match]:
        best: dict[tuple[str, str], Match] = {}
        covered_by: dict[tuple[str, str], set[object]] = {}
        single: dict[tuple[str, str], int] = {}
        for lang in langs:
            terms = self._terms.get(lang)
            if not terms:
                continue
            a = analyse(lang, text)
            vocabulary = self._vocabulary[lang]
            a = _Analysed(tuple(vocabulary.related(f, s, self._typo)
                                for f, s in zip(a.folded, a.stems, strict=True)),
                          a.folded, a.joins, a.cjk)
            n_cjk = sum(1 for ch in a.cjk if ch != " " and ch not in _CJK_FUNCTION)
            total = len(a.stems) + n_cjk
            if total == 0:
                continue
            have = set(a.stems)
            filed = self._filed.get(lang, {})
            candidates: set[int] = set()
            for key in (*have, *a.joins, *a.cjk.replace(" ", "")):
                candidates.update(filed.get(key, ()))
            for i in sorted(candidates):
                stems, runs, concept, term = terms[i]
                if any(s not in a.joins for s in stems - have):
                    continue
                if runs and not all(r in a.cjk for r in runs):
                    continue
                # What of the query this term accounts for: word positions, and Chinese
                # characters (by position in the query's Chinese text).
                covered: set[object] = set()
                for s in stems:
                    if s in a.joins:
                        i, j = a.joins[s]
                        covered.update(range(min(i, j), max(i, j) + 1))
                    else:
                        covered.update(k for k, x in enumerate(a.stems) if x == s)
                covered.discard(-1)
                for r in runs:
                    at = a.cjk.find(r)
                    while at >= 0:
                        covered.update(("c", at + k) for k, ch in enumerate(r)
                                       if ch not in _CJK_FUNCTION)
                        at = a.cjk.find(r, at + 1)
                if not covered:
                    continue
                key = (concept.id, lang)
                # A concept's terms together: "smear campaign calling us traitors" is all
                # smear campaign, by two of its terms.
                union = covered_by.setdefault(key, set())
                union |= covered
                old = best.get(key)
                # The match names the term that accounts for the most on its own.
                alone = len(covered) > single.get(key, 0)
                if alone:
                    single[key] = len(covered)
                best[key] = Match(concept, lang, term if alone or old is None else old.term,
                                  min(1.0, len(union) / total))
        return sorted(best.values(), key=lambda m: (-m.coverage, m.concept.id, m.lang))

    def is_index_term(self, word: str) -> bool:
        """Whether `word` alone is a term of the subject index in some language ("пытки"):
        "did you mean" must not replace it with a look-alike of another meaning ("папки")."""
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = any(m.coverage == 1.0 for m in self.match(word))
            if len(self._known) > 4096:
                self._known.clear()
        return known


    def similar(self, text: str, lang: str, limit: int = 5) -> list[Concept]:
        """Up to `limit` concepts whose terms are nearest to `text`, a word or phrase that
        names none fully (the `index` verb's message): first those sharing some of its
        words (stemmed, as search compares them), most of it first; then those with a term,
        or a word of a term, a few edits from one of its words (folded, Damerau-Levenshtein,
        one edit in four letters: "terorism", "酷行"), nearest first. Among terms as many
        edits away (two-character Chinese terms are all one edit from each other), the one
        sharing the longest run of characters with it comes first, then a whole term before a
        word inside a longer one, then an entry's heading before a term it merely lists
        ("酷行": the heading 酷刑 Torture before 酷儿, a term of LGBTI defenders, and 游行, one of
        Protest; a heading is what an entry is for, so what a slip most likely aimed at),
        and only then the headings' order. The terms of `lang` are compared; those of every
        language only when none of `lang` is near."""
        from desktop.search.engine import distance

        typed = [fold(w) for w, _s, _e in words(text)]
        typed = [w for w in typed if is_cjk(w) or (len(w) >= 3 and not is_stopword(lang, w))]
        for langs in ((lang,), LANGUAGES):
            ranked: dict[str, tuple[_Rank, Concept]] = {}
            for m in self.match(text, langs):
                _keep(ranked, m.concept, (0, -m.coverage, 0, 0, 0, m.concept.heading(lang)))
            for code in langs:
                for _stems, _runs, concept, term in self._terms.get(code, ()):
                    parts = [fold(w) for w, _s, _e in words(term)]
                    whole = " ".join(parts)
                    # 0 for a term that is its entry's heading in its language.
                    minor = int(whole != " ".join(
                        fold(w) for w, _s, _e in words(concept.heading(code))))
                    pairs = [(" ".join(typed), whole, 0)] + [
                        (w, p, 1) for w in typed for p in parts
                        if is_cjk(p) or (len(p) >= 3 and not is_stopword(code, p))]
                    for a, b, inside in pairs:
                        most = max(1, len(a) // 4)
                        if a and abs(len(a) - len(b)) <= most:
                            d = distance(a, b, most)
                            if d <= most:
                                # A word inside a term is not the heading, whatever
                                # the term is.
                                _keep(ranked, concept, (1, float(d), -_common_run(a, b),
                                                        inside, minor or inside,
                                                        concept.heading(lang)))
            if ranked:
                return [c for _k, c in sorted(ranked.values(), key=lambda kc: kc[0])][:limit]
        return []

    def _typo(self, folded: str) -> bool:
        """Whether a folded word is one or two edits (as "did you mean" counts them) from a
        word of the index that is not itself: a typo, not a word made from one. Only the
        index words that start with the same four letters are compared: the word is asked
        about because it shares its first six or more with an index word, so a slip in
        those would not have brought it here (all words with its first letter cost ~3 ms)."""
        typo = self._typos.get(folded)
        if typo is None:  # asked once per language searched: worked out once
            from desktop.search.engine import distance

            if self._starts is None:
                self.near("", 0)  # builds self._words
                self._starts = {}
                for by_letter in (self._words or {}).values():
                    for f in by_letter:
                        self._starts.setdefault(f[:4], []).append(f)
            most = 1 if len(folded) <= 4 else 2
            typo = self._typos[folded] = any(
                0 < distance(folded, f, most) <= most
                for f in self._starts.get(folded[:4], ()) if abs(len(f) - len(folded)) <= most)
            if len(self._typos) > 4096:
                self._typos.clear()
        return typo

    def near(self, folded: str, maxdist: int) -> tuple[int, str] | None:
        """The word of the subject index (any language) nearest to a folded word that is in
        no text, as (edit distance, the word as the index writes it), within `maxdist`
        edits and sharing its first letter; None if there is none."""
        if self._words is None:
            self._words = {}
            for lang_terms in self._terms.values():
                for _stems, _runs, _concept, term in lang_terms:
                    for w, _s, _e in words(term):
                        if not is_cjk(w) and len(w) >= 3:
                            f = fold(w)
                            self._words.setdefault(f[:1], {}).setdefault(f, w.lower())
        from desktop.search.engine import distance

        best: tuple[int, str] | None = None
        for f, surface in self._words.get(folded[:1], {}).items():
            if abs(len(f) - len(folded)) > maxdist:
                continue
            d = distance(folded, f, maxdist)
            if d <= maxdist and (best is None or (d, surface) < best):
                best = (d, surface)
        return best


#: How near a concept is to a word `similar` was given (lower first): (0 for a match of its
#: words, else 1; -coverage or the edit distance; -the longest run of characters shared;
#: 1 for a word inside a longer term; 1 for a term that is not the heading; the heading).
_Rank = tuple[int, float, int, int, int, str]


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters `a` and `b` both hold (a few letters
    each: the plain dynamic programme)."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                row[j] = previous[j - 1] + 1
                best = max(best, row[j])
        previous = row
    return best


def _keep(ranked: dict[str, tuple[_Rank, Concept]], concept: Concept, key: _Rank) -> None:
    """Keep a concept's best (lowest) key."""
    if concept.id not in ranked or key < ranked[concept.id][0]:
        ranked[concept.id] = (key, concept)


# --- widening a search ----------------------------------------------------------------------

#: A passage the subject index maps a query to scores INDEX_WEIGHT x the query's coverage x
#: the best direct score (FLOOR when nothing matched directly), less for each passage
#: listed before it in the concept (RANK_DECAY); passages of several matched concepts add up.
INDEX_WEIGHT = 2.0
RANK_DECAY = 0.25
FLOOR = 10.0
#: How strongly coverage counts: coverage ** COVERAGE_POWER (below 1, a term naming half
#: of what was typed still counts for much: the rest is often "they", "my", "again").
COVERAGE_POWER = 1.0
#: A term of another language than the one searched (French words, English passages) is
#: weaker evidence than one in it.
OTHER_LANGUAGE = 0.5
#: A guidance section among the first GUIDANCE_SEEN hits passes SEE_WEIGHT of its score to
#: each passage its @see line links, in that line's order (RANK_DECAY).
GUIDANCE_SEEN = 5
SEE_WEIGHT = 0.9
#: Guidance explains, instruments are cited: a guidance section's own score is scaled by
#: GUIDANCE_WEIGHT so the passage to cite is not buried under the sections about it.
GUIDANCE_WEIGHT = 0.75


def plain_text(parsed: Parsed) -> str:
    """The words of a query of plain words (ranked, no phrase, operator, prefix or fuzzy),
    as one text; "" for any other query. Only such a query is widened: quotes and
    operators ask for exactly what was typed."""
    root = parsed.root
    if root is None:
        return ""
    items = (root,) if isinstance(root, Word) else root.items
    if isinstance(root, Group) and (root.op != "soft" or root.negated):
        return ""
    if not all(isinstance(n, Word) and n.kind in ("plain", "compound") for n in items):
        return ""
    return " ".join(n.text for n in items if isinstance(n, Word))


def _passages(library: Library, ref: str) -> list[str]:
    """The passage ids a reference names (a group such as art-9 names all of art-9)."""
    doc, _, pid = ref.partition(":")
    if doc not in library or not pid:
        return []
    version = library.document(doc).reference_version
    if version.has(pid):
        return [pid]
    return [p.id for p in version.select(pid)]


def _docnum(engine: Engine, library: Library, doc: str, pid: str, lang: str) -> int | None:
    """The passage in `lang`; in its document's own language when the document has no
    text at all in `lang` (the Covenant is in English only), as search and the reader do."""
    n = engine.docnum(doc, pid, lang)
    # (A text of that language left out as damaged is not "no text at all": it stays out.)
    if n is None and doc in library and never_included(library, doc, lang):
        n = engine.docnum(doc, pid, library.document(doc).reference_version.lang)
    return n


def widen(engine: Engine, library: Library, expander: Expander, parsed: Parsed,
          langs: list[str], scores: dict[int, float]) -> dict[int, tuple[str, str]]:
    """Add to `scores` (index document -> score) the passages the query reaches through the
    subject index and through the @see links of the guidance sections it matches, in the
    languages searched; return why each added passage that did not match directly was
    found: ("index", concept id) or ("guidance", "doc:passage")."""
    direct = set(scores)
    via: dict[int, tuple[str, str]] = {}
    text = plain_text(parsed)
    if not text:
        return via
    top = max(scores.values(), default=0.0) or FLOOR
    bonus: dict[int, float] = {}
    reason: dict[int, tuple[float, tuple[str, str]]] = {}
    for m in expander.match(text):
        # One language searched: the concept's passages in it, whatever the term's
        # language ("пытки" with --lang en); all searched: in the term's language.
        targets = langs if len(langs) == 1 else [m.lang] if m.lang in langs else []
        strength = m.coverage ** COVERAGE_POWER
        if len(langs) == 1 and m.lang != langs[0]:
            strength *= OTHER_LANGUAGE
        rank = 0
        for ref in m.concept.passages:
            doc = ref.partition(":")[0]
            for pid in _passages(library, ref):
                weight = top * INDEX_WEIGHT * strength / (1 + RANK_DECAY * rank)
                rank += 1
                for code in targets:
                    n = _docnum(engine, library, doc, pid, code)
                    if n is None:
                        continue
                    bonus[n] = bonus.get(n, 0.0) + weight
                    if n not in reason or weight > reason[n][0]:
                        reason[n] = (weight, ("index", m.concept.id))
    for n, b in bonus.items():
        scores[n] = scores.get(n, 0.0) + b
        if n not in direct:
            via[n] = reason[n][1]
    # Guidance: scaled down, and its links brought forward. A passage linked from several
    # sections, or also reached through the index, takes its best link, not their sum:
    # links say where to read on, they are not more evidence.
    guidance = engine.guidance_docs()
    for n in [n for n in scores if n in guidance]:
        scores[n] *= GUIDANCE_WEIGHT
    linked: dict[int, tuple[float, str]] = {}
    for n, g in engine.top({n: s for n, s in scores.items() if n in guidance}, GUIDANCE_SEEN):
        fields = engine.stored(n)
        document = library.document(fields["doc"]) if fields["doc"] in library else None
        version = document.versions.get(fields["lang"]) if document is not None else None
        passage = version.passage(fields["passage"]) if version is not None else None
        if passage is None:
            continue
        rank = 0
        for ref in passage.see:
            doc = ref.partition(":")[0]
            for pid in _passages(library, ref):
                target = engine.docnum(doc, pid, fields["lang"])
                weight = g * SEE_WEIGHT / (1 + RANK_DECAY * rank)
                rank += 1
                if target is not None and weight > linked.get(target, (0.0, ""))[0]:
                    linked[target] = (weight, f"{fields['doc']}:{fields['passage']}")
    for target, (weight, source) in linked.items():
        extra = weight - bonus.get(target, 0.0)
        if extra <= 0:
            continue
        scores[target] = scores.get(target, 0.0) + extra
        if target not in direct and target not in via:
            via[target] = ("guidance", source)
    return via
