"""Reading and writing the content file format (one document in one language).

The format is plain UTF-8 text so translators can work in any editor and diffs stay
readable. A file is a header, a line `---`, then the body::

    document: declaration
    language: en
    title: Declaration on the Right and Responsibility ...
    status: official
    ---
    | Distr. GENERAL                      <- front matter (masthead), shown but not citable

    # ANNEX                               <- heading, level 1 to 3 by the number of '#'

    ## [part-3] PART III                  <- a heading with an id names the passages under it

    [art-12.2]                            <- a passage: its id, then one or more text lines
    2. The State shall take all ...

    [plain-art-5]
    @see declaration:art-5                <- optional links from guidance to the texts
    Text of the section ...

Lines starting with `%` are comments. A passage ends at the next blank line. Several
text lines in one passage are paragraphs of that passage; a line starting with "- " is
a list item. Headings and front matter belong to the passage that follows them; those
after the last passage are the document's closing lines.

A heading may start with an id in brackets (`## [part-3] PART III`, the Covenant's parts):
the id is not shown; it names the passages from the one the heading stands before up to
the next heading of the same or a higher level (or the end), so `iccpr:part-3` is cited,
bookmarked and printed like a passage. Heading ids are well-formed passage ids, unique
among the file's passage and heading ids, and never the id of a passage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple, TypeVar

from desktop.errors import UserError

PASSAGE_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$")
_BLOCK_ID_RE = re.compile(r"^\[([^\]\s]*)\]\s*$")
_HEADING_ID_RE = re.compile(r"^\[([^\]\s]*)\]\s+(\S.*)$")
_FIELD_NAME_RE = re.compile(r"[a-z][a-z0-9-]*")
# The line that ends the header, found in the file's bytes so a lazy load decodes only the
# header. Same test as the text parser: the line is '---' once trailing '\r' are removed.
# Two patterns, the second starting with a literal, search much faster than one with '^'.
_FIRST_LINE_DASHES_RE = re.compile(rb"---\r*(?=\n|\Z)")
_HEADER_END_RE = re.compile(rb"\n---\r*(?=\n|\Z)")
_BOM = b"\xef\xbb\xbf"

#: Header fields every file must have.
REQUIRED_FIELDS: tuple[str, ...] = (
    "document",
    "language",
    "title",
    "short-title",
    "citation-title",
    "status",
    "source",
    "cleaning",
    "content-version",
)

#: Extra fields a project translation must carry (who made it, when, from what).
TRANSLATION_FIELDS: tuple[str, ...] = ("translator", "translated-on", "translated-from")

STATUSES: tuple[str, ...] = ("official", "unofficial-translation", "project-guidance")


class ContentError(UserError, ValueError):
    """A content file that does not follow the format; names the file and line."""

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


# Records are NamedTuples and plain classes rather than dataclasses: this module is imported
# at every start-up, and on CPython 3.11 importing `dataclasses` and defining each dataclass
# cost milliseconds. NamedTuples are also quicker to create, which matters for the ~800
# passages and their markers built at each load.


class Marker(NamedTuple):
    """A non-citable line of structure: a heading (level 1-3) or front matter (level 0)."""

    level: int
    text: str
    id: str = ""  # a heading's id (`## [part-3] PART III`), naming the passages under it


class RawPassage(NamedTuple):
    id: str
    paragraphs: tuple[str, ...]
    before: tuple[Marker, ...] = ()
    see: tuple[str, ...] = ()
    line: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


class ContentFile:
    """One parsed file, as `parse_text` returns it and `format_file` writes it."""

    __slots__ = ("path", "header", "passages", "closing", "header_lines")

    def __init__(
        self,
        path: str,
        header: dict[str, str],
        passages: list[RawPassage] | None = None,
        closing: tuple[Marker, ...] = (),
        header_lines: dict[str, int] | None = None,
    ) -> None:
        self.path = path
        self.header = header
        self.passages: list[RawPassage] = [] if passages is None else passages
        self.closing = closing
        self.header_lines: dict[str, int] = {} if header_lines is None else header_lines


P = TypeVar("P")
#: Builds one passage from (id, paragraphs, before, see, line): `RawPassage` for
#: `parse_text`, the library's own `Passage` (made directly, without a RawPassage first).
PassageMaker = Callable[[str, tuple[str, ...], tuple[Marker, ...], tuple[str, ...], int], P]


def parse_text(text: str, path: str | Path = "<text>") -> ContentFile:
    """Parse one content file's text. Raises ContentError naming path and line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    header, header_lines, lines, start = parse_header(text, path)
    passages, closing = parse_body(lines[start:], start + 1, path, RawPassage)
    return ContentFile(str(path), header, passages, closing, header_lines)


