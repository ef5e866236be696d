"""`rights-at-hand search QUERY [--lang L] [--doc D] [--limit N] [--json]`, and `--batch FILE`.

`--json` prints `{"query", "hits": [{"doc", "passage", "lang", "score", "snippet", "citation",
"via"}], "ms"}` (snippet without highlight marks; `ms` measured in this process around the
search itself; `via` only on a hit that does not hold the query's words itself: `{"index":
"<concept>"}` when the project's subject index led to it, `{"guidance": "<doc:passage>"}` when
a matching guidance section links it; `notice` only on a hit in a document that has no text in
the language searched, found in its English text, saying so). With `--batch FILE` (`-` for
stdin) every line of the file is one query and gives one output (one JSON line with `--json`),
in order, even when the line is empty or malformed: those degrade to plain words or give no
hits, and the exit code stays 0 (lines end at "\n" only; a file that is not UTF-8 text is
refused with exit code 2). A single QUERY that cannot be searched as typed says what happened
on stderr, in the searcher's words (`SearchResults.message`), and its results are printed as
usual: a malformed query (searched as plain words) and a lone NOT ("NOT assemble": nothing
searched) are bad input in the sense of DESIGN.md and exit 2; an over-long query is searched by
its beginning and exits 0.

Every line a person reads (why a hit was found, "no passage matches", the count, what happened
to a query, bad input) is in the language of `--lang` (`desktop.verbs.lines`), in English
without it; JSON field names are the contract's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import EXIT_USAGE, UsageError
from desktop.languages import check_language
from desktop.library import UnknownDocument
from desktop.search import Hit, Searcher, SearchResults, open_searcher, split_marks, strip_marks
from desktop.search.query import MAX_CHARS, MAX_TERMS
from desktop.subject_index import SubjectIndex
from desktop.verbs import json_line, reading_library, say, write
from desktop.verbs.lines import line

#: `SearchResults.problem`s that make a single QUERY bad input: its syntax is malformed
#: (searched as plain words), or it is a lone NOT (nothing searched). "too-long" is not:
#: the beginning of the query is searched, as it was asked.
BAD_INPUT = frozenset({"malformed", "lone-not"})


def result_object(results: SearchResults) -> dict[str, Any]:
    """The DESIGN.md JSON object for one query."""
    return {
        "query": _printable(results.query),
        "hits": [_hit_object(h) for h in results.hits],
        "ms": round(results.ms, 3),
    }


def _hit_object(h: Hit) -> dict[str, Any]:
    out: dict[str, Any] = {
        "doc": h.doc,
        "passage": h.passage,
        "lang": h.lang,
        "score": round(h.score, 4),
        "snippet": strip_marks(h.snippet),
        "citation": h.citation,
    }
    if h.via is not None:
        out["via"] = {h.via[0]: h.via[1]}
    if h.notice:
        out["notice"] = h.notice
    return out


def via_line(h: Hit, index: SubjectIndex | None = None, lang: str | None = None) -> str:
    """Why a hit without the query's words was found, in `lang` (English when None); the
    subject index entry is named in the hit's language."""
    if h.via is None:
        return ""
    kind, source = h.via
    if kind == "index":
        concept = index.by_id.get(source) if index is not None else None
        name = f"{concept.heading(h.lang)} [{source}]" if concept is not None else source
        return line(lang, "search_via_index", entry=name)
    return line(lang, "search_via_guidance", section=source)


def problem_line(results: SearchResults, lang: str | None) -> str:
    """What happened to a query that could not be searched as typed (`results.problem`),
    in `lang`: the searcher's sentence (`SearchResults.message`) in English."""
    return line(lang, "search_" + results.problem.replace("-", "_"),
                words=MAX_TERMS, chars=MAX_CHARS)


def _printable(text: str) -> str:
    # Undecodable bytes on the command line arrive as lone surrogates, which cannot be
    # written as UTF-8; show them as U+FFFD instead of failing.
    return text.encode("utf-8", "replace").decode("utf-8")


