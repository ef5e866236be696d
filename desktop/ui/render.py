"""Builds the reader's QTextDocument from one language version, or two side by side.

The document is built with a QTextCursor rather than from HTML: it is faster, and it lets
every text block carry the index of its passage (`QTextBlock.userState()`), so a click,
a selection or a highlight maps to passage ids without searching the text.

Two languages are laid out as a two-column table, one row per heading and one row per
passage, so passage N of one language always starts level with passage N of the other and
both scroll as one. Each block gets the writing direction of its own language, so Arabic is
right to left in its column even beside English, and English stays left to right when the
whole interface is in Arabic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

# What a single-language page needs; the table classes are imported by the side-by-side
# layout when it is used. PySide6 builds each class and its Python enums on first use, and
# the first paint should pay only for what it shows (bench/README.md, Start-up).
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop.citations import pinpoint, short_pinpoint
from desktop.contentfile import Marker
from desktop.languages import is_rtl
from desktop.library import Library, Passage, Version
from desktop.ui.themes import ReaderColors, brush

if TYPE_CHECKING:
    from PySide6.QtGui import QTextTable

    from desktop.related import Related

#: Passage numbers are shown for the UN texts; guidance sections have their headings.
_NUMBERED_STATUSES = ("official", "unofficial-translation")
LINK_SCHEME = "ref:"


class Rendered:
    """The reader's document and where each passage is in it."""

    # A plain class, not a dataclass: defining a dataclass costs ~1 ms at start-up.
    def __init__(self, document: QTextDocument, versions: list[Version],
                 order: list[str]) -> None:
        self.document = document
        self.versions = versions
        self.order = order  # passage ids, in document order
        #: passage id -> one (start, end) character range per column
        self.spans: dict[str, list[tuple[int, int]]] = {}
        #: passage id -> table row (parallel layout only)
        self.rows: dict[str, int] = {}
        self.table: QTextTable | None = None

    @property
    def parallel(self) -> bool:
        return self.table is not None

    def passage_at(self, position: int) -> str | None:
        block = self.document.findBlock(position)
        index = block.userState()
        return self.order[index] if 0 <= index < len(self.order) else None

    def passages_between(self, start: int, end: int) -> list[str]:
        found: list[str] = []
        block = self.document.findBlock(start)
        while block.isValid() and block.position() <= end:
            index = block.userState()
            if 0 <= index < len(self.order) and self.order[index] not in found:
                found.append(self.order[index])
            block = block.next()
        # Keep document order even when a selection runs across table columns.
        return sorted(found, key=self.order.index)


#: Qt::LeftToRight and Qt::RightToLeft. Blocks get their direction as a plain property
#: value: naming the enum would build PySide's Python classes for the whole Qt namespace
#: (~20 ms), which nothing else before the first paint needs.
_LEFT_TO_RIGHT, _RIGHT_TO_LEFT = 0, 1


class _Formats:
    def __init__(self, colors: ReaderColors, families: list[str] | None = None) -> None:
        self.body = QTextCharFormat()
        self.label = QTextCharFormat()
        self.label.setForeground(brush(colors.label))
        self.label.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        self.front = QTextCharFormat()
        self.front.setForeground(brush(colors.label))
        # The UN cover page ("Distr. GENERAL", "Agenda item 110 (b)"): kept in the text, as
        # the official document has it, but set small so the title and the text come first.
        self.cover = QTextCharFormat(self.front)
        self.cover.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        self.title = QTextCharFormat()
        self.title.setFontWeight(QFont.Weight.Bold)
        self.title.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
        self.headings = {}
        for level, adjust in ((1, 1), (2, 1), (3, 0)):
            f = QTextCharFormat()
            f.setFontWeight(QFont.Weight.Bold)
            f.setProperty(QTextFormat.Property.FontSizeAdjustment, adjust)
            self.headings[level] = f
        self.link = QTextCharFormat()
        self.link.setForeground(brush(colors.link))
        self.link.setFontUnderline(True)
        self.link.setAnchor(True)
        if families:
            # Each language's own script first, so digits and punctuation in an Arabic or
            # Chinese line come from the same font as the words around them.
            for f in (self.body, self.label, self.front, self.cover, self.title, self.link,
                      *self.headings.values()):
                f.setFontFamilies(families)


