"""The search service: queries in, passage hits with snippets and citations out."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.citations import citation
from desktop.contentfile import ContentError
from desktop.languages import check_language
from desktop.library import Library, Passage, Version
from desktop.missing_language import never_included, notice
from desktop.search.analysis import fold, is_cjk, latin_words, raw_field, words
from desktop.search.engine import Engine, distance
from desktop.search.expansion import Expander, widen
from desktop.search.highlight import highlight
from desktop.search.index import (
    Progress,
    build_in_memory,
    build_index,
    check_index,
    content_digest,
    open_read_only,
)
from desktop.search.query import (
    DEFAULT_CJK_MODE,
    PROBLEMS,
    Marks,
    Parsed,
    compile_for,
    parse,
    query_words,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Hit:
    doc: str
    passage: str
    lang: str
    score: float
    snippet: str  # plain text; matched words between U+E000 and U+E001 (see highlight.py)
    citation: str
    terms: frozenset[str]  # matched words as written in the passage, for highlighting
    status: str = ""  # official | unofficial-translation | project-guidance
    #: Why a passage that does not itself hold the query's words was found: ("index",
    #: concept id) through the subject index, ("guidance", "doc:passage") through a guidance
    #: section's links; None for a direct match.
    via: tuple[str, str] | None = None
    # Searched in one language that the hit's document has no text in (the Covenant in
    # French): its English text is found, and this says so in the language searched.
    notice: str = ""


@dataclass(frozen=True)
class SearchResults:
    query: str
    hits: list[Hit]
    suggestion: str | None  # "did you mean", only when nothing matched
    ms: float  # time spent in search(), milliseconds
    degraded: bool = False  # the query's syntax was malformed; plain words were searched
    #: What happened to the query when it could not be searched as typed: "" or a key of
    #: `query.PROBLEMS` ("malformed", "lone-not", "too-long"); `message` says it.
    problem: str = ""

    @property
    def message(self) -> str:
        """One English sentence saying what `problem` means ("" when there is none)."""
        return PROBLEMS.get(self.problem, "")


class Searcher:
    """Searches one opened index. One lock serialises whoosh use: a GUI worker thread can
    search while other threads do other things; use one Searcher per process."""

    def __init__(
        self,
        library: Library,
        ix: Any,
        source: str = "",
        index_dir: Path | None = None,
        cjk_mode: str = DEFAULT_CJK_MODE,
        expand: bool = True,
    ) -> None:
        self.library = library
        #: Whether queries are widened through the subject index and guidance links
        #: (bench/search.py switches it off to measure search as it was without them).
        self.expand = expand
        self._expander: Expander | None = None
        self.source = source  # "shipped", "cache" or "memory"
        self.index_dir = index_dir
        self.cjk_mode = cjk_mode
        self._ix = ix
        self._searcher = ix.searcher()
        self._engine = Engine(self._searcher)
        self._lock = threading.Lock()
        self._langs = library.languages()
        self._surface: dict[str, dict[str, str]] = {}
        # Words of passages already shown, folded and stemmed: the highlighter's input.
        # Bounded by the content (a few MB at most), so kept for the session.
        self._tokens: dict[tuple[str, str, str], list[tuple[str, str, int, int]]] = {}

    def close(self) -> None:
        with self._lock:
            self._searcher.close()
            self._ix.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def languages(self) -> list[str]:
        return list(self._langs)

    def search(
        self, query: str, lang: str | None = None, doc: str | None = None, limit: int = 20
    ) -> SearchResults:
        """Ranked passages for `query`; never raises on the query text.

        `lang` and `doc` restrict the search (an unknown language or document raises a
        UserError: those come from menus or the command line, not from typing).
        """
        t0 = time.perf_counter()
        langs = self._langs if lang is None else [check_language(lang)]
        if doc is not None:
            self.library.document(doc)  # raises UnknownDocument
        parsed = parse(query)
        with self._lock:
            try:
                hits = self._run(parsed, langs, doc, limit)
            except Exception:
                # A query whoosh cannot run is a bug to fix, but the person still gets
                # results: plain words, and if even that fails, none.
                log.exception("search failed for %r; retrying as plain words", query)
                try:
                    hits = self._run(Parsed(parsed.text, parse_plain(parsed.text), True),
                                     langs, doc, limit)
                except Exception:
                    log.exception("plain-word search failed for %r", query)
                    hits = []
            suggestion = None
            if not hits:
                try:
                    suggestion = self._suggest(parsed, langs)
                except Exception:
                    log.exception("suggestion failed for %r", query)
        ms = (time.perf_counter() - t0) * 1000.0
        return SearchResults(query, hits, suggestion, ms, parsed.degraded, parsed.problem)

    def _run(self, parsed: Parsed, langs: list[str], doc: str | None, limit: int) -> list[Hit]:
        if parsed.root is None or limit <= 0:
            return []
        engine = self._engine
        marks: dict[str, Marks] = {}
        scores: dict[int, float] = {}
        for code in langs:
            plan, m = compile_for(parsed, code, self.cjk_mode)
            if plan is None:
                continue
            marks[code] = m
            # Each language has its own fields, so their passages never overlap.
            scores.update(engine.evaluate(plan))
        asked = langs[0] if len(langs) == 1 else ""
        missing = self._missing_in(asked, doc) if asked else {}
        if asked:
            # A document with no text at all in the one language searched is searched in
            # its own (the Covenant in English), as the reader shows it.
            for code, docs in missing.items():
                plan, m = compile_for(parsed, code, self.cjk_mode)
                if plan is None:
                    continue
                marks.setdefault(code, m)
                allowed = frozenset().union(*(engine.docs_of(d) for d in docs))
                scores.update({n: v for n, v in engine.evaluate(plan).items() if n in allowed})
        via: dict[int, tuple[str, str]] = {}
        if self.expand:
            via = self._widen(parsed, langs, scores)
        only = engine.docs_of(doc) if doc is not None else None
        found: list[tuple[float, dict[str, Any], Version, Passage]] = []
        want = limit
        while True:
            ranked = engine.top(scores, want, only)
            found = []
            numbers: list[int] = []
            for docnum, score in ranked:
                fields = engine.stored(docnum)
                present = self._present(fields["doc"], fields["lang"], fields["passage"])
                if present is not None:
                    found.append((score, fields, *present))
                    numbers.append(docnum)
            # Hits skipped as missing leave room for the next ones, up to `limit`.
            if len(found) >= limit or len(ranked) < want:
                break
            want += limit
        fuzzy: dict[str, set[str]] = {}
        hits: list[Hit] = []
        for (score, fields, version, passage), docnum in zip(found[:limit], numbers, strict=False):
            d, pid, code = fields["doc"], fields["passage"], fields["lang"]
            if code not in marks:  # reached only through the index or a link
                marks[code] = compile_for(parsed, code, self.cjk_mode)[1]
            if code not in fuzzy:
                fuzzy[code] = {
                    t
                    for text, dist in marks[code].fuzzy
                    for t in engine.expand_fuzzy(raw_field(code), text, dist)
                }
            key = (d, pid, code)
            tokens = self._tokens.get(key)
            if tokens is None:
                tokens = self._tokens[key] = latin_words(code, passage.text, stems=False)
            hl = highlight(passage.text, code, marks[code], fuzzy[code], tokens)
            hits.append(
                Hit(d, pid, code, round(score, 4), hl.snippet, citation(version, pid), hl.terms,
                    fields.get("status", ""), via.get(docnum),
                    notice(asked, code) if d in missing.get(code, ()) else "")
            )
        return hits

    def _missing_in(self, lang: str, only: str | None) -> dict[str, list[str]]:
        """Reference language -> the documents (all, or `only`) with no text in `lang`."""
        out: dict[str, list[str]] = {}
        for document in self.library:
            if (only is None or document.id == only) and never_included(
                    self.library, document.id, lang):
                out.setdefault(document.reference_version.lang, []).append(document.id)
        return out

    # --- the subject index and guidance links ---------------------------------------------

    @property
    def expander(self) -> Expander:
        """The subject index of the library's content, read on first use; a damaged file
        of it is left out (the content validation names it), never fatal here."""
        if self._expander is None:
            from desktop import subject_index

            try:
                index = subject_index.load(self.library.root)
            except Exception:
                log.exception("the subject index cannot be read; searching without it")
                index = subject_index.SubjectIndex([], [])
            self._expander = Expander(index)
        return self._expander

    def _widen(self, parsed: Parsed, langs: list[str], scores: dict[int, float]) -> dict[
        int, tuple[str, str]
    ]:
        """Add to `scores` the passages the query reaches through the subject index and
        through the links of matching guidance sections; returns why each passage that
        holds none of the query's words was found."""
        return widen(self._engine, self.library, self.expander, parsed, langs, scores)

    def _present(self, doc: str, lang: str, pid: str) -> tuple[Version, Passage] | None:
        """The version and passage an index hit points at, or None when the library no
        longer has them: a file found damaged after the index was made is left out of the
        library (Library.problems), and one missing hit must not cost the whole search."""
        document = self.library.document(doc) if doc in self.library else None
        version = document.versions.get(lang) if document is not None else None
        if version is None:
            return None
        try:
            # None: the index does not match the content (open_searcher checks for that).
            passage = version.passage(pid)
        except ContentError:  # a body not parsed yet and damaged: left out like the rest
            return None
        return None if passage is None else (version, passage)

    # --- did you mean ---------------------------------------------------------------------

    def _suggest(self, parsed: Parsed, langs: list[str]) -> str | None:
        engine = self._engine
        changed = False
        text = parsed.text
        expander = self.expander
        for w in dict.fromkeys(query_words(parsed)):
            if is_cjk(w):
                continue
            r = fold(w)
            if len(r) < 3 or any(engine.has_term(raw_field(code), r) for code in langs):
                continue
            # A word of the subject index ("пытки") is a word people use, not a typo:
            # a look-alike from the texts ("папки") would change what was asked.
            if expander.is_index_term(w):
                continue
            best: tuple[int, int, str, str] | None = None
            maxdist = 1 if len(r) <= 4 else 2
            for code in langs:
                field = raw_field(code)
                for cand in engine.expand_fuzzy(field, r, maxdist):
                    key = (distance(r, cand), -engine.doc_frequency(field, cand), code, cand)
                    if best is None or key < best:
                        best = key
            # A word of the subject index as near as a word of the texts comes first: it
            # is what people mean ("tortrue" -> "torture", not a look-alike of the texts).
            near = expander.near(r, maxdist)
            if near and (best is None or near[0] <= best[0]):
                text = text.replace(w, near[1], 1)
                changed = True
                continue
            if best is None:
                continue
            surface = self._surface_form(best[2], best[3])
            text = text.replace(w, surface, 1)
            changed = True
        return text if changed else None

    def _surface_form(self, lang: str, folded: str) -> str:
        """The commonest way the folded word is written in that language's texts."""
        table = self._surface.get(lang)
        if table is None:
            counts: Counter[tuple[str, str]] = Counter()
            for p in self.library.passages(lang):
                for surface, _s, _e in words(p.text):
                    if not is_cjk(surface):
                        counts[(fold(surface), surface)] += 1
            table = {}
            for (f, surface), _n in counts.most_common():
                table.setdefault(f, surface if not surface[:1].isupper() else surface.lower())
            self._surface[lang] = table
        return table.get(folded, folded)


