"""The command-line verbs, one module each (see desktop/cli.py), and what they share.

Console output: every verb writes UTF-8, whatever the console's code page says
(`PYTHONIOENCODING=cp1252`, a Windows pipe, a C locale). JSON readers expect UTF-8, a file
the output is redirected to should hold the texts as they are, and a console that cannot
show Arabic or Chinese shows some wrong characters instead of stopping the verb with a
UnicodeEncodeError half-way. `utf8_console()` (called first by `cli.main`) switches both
streams for whatever prints; `write()` and `say()` are how the verbs print.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from desktop.contentfile import ContentError
    from desktop.integrity import IntegrityReport
    from desktop.library import Library


def utf8_console() -> None:
    """Make stdout and stderr write UTF-8 for the rest of the process.

    Also covers text printed by code that does not go through `write` (argparse, the
    self-test's steps). Lone surrogates (undecodable bytes on the command line) become `?`
    on stdout, as `search` has always printed them, and stay visible as `\\udcxx` escapes
    on stderr, as Python prints them there.
    """
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (a windowed build), or not a text stream (tests)
            continue
        # A closed or detached stream: there is nothing to print to anyway.
        with contextlib.suppress(ValueError, OSError):
            reconfigure(encoding="utf-8", errors=errors)


def write(text: str, stream: TextIO | None = None) -> None:
    """Write `text` to stdout (or `stream`) as UTF-8 bytes, and flush.

    Bytes go to the stream's buffer, so the output is UTF-8 even when `utf8_console` was
    not called (a verb run in-process) and "\\n" is written as it is (no "\\r\\n" on
    Windows: one JSON object per line, byte for byte the same everywhere). Flushed at
    once, so a program that feeds `search --batch -` line by line gets each answer as it
    comes, and a warning on stderr appears before the output it is about.
    """
    out = sys.stdout if stream is None else stream
    if out is None:  # a frozen windowed build has no console
        return
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text)
        out.flush()
        return
    out.flush()  # what was printed through the text layer comes first
    buffer.write(text.encode("utf-8", "replace"))
    buffer.flush()


#: Characters JSON allows unescaped that still end a line for some readers (Python's
#: str.splitlines, JavaScript before ES2019): escaped, so one object stays on one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_line(obj: object) -> str:
    """`obj` as one line of JSON, non-ASCII text as it is (not \\u escapes), and "\\n"."""
    import json

    text = json.dumps(obj, ensure_ascii=False)
    for char, escape in _LINE_BREAKS.items():
        text = text.replace(char, escape)
    return text + "\n"


def say(message: str) -> None:
    """One line for a person on stderr: `rights-at-hand: <message>` (nothing without a
    console: `write` leaves out a stream that is None)."""
    from desktop import APP_ID

    write(f"{APP_ID}: {message}\n", sys.stderr)


def reading_library(lang: str | None = None) -> Library:
    """The bundled library for a verb that reads it (`show`, `search`, `open`, `export-pdf`).

    One damaged content file must not keep a person from the other texts: it is left out,
    with one warning line on stderr, and the verb does its work with the rest (a reference
    to exactly the left-out text then gets the usual message for a missing language or
    document). A folder with nothing readable still stops the verb with a clear message.

    A text that differs from the one shipped (checked against the manifest, as `verify`
    does) is read as it is, but with one warning line on stderr per altered file: the
    verbs print a `status` such as "official" that only the shipped text deserves.

    The warnings are said in `lang` (English when None; desktop.verbs.lines).
    """
    # Imported here, not with the package: every verb imports the package, the GUI's too.
    from desktop.integrity import content_report
    from desktop.library import Library

    library = Library.load(lenient=True)
    warn_left_out(library.problems, lang)
    if sys.stderr is not None:  # no console (a windowed build's `open`): nothing to say it on
        warn_altered(library, content_report(library), lang)
    return library


def warn_left_out(problems: Iterable[ContentError], lang: str | None = None) -> None:
    """One line on stderr per file left out (in `lang`; what is wrong with the file is the
    content check's English): stdout stays clean for `--json` readers."""
    from desktop.verbs.lines import line

    for problem in problems:
        say(line(lang, "warning_left_out", problem=problem))


def warn_altered(library: Library, report: IntegrityReport, lang: str | None = None) -> None:
    """One line on stderr per text the library read that differs from the shipped one.

    Files left out (already named by `warn_left_out`) and files the library does not read
    (the README, the terminology tables: `verify` names those) are not repeated here.
    """
    from desktop.verbs.lines import line

    left_out = {problem.path for problem in library.problems}
    for path, kind in report.altered_files(library.root):
        if str(path) not in left_out:
            say(line(lang, "altered_" + kind.replace("-", "_"), path=path,
                     problem=report.manifest_problem))