_block_formats: dict[tuple[bool, float, float, int, bool, int], QTextBlockFormat] = {}


def _block_format(lang: str, *, top: float = 0, bottom: float = 6, indent: int = 0,
                  centred: bool = False, line_height: int = 135) -> QTextBlockFormat:
    # A document uses a handful of distinct block formats: made once each, not once per
    # block (the cursor copies the format it is given; nobody changes these).
    key = (is_rtl(lang), top, bottom, indent, centred, line_height)
    fmt = _block_formats.get(key)
    if fmt is None:
        fmt = _block_formats[key] = _new_block_format(lang, top, bottom, indent, centred,
                                                      line_height)
    return fmt


def _new_block_format(lang: str, top: float, bottom: float, indent: int,
                      centred: bool, line_height: int = 135) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(QTextFormat.Property.LayoutDirection,
                    _RIGHT_TO_LEFT if is_rtl(lang) else _LEFT_TO_RIGHT)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if indent:
        fmt.setIndent(indent)
    if centred:
        from PySide6.QtCore import Qt

        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return fmt


def passage_label(version: Version, pid: str) -> str:
    """The number shown before a passage: `art. 12(2)`, `para. 7`; empty for guidance."""
    if version.status not in _NUMBERED_STATUSES:
        return ""
    label = pinpoint(version, pid)
    return "" if label == pid else label


def _see_label(library: Library | None, version: Version, ref: str) -> str:
    doc_id, _, pid = ref.partition(":")
    # The label reads the target's passages, which may not have been read yet (the window
    # opens before all texts are read); a damaged one is left out then, and the notice
    # names it.
    target = library.readable_version(doc_id, version.lang) if library else None
    if target is None:
        return ref
    return short_pinpoint(target, pid)


def _related_label(library: Library | None, lang: str, ref: str) -> str:
    """A related provision's link text, in `lang`: always naming its instrument ("UDHR,
    art. 20", "Declaration on Human Rights Defenders, art. 5"), as it is in another text."""
    doc_id, _, pid = ref.partition(":")
    target = library.readable_version(doc_id, lang) if library else None
    return ref if target is None else short_pinpoint(target, pid, qualified=True)


#: References written in the guidance's own sentences ("article 12, paragraph 2, of the
#: Declaration", "l’article 9, paragraphe 3 b)", "《宣言》第9条第3款"): candidates for links,
#: each kept only if `references` reads it as a passage that exists.
_GUIDANCE_REFERENCE = (
    r"(?:[Ll][’'])?(?:[Aa]rticles?|[Aa]rt[íi]culos?) (?:premier|\d+)"
    r"(?:,? (?:paragraph|paragraphe|párrafo) \d+)?(?: ?\(?[a-z]\))?"
    r"(?:,? (?:of the (?:Universal Declaration of Human Rights|Universal Declaration"
    r"|Declaration|Covenant)|de la (?:Déclaration universelle des droits de l’homme"
    r"|Déclaration universelle|Déclaration|Declaración Universal de Derechos Humanos"
    r"|Declaración)))?"
    r"|(?:(?:подпункт[а-я]* [a-zа-я]\) )?пункт[а-я]* \d+ )?[Сс]тать[яиеюй] \d+"
    r"(?: (?:Всеобщей декларации прав человека|Декларации))?"
    r"|(?:《(?:世界人权宣言|宣言)》)?第\d+条(?:第\d+款)?(?:\([a-z]\)项)?"
    r"|(?:(?:لل|ل|و|ب)?الفقرة \d+ من )?(?:لل|ل|و|ب)?المادة \d+"
    r"(?:، الفقرة \d+(?: \([\u0621-\u064a]\))?)?"
    r"(?: من (?:الإعلان العالمي لحقوق الإنسان|الإعلان))?"
)
_guidance_reference_re: list[re.Pattern[str]] = []