def text_lines(text: str) -> list[str]:
    """The lines of `text`, without their line feeds and the carriage returns before them."""
    lines = text.split("\n")
    if "\r" in text:  # one test for the whole text rather than one rstrip per line
        lines = [raw.rstrip("\r") for raw in lines]
    return lines


def parse_header(
    text: str, path: str | Path
) -> tuple[dict[str, str], dict[str, int], list[str], int]:
    """The header at the start of `text` (BOM already removed), up to its '---' line.

    Returns the fields, the line of each field, all the lines of `text` and the index of
    the body's first line in them (so the body's first line number is that index + 1).
    """
    lines = text_lines(text)
    header: dict[str, str] = {}
    header_lines: dict[str, int] = {}
    for n, raw in enumerate(lines, 1):
        if raw == "---":
            return header, header_lines, lines, n
        if not raw.strip() or raw[0] == "%":
            continue
        # partition rather than one regular expression over the whole line: the same test
        # ('name: value', the name in lower-case letters, digits and '-'), and cheaper on
        # the long 'source' and 'cleaning' values.
        key, colon, value = raw.partition(":")
        if not colon or not _FIELD_NAME_RE.fullmatch(key):
            raise ContentError(path, n, f"header line is not 'field: value': {raw[:60]!r}")
        if key in header:
            raise ContentError(path, n, f"header field {key!r} given twice")
        header[key] = value.strip()
        header_lines[key] = n
    last = max(1, text.rstrip("\n").count("\n") + 1)
    raise ContentError(path, last, "no '---' line ends the header")


def parse_body(
    lines: list[str], first: int, path: str | Path, make: PassageMaker[P]
) -> tuple[list[P], tuple[Marker, ...]]:
    """The passages and closing markers of a body (`text_lines`) that starts at line `first`."""
    passages: list[P] = []
    pending: list[Marker] = []  # headings and front matter waiting for their passage
    seen: dict[str, int] = {}
    block_id: str | None = None  # the passage being read, if any
    block_line = 0
    block_see: list[str] = []
    block_paras: list[str] = []
    n = first - 1
    # One blank line more closes the last passage, as a blank line in the file does.
    for raw in [*lines, ""]:
        n += 1
        # First-character tests before any regular expression: most lines are passage
        # text, and a passage id, a heading or front matter always starts with its sign.
        if not raw or raw.isspace():
            if block_id is not None:
                if not block_paras:
                    raise ContentError(path, block_line, f"passage [{block_id}] has no text")
                passages.append(
                    make(block_id, tuple(block_paras), tuple(pending), tuple(block_see), block_line)
                )
                pending = []
                block_id = None
                block_see = []
                block_paras = []
            continue
        c = raw[0]
        if c == "%":
            continue
        if block_id is not None:
            if c == "@" and raw.startswith("@see "):
                if block_paras:
                    raise ContentError(path, n, "'@see' must come before the passage text")
                block_see.extend(r.strip() for r in raw[5:].split(",") if r.strip())
            elif c == "[" and _BLOCK_ID_RE.match(raw):
                raise ContentError(path, n, "a new passage needs a blank line before it")
            else:
                block_paras.append(raw.strip())
            continue
        if c == "[":
            m = _BLOCK_ID_RE.match(raw)
            if m:
                pid = m.group(1)
                if not PASSAGE_ID_RE.match(pid):
                    raise ContentError(path, n, f"malformed passage id [{pid}]")
                if pid in seen:
                    raise ContentError(
                        path, n, f"passage id [{pid}] already used on line {seen[pid]}"
                    )
                seen[pid] = n
                block_id, block_line = pid, n
                continue
        elif c == "#":
            hashes = len(raw) - len(raw.lstrip("#"))
            body = raw[hashes:].strip()
            if hashes > 3 or not body or raw[hashes] != " ":
                raise ContentError(path, n, "a heading is '# text', '## text' or '### text'")
            hid = ""
            if body[0] == "[":
                m = _HEADING_ID_RE.match(body)
                if not m or not PASSAGE_ID_RE.match(m.group(1)):
                    raise ContentError(path, n, "a heading's id is '## [id] text', the id "
                                       "written as a passage id")
                hid, body = m.group(1), m.group(2)
                if hid in seen:
                    raise ContentError(path, n, f"id [{hid}] already used on line {seen[hid]}")
                seen[hid] = n
            pending.append(Marker(hashes, body, hid))
            continue
        elif c == "|" and (raw == "|" or raw[1] == " "):
            pending.append(Marker(0, raw[2:].strip()))
            continue
        raise ContentError(
            path,
            n,
            "text outside a passage: start a passage with '[id]' on its own line, "
            "a heading with '#', or front matter with '| '",
        )
    return passages, tuple(pending)


