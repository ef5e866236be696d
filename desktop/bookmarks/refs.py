"""What a bookmark points at: one passage, a group of passages, or a range of them.

    declaration:art-12.2                 one passage
    declaration:art-12                   article 12, every paragraph of it
    declaration:art-12.1..art-12.3       a range, in document order, both ends included
    res-64-163:op-2..op-4

The document is named once, before the colon; the end of a range is a passage id in the same
document. Parsing checks the syntax only: a bookmark survives a content update that renames
a passage (the panel then shows it as not found instead of losing the note).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.library import Passage, Version

_PID = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*"
_DOC = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
TARGET_RE = re.compile(rf"^({_DOC}):({_PID})(?:\.\.({_PID}))?$")
MAX_REF_LENGTH = 200


class BadTarget(UserError, ValueError):
    """Text that is not a canonical passage reference or range."""


@dataclass(frozen=True)
class Target:
    doc: str
    start: str
    end: str  # the same as `start` for a single passage or group

    @classmethod
    def parse(cls, text: str) -> Target:
        if not isinstance(text, str) or len(text) > MAX_REF_LENGTH:
            raise BadTarget("a bookmark reference must be short text")
        m = TARGET_RE.match(text.strip())
        if not m:
            raise BadTarget(
                f"{text!r} is not a passage reference such as declaration:art-12.2 "
                "or declaration:art-12.1..art-12.3"
            )
        doc, start, end = m.group(1), m.group(2), m.group(3) or m.group(2)
        return cls(doc, start, end)

    @property
    def is_range(self) -> bool:
        return self.start != self.end

    @property
    def ref(self) -> str:
        """Canonical text: `declaration:art-12.2` or `declaration:art-12.1..art-12.3`."""
        return f"{self.doc}:{self.start}" + (f"..{self.end}" if self.is_range else "")

    def __str__(self) -> str:
        return self.ref

    def passage_ids(self, version: Version) -> list[str]:
        """The passage ids covered, in document order; [] if an end is not in this version."""
        return [p.id for p in self.passages(version)]

    def passages(self, version: Version) -> list[Passage]:
        first = version.select(self.start)
        last = version.select(self.end)
        if not first or not last:
            return []
        ids = version.ids()
        i, j = ids.index(first[0].id), ids.index(last[-1].id)
        if j < i:
            # A range written backwards (art-14..art-12) still means the same passages.
            i, j = ids.index(last[0].id), ids.index(first[-1].id)
        return version.passages[i : j + 1]
