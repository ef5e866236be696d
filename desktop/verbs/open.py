"""`rights-at-hand open REF`: open the app at a passage, or at a range of passages.

REF is anything `show` accepts ("art 12(2)", "64/163 para 7", "declaration:art-12.2") or a
range in the form bookmarks use (`declaration:art-12.1..art-12.3`): the window opens at the
range's first passage with the whole range highlighted.

The reference is checked before any window opens, so a typo gives a one-line message and
exit code 2 on the terminal instead of an app at the wrong place.
"""

from __future__ import annotations

import argparse

from desktop.library import NothingReadable
from desktop.references import canonical
from desktop.verbs import reading_library


def run(args: argparse.Namespace) -> int:
    try:
        library = reading_library()  # the window names what was left out, too
    except NothingReadable as exc:
        # Nothing to open. `open` is what a launcher or a file manager runs, where stderr
        # goes nowhere: say it in the same message box the plain start shows, then let
        # the CLI print the same line and exit 2.
        from desktop.ui.app import explain_cannot_open

        explain_cannot_open(str(exc))
        raise
    ref = canonical(args.ref, library)
    from desktop.ui.app import run as run_app

    return run_app(ref, library=library)
