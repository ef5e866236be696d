"""The topic index: subject headings of A/RES/64/163 mapped by hand to passages.

Read from `content/topics.txt` (format described at the top of that file).
"""

from __future__ import annotations

from pathlib import Path

from desktop.contentfile import ContentError, read_utf8, record_lines

#: The topic index's file, directly in the content folder.
TOPICS_FILE = "topics.txt"

#: Letters of a topic id ("[a-z0-9-]+") and of a field name ("[a-z-]+"). The two line forms
#: are read with string methods, not patterns: the topics are read at every start, before
#: the first paint, where compiling two patterns cost more than reading every line.
_ID_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_FIELD_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _topic_id(line: str) -> str | None:
    """"[some-id]" (spaces after it allowed) -> "some-id"; None for another line."""
    line = line.rstrip()
    if line.startswith("[") and line.endswith("]"):
        inner = line[1:-1]
        if inner and _ID_LETTERS.issuperset(inner):
            return inner
    return None


def _field(line: str) -> tuple[str, str] | None:
    """"key: value" -> (key, value); None for another line."""
    key, sep, value = line.partition(":")
    if sep and key and _FIELD_LETTERS.issuperset(key):
        return key, value
    return None


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
        topic_id = _topic_id(line)
        if topic_id is not None:
            if topic_id in seen:
                raise ContentError(path, n, f"topic [{topic_id}] given twice")
            seen.add(topic_id)
            current = Topic(topic_id, line=n)
            topics.append(current)
            continue
        field = _field(line)
        if field is None or current is None:
            raise ContentError(path, n, "expected '[topic-id]' or 'field: value'")
        key, value = field[0], field[1].strip()
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
