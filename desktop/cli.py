"""The one command-line entry point: `rights-at-hand [VERB] ...` (also `python -m desktop`).

Without a verb it opens the app. Each verb lives in `desktop/verbs/<verb>.py` as a
`run(args) -> int` function and is imported only when used, so `show` and `search` start
without loading Qt. Every error meant for a person is printed on stderr as one line and
gives a non-zero exit code; a traceback is a bug.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from desktop import APP_ID, __version__
from desktop.errors import UserError

if TYPE_CHECKING:
    import argparse

    from desktop.paths import DataDirError

EXIT_OK = 0
EXIT_FAILED = 1  # a check failed (verify, self-test)
EXIT_USAGE = 2  # bad input: unknown reference, language, document, malformed arguments


class UsageError(UserError):
    """Bad input from the person at the keyboard; printed as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    # argparse is imported here, not with the module: a double-click start has no
    # arguments to parse (see main), and argparse plus this parser cost a few ms.
    import argparse

    from desktop.languages import LANGUAGES

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            # argparse's default prints usage and exits 2; keep the code, shorten the text.
            from desktop.verbs import write

            self.print_usage(sys.stderr)
            write(f"{self.prog}: error: {message}\n", sys.stderr)
            raise SystemExit(EXIT_USAGE)

    parser = _Parser(
        prog=APP_ID,
        description="Rights at Hand: the UN Declaration on Human Rights Defenders and "
        "resolution 64/163, offline. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where user data lives")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("open", help="open the app at a passage")
    p.add_argument("ref", metavar="REF")

    p = sub.add_parser("show", help="print a passage and its citation")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--lang", default="en", help=f"language ({' '.join(LANGUAGES)})")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("search", help="search the texts")
    p.add_argument("query", nargs="?", metavar="QUERY")
    p.add_argument("--lang", help="only this language (default: all)")
    p.add_argument("--doc", help="only this document")
    p.add_argument("--limit", type=int, default=10, help="at most N hits (default 10)")
    p.add_argument("--batch", metavar="FILE", help="one query per line; '-' for stdin")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("index", help="the subject index A-Z, or one entry's passages")
    p.add_argument("term", nargs="?", metavar="TERM")
    p.add_argument("--lang", help="language of the headings and passages (default en)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("export-pdf", help="save passages as a PDF with citations")
    p.add_argument("refs", nargs="+", metavar="REF")
    p.add_argument("--lang", default="en")
    p.add_argument("--parallel", metavar="L2", help="second language, side by side")
    p.add_argument("--card", action="store_true",
                   help="one passage on one page in large print, beside a second language")
    p.add_argument("-o", "--output", required=True, metavar="FILE")

    sub.add_parser("verify", help="check content and index against the manifest")
    sub.add_parser("self-test", help="drive the real app offscreen; exit 0 when healthy")
    _take_global_flags_after_the_verb(sub.choices.values())
    return parser


def _take_global_flags_after_the_verb(verbs: Iterable[argparse.ArgumentParser]) -> None:
    """`show art-12 --data-dir D` works like `--data-dir D show art-12`, for every verb:
    people type a global flag where they think of it. Each verb's parser learns the flag,
    with SUPPRESS as its default so that a verb given none keeps the value taken before
    the verb (a sub-parser's default would overwrite it)."""
    import argparse

    for verb in verbs:
        verb.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                          help="where user data lives")


def _run_verb(verb: str, args: argparse.Namespace) -> int:
    module = importlib.import_module(f"desktop.verbs.{verb.replace('-', '_')}")
    result: int = module.run(args)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.verbs import say, utf8_console, write

    # Before anything is printed, argparse's messages included: UTF-8 whatever the console
    # (desktop/verbs/__init__.py says why).
    utf8_console()
    if argv is None:
        argv = sys.argv[1:]
    if argv:
        args = build_parser().parse_args(argv)
    else:
        # No arguments (a double-click, a desktop launcher): open the app, with nothing to
        # parse. The same values argparse would give.
        from types import SimpleNamespace

        args = SimpleNamespace(verb=None, data_dir=None)  # type: ignore[assignment]
    from desktop import nonetwork, paths

    nonetwork.install()
    paths.keep_files_private()

    try:
        paths.configure(args.data_dir)
        verb = args.verb or "gui"
        return _run_verb(verb, args)
    except UserError as exc:
        # Unknown references, languages, documents, damaged files: messages for people,
        # in the language of the verb's --lang (desktop.verbs.lines).
        from desktop.verbs.lines import data_dir_error, said

        worded = data_dir_error(exc) if isinstance(exc, paths.DataDirError) else exc
        say(said(worded, _lines_language(args)))
        if isinstance(exc, paths.DataDirError) and args.verb in (None, "open"):
            _explain_in_window(exc)
        return EXIT_USAGE
    except ImportError as exc:
        # A system library Qt loads from the computer is missing (the standalone build leaves
        # a few to the host on purpose): name the package, not a traceback. Any other
        # ImportError is a defect and is raised as such.
        from desktop.host_libraries import explain

        note = explain(exc)
        if note is None:
            raise
        write(note, sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `rights-at-hand search ... | head` closes the pipe early; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        from desktop.verbs.lines import os_error

        say(os_error(exc, _lines_language(args)))
        return EXIT_FAILED


def _lines_language(args: argparse.Namespace) -> str | None:
    """The language a verb's lines are said in: its --lang when that is one of ours (an
    unknown one is itself the error, said in English); None for English."""
    lang = getattr(args, "lang", None)
    if not lang:
        return None
    from desktop.languages import check_language

    try:
        return check_language(lang)
    except UserError:
        return None


def _explain_in_window(exc: DataDirError) -> None:
    """The refused data folder, said in a message box too: the plain start and `open` are
    what a double-click or a launcher runs, and no one reads their stderr. (Other refusals
    on the way to a window say so themselves: see desktop/ui/app.py, cannot_open.)"""
    try:
        from desktop.ui.app import explain_no_data_folder

        explain_no_data_folder(exc)
    except Exception:
        pass  # the line on stderr has said it; a failing box must not add a traceback


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:] or [])


if __name__ == "__main__":
    sys.exit(main())