def guidance_references(library: Library, version: Version, passage: Passage,
                        text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical reference) of each reference written in `text`, a paragraph
    of a guidance section; a reference naming no text is read in the section's first
    linked document (its `@see`), else the default one."""
    if not _guidance_reference_re:
        _guidance_reference_re.append(re.compile(_GUIDANCE_REFERENCE))
    from desktop.errors import UserError
    from desktop.references import canonical  # here: guidance is never the first paint

    context = passage.see[0].partition(":")[0] if passage.see else None
    found = []
    for m in _guidance_reference_re[0].finditer(text):
        words = m.group(0)
        # An Arabic prefix (ل, و, ب) is a letter of the word, not of the reference.
        try:
            ref = canonical(re.sub(r"^(?:لل|ل|و|ب)(?=ال)", "", words), library,
                            context_doc=context)
        except UserError:
            continue
        if ref.partition(":")[0] in library:
            found.append((m.start(), m.end(), ref))
    return found


def cover_lines(version: Version) -> set[int]:
    """The UN cover page (by `id` of its markers): the front-matter lines a text opens with,
    before its first heading ("UNITED NATIONS", "Distr. GENERAL", "Agenda item 110 (b)")."""
    lines: set[int] = set()
    for marker in version.passages[0].before if version.passages else ():
        if marker.level > 0:
            break
        lines.add(id(marker))
    return lines


def opening_passage(version: Version) -> str:
    """Where a text opens on its own title (the Declaration in the annex of resolution
    53/144): the passage under a heading that is the text's title; "" when none is."""
    title = " ".join(version.title.split()).casefold()
    for passage in version.passages:
        if any(" ".join(m.text.split()).casefold() == title for m in passage.before
               if m.level > 0):
            return passage.id
    return ""