def _human(results: SearchResults, bold: bool, index: SubjectIndex | None = None,
           lang: str | None = None) -> str:
    lines: list[str] = []
    for n, hit in enumerate(results.hits, 1):
        text = "".join(
            (f"\x1b[1m{part}\x1b[0m" if bold else f"*{part}*") if matched else part
            for part, matched in split_marks(hit.snippet)
        )
        lines.append(f"{n}. {hit.citation}  [{hit.lang} {hit.doc}:{hit.passage}]")
        lines.append(f"   {text}")
        if hit.via is not None:
            lines.append(f"   ({via_line(hit, index, lang)})")
        if hit.notice:
            lines.append(f"   [{hit.notice}]")
    if not results.hits:
        lines.append(line(lang, "search_none", query=repr(_printable(results.query))))
        if results.suggestion:
            lines.append(line(lang, "search_suggest", suggestion=_printable(results.suggestion)))
    else:
        lines.append(line(lang, "search_hits", n=len(results.hits), ms=f"{results.ms:.1f}"))
    return "\n".join(lines) + "\n"


def _read_batch(name: str, lang: str | None = None) -> list[str]:
    """The queries of a batch file: one per line, split on "\\n" only.

    `str.splitlines` would also split on U+2028, U+0085, \\v, \\f and \\x1c-\\x1e, so
    a line holding one of them would give two answers and every later answer would be
    against the wrong line. A trailing "\\r" (a file saved on Windows) and a UTF-8 byte
    order mark (Notepad) are not part of a query. A file that is not UTF-8 text (a PDF,
    a Word file, another encoding, anything with NUL bytes) is refused: searching its
    bytes as queries would print pages of nonsense and exit 0.
    """
    label = line(lang, "batch_stdin") if name == "-" else line(lang, "batch_file", name=name)
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(line(lang, "batch_unreadable", file=label,
                              reason=exc.strerror or exc)) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\0" in data:
        raise UsageError(line(lang, "batch_binary", file=label))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        number = data.count(b"\n", 0, exc.start) + 1
        raise UsageError(line(lang, "batch_not_utf8", file=label, line=number)) from None
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _progress_printer(lang: str | None = None) -> Any:
    if sys.stderr is None or not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write("\r" + line(lang, "search_building", done=done, total=total) + end)
        sys.stderr.flush()

    return progress


def run(args: argparse.Namespace) -> int:
    # The language first: every line after this one is said in it.
    lang = check_language(args.lang) if args.lang else None
    if args.batch is not None and args.query is not None:
        raise UsageError(line(lang, "search_both"))
    if args.batch is None and (args.query is None or not args.query.strip()):
        raise UsageError(line(lang, "search_nothing"))
    if args.limit < 1:
        raise UsageError(line(lang, "search_limit", n=args.limit))
    # Bad input first, before the library is read and checked.
    queries = _read_batch(args.batch, lang) if args.batch is not None else [args.query]
    library = reading_library(lang)
    if args.doc and args.doc not in library:  # a clear error before any work
        raise UnknownDocument(line(lang, "unknown_document", doc=repr(args.doc),
                                   documents=", ".join(library.document_ids)))
    searcher: Searcher = open_searcher(library, progress=_progress_printer(lang))
    bold = not args.json and sys.stdout is not None and sys.stdout.isatty()
    bad_input = False
    try:
        for number, query in enumerate(queries, start=1):
            results = searcher.search(query, lang=lang, doc=args.doc, limit=args.limit)
            if results.problem and args.batch is not None:
                # In a batch every line keeps its one answer on stdout, in order, and the
                # exit code stays 0; what happened to a line is said on stderr, by number.
                say(line(lang, "search_line", n=number, message=problem_line(results, lang)))
            elif results.problem:
                # The searcher's sentence for what happened ("malformed", "lone-not",
                # "too-long"). A malformed query and a lone NOT are bad input (DESIGN.md:
                # message on stderr, non-zero exit), their results still printed below; an
                # over-long query is searched by its beginning, which is said, and is fine.
                bad_input = bad_input or results.problem in BAD_INPUT
                say(problem_line(results, lang))
            if args.json:
                write(json_line(result_object(results)))
            else:
                if args.batch is not None:
                    write(f"== {_printable(query)}\n")
                write(_human(results, bold, searcher.expander.index, lang))
    finally:
        searcher.close()
    # The exit code of all bad input (an unknown reference or language too).
    return EXIT_USAGE if bad_input else 0
