"""`rights-at-hand show REF [--lang L] [--json]`: print a passage (or group) and its citation."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.citations import citation
from desktop.languages import check_language
from desktop.library import Library
from desktop.references import UnknownReference, resolve
from desktop.verbs import reading_library


def show(ref_text: str, lang: str, library: Library | None = None) -> dict[str, str]:
    """The DESIGN.md `show --json` object for a reference in a language."""
    library = library or reading_library()
    code = check_language(lang)
    ref = resolve(ref_text, library)
    assert ref.doc is not None
    version = library.version(ref.doc, code)
    passages = version.select(ref.pid)
    if not passages:
        raise UnknownReference(f"{ref.canonical()} is not in the {code} version")
    return {
        "doc": ref.doc,
        "passage": ref.pid,
        "lang": code,
        "status": version.status,
        "text": "\n".join(p.text for p in passages),
        "citation": citation(version, ref.pid),
    }


def run(args: argparse.Namespace) -> int:
    result = show(args.ref, args.lang)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        sys.stdout.write(f"{result['text']}\n\n— {result['citation']}\n")
    return 0
