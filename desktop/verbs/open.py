"""`rights-at-hand open REF`: open the app at a passage.

The reference is checked before any window opens, so a typo gives a one-line message and
exit code 2 on the terminal instead of an app at the wrong place.
"""

from __future__ import annotations

import argparse

from desktop.library import Library
from desktop.references import resolve


def run(args: argparse.Namespace) -> int:
    library = Library.load()
    ref = resolve(args.ref, library)  # raises BadReference / UnknownReference (UserError)
    from desktop.ui.app import run as run_app

    return run_app(ref.canonical(), library=library)
