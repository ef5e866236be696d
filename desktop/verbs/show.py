"""`rights-at-hand show REF [--lang L] [--json]`: print a passage (or group) and its citation.

REF is a passage (`declaration:art-12.2`, "art 12(2)", "64/163 para 7"), a whole article or
paragraph with everything below it (`art-12`), or a range as `open` and `export-pdf` take
it (`declaration:art-12.1..art-12.3`, "art 12(1)-(3)"). A range prints like a group: one
object, `passage` being the canonical range (`art-12.1..art-12.3`), `text` its passages
one per line, `citation` its citation lines, one per line, as "Copy citation only" gives
them in the app (a whole article is cited once, part of one passage by passage).

A passage whose sentence begins in its article's (or paragraph's) opening words, such as the
item art-5.a, carries them: `lead_in` in the JSON object (the words, one lead-in a line;
left out when there is none), and in the plain text before the passage, marked as such
("[Opening words of art. 5] ... levels: …"), as printouts and "Copy with citation" do.

A part of an instrument (a heading's id, `iccpr:part-3`, "ICCPR Part III", or the same
passages as a range) gives its passages with the headings among them ("PART III",
"Article 6" ..., one per line, before the passage they head), in the plain text and in
the JSON `text` alike, so a reader can tell where each article begins; it is cited once,
as the part (`desktop.headings`).

A document with no text in the language asked for (the Covenant is in English only) gives
its English text: `lang` is then "en", and `notice` says, in the language asked for, that
no official text in that language is included; the plain text prints the notice first.
"""

from __future__ import annotations

import argparse

from desktop.citations import citation
from desktop.headings import with_headings
from desktop.languages import check_language
from desktop.lead_ins import lead_in_text, with_lead_ins
from desktop.library import Library, Passage, Version
from desktop.missing_language import version_for
from desktop.references import UnknownReference, locate, passages_of
from desktop.verbs import json_line, reading_library, write
from desktop.worded import worded


def _passages(ref_text: str, library: Library, code: str
              ) -> tuple[str, str, list[Passage], Version, str]:
    """(document, passage or range id, its passages in this language, the version, the
    notice when the version is in another language)."""
    doc, pid = locate(ref_text, library)  # as `export-pdf` reads it
    version, notice = version_for(library, doc, code)
    passages = passages_of(version, pid)
    if not passages:
        raise worded(UnknownReference, "not_in_version", ref=f"{doc}:{pid}", lang=version.lang)
    return doc, pid, passages, version, notice


def show(ref_text: str, lang: str, library: Library | None = None) -> dict[str, str]:
    """The DESIGN.md `show --json` object for a reference in a language (with `lead_in`
    where the passage's sentence begins in a lead-in)."""
    library = library or reading_library()
    code = check_language(lang)
    doc, pid, passages, version, notice = _passages(ref_text, library, code)
    if ".." in pid:
        # Imported only for a range: the printout module costs ~50 ms to import.
        from desktop.printing.printout import citation_text

        cited = citation_text(version, [p.id for p in passages])
    else:
        cited = citation(version, pid)
    result = {
        "doc": doc,
        "passage": pid,
        "lang": version.lang,
        "status": version.status,
        "text": _body(version, passages),
        "citation": cited,
    }
    lead = lead_in_text(version, [p.id for p in passages])
    if lead:
        result["lead_in"] = lead
    if notice:
        result["notice"] = notice
    return result


def plain_text(ref_text: str, lang: str, library: Library | None = None) -> str:
    """What `show` prints without --json: the passages (each lead-in marked, before the
    passage it leads into), a blank line, then the citation lines."""
    library = library or reading_library()
    result = show(ref_text, lang, library)
    _, _, passages, version, notice = _passages(ref_text, library, check_language(lang))
    pids = [p.id for p in passages]
    blocks = with_headings(version, pids)
    text = "\n".join(blocks if blocks is not None else with_lead_ins(version, pids))
    lines = "\n".join(f"— {line}" for line in result["citation"].split("\n"))
    head = f"[{notice}]\n\n" if notice else ""
    return f"{head}{text}\n\n{lines}\n"


def _body(version: Version, passages: list[Passage]) -> str:
    """The passages' text, one per line; a part's with its headings among them."""
    pids = [p.id for p in passages]
    blocks = with_headings(version, pids)
    return "\n".join(blocks) if blocks is not None else "\n".join(p.text for p in passages)


def run(args: argparse.Namespace) -> int:
    # The language first: the warnings about the texts and any error are said in it
    # (desktop.verbs.lines; desktop.cli says the error).
    lang = check_language(args.lang)
    library = reading_library(lang)
    if args.json:
        write(json_line(show(args.ref, lang, library)))
    else:
        write(plain_text(args.ref, lang, library))
    return 0
