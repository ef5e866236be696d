"""The topic index: subject headings of A/RES/64/163 mapped by hand to passages.

Read from `content/topics.txt` (format described at the top of that file).
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.contentfile import ContentError, read_utf8, record_lines

#: The topic index's file, directly in the content folder.
TOPICS_FILE = "topics.txt"

_ID_RE = re.compile(r"^\[([a-z0-9-]+)\]\s*$")
_FIELD_RE = re.compile(r"^([a-z-]+):\s*(.*)$")


class Topic:
    """One subject heading and the passages it points at.

    A plain class, not a dataclass: topics are loaded at every start-up, where importing
    `dataclasses` and defining a dataclass cost more than reading all the topics.
    """

    __slots__ = ("id", "subject", "passages", "titles", "line")

    def __init__(
        self,
        id: str,
        subject: str = "",
        passages: list[str] | None = None,
        titles: dict[str, str] | None = None,
        line: int = 0,
    ) -> None:
        self.id = id
        self.subject = subject
        self.passages: list[str] = [] if passages is None else passages  # canonical references
        self.titles: dict[str, str] = {} if titles is None else titles
        self.line = line

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or self.subject


def parse_topics(text: str, path: str | Path = "topics.txt") -> list[Topic]:
    topics: list[Topic] = []
    seen: set[str] = set()
    current: Topic | None = None
    for n, line in record_lines(text):
        m = _ID_RE.match(line)
        if m:
            if m.group(1) in seen:
                raise ContentError(path, n, f"topic [{m.group(1)}] given twice")
            seen.add(m.group(1))
            current = Topic(m.group(1), line=n)
            topics.append(current)
            continue
        m = _FIELD_RE.match(line)
        if not m or current is None:
            raise ContentError(path, n, "expected '[topic-id]' or 'field: value'")
        key, value = m.group(1), m.group(2).strip()
        if key == "subject":
            current.subject = value
        elif key == "passages":
            current.passages = [r.strip() for r in value.split(",") if r.strip()]
        elif len(key) == 2:
            current.titles[key] = value
        else:
            raise ContentError(path, n, f"unknown topic field {key!r}")
    return topics


def load_topics(root: Path | None = None) -> list[Topic]:
    if root is None:
        from desktop.paths import content_dir

        root = content_dir()
    path = root / TOPICS_FILE
    if not path.is_file():
        return []
    return parse_topics(read_utf8(path), path)
