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

    [art-12.2]                            <- a passage: its id, then one or more text lines
    2. The State shall take all ...

    [plain-art-5]
    @see declaration:art-5                <- optional links from guidance to the texts
    Text of the section ...

Lines starting with `%` are comments. A passage ends at the next blank line. Several
text lines in one passage are paragraphs of that passage; a line starting with "- " is
a list item. Headings and front matter belong to the passage that follows them; those
after the last passage are the document's closing lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import UserError

PASSAGE_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$")
_BLOCK_ID_RE = re.compile(r"^\[([^\]\s]*)\]\s*$")
_HEADER_RE = re.compile(r"^([a-z][a-z0-9-]*):\s?(.*)$")

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


@dataclass(frozen=True)
class Marker:
    """A non-citable line of structure: a heading (level 1-3) or front matter (level 0)."""

    level: int
    text: str


@dataclass(frozen=True)
class RawPassage:
    id: str
    paragraphs: tuple[str, ...]
    before: tuple[Marker, ...] = ()
    see: tuple[str, ...] = ()
    line: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class ContentFile:
    path: str
    header: dict[str, str]
    passages: list[RawPassage] = field(default_factory=list)
    closing: tuple[Marker, ...] = ()
    header_lines: dict[str, int] = field(default_factory=dict)


def parse_text(text: str, path: str | Path = "<text>") -> ContentFile:
    """Parse one content file's text. Raises ContentError naming path and line."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    header: dict[str, str] = {}
    header_lines: dict[str, int] = {}
    i = 0
    # Header: key: value lines up to '---'.
    while True:
        if i >= len(lines):
            last = max(1, text.rstrip("\n").count("\n") + 1)
            raise ContentError(path, last, "no '---' line ends the header")
        raw = lines[i].rstrip("\r")
        i += 1
        if raw == "---":
            break
        if not raw.strip() or raw.startswith("%"):
            continue
        m = _HEADER_RE.match(raw)
        if not m:
            raise ContentError(path, i, f"header line is not 'field: value': {raw[:60]!r}")
        key, value = m.group(1), m.group(2).strip()
        if key in header:
            raise ContentError(path, i, f"header field {key!r} given twice")
        header[key] = value
        header_lines[key] = i

    result = ContentFile(path=str(path), header=header, header_lines=header_lines)
    pending: list[Marker] = []
    seen: dict[str, int] = {}
    block_id: str | None = None
    block_line = 0
    block_see: list[str] = []
    block_paras: list[str] = []

    def close_block() -> None:
        nonlocal block_id, block_see, block_paras, pending
        if block_id is None:
            return
        if not block_paras:
            raise ContentError(path, block_line, f"passage [{block_id}] has no text")
        result.passages.append(
            RawPassage(
                id=block_id,
                paragraphs=tuple(block_paras),
                before=tuple(pending),
                see=tuple(block_see),
                line=block_line,
            )
        )
        pending = []
        block_id = None
        block_see = []
        block_paras = []

    while i < len(lines):
        raw = lines[i].rstrip("\r")
        i += 1
        if raw.startswith("%"):
            continue
        if not raw.strip():
            close_block()
            continue
        if block_id is not None:
            if raw.startswith("@see "):
                if block_paras:
                    raise ContentError(path, i, "'@see' must come before the passage text")
                block_see.extend(r.strip() for r in raw[5:].split(",") if r.strip())
                continue
            if raw.startswith("[") and _BLOCK_ID_RE.match(raw):
                raise ContentError(path, i, "a new passage needs a blank line before it")
            block_paras.append(raw.strip())
            continue
        m = _BLOCK_ID_RE.match(raw)
        if m:
            pid = m.group(1)
            if not PASSAGE_ID_RE.match(pid):
                raise ContentError(path, i, f"malformed passage id [{pid}]")
            if pid in seen:
                raise ContentError(path, i, f"passage id [{pid}] already used on line {seen[pid]}")
            seen[pid] = i
            block_id, block_line = pid, i
            continue
        if raw.startswith("#"):
            hashes = len(raw) - len(raw.lstrip("#"))
            body = raw[hashes:].strip()
            if hashes > 3 or not body or raw[hashes] != " ":
                raise ContentError(path, i, "a heading is '# text', '## text' or '### text'")
            pending.append(Marker(hashes, body))
            continue
        if raw.startswith("| ") or raw == "|":
            pending.append(Marker(0, raw[2:].strip()))
            continue
        raise ContentError(
            path,
            i,
            "text outside a passage: start a passage with '[id]' on its own line, "
            "a heading with '#', or front matter with '| '",
        )
    close_block()
    result.closing = tuple(pending)
    return result


def read_utf8(path: Path) -> str:
    """A content file's text; undecodable bytes are a ContentError naming their line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, "not valid UTF-8") from None


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
            out.append(("| " + m.text) if m.level == 0 else ("#" * m.level + " " + m.text))

    for p in cf.passages:
        markers(p.before)
        out.append("")
        out.append(f"[{p.id}]")
        if p.see:
            out.append("@see " + ", ".join(p.see))
        out.extend(p.paragraphs)
    markers(cf.closing)
    return "\n".join(out) + "\n"


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)
