"""`rights-at-hand export-pdf REF... [--lang L] [--parallel L2] [--card] -o FILE`: a PDF.

REF is anything `show` accepts, read the same way (`references.locate`): a passage or group
("declaration:art-12", "art 12(2)", "64/163 para 7"), a range (`declaration:art-12.1..art-12.3`,
"art 12-13", "art 12(1)-(3)"), or else a document id for the whole document. Several REFs are
printed one after the other. Works without a display: Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise.

`--card` prints one REF as a passage card (`desktop.printing.card`): one landscape page in
large print, with its lead-in, citation and status line, beside a second language: the one
`--parallel` names, else the official English when the text is a project translation.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.errors import UserError
from desktop.integrity import content_report
from desktop.languages import check_language
from desktop.library import Library
from desktop.missing_language import version_for
from desktop.printing.printout import Part, build, select
from desktop.verbs import reading_library, write
from desktop.verbs.lines import line
from desktop.worded import worded


class ExportError(UserError):
    """The PDF cannot be written where asked."""


def integrity_warning(library: Library, parts: list[Part]) -> str | None:
    """The integrity check's warning for any altered document in the printout."""
    report = content_report(library)  # the check `reading_library` made, not a second one
    warnings = []
    for doc in dict.fromkeys([*(p.doc for p in parts), "*"]):
        text = report.warning_for(doc)
        if text and text not in warnings:
            warnings.append(text)
    return " ".join(warnings) or None


def export(refs: list[str], lang: str, parallel: str | None, output: Path,
           library: Library | None = None, card: bool = False) -> int:
    """Write the PDF (a passage card with `card`); returns the number of pages."""
    library = library or reading_library()
    code = check_language(lang)
    second = check_language(parallel) if parallel else None
    if second == code:
        raise worded(ExportError, "export_same_language", second=second, lang=code)
    if card and len(refs) != 1:
        raise worded(ExportError, "export_card_one")
    parts = [select(library, ref) for ref in refs]
    for part in parts:
        # A clear message if a text is missing (one that was never included gives the
        # English text with a notice instead: the Covenant).
        version_for(library, part.doc, code)
        if second:
            version_for(library, part.doc, second)
    if output.is_dir():
        raise worded(ExportError, "export_is_folder", output=output, example=output / "a.pdf")
    if not output.parent.is_dir():
        raise worded(ExportError, "export_no_folder", folder=output.parent)
    if card:
        from desktop.printing.card import (
            MAX_PASSAGES,
            TooLongForACard,
            build_card,
            default_second,
        )

        try:
            printout = build_card(library, parts[0], code,
                                  default_second(library, parts[0].doc, code, second),
                                  warning=integrity_warning(library, parts))
        except TooLongForACard:
            raise worded(ExportError, "export_card_too_long", most=MAX_PASSAGES,
                         n=len(parts[0].pids)) from None
    else:
        printout = build(library, parts, code, parallel=second,
                         warning=integrity_warning(library, parts))

    from desktop.ui.printing import ensure_gui_application, export_pdf

    ensure_gui_application()
    return export_pdf(printout, output)


def run(args: argparse.Namespace) -> int:
    # The language first: every line after this one is said in it (desktop.verbs.lines).
    lang = check_language(args.lang)
    output = Path(args.output).expanduser()
    pages = export(list(args.refs), lang, args.parallel, output,
                   library=reading_library(lang), card=bool(getattr(args, "card", False)))
    # Through `write`: a file name in Arabic or Chinese on a console that is not UTF-8.
    write(line(lang, "export_pages" if pages != 1 else "export_page", file=output, n=pages)
          + "\n", sys.stderr)
    return 0
