"""Back / forward history of the reader, like a web browser's (no Qt needed)."""

from __future__ import annotations

#: Steps kept in memory; older ones fall off.
MAX_STEPS = 200


class Location:
    """A place in the texts: a document and a passage ("" = the top of the document).
    A plain class with slots, not a NamedTuple: quicker to define at start-up."""

    __slots__ = ("doc", "pid")

    def __init__(self, doc: str, pid: str) -> None:
        self.doc = doc
        self.pid = pid  # "" = top of the document

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Location)
                and (self.doc, self.pid) == (other.doc, other.pid))

    def __hash__(self) -> int:
        return hash((self.doc, self.pid))

    def __repr__(self) -> str:
        return f"Location({self.doc!r}, {self.pid!r})"

    @property
    def ref(self) -> str:
        return f"{self.doc}:{self.pid}" if self.pid else self.doc

    @classmethod
    def from_ref(cls, ref: str) -> Location:
        doc, _, pid = ref.partition(":")
        return cls(doc, pid)


class History:
    def __init__(self) -> None:
        self._steps: list[Location] = []
        self._index = -1

    @property
    def current(self) -> Location | None:
        return self._steps[self._index] if self._index >= 0 else None

    def visit(self, location: Location) -> None:
        """A new place: forward steps are dropped, as in a browser."""
        if self.current == location:
            return
        del self._steps[self._index + 1:]
        self._steps.append(location)
        if len(self._steps) > MAX_STEPS:
            del self._steps[0]
        self._index = len(self._steps) - 1

    def can_back(self) -> bool:
        return self._index > 0

    def can_forward(self) -> bool:
        return self._index < len(self._steps) - 1

    def back(self) -> Location | None:
        if not self.can_back():
            return None
        self._index -= 1
        return self._steps[self._index]

    def forward(self) -> Location | None:
        if not self.can_forward():
            return None
        self._index += 1
        return self._steps[self._index]

    def recent(self) -> list[str]:
        """References visited, newest first, without repeats (what settings keep)."""
        seen: list[str] = []
        for loc in reversed(self._steps[: self._index + 1]):
            if loc.ref not in seen:
                seen.append(loc.ref)
        return seen

    def restore(self, refs: list[str]) -> None:
        """Start from a stored list (newest first), the newest being the current place."""
        self._steps = [Location.from_ref(r) for r in reversed(refs) if r]
        self._index = len(self._steps) - 1
