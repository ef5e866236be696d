"""The command-line verbs, one module each (see desktop/cli.py), and what they share."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.contentfile import ContentError
    from desktop.library import Library


def reading_library() -> Library:
    """The bundled library for a verb that reads it (`show`, `search`, `open`, `export-pdf`).

    One damaged content file must not keep a person from the other texts: it is left out,
    with one warning line on stderr, and the verb does its work with the rest (a reference
    to exactly the left-out text then gets the usual message for a missing language or
    document). A folder with nothing readable still stops the verb with a clear message.
    """
    # Imported here, not with the package: every verb imports the package, the GUI's too.
    from desktop.library import Library

    library = Library.load(lenient=True)
    warn_left_out(library.problems)
    return library


def warn_left_out(problems: Iterable[ContentError]) -> None:
    """One line on stderr per file left out: stdout stays clean for `--json` readers."""
    if sys.stderr is None:  # a frozen windowed build has no console
        return
    from desktop import APP_ID

    for problem in problems:
        print(f"{APP_ID}: warning: left out {problem}", file=sys.stderr)
