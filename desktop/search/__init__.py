"""Full-text search over the bundled texts in the six UN languages (Qt-free).

    from desktop.search import open_searcher
    searcher = open_searcher(library, progress=lambda done, total: ...)
    results = searcher.search("se réunir pacifiquement", lang="fr", limit=20)
    for hit in results.hits:
        hit.doc, hit.passage, hit.lang, hit.score, hit.citation
        split_marks(hit.snippet)   # [(text, matched), ...]; or strip_marks(hit.snippet)
        hit.terms                  # matched words as written, to highlight in the reader
        hit.via                    # None, ("index", concept) or ("guidance", "doc:section")
    results.suggestion             # "did you mean", when nothing matched

Snippets mark matched words with U+E000 ... U+E001 (`MARK_START`, `MARK_END`).
`python -m desktop.search.build [OUTDIR]` builds the shipped index (default
`paths.shipped_index_dir()`); `check_index(index_dir, library)` lists what is wrong with one.
Modules: `analysis` (per-language terms), `query` (syntax, compiling), `highlight`
(snippets), `index` (build, check), `expansion` (everyday words through the subject index,
guidance links), `searcher` (the service, opening).
"""

from desktop.search.highlight import MARK_END, MARK_START, split_marks, strip_marks
from desktop.search.index import build_index, check_index, content_digest
from desktop.search.searcher import Hit, Searcher, SearchResults, open_searcher

__all__ = [
    "MARK_END",
    "MARK_START",
    "Hit",
    "SearchResults",
    "Searcher",
    "build_index",
    "check_index",
    "content_digest",
    "open_searcher",
    "split_marks",
    "strip_marks",
]
