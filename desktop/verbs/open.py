"""`rights-at-hand open REF`: open the app at a passage, or at a range of passages.

REF is anything `show` accepts ("art 12(2)", "64/163 para 7", "declaration:art-12.2") or a
range in the form bookmarks use (`declaration:art-12.1..art-12.3`): the window opens at the
range's first passage with the whole range highlighted.

The reference is checked before any window opens, so a typo gives a one-line message and
exit code 2 on the terminal instead of an app at the wrong place.
"""

from __future__ import annotations

import argparse

from desktop.library import Library
from desktop.references import UnknownReference, resolve


def canonical(text: str, library: Library, context_doc: str | None = None) -> str:
    """The canonical form of a reference or range; UserError if it names nothing.
    `context_doc`: the document a reference without one is looked up in first."""
    if ".." not in text:
        # BadReference / UnknownReference for text that names nothing
        return resolve(text, library, context_doc=context_doc).canonical()
    from desktop.bookmarks.refs import Target  # ranges are written as bookmarks write them

    if ":" not in text:  # `art-12.1..art-12.3`: in the document on screen
        text = f"{context_doc or 'declaration'}:{text}"
    target = Target.parse(text)  # BadTarget (a UserError) for anything else
    doc = library.document(target.doc)  # UnknownDocument (a UserError)
    if not target.passage_ids(doc.reference_version):
        raise UnknownReference(f"{target.ref}: no such passages in {doc.id}")
    return target.ref


def run(args: argparse.Namespace) -> int:
    library = Library.load()
    ref = canonical(args.ref, library)
    from desktop.ui.app import run as run_app

    return run_app(ref, library=library)