def parse_plain(text: str) -> Any:
    from desktop.search.query import plain_words

    return plain_words(text)


# --- opening --------------------------------------------------------------------------------


def open_searcher(
    library: Library, progress: Progress | None = None, cjk_mode: str = DEFAULT_CJK_MODE
) -> Searcher:
    """A Searcher over an index that matches `library`, building one if needed.

    Order: the shipped read-only index (`paths.shipped_index_dir()`) if it matches the
    content; else an index in the user cache (`paths.user_paths().index_cache`) if it
    matches; else a new one built there, calling `progress(done, total)`; else, when nothing
    can be written, one built in memory. A damaged index is never used and never fatal.
    Building takes seconds: call this from a worker thread in the GUI.
    """
    from desktop import paths

    digest = content_digest(library)
    shipped = paths.shipped_index_dir()
    if shipped.is_dir():
        found = _try_open(shipped, library, digest, "shipped", cjk_mode)
        if found is not None:
            return found
    cache_root = paths.user_paths().index_cache
    from desktop.search.analysis import ANALYSIS_VERSION

    target = cache_root / f"{digest[:16]}-a{ANALYSIS_VERSION}"
    if target.is_dir():
        found = _try_open(target, library, digest, "cache", cjk_mode)
        if found is not None:
            return found
    if paths.ensure_dir(cache_root):
        try:
            build_index(library, target, progress)
            _remove_stale(cache_root, keep=target.name)
            found = _try_open(target, library, digest, "cache", cjk_mode)
            if found is not None:
                return found
        except OSError:
            log.exception("cannot build the search index in %s; building it in memory", target)
    return Searcher(library, build_in_memory(library, progress), "memory", None, cjk_mode)


def _try_open(
    index_dir: Path, library: Library, digest: str, source: str, cjk_mode: str
) -> Searcher | None:
    problems = check_index(index_dir, library, digest)
    if problems:
        log.info("not using the index in %s: %s", index_dir, "; ".join(problems))
        return None
    try:
        searcher = Searcher(library, open_read_only(index_dir), source, index_dir, cjk_mode)
        searcher.search("test")  # touches every file a search needs
        return searcher
    except Exception:
        log.exception("the index in %s cannot be opened", index_dir)
        return None


def _remove_stale(cache_root: Path, keep: str) -> None:
    """Old indexes of other content versions; best effort (another instance may use one)."""
    for child in cache_root.iterdir():
        if child.name != keep and child.is_dir() and not child.name.startswith("."):
            shutil.rmtree(child, ignore_errors=True)
