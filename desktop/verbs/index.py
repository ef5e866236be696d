"""`rights-at-hand index [TERM] [--lang L] [--json]`: the subject index, A-Z, or one entry.

The subject index (content/subject-index/) is the project's own work, not UN text; both
outputs say so. Without TERM: every entry's heading in language L (default en), in the order
of an index at the back of a book in that language, under its letter (`--json`: one object
`{"lang", "source", "entries": [{"id", "heading", "group", "terms"}]}`). With TERM: the
entries having it among their terms (in L, else in any language; a word people type, such
as "arrested", finds its entry too), each with its passages in L (`--json`: one object per
entry and line, `{"id", "heading", "lang", "source", "terms", "passages": [{"doc",
"passage", "lang", "status", "citation", "text"}]}`; a document with no text in L, the
Covenant, gives its English). A TERM the index does not have is bad input: one line on
stderr naming the nearest entries (`Expander.similar`: sharing its words, or a few edits
away), exit 2. Every line a person reads, `source` included, is in language L
(`desktop.verbs.lines`); the JSON field names are the contract's.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop import subject_index
from desktop.citations import citation
from desktop.cli import EXIT_USAGE
from desktop.languages import check_language
from desktop.library import Library
from desktop.subject_index import Concept, SubjectIndex
from desktop.verbs import json_line, reading_library, say, write
from desktop.verbs.lines import line


def source(lang: str) -> str:
    """Whose work the subject index is, in `lang`."""
    return line(lang, "index_source")


def find(index: SubjectIndex, term: str, lang: str) -> list[Concept]:
    """Entries for `term`: its exact terms in `lang`, else in any language, else the
    entries whose terms the words of `term` fully name ("arrested" -> Arrest)."""
    found = index.find(term, lang) or index.find(term)
    if found:
        return found
    from desktop.search.expansion import Expander

    matches = [m for m in Expander(index).match(term) if m.coverage == 1.0]
    return list({m.concept.id: m.concept for m in matches}.values())


def passages(library: Library, concept: Concept, lang: str) -> list[dict[str, str]]:
    """The passages an entry points at, in `lang` (or the document's English)."""
    from desktop.missing_language import version_for

    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for ref in concept.passages:
        doc, _, pid = ref.partition(":")
        if doc not in library:
            continue
        try:
            version, _notice = version_for(library, doc, lang)
        except Exception:  # a document left out as unreadable: the others still print
            continue
        chosen = [version.passage(pid)] if version.has(pid) else version.select(pid)
        for p in chosen:
            if p is None or (doc, p.id) in seen:
                continue
            seen.add((doc, p.id))
            out.append({"doc": doc, "passage": p.id, "lang": version.lang,
                        "status": version.status, "citation": citation(version, p.id),
                        "text": p.text})
    return out


def entry_object(library: Library, concept: Concept, lang: str) -> dict[str, Any]:
    return {"id": concept.id, "heading": concept.heading(lang), "lang": lang,
            "source": source(lang),
            "terms": concept.terms.get(lang, []), "passages": passages(library, concept, lang)}


def nearest(index: SubjectIndex, term: str, lang: str) -> list[str]:
    """The headings, in `lang`, of up to five entries nearest to a `term` the index does not
    have (sharing some of its words, or a few edits away: "terorism" -> Counter-terrorism),
    for the message that says it is not there."""
    from desktop.search.expansion import Expander

    return [c.heading(lang) for c in Expander(index).similar(term, lang)]


def run(args: argparse.Namespace) -> int:
    lang = check_language(args.lang) if args.lang else "en"
    library = reading_library(lang)
    index = subject_index.load(library.root)
    for problem in index.problems:
        say(line(lang, "index_warning", problem=problem))
    if args.term is None:
        entries = index.entries(lang)
        if args.json:
            write(json_line({"lang": lang, "source": source(lang), "entries": [
                {"id": c.id, "heading": h, "group": g, "terms": c.terms.get(lang, [])}
                for g, h, c in entries]}))
            return 0
        lines = [line(lang, "index_count", source=source(lang), n=len(entries))]
        group = None
        for g, h, c in entries:
            if g != group:
                lines.append(f"\n{g}")
                group = g
            lines.append(f"  {h}  [{c.id}]")
        write("\n".join(lines) + "\n")
        return 0
    term = args.term.strip()
    found = find(index, term, lang) if term else []
    if not found:
        near = nearest(index, term, lang) if term else []
        if near:
            say(line(lang, "index_nearest", term=repr(term),
                     entries=line(lang, "list_sep").join(near)))
        else:
            say(line(lang, "index_unknown", term=repr(term)))
        return EXIT_USAGE
    for concept in found:
        obj = entry_object(library, concept, lang)
        if args.json:
            write(json_line(obj))
            continue
        lines = [f"{obj['heading']}  [{concept.id}]  ({obj['source']})",
                 "  " + "; ".join(obj["terms"])]
        for n, p in enumerate(obj["passages"], 1):
            text = " ".join(p["text"].split())
            lines.append(f"{n}. {p['citation']}  [{p['lang']} {p['doc']}:{p['passage']}]")
            lines.append(f"   {text[:200]}{'…' if len(text) > 200 else ''}")
        write("\n".join(lines) + "\n")
    return 0
