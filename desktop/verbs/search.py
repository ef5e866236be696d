"""`rights-at-hand search QUERY [--lang L] [--doc D] [--limit N] [--json]`, and `--batch FILE`.

`--json` prints `{"query", "hits": [{"doc", "passage", "lang", "score", "snippet",
"citation"}], "ms"}` (snippet without highlight marks; `ms` measured in this process around
the search itself). With `--batch FILE` (`-` for stdin) every line of the file is one query
and gives one output (one JSON line with `--json`), in order, even when the line is empty or
malformed: those degrade to plain words or give no hits, and the exit code stays 0. A single
malformed QUERY also degrades to plain words and prints its hits, but, being bad input in the
sense of DESIGN.md, says so on stderr and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli import UsageError
from desktop.languages import check_language
from desktop.search import Searcher, SearchResults, open_searcher, split_marks, strip_marks
from desktop.verbs import reading_library


def result_object(results: SearchResults) -> dict[str, Any]:
    """The DESIGN.md JSON object for one query."""
    return {
        "query": _printable(results.query),
        "hits": [
            {
                "doc": h.doc,
                "passage": h.passage,
                "lang": h.lang,
                "score": round(h.score, 4),
                "snippet": strip_marks(h.snippet),
                "citation": h.citation,
            }
            for h in results.hits
        ],
        "ms": round(results.ms, 3),
    }


def _printable(text: str) -> str:
    # Undecodable bytes on the command line arrive as lone surrogates, which cannot be
    # written as UTF-8; show them as U+FFFD instead of failing.
    return text.encode("utf-8", "replace").decode("utf-8")


def _write(text: str) -> None:
    out = sys.stdout
    if out is None:  # a frozen windowed build has no console
        return
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        # UTF-8 whatever the console's code page: JSON consumers expect it, and a cp1252
        # console would otherwise fail on the first Arabic or Chinese hit.
        out.flush()
        buffer.write(text.encode("utf-8", "replace"))
        buffer.flush()
    else:
        out.write(text)


def _human(results: SearchResults, bold: bool) -> str:
    lines: list[str] = []
    for n, hit in enumerate(results.hits, 1):
        text = "".join(
            (f"\x1b[1m{part}\x1b[0m" if bold else f"*{part}*") if matched else part
            for part, matched in split_marks(hit.snippet)
        )
        lines.append(f"{n}. {hit.citation}  [{hit.lang} {hit.doc}:{hit.passage}]")
        lines.append(f"   {text}")
    if not results.hits:
        lines.append(f"no passage matches {_printable(results.query)!r}")
        if results.suggestion:
            lines.append(f"did you mean: {_printable(results.suggestion)}")
    else:
        lines.append(f"{len(results.hits)} hit(s) in {results.ms:.1f} ms")
    return "\n".join(lines) + "\n"


def _read_batch(name: str) -> list[str]:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read the batch file {name}: {exc.strerror or exc}") from None
    return data.decode("utf-8", "replace").splitlines()


def _progress_printer() -> Any:
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write(f"\rbuilding the search index: {done}/{total}{end}")
        sys.stderr.flush()

    return progress


def run(args: argparse.Namespace) -> int:
    if args.batch is not None and args.query is not None:
        raise UsageError("give either a QUERY or --batch FILE, not both")
    if args.batch is None and (args.query is None or not args.query.strip()):
        raise UsageError("nothing to search for: give a QUERY (or --batch FILE)")
    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1, not {args.limit}")
    library = reading_library()
    lang = check_language(args.lang) if args.lang else None
    if args.doc:
        library.document(args.doc)  # unknown document: a clear error before any work
    queries = _read_batch(args.batch) if args.batch is not None else [args.query]
    searcher: Searcher = open_searcher(library, progress=_progress_printer())
    bold = not args.json and sys.stdout is not None and sys.stdout.isatty()
    malformed = False
    try:
        for query in queries:
            results = searcher.search(query, lang=lang, doc=args.doc, limit=args.limit)
            if results.degraded and args.batch is None and sys.stderr is not None:
                # DESIGN.md: a malformed query is bad input (message on stderr, non-zero
                # exit). The plain-words results are still printed, as the search degrades.
                malformed = True
                print("rights-at-hand: the query's syntax is malformed (unbalanced quote or "
                      "bracket, or a dangling AND/OR/NOT); searched as plain words",
                      file=sys.stderr)
            if args.json:
                _write(json.dumps(result_object(results), ensure_ascii=False) + "\n")
            else:
                if args.batch is not None:
                    _write(f"== {_printable(query)}\n")
                _write(_human(results, bold))
    finally:
        searcher.close()
    return 2 if malformed else 0