def split_header(
    data: bytes, path: str | Path
) -> tuple[dict[str, str], dict[str, int], bytes, int] | None:
    """A file's header parsed from its bytes, and its body left undecoded (for a lazy load).

    Returns the fields, their lines, the body's bytes and the number of its first line;
    `decode_utf8(body, path, first)`, `text_lines` and `parse_body` read the body when it is
    needed. None when the header is damaged in any way: the caller then parses the whole
    file as `read_file` does, so that the error is exactly the one an eager load reports
    (which can come from the body: bytes that are not UTF-8 anywhere are reported first).
    """
    if data.startswith(_BOM):
        data = data[3:]
    m = _FIRST_LINE_DASHES_RE.match(data) or _HEADER_END_RE.search(data)
    if m is None:
        return None
    try:
        head = data[: m.end()].decode("utf-8")
        header, header_lines, _, start = parse_header(head, path)
    except (UnicodeDecodeError, ContentError):
        return None
    # The header ends at the first '---' line, so it ends exactly where the match does.
    return header, header_lines, data[m.end() + 1 :], start + 1


def decode_utf8(data: bytes, path: str | Path, first: int = 1) -> str:
    """`data` as text; undecodable bytes are a ContentError naming their line.

    `first` is the number of the line `data` starts with (a body read after its header).
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first + data.count(b"\n", 0, exc.start)
        raise ContentError(path, line, "not valid UTF-8") from None


def read_utf8(path: Path) -> str:
    """A content file's text; undecodable bytes are a ContentError naming their line."""
    return decode_utf8(path.read_bytes(), path)


def read_file(path: Path) -> ContentFile:
    """Read and parse a content file."""
    return parse_text(read_utf8(path), path)


def format_file(cf: ContentFile) -> str:
    """Serialise a ContentFile back to text (used by the import tool)."""
    out: list[str] = [f"{k}: {v}" for k, v in cf.header.items()]
    out.append("---")

    def markers(ms: tuple[Marker, ...]) -> None:
        for m in ms:
            out.append("")
            ident = f"[{m.id}] " if m.id else ""
            out.append(("| " + m.text) if m.level == 0 else ("#" * m.level + " " + ident + m.text))

    for p in cf.passages:
        markers(p.before)
        out.append("")
        out.append(f"[{p.id}]")
        if p.see:
            out.append("@see " + ", ".join(p.see))
        out.extend(p.paragraphs)
    markers(cf.closing)
    return "\n".join(out) + "\n"


def record_lines(text: str) -> Iterator[tuple[int, str]]:
    """(number, line) of each line of a record file (the topics, the related provisions):
    `[id]` and `field: value` lines, blank lines and `%` comments left out."""
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if line.strip() and not line.startswith("%"):
            yield n, line


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
