"""The passage card (Qt-free): one passage, in large print, to show or hand to an official.

The same HTML is shown full screen by the presentation view ("Show to an official",
`desktop.ui.presentation`) and printed on one page by `export-pdf REF --card` and
File › Print passage card…. For each language, in a column of its own:

- the instrument and its UN symbol, and the status line: "Official UN text", or
  "Unofficial translation by Rights at Hand, not an official UN text";
- the heading the passage sits under ("Article 5");
- the lead-in it continues, marked as such (`desktop.lead_ins`);
- the passage;
- its citation.

Beside it, a second language, row by row (the heading beside the heading, the passage beside
the passage). By default the official English when the text shown is a project translation
(`default_second`), so an official can check the wording against the UN's own; any language
can be chosen. A right-to-left first language takes the right-hand column.

No colours are named: on screen the text takes the theme's colours (dark, high contrast).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.headings import spanned_heading
from desktop.languages import is_rtl
from desktop.lead_ins import lead_ins_for
from desktop.library import Library, Version
from desktop.missing_language import never_included, notice, version_for
from desktop.printing.labels import label, localise
from desktop.printing.printout import (
    Part,
    Printout,
    _attrs,
    _footer,
    _lead_in_html,
    _markers,
    _p,
    _passage_html,
    citation_lines,
    instrument_line,
    unit_of,
)

#: The most passages a card holds: an article with its paragraphs and items (art. 9 has 8).
MAX_PASSAGES = 12

#: Text sizes relative to the passage's own.
_SMALL, _STATUS, _LEAD, _HEADING = 0.55, 0.62, 0.8, 0.85


class TooLongForACard(ValueError):
    """More passages than one card holds."""


def card_pages(pids: Sequence[str]) -> list[tuple[str, ...]]:
    """`pids` as the presentation view shows them, card by card: all on one when a card
    holds them; else one article (or numbered paragraph) a card, an article longer than a
    card (the Covenant's art. 14) in pieces of MAX_PASSAGES. Never a silently cut text: a
    whole part of the Covenant (80 passages) is 22 cards, one per article."""
    if len(pids) <= MAX_PASSAGES:
        return [tuple(pids)]
    pages: list[list[str]] = []
    for pid in pids:
        if (pages and unit_of(pages[-1][-1]) == unit_of(pid)
                and len(pages[-1]) < MAX_PASSAGES):
            pages[-1].append(pid)
        else:
            pages.append([pid])
    return [tuple(page) for page in pages]


def default_second(library: Library, doc: str, lang: str, chosen: str | None = None
                   ) -> str | None:
    """The language shown beside `lang` on a card: `chosen` when the document has it;
    else, for a project translation, the official English (or the first official text);
    else none (an official text stands on its own)."""
    document = library.document(doc)
    if chosen:
        return chosen if chosen != lang and chosen in document.versions else None
    version = document.versions.get(lang)
    if version is None or version.status == "official":
        return None  # (none: the Covenant asked for in French gives its official English)
    for code in ("en", *document.languages):
        version = document.versions.get(code)
        if code != lang and version is not None and version.status == "official":
            return code
    return None


def status_line(version: Version) -> str:
    """Official text, unofficial translation or guidance: said in full, in its language."""
    key = {"official": "official", "project-guidance": "guidance"}.get(version.status,
                                                                       "unofficial")
    return label(version.lang, key)


def _style(size: float) -> str:
    def pt(factor: float) -> str:
        return f"{size * factor:.1f}pt"

    return f"""
body {{ font-size: {pt(1)}; }}
p {{ margin-top: 0px; margin-bottom: {pt(0.4)}; }}
p.instrument {{ font-size: {pt(_SMALL)}; font-weight: bold; margin-bottom: 0px; }}
p.status {{ font-size: {pt(_STATUS)}; font-weight: bold; margin-bottom: {pt(0.3)}; }}
p.heading {{ font-size: {pt(_HEADING)}; font-weight: bold; margin-bottom: 0px; }}
p.front {{ font-size: {pt(_SMALL)}; margin-bottom: 0px; }}
p.leadin {{ font-size: {pt(_LEAD)}; }}
span.leadlabel {{ font-size: {pt(_SMALL)}; font-weight: bold; }}
p.cite {{ font-size: {pt(_SMALL)}; font-style: normal; margin-top: {pt(0.3)}; }}
p.warning {{ font-size: {pt(_SMALL)}; font-weight: bold; }}
td {{ padding: 4px; }}
"""


def _column(version: Version, pids: Sequence[str]) -> list[str]:
    """One language's cells, one per row: instrument and status, headings, lead-ins, each
    passage, citations. A missing passage leaves its cell empty."""
    lang = version.lang
    cells = [_p(lang, instrument_line(version), "instrument")
             + _p(lang, status_line(version), "status")]
    first = version.passage(pids[0])
    # Paragraphs, not <h2>: Qt gives headings sizes and margins of their own, which the
    # card's sizes (set by the zoom) must not fight with.
    markers = _markers(version, first, True, False) if first is not None else []
    cells.append("".join(_p(lang, m.text, "heading" if m.level else "front") for m in markers))
    leads = lead_ins_for(version, pids)
    cells.append("".join(_lead_in_html(version, leads[pid]) for pid in pids if pid in leads))
    # A whole part on one card (the Covenant's Part II, arts. 2 to 5) keeps the headings
    # of its articles, as its printout does: a reader can tell where each one begins.
    part = spanned_heading(version, pids)
    for n, pid in enumerate(pids):
        passage = version.passage(pid)
        if passage is None:
            cells.append("")
            continue
        headings = [m for m in passage.before if m.level > 0] if part and n else []
        cells.append("".join(_p(lang, m.text, "heading") for m in headings)
                     + _passage_html(passage))
    cells.append("".join(_p(lang, line, "cite") for line in citation_lines(version, pids)))
    return cells


def card_html(library: Library, part: Part, lang: str, second: str | None = None,
              size: float = 16.0, warning: str | None = None, asked: str | None = None
              ) -> str:
    """The card's HTML: `part` in `lang` (and `second` beside it), passages at `size` pt.
    `asked`: the language the person asked for, when the text has none in it (the Covenant
    in French): the card says so, in that language, above the English text."""
    if len(part.pids) > MAX_PASSAGES:
        raise TooLongForACard(f"a passage card holds at most {MAX_PASSAGES} passages; "
                              f"this holds {len(part.pids)}")
    columns = [_column(library.version(part.doc, lang), part.pids)]
    if second:
        columns.append(_column(library.version(part.doc, second), part.pids))
    codes = [lang, second] if second else [lang]
    width = "48%" if second else "100%"
    rows = []
    for cells in zip(*columns, strict=True):
        if not any(cells):
            continue  # no heading or no lead-in in any language
        tds = [f'<td width="{width}" valign="top"{_align(code)}>{cell}</td>'
               for code, cell in zip(codes, cells, strict=True)]
        if second:
            tds.insert(1, '<td width="4%"></td>')
        # The first language where its reader starts: on the right for Arabic.
        rows.append(f"<tr>{''.join(reversed(tds) if is_rtl(lang) else tds)}</tr>")
    parts = [f'<html><head><meta charset="utf-8"><style>{_style(size)}</style></head>',
             f"<body{_attrs(lang)}>"]
    if asked and asked != lang and never_included(library, part.doc, asked):
        parts.append(_p(asked, notice(asked, lang), "warning"))
    if warning:
        parts.append(_p(lang, localise(warning, lang), "warning"))
    parts += ['<table width="100%" cellspacing="0" cellpadding="4" border="0">', *rows,
              "</table></body></html>"]
    return "\n".join(parts)


def _align(lang: str) -> str:
    return ' align="right"' if is_rtl(lang) else ""


def build_card(library: Library, part: Part, lang: str, second: str | None = None,
               warning: str | None = None, printed_on: date | None = None) -> Printout:
    """The card as a printout: one landscape page, shrunk to fit if need be, with the
    usual footer (symbol, languages and status, content version, date printed)."""
    printed = (printed_on or date.today()).isoformat()
    asked = lang
    lang = version_for(library, part.doc, lang)[0].lang  # English for the Covenant in French
    if second == lang:
        second = None
    versions = [library.version(part.doc, code) for code in (lang, second) if code]
    first = versions[0]
    title = first.short_title + (f" ({first.symbol})" if first.symbol else "")
    return Printout(title, card_html(library, part, lang, second, warning=warning,
                                     asked=asked), lang,
                    _footer(versions, printed), one_page=True, landscape=True)
