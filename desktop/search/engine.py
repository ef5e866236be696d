"""Evaluates query plans (see `query.py`) over a whoosh index.

whoosh stores the index (terms, postings with positions, field lengths, stored fields) and
checks phrases; scoring is done here, with whoosh's BM25F formula, by adding up per-term
score tables. whoosh's own matcher trees cost ~10 µs per posting per tree level in pure
Python and a six-language query builds a deep tree, which put p95 far above the 5 ms
target; a flat dict per term, cached (people type the same words again and again while a
query grows), brings it well under. Coordination is explicit: a ranked OR ("soft") scales
a passage's score by the share of query parts it matches, so passages with all the words
come first.

Not thread-safe by itself: `Searcher` holds a lock around it.
"""

from __future__ import annotations

import bisect
import heapq
from collections import OrderedDict
from math import log
from typing import Any

from whoosh import query as wq

from desktop.search.query import Plan

Scores = dict[int, float]

#: BM25F parameters (whoosh's defaults).
B = 0.75
K1 = 1.2
#: How many term score tables to keep (each is a dict of matching passages).
CACHE_TERMS = 4096


class Engine:
    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.n = max(1, self.reader.doc_count_all())
        self._terms: OrderedDict[tuple[str, str], Scores] = OrderedDict()
        self._avg: dict[str, float] = {}
        self._vocab: dict[str, list[str]] = {}
        self._by_first: dict[str, dict[tuple[str, int], list[str]]] = {}
        self._fuzzy: dict[tuple[str, str, int], list[str]] = {}
        self._stored: dict[int, dict[str, Any]] = {}
        self._doc_sets: dict[str, frozenset[int]] = {}
        self._keys: dict[str, int] | None = None

    # --- term tables ----------------------------------------------------------------------

    def term(self, field: str, text: str) -> Scores:
        key = (field, text)
        table = self._terms.get(key)
        if table is not None:
            self._terms.move_to_end(key)
            return table
        table = {}
        reader = self.reader
        if (field, text) in reader:
            avg = self._avg.get(field)
            if avg is None:
                avg = self._avg[field] = self._average_length(field)
            df = reader.doc_frequency(field, text)
            idf = log(self.n / (df + 1)) + 1
            m = reader.postings(field, text)
            while m.is_active():
                doc = m.id()
                tf = m.weight()
                fl = reader.doc_field_length(doc, field, 1)
                table[doc] = idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avg))
                m.next()
        self._terms[key] = table
        if len(self._terms) > CACHE_TERMS:
            self._terms.popitem(last=False)
        return table

    def _average_length(self, field: str) -> float:
        """Mean length over the passages of the field's language (not over all passages:
        a French field is empty in every other language's passages)."""
        lang = field.split("_", 1)[1]
        count = sum(1 for _ in self.searcher.docs_for_query(wq.Term("lang", lang)))
        return max(1.0, self.reader.field_length(field) / max(1, count))

    def vocabulary(self, field: str) -> list[str]:
        """The sorted terms of a field (for prefix and fuzzy expansion, "did you mean")."""
        vocab = self._vocab.get(field)
        if vocab is None:
            vocab = self._vocab[field] = sorted(self.reader.field_terms(field))
        return vocab

    def expand_prefix(self, field: str, prefix: str) -> list[str]:
        vocab = self.vocabulary(field)
        i = bisect.bisect_left(vocab, prefix)
        out = []
        while i < len(vocab) and vocab[i].startswith(prefix):
            out.append(vocab[i])
            i += 1
        return out

    def expand_fuzzy(self, field: str, text: str, maxdist: int) -> list[str]:
        """Terms within `maxdist` Damerau-Levenshtein edits sharing the first character."""
        key = (field, text, maxdist)
        found = self._fuzzy.get(key)
        if found is not None:
            return found
        if not text:
            return []
        buckets = self._by_first.get(field)
        if buckets is None:
            buckets = {}
            for t in self.vocabulary(field):
                buckets.setdefault((t[0], len(t)), []).append(t)
            self._by_first[field] = buckets
        letters = set(text)
        n = len(text)
        found = []
        for length in range(max(1, n - maxdist), n + maxdist + 1):
            for t in buckets.get((text[0], length), ()):
                # Each edit brings at most one letter the typed word lacks: a cheap bound
                # that skips most candidates before the quadratic distance.
                foreign = 0
                for c in t:
                    if c not in letters:
                        foreign += 1
                        if foreign > maxdist:
                            break
                if foreign <= maxdist and distance(text, t, maxdist) <= maxdist:
                    found.append(t)
        if len(self._fuzzy) > CACHE_TERMS:
            self._fuzzy.clear()
        self._fuzzy[key] = found
        return found

    def doc_frequency(self, field: str, text: str) -> int:
        return int(self.reader.doc_frequency(field, text))

    def has_term(self, field: str, text: str) -> bool:
        return (field, text) in self.reader

    # --- evaluation ---------------------------------------------------------------------------

    def evaluate(self, plan: Plan) -> Scores:
        kind = plan[0]
        if kind == "term":
            table = self.term(plan[1], plan[2])
            boost = plan[3]
            return table if boost == 1.0 else {d: s * boost for d, s in table.items()}
        if kind == "prefix":
            return self._best([self.term(plan[1], t) for t in self.expand_prefix(plan[1], plan[2])])
        if kind == "fuzzy":
            terms = self.expand_fuzzy(plan[1], plan[2], plan[3])
            return self._best([self.term(plan[1], t) for t in terms])
        if kind == "phrase":
            return self._phrase(plan[1], plan[2])
        if kind == "sum":
            return _sum([self.evaluate(p) for p in plan[1]])
        if kind == "soft":
            parts = [self.evaluate(p) for p in plan[1]]
            total: Scores = {}
            count: dict[int, int] = {}
            for part in parts:
                for d, s in part.items():
                    total[d] = total.get(d, 0.0) + s
                    count[d] = count.get(d, 0) + 1
            k = len(parts)
            return {d: s * count[d] / k for d, s in total.items()}
        if kind == "or":
            return _sum([self.evaluate(p) for p in plan[1]])
        if kind == "and":
            parts = sorted((self.evaluate(p) for p in plan[1]), key=len)
            if not parts or not parts[0]:
                return {}
            keep = set(parts[0])
            for part in parts[1:]:
                keep.intersection_update(part)
            return {d: sum(p[d] for p in parts) for d in keep}
        if kind == "not":
            pos = self.evaluate(plan[1])
            drop: set[int] = set()
            for p in plan[2]:
                drop.update(self.evaluate(p))
            return {d: s for d, s in pos.items() if d not in drop} if drop else pos
        raise ValueError(f"unknown plan {kind!r}")

    @staticmethod
    def _best(tables: list[Scores]) -> Scores:
        if len(tables) == 1:
            return tables[0]
        out: Scores = {}
        for table in tables:
            for d, s in table.items():
                if s > out.get(d, 0.0):
                    out[d] = s
        return out

    def _phrase(self, field: str, terms: tuple[str, ...]) -> Scores:
        tables = [self.term(field, t) for t in dict.fromkeys(terms)]
        if any(not t for t in tables):
            return {}
        smallest: Scores = min(tables, key=len)
        candidates = set(smallest)
        for t in tables:
            candidates.intersection_update(t)
        if not candidates:
            return {}
        docs = set(self.searcher.docs_for_query(wq.Phrase(field, list(terms))))
        # A phrase is a strong signal: its words add up, doubled.
        return {d: 2.0 * sum(t[d] for t in tables) for d in candidates & docs}

    def docs_of(self, doc_id: str) -> frozenset[int]:
        found = self._doc_sets.get(doc_id)
        if found is None:
            found = frozenset(self.searcher.docs_for_query(wq.Term("doc", doc_id)))
            self._doc_sets[doc_id] = found
        return found

    def top(self, scores: Scores, limit: int, only: frozenset[int] | None = None) -> list[
        tuple[int, float]
    ]:
        items = scores.items() if only is None else ((d, s) for d, s in scores.items() if d in only)
        # Equal scores keep the library's order (documents, then passages).
        best = heapq.nsmallest(limit, items, key=lambda ds: (-ds[1], ds[0]))
        return best

    def guidance_docs(self) -> frozenset[int]:
        """The index documents of the project's guidance (status project-guidance)."""
        found = self._doc_sets.get(" guidance")
        if found is None:
            found = frozenset(self.searcher.docs_for_query(wq.Term("status", "project-guidance")))
            self._doc_sets[" guidance"] = found
        return found

    def docnum(self, doc: str, passage: str, lang: str) -> int | None:
        """The index document of one passage in one language (None if not indexed)."""
        if self._keys is None:
            self._keys = {f["key"]: n for n, f in self.reader.iter_docs()}
        return self._keys.get(f"{doc}:{passage}:{lang}")

    def stored(self, docnum: int) -> dict[str, Any]:
        fields = self._stored.get(docnum)
        if fields is None:
            fields = self._stored[docnum] = self.reader.stored_fields(docnum)
        return fields


def _sum(tables: list[Scores]) -> Scores:
    tables = [t for t in tables if t]
    if not tables:
        return {}
    if len(tables) == 1:
        return tables[0]
    tables.sort(key=len, reverse=True)
    out = dict(tables[0])
    for table in tables[1:]:
        for d, s in table.items():
            out[d] = out.get(d, 0.0) + s
    return out


def distance(a: str, b: str, limit: int = 99) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, giving up above `limit`."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