class _Writer:
    """Writes blocks at a cursor; the first write into an empty cell reuses its block."""

    def __init__(self, cursor: QTextCursor, formats: _Formats, library: Library | None,
                 links: bool = True, interface: str = "", reading: str = "",
                 notes: _Formats | None = None) -> None:
        self.cursor = cursor
        self.f = formats
        #: Formats for the related provisions (fonts of the interface's language first, so
        #: Chinese punctuation and digits in them come from the Chinese font).
        self.notes_f = notes or formats
        self.library = library
        self.links = links and library is not None  # related provisions, guidance links
        self.fresh = True  # the cursor sits in an empty block that can take the first text
        #: The related provisions are the project's words, like their label: in the
        #: interface's language and direction (else the text's). Their links name the
        #: provision in the language it opens in, the reading language asked for (the
        #: Covenant is shown in English when Arabic is asked; its links open in Arabic).
        self.interface = interface
        self.reading = reading
        self._related: dict[tuple[str, str, str], dict[str, list[Related]]] = {}

    def related(self, version: Version) -> dict[str, list[Related]]:
        """The related provisions shown after each passage of `version` (both ways)."""
        if not self.links or self.library is None:
            return {}
        lang = self.interface or version.lang
        key = (version.doc, version.lang, lang)
        found = self._related.get(key)
        if found is None:
            from desktop.related import related_in  # after the first paint (add_links)

            found = self._related[key] = related_in(self.library, version, lang)
        return found

    def block(self, fmt: QTextBlockFormat, state: int = -1) -> None:
        if self.fresh:
            self.cursor.setBlockFormat(fmt)
            self.fresh = False
        else:
            self.cursor.insertBlock(fmt)
        self.cursor.block().setUserState(state)

    def markers(self, version: Version, markers: tuple[Marker, ...]) -> None:
        cover = cover_lines(version)
        for m in markers:
            if m.level == 0 and id(m) in cover:
                self.block(_block_format(version.lang, bottom=0, line_height=115))
                self.cursor.insertText(m.text, self.f.cover)
            elif m.level == 0:
                self.block(_block_format(version.lang, bottom=4))
                self.cursor.insertText(m.text, self.f.front)
            else:
                self.block(_block_format(version.lang, top=10 if m.level < 3 else 6, bottom=6))
                self.cursor.insertText(m.text, self.f.headings[m.level])

    def passage(self, version: Version, passage: Passage, state: int) -> tuple[int, int]:
        start: int | None = None
        label = passage_label(version, passage.id)
        for i, para in enumerate(passage.paragraphs):
            is_item = para.startswith("- ")
            self.block(_block_format(version.lang, bottom=8, indent=1 if is_item else 0), state)
            if start is None:
                start = self.cursor.block().position()
            if i == 0 and label:
                self.cursor.insertText(label, self.f.label)
                self.cursor.insertText("\u2003", self.f.body)  # em space: label, then text
            text = "• " + para[2:] if is_item else para
            if version.status == "project-guidance" and self.links:
                self.text_with_links(version, passage, text)
            else:
                self.cursor.insertText(text, self.f.body)
        if passage.see:
            self.block(_block_format(version.lang, bottom=10), state)
            self.cursor.insertText(
                QCoreApplication.translate("Reader", "See the text:") + " ", self.f.label
            )
            for j, ref in enumerate(passage.see):
                if j:
                    self.cursor.insertText(" · ", self.f.label)
                link = QTextCharFormat(self.f.link)
                link.setAnchorHref(LINK_SCHEME + ref)
                self.cursor.insertText(_see_label(self.library, version, ref), link)
        links = self.related(version).get(passage.id)
        if links:
            # The project's own mapping, said to be so: never mistaken for the UN's text.
            notes, f = self.interface or version.lang, self.notes_f
            self.block(_block_format(notes, top=2, bottom=4), state)
            self.cursor.insertText(QCoreApplication.translate(
                "Reader", "Related provisions (Rights at Hand’s mapping, not a UN text):"),
                f.label)
            for related in links:
                self.block(_block_format(notes, bottom=4, indent=1), state)
                link = QTextCharFormat(f.link)
                link.setAnchorHref(LINK_SCHEME + related.ref)
                self.cursor.insertText(_related_label(
                    self.library, self.reading or version.lang, related.ref), link)
                if related.reason:
                    self.cursor.insertText(" — " + related.reason, f.label)
        assert start is not None  # a passage always has text (the parser checks it)
        return start, self.cursor.position()

    def text_with_links(self, version: Version, passage: Passage, text: str) -> None:
        """A guidance paragraph, the references written in it made links."""
        assert self.library is not None
        at = 0
        for start, end, ref in guidance_references(self.library, version, passage, text):
            self.cursor.insertText(text[at:start], self.f.body)
            link = QTextCharFormat(self.f.link)
            link.setAnchorHref(LINK_SCHEME + ref)
            self.cursor.insertText(text[start:end], link)
            at = end
        self.cursor.insertText(text[at:], self.f.body)


def _new_document(font: QFont) -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(16)
    return doc


def render(
    versions: list[Version],
    colors: ReaderColors,
    font: QFont,
    library: Library | None = None,
    families: Callable[[str], list[str]] | None = None,
    mirrored: bool = False,
    links: bool = True,
    interface: str = "",
    reading: str = "",
) -> Rendered:
    """One version (a normal page) or two (side by side, aligned passage by passage).

    `families(lang)`: the font families for text in that language, best first.
    `mirrored`: the interface is right to left, so the first language goes in the right
    column (under its banner, which the interface has also moved to the right).
    `links`: with the related provisions and the links written in guidance sentences.
    `interface`: the interface's language, that of the related provisions' label, their
    reasons and direction ('' : the text's). `reading`: the language asked for when the
    first version is shown instead of it (the Covenant's English for Arabic): its related
    provisions' links name their provisions in it.
    """
    if not 1 <= len(versions) <= 2:
        raise ValueError("render takes one or two versions")
    doc = _new_document(font)
    formats = [_Formats(colors, families(v.lang) if families else None) for v in versions]
    notes = _Formats(colors, families(interface) if families else None) if (
        interface and links) else None
    first = versions[0]
    order = first.ids()
    result = Rendered(doc, list(versions), order)
    if len(versions) == 1:
        _render_single(result, first, formats[0], library, links, interface, reading, notes)
    else:
        _render_parallel(result, formats, library, mirrored, links, interface, notes)
    return result


