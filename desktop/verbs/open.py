"""`rights-at-hand open REF`: open the app at a passage, or at a range of passages.

REF is anything `show` accepts ("art 12(2)", "64/163 para 7", "declaration:art-12.2") or a
range in the form bookmarks use (`declaration:art-12.1..art-12.3`): the window opens at the
range's first passage with the whole range highlighted.

The reference is checked before any window opens, so a typo gives a one-line message and
exit code 2 on the terminal instead of an app at the wrong place.

`open` takes no --lang: what it says on the terminal (a text left out or altered, a
reference that names nothing) is said in the language the window will speak, the interface
language saved in the settings, else the system's (desktop.verbs.lines).
"""

from __future__ import annotations

import argparse

from desktop.library import NothingReadable
from desktop.references import canonical
from desktop.verbs import reading_library


def interface_language() -> str:
    """The interface language the window will open in: the saved setting, else the
    system's. The settings file is only read here (the window loads it, and sets a damaged
    one aside, itself)."""
    import json

    from desktop.languages import LANGUAGES
    from desktop.paths import user_paths

    try:
        data = json.loads(user_paths().settings_file.read_text(encoding="utf-8"))
        code = data.get("ui_language", data.get("language", "")) if isinstance(
            data, dict) else ""
    except (OSError, ValueError):
        code = ""
    if code in LANGUAGES:
        return str(code)
    from desktop.ui.i18n import system_language  # Qt: the window needs it next anyway

    return system_language()


def run(args: argparse.Namespace) -> int:
    # desktop.cli says an error of this verb in args.lang, as it does for the others.
    args.lang = lang = interface_language()
    try:
        library = reading_library(lang)  # the window names what was left out, too
    except NothingReadable as exc:
        # Nothing to open. `open` is what a launcher or a file manager runs, where stderr
        # goes nowhere: say it in the same message box the plain start shows, then let
        # the CLI print the same line and exit 2.
        from desktop.ui.app import explain_cannot_open
        from desktop.verbs.lines import said

        explain_cannot_open(said(exc, lang))
        raise
    ref = canonical(args.ref, library)
    from desktop.ui.app import run as run_app

    return run_app(ref, library=library)
