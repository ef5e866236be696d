"""The content of a printout as HTML for QTextDocument (Qt-free), and text for the clipboard.

A printout must be citable on its own, page by page. It carries:

- at the top, for every language version it quotes: the instrument's title and UN symbol,
  the language, whether the text is an official UN text, an unofficial translation (with its
  source language and date) or project guidance, the content version and the date printed,
  and a warning when the texts were found altered (`warning`, from the integrity check);
- the passages with their numbers and the headings they belong to ("Article 12"), and
  before an item or paragraph whose sentence begins in its article's opening words, those
  words, marked as such (`desktop.lead_ins`): "(a) To meet or assemble peacefully;" is
  never printed without "... everyone has the right ...:";
- after each article or paragraph, its citation (`desktop.citations`), e.g.
  "Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12(2)"; a whole part
  of an instrument (the Covenant's Part III, `desktop.headings`) is cited once, as the
  part, at its top under its heading, and its articles keep their headings;
- on every page (drawn by `desktop.ui.printing`), a footer with the symbol, language,
  status, content version, date printed and "Page n of m" (`Printout.footer`, `page_text`).

Arabic is laid out right to left (`dir="rtl"` on every block); each block names the bundled
font families for its language, so Chinese prints in the bundled Rights at Hand Sans SC (a
renamed Noto Sans CJK SC subset).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from desktop.citations import citation
from desktop.contentfile import Marker
from desktop.headings import spanned_heading, with_headings
from desktop.languages import is_rtl, language_name
from desktop.lead_ins import ELLIPSIS, lead_in_label, lead_ins_for, with_lead_ins
from desktop.library import Library, Passage, Version
from desktop.missing_language import never_included, notice, version_for
from desktop.printing.fonts import css_font_family
from desktop.printing.labels import label, localise
from desktop.references import Target, UnknownReference, locate, passages_of
from desktop.worded import worded

#: Between the facts of a page footer; the page layout breaks a long footer only here.
FOOTER_SEPARATOR = " · "


@dataclass(frozen=True)
class Part:
    """Passages of one document to print, in document order."""

    doc: str
    pids: tuple[str, ...]


@dataclass(frozen=True)
class Printout:
    title: str  # document title of the PDF, and the print job name
    html: str
    lang: str  # the language of the labels (the first language printed)
    footer: str  # printed at the foot of every page, before the page number
    one_page: bool = False  # shrunk to fit one page if need be (a passage card)
    landscape: bool = False

    @property
    def rtl(self) -> bool:
        return is_rtl(self.lang)

    def page_text(self, n: int, total: int) -> str:
        return label(self.lang, "page", n=str(n), total=str(total))


# ------------------------------------------------------------------------------ selections


def select(library: Library, text: str, lang: str = "en") -> Part:
    """What a person asks to print: a document id (all of it), a reference or a range.

    `declaration` -> the whole Declaration; `declaration:art-12` -> article 12 with its
    paragraphs; `declaration:art-12.1..art-12.3` -> that range; loose forms such as
    "art 12(2)", "64/163 para 7" or the range "art 12-13" are read as `show` reads them
    (`references.locate`).
    """
    text = text.strip()
    if text in library:
        version = library.document(text).reference_version
        return Part(text, tuple(version.ids()))
    # As `show` reads it: loose ranges ("art 12-13", "art 12(1)-(3)") too, not only the
    # ones written with "..".
    doc, pid = locate(text, library)
    passages = passages_of(library.document(doc).reference_version, pid)
    if not passages:
        raise worded(UnknownReference, "ref_no_such_passages", ref=f"{doc}:{pid}", doc=doc)
    return Part(doc, tuple(p.id for p in passages))


def unit_of(pid: str) -> str:
    """The article or paragraph a passage belongs to: art-12.2 -> art-12, op-7 -> op-7."""
    return pid.split(".", 1)[0]


def citation_groups(version: Version, pids: Sequence[str]) -> list[tuple[list[str], list[str]]]:
    """Consecutive passages of one article or paragraph, each group with its citation lines.

    A whole article is cited once ("art. 12"); part of one, passage by passage
    ("art. 12(1)", "art. 12(2)"), so no citation claims more than what is printed. A whole
    part of an instrument (`iccpr:part-3`, articles 6 to 27) is one group, cited once as
    the part ("..., Part III").
    """
    heading = spanned_heading(version, pids)
    if heading is not None:
        return [(list(pids), [citation(version, heading.id)])]
    groups: list[list[str]] = []
    for pid in pids:
        if groups and unit_of(groups[-1][-1]) == unit_of(pid):
            groups[-1].append(pid)
        else:
            groups.append([pid])
    out: list[tuple[list[str], list[str]]] = []
    for group in groups:
        unit = unit_of(group[0])
        whole = [p.id for p in version.select(unit)]
        if len(group) > 1 and group == whole:
            out.append((group, [citation(version, unit)]))
        else:
            out.append((group, [citation(version, pid) for pid in group]))
    return out


def citation_lines(version: Version, pids: Sequence[str]) -> list[str]:
    return [line for _, lines in citation_groups(version, pids) for line in lines]


def clipboard_text(version: Version, pids: Sequence[str], asked: str = "") -> str:
    """What "Copy with citation" puts on the clipboard: the text (with the lead-in of an
    item, marked), a blank line, the citation. Asked for in a language the document has no
    text in (`asked`), the notice that says so comes first, in brackets as `show` prints it.
    A whole part (the Covenant's Part III) is cited once, at the top as on paper (its text
    runs to pages), and each of its passages comes under its headings ("Article 6")."""
    missing = notice(asked, version.lang) if asked else ""
    head = f"[{missing}]\n\n" if missing else ""
    cited = "\n".join(citation_lines(version, pids))
    blocks = with_headings(version, pids)
    if blocks is not None:
        return head + cited + "\n\n" + "\n\n".join(blocks)
    return head + "\n\n".join(with_lead_ins(version, pids)) + "\n\n" + cited


def citation_text(version: Version, pids: Sequence[str]) -> str:
    """What "Copy citation only" puts on the clipboard."""
    return "\n".join(citation_lines(version, pids))


# ------------------------------------------------------------------------------------- HTML

# Citations are upright: the bundled fonts have no italic (Arabic and Chinese have none at
# all), and Qt would slant the regular glyphs instead, a synthetic italic that Arabic
# readers find wrong and that no typesetter would use. Size and colour set them apart.
_STYLE = """
body { font-size: 11pt; }
h1 { font-size: 16pt; font-weight: bold; margin-bottom: 4px; }
p.title { font-size: 12pt; font-weight: bold; margin-top: 0px; margin-bottom: 1px; }
p.par { font-size: 10.5pt; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 12pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
h4 { font-size: 11pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 3px; margin-bottom: 5px; }
p.meta { font-size: 9pt; color: #333333; margin: 0px; }
p.colmeta { font-size: 8pt; color: #333333; margin: 0px; }
p.front { font-size: 9.5pt; color: #333333; margin: 0px; }
p.cite { font-size: 9pt; color: #1a1a1a; font-style: normal; margin-top: 2px;
         margin-bottom: 10px; }
p.leadin { color: #333333; }
span.leadlabel { font-size: 8.5pt; font-weight: bold; color: #555555; }
p.warning { font-size: 11pt; font-weight: bold; color: #a00000; }
p.notehead { font-size: 9pt; font-weight: bold; color: #333333; margin-top: 4px; }
p.note { font-size: 10pt; background-color: #eeeeee; }
p.missing { font-size: 10pt; color: #a00000; }
p.notice { font-size: 10pt; font-weight: bold; color: #1a1a1a; }
td { padding: 4px; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _attrs(lang: str) -> str:
    """Direction, alignment and fonts for a block of text in `lang`."""
    font = css_font_family(lang).replace("'", "&#39;")
    if is_rtl(lang):
        return f' dir="rtl" align="right" lang="{lang}" style="font-family: {font};"'
    return f' dir="ltr" lang="{lang}" style="font-family: {font};"'


def _p(lang: str, text: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}{_attrs(lang)}>{_esc(text)}</p>"


def _heading(lang: str, marker: Marker) -> str:
    if marker.level == 0:
        return _p(lang, marker.text, "front")
    tag = f"h{min(marker.level + 1, 4)}"
    return f"<{tag}{_attrs(lang)}>{_esc(marker.text)}</{tag}>"


def status_text(version: Version) -> str:
    lang = version.lang
    if version.status == "official":
        return label(lang, "official")
    if version.status == "project-guidance":
        return label(lang, "guidance")
    text = label(lang, "unofficial")
    source = version.header.get("translated-from", "")
    when = version.header.get("translated-on", "")
    if source and when:
        name = language_name(source, lang)
        text += label(lang, "then") + label(lang, "translated_from", source=name, date=when)
    return text


def instrument_line(version: Version) -> str:
    """"A/RES/53/144 — Declaration on Human Rights Defenders": the symbol first, where a line
    starts, so it is never broken ("A/RES/" at a line's end and "53/144" on the next is not
    a symbol anyone can look up; Qt breaks after a slash and ignores `white-space` on a span)."""
    return f"{version.symbol} — {version.short_title}" if version.symbol else version.short_title


def _short_status(version: Version) -> str:
    key = {"official": "official", "project-guidance": "guidance_short"}.get(
        version.status, "unofficial_short"
    )
    return label(version.lang, key)


def _meta_lines(version: Version, printed: str, small: bool = False) -> list[str]:
    """The compact header of one language version: the instrument and its UN symbol on one
    line; its language and status; the content version and the date printed.

    A few lines whatever is printed under it: a one-line passage must not sit under half a
    page of header. The full title and the file's note are the document's own front
    matter (printed with the whole document); the status says what the note says first,
    an unofficial translation is not an official UN text. In a column beside another
    language (`small`) the status is the short one ("Unofficial translation"): the
    translation's source language and date would take three more lines in Arabic.
    """
    lang = version.lang
    lines = [_p(lang, instrument_line(version), "title par" if small else "title")]
    language = label(lang, "language", name=language_name(lang, lang))
    status = _short_status(version) if small else status_text(version)
    meta = "colmeta" if small else "meta"
    lines.append(_p(lang, f"{language} · {status}", meta))
    facts = []
    if version.content_version:
        facts.append(label(lang, "content_version", v=version.content_version))
    facts.append(label(lang, "printed", date=printed))
    lines.append(_p(lang, " · ".join(facts), meta))
    return lines


def _context_heading(version: Version, pid: str) -> Marker | None:
    """The heading a passage sits under when it does not carry one (art-12.2 -> Article 12)."""
    ids = version.ids()
    if pid not in ids:
        return None
    for passage in reversed(version.passages[: ids.index(pid) + 1]):
        headings = [m for m in passage.before if m.level > 0]
        if headings:
            return headings[-1]
    return None


def _markers(version: Version, passage: Passage, first: bool, whole: bool) -> list[Marker]:
    markers = [m for m in passage.before if whole or m.level > 0]
    if first and not whole and not any(m.level > 0 for m in markers):
        context = _context_heading(version, passage.id)
        if context is not None:
            markers = [context, *markers]
    return markers


def _split_at(markers: Sequence[Marker], heading: Marker | None
              ) -> tuple[list[Marker], list[Marker]]:
    """The headings up to and including a part's own (`heading`, matched by id), and those
    after it: a part's citation goes between them, under "PART III", above "Article 6"."""
    for n, m in enumerate(markers):
        if heading is not None and m.id == heading.id:
            return list(markers[: n + 1]), list(markers[n + 1:])
    return [], list(markers)


def _passage_html(passage: Passage) -> str:
    return "".join(_p(passage.lang, para) for para in passage.paragraphs)


def _lead_in_html(version: Version, leads: Sequence[Passage]) -> str:
    """Lead-ins before the passage they lead into: a small label saying what they are
    ("Opening words of art. 5"), then their words, ended by "…" (the sentence goes on in
    the passage printed below, other items may come between)."""
    out = []
    for lead in leads:
        mark = f'<span class="leadlabel">{_esc(lead_in_label(version, lead))}</span>'
        words = " ".join([*lead.paragraphs, ELLIPSIS])
        out.append(f'<p class="leadin"{_attrs(version.lang)}>{mark}<br/>{_esc(words)}</p>')
    return "".join(out)


def _passages_block(version: Version, pids: Sequence[str]) -> list[str]:
    out: list[str] = []
    whole = list(pids) == version.ids()
    leads = lead_ins_for(version, pids)
    part = spanned_heading(version, pids)  # a whole part: cited once, at its top
    first = True
    for group, cites in citation_groups(version, pids):
        cite_html = [_p(version.lang, line, "cite") for line in cites]
        for pid in group:
            passage = version.passage(pid)
            if passage is None:
                out.append(_p(version.lang, label(version.lang, "missing",
                                                  ref=f"{version.doc}:{pid}"), "missing"))
                continue
            markers = _markers(version, passage, first, whole)
            if first and part is not None:
                above, below = _split_at(markers, part)
                out += [_heading(version.lang, m) for m in above] + cite_html
                markers = below
            out += [_heading(version.lang, m) for m in markers]
            if pid in leads:
                out.append(_lead_in_html(version, leads[pid]))
            out.append(_passage_html(passage))
            first = False
        if part is None:
            out += cite_html
    if whole:
        out += [_heading(version.lang, m) for m in version.closing]
    return out


#: Parallel columns: two text columns and an empty one between them. Cell padding alone
#: left ~2 mm, and a right-aligned Arabic column then ran into the column beside it; a
#: share of the width keeps the gap the same on any page or printer resolution.
_COLUMN = "48%"
_GUTTER = '<td width="4%"></td>'


def _parallel_block(a: Version, b: Version, pids: Sequence[str], printed: str) -> list[str]:
    """Two languages side by side: one table row per heading, passage and citation."""
    whole = list(pids) == a.ids()

    def cell(lang: str, inner: str) -> str:
        align = ' align="right"' if is_rtl(lang) else ""
        return f'<td width="{_COLUMN}" valign="top"{align}>{inner}</td>'

    def row(first: str, second: str) -> str:
        # The printout's own language where its reader starts: on the right for Arabic.
        cells = [cell(a.lang, first), _GUTTER, cell(b.lang, second)]
        return f"<tr>{''.join(reversed(cells) if is_rtl(a.lang) else cells)}</tr>"

    rows = [row("".join(_meta_lines(a, printed, small=True)),
                "".join(_meta_lines(b, printed, small=True)))]
    leads_a, leads_b = lead_ins_for(a, pids), lead_ins_for(b, pids)
    part = spanned_heading(a, pids)  # a whole part: cited once, at its top

    def cites(group: Sequence[str]) -> str:
        return row("".join(_p(a.lang, c, "cite") for c in citation_lines(a, group)),
                   "".join(_p(b.lang, c, "cite") for c in citation_lines(b, group)))

    first = True
    for group, _ in citation_groups(a, pids):
        for pid in group:
            pa, pb = a.passage(pid), b.passage(pid)
            if pa is None:
                continue
            ma = _markers(a, pa, first, whole)
            mb = _markers(b, pb, first, whole) if pb is not None else []
            if first and part is not None:
                (above_a, ma), (above_b, mb) = _split_at(ma, part), _split_at(mb, part)
                rows.append(row("".join(_heading(a.lang, m) for m in above_a),
                                "".join(_heading(b.lang, m) for m in above_b)))
                rows.append(cites(group))
            if ma or mb:
                rows.append(row("".join(_heading(a.lang, m) for m in ma),
                                "".join(_heading(b.lang, m) for m in mb)))
            if pid in leads_a or pid in leads_b:
                # A row of its own: the lead-ins line up, then the passages below them.
                rows.append(row(_lead_in_html(a, leads_a.get(pid, ())),
                                _lead_in_html(b, leads_b.get(pid, ()))))
            missing = _p(b.lang, label(b.lang, "missing", ref=f"{b.doc}:{pid}"), "missing")
            rows.append(row(_passage_html(pa), _passage_html(pb) if pb else missing))
            first = False
        if part is None:
            rows.append(cites(group))
    return ['<table width="100%" cellspacing="0" cellpadding="4" border="0">', *rows, "</table>"]


def _document(lang: str, body: Iterable[str], warning: str | None) -> str:
    parts = [f"<html><head><meta charset=\"utf-8\"><style>{_STYLE}</style></head>",
             f"<body{_attrs(lang)}>"]
    if warning:
        # In the printout's language, like every other word around the texts.
        parts.append(_p(lang, localise(warning, lang), "warning"))
    parts += list(body)
    parts.append("</body></html>")
    return "\n".join(parts)


def _footer(versions: Sequence[Version], printed: str) -> str:
    lang = versions[0].lang
    seen: list[str] = []
    for v in versions:
        bits = [v.symbol or v.short_title, language_name(v.lang, lang), _short_status(v)]
        text = " · ".join(b for b in bits if b)
        if text not in seen:
            seen.append(text)
    facts = [label(lang, "app"), *seen]
    content = sorted({v.content_version for v in versions if v.content_version})
    if content:
        facts.append(label(lang, "content_version", v=", ".join(content)))
    facts.append(label(lang, "printed", date=printed))
    return FOOTER_SEPARATOR.join(facts)


def _notices(notices: Iterable[tuple[str, str]]) -> list[str]:
    """Each (language, notice) that says a text is not in the language asked for."""
    return [_p(code, text, "notice") for code, text in notices if text]


def build(library: Library, parts: Sequence[Part], lang: str, parallel: str | None = None,
          warning: str | None = None, printed_on: date | None = None) -> Printout:
    """A printout of passages (current, selection, range, whole document), maybe parallel."""
    if not parts:
        raise ValueError("nothing to print")
    printed = (printed_on or date.today()).isoformat()
    body: list[str] = []
    versions: list[Version] = []
    previous: tuple[str, str] | None = None
    for part in parts:
        # A document with no text in a language asked for (the Covenant is in English
        # only) prints its English text, under a notice in the language asked for.
        a, notice_a = version_for(library, part.doc, lang)
        versions.append(a)
        b, notice_b = version_for(library, part.doc, parallel) if parallel else (None, "")
        if b is not None and b.lang != a.lang:
            versions.append(b)
            body += _notices(((lang, notice_a), (parallel or "", notice_b)))
            body += _parallel_block(a, b, part.pids, printed)
        else:
            if previous != (a.doc, a.lang):
                body += _meta_lines(a, printed)
            # (Asked for in two languages, neither of which it has: both notices.)
            body += _notices(((lang, notice_a), (parallel or "", notice_b)))
            body += _passages_block(a, part.pids)
        previous = (a.doc, a.lang)
    first = versions[0]
    title = first.short_title + (f" ({first.symbol})" if first.symbol else "")
    # Every text printed in one language other than the one asked for (the Covenant asked
    # for in Arabic: its English text): the page is laid out in the text's own direction,
    # the notice in its own. Set right to left, the English text was ragged on the left.
    if {v.lang for v in versions} == {first.lang} and first.lang != lang:
        lang = first.lang
    return Printout(title, _document(lang, body, warning), lang, _footer(versions, printed))


class PrintedBookmark(Protocol):
    """What a bookmark printout reads of a bookmark (`desktop.bookmarks.Bookmark` has it)."""

    @property
    def doc(self) -> str: ...
    @property
    def start_pid(self) -> str: ...
    @property
    def end_pid(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def lang(self) -> str | None: ...


class HasId(Protocol):
    @property
    def id(self) -> int: ...


class BookmarkFolders(Protocol):
    """What a bookmark printout reads of the store (`desktop.bookmarks.Store` has it): the
    printout works on what it is given, without the bookmarks package."""

    def folder_path(self, folder_id: int | None) -> list[str]: ...
    def bookmarks_in(self, folder_id: int | None) -> Sequence[PrintedBookmark]: ...
    def subfolders(self, parent_id: int | None) -> Sequence[HasId]: ...


def build_bookmarks(library: Library, store: BookmarkFolders, folder_id: int | None,
                    lang: str, warning: str | None = None,
                    printed_on: date | None = None) -> Printout:
    """A bookmark folder (with its subfolders) printed with every note.

    Each bookmark is printed in `lang` when its document has that language, else in the
    language it was made in, else in English; its status is printed with it.
    """
    printed = (printed_on or date.today()).isoformat()
    path = store.folder_path(folder_id)
    folder_name = " / ".join(path) if path else label(lang, "all_bookmarks")
    heading = label(lang, "bookmarks", folder=folder_name) if path else folder_name
    body = [f"<h1{_attrs(lang)}>{_esc(heading)}</h1>",
            _p(lang, label(lang, "printed", date=printed), "meta")]
    versions: list[Version] = []
    for fid in _tree(store, folder_id):
        items = store.bookmarks_in(fid)
        if not items:
            continue
        if fid != folder_id:
            sub = " / ".join(store.folder_path(fid)) or label(lang, "top_level")
            body.append(f"<h2{_attrs(lang)}>{_esc(sub)}</h2>")
        for bm in items:
            body += _bookmark_block(library, bm, lang, printed, versions)
    footer = _footer(versions, printed) if versions else FOOTER_SEPARATOR.join(
        [label(lang, "app"), label(lang, "printed", date=printed)])
    return Printout(heading, _document(lang, body, warning), lang, footer)


def _bookmark_block(library: Library, bm: PrintedBookmark, lang: str, printed: str,
                    versions: list[Version]) -> list[str]:
    out: list[str] = []
    if bm.doc not in library:
        out.append(_p(lang, bm.title or bm.ref, "notehead"))
        out.append(_p(lang, label(lang, "missing", ref=bm.ref), "missing"))
    else:
        doc = library.document(bm.doc)
        code = next((c for c in (lang, bm.lang or "", "en") if c in doc.versions),
                    doc.languages[0])
        version = doc.versions[code]
        missing = notice(lang, code) if never_included(library, bm.doc, lang) else ""
        if version not in versions:
            versions.append(version)
        pids = Target(bm.doc, bm.start_pid, bm.end_pid).passage_ids(version)
        # Named by its citation when it has one line: a passage, a whole article, a part.
        cited = citation_lines(version, pids)
        title = bm.title or (cited[0] if len(cited) == 1 else bm.ref)
        out.append(f"<h3{_attrs(code)}>{_esc(title)}</h3>")
        facts = [version.short_title, language_name(code, code), _short_status(version)]
        if version.content_version:
            facts.append(label(code, "content_version", v=version.content_version))
        out.append(_p(code, " · ".join(facts), "meta"))
        if missing:
            out.append(_p(lang, missing, "notice"))
        if pids:
            out += _passages_block(version, pids)
        else:
            out.append(_p(code, label(code, "missing", ref=bm.ref), "missing"))
    if bm.note.strip():
        out.append(_p(lang, label(lang, "note"), "notehead"))
        # The note is the person's own words, in whatever language they wrote it.
        out += [_p(lang, line, "note") for line in bm.note.splitlines()]
    return out


def _tree(store: BookmarkFolders, root: int | None) -> list[int | None]:
    """The folder and its subfolders, depth first, in their order on screen."""
    out: list[int | None] = [root]
    for child in store.subfolders(root):
        out += _tree(store, child.id)
    return out