def _render_single(
    result: Rendered, version: Version, f: _Formats, library: Library | None, links: bool,
    interface: str = "", reading: str = "", notes: _Formats | None = None,
) -> None:
    w = _Writer(QTextCursor(result.document), f, library, links, interface, reading, notes)
    w.block(_block_format(version.lang, bottom=12))
    w.cursor.insertText(version.title, f.title)
    for index, passage in enumerate(version.passages):
        w.markers(version, passage.before)
        result.spans[passage.id] = [w.passage(version, passage, index)]
    w.markers(version, version.closing)


def _render_parallel(
    result: Rendered, formats: list[_Formats], library: Library | None, mirrored: bool,
    links: bool, interface: str = "", notes: _Formats | None = None,
) -> None:
    from PySide6.QtGui import QTextFrameFormat, QTextLength, QTextTableFormat

    left, right = result.versions
    # Rows: title, then for each passage its markers (one row per marker when both
    # languages have the same markers, as the validator requires) and the passage.
    rows: list[tuple[str, object, object]] = [("title", left.title, right.title)]
    for index, pid in enumerate(result.order):
        lp = left.passages[index]
        rp = right.passage(pid)
        rmarkers = rp.before if rp is not None else ()
        if len(lp.before) == len(rmarkers):
            rows.extend(("marker", a, b) for a, b in zip(lp.before, rmarkers, strict=True))
        elif lp.before or rmarkers:
            rows.append(("markers", lp.before, rmarkers))
        rows.append(("passage", lp, rp))
    if left.closing or right.closing:
        rows.append(("markers", left.closing, right.closing))

    cursor = QTextCursor(result.document)
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    table_format.setCellPadding(6)
    table_format.setCellSpacing(0)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, 50)] * 2
    )
    table = cursor.insertTable(len(rows), 2, table_format)
    result.table = table
    index_of = {pid: i for i, pid in enumerate(result.order)}
    # Which version each column shows. Cells are written left column first: writing into a
    # cell moves every position after it, so positions recorded earlier must come first.
    versions_by_column = (1, 0) if mirrored else (0, 1)
    for row, (kind, a, b) in enumerate(rows):
        for col, i in enumerate(versions_by_column):
            version, item = ((left, a), (right, b))[i]
            cell = table.cellAt(row, col)
            f = formats[i]
            w = _Writer(cell.firstCursorPosition(), f, library, links, interface, notes=notes)
            if kind == "title":
                w.block(_block_format(version.lang, bottom=12))
                w.cursor.insertText(str(item), f.title)
            elif kind == "marker":
                assert isinstance(item, Marker)
                w.markers(version, (item,))
            elif kind == "markers":
                assert isinstance(item, tuple)
                w.markers(version, item)
            elif isinstance(item, Passage):
                span = w.passage(version, item, index_of[item.id])
                spans = result.spans.setdefault(item.id, [(0, 0), (0, 0)])
                spans[i] = span
                result.rows[item.id] = row
            else:
                # The passage is missing in this language (a translation not finished):
                # say so in the cell rather than leaving a silent gap.
                w.block(_block_format(version.lang), -1)
                w.cursor.insertText(
                    QCoreApplication.translate("Reader", "(not in this language)"), f.label
                )
