"""A heading with an id (the Covenant's `## [part-3] PART III`) as one unit (Qt-free).

Such a heading names the passages under it (`Version.select("part-3")`: articles 6 to 27).
Passages shown, printed, copied or cited as exactly that group are the part, and are
treated as one, the way a whole article is cited once ("art. 12") rather than paragraph by
paragraph:

- one citation, for the part ("International Covenant on Civil and Political Rights,
  Part III"), never one per article (`desktop.printing.printout`);
- the headings under it ("Article 6", "Article 7" ...) kept among the passages wherever its
  text is given as text (`show`, `show --json`, "Copy with citation"), so a reader can tell
  where each article begins (`with_headings`).

Which passages make the part is read from the content, as `select` reads it, so a list of
ids given any other way (a selection in the reader, a range `art-6.1..art-27`, a bookmark
made before parts had ids) is the part exactly when it holds the same passages.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.contentfile import Marker
from desktop.library import Version


def starts_heading(version: Version, pid: str) -> bool:
    """Whether passage `pid` is the first under a heading with an id: a quick test before
    the passages of a range are listed (~80 µs) to see whether they make a part."""
    passage = version.passage(pid)
    return passage is not None and any(m.id for m in passage.before)


def spanned_heading(version: Version, pids: Sequence[str]) -> Marker | None:
    """The heading with an id whose passages are exactly `pids`, in order (`part-3` for
    art-6.1 ... art-27 of the Covenant); None for anything else."""
    if not pids:
        return None
    first = version.passage(pids[0])
    if first is None:
        return None
    for marker in first.before:
        # Only a heading standing before the first passage can start at it.
        if marker.id and [p.id for p in version.select(marker.id)] == list(pids):
            return marker
    return None


def heading_blocks(version: Version, pids: Sequence[str], heading: Marker) -> list[str]:
    """The passages of `heading`'s group, each a block of its headings ("PART III",
    "Article 6"; from `heading` on, for the first) and its text, one per line."""
    blocks: list[str] = []
    for n, pid in enumerate(pids):
        passage = version.passage(pid)
        if passage is None:
            continue
        markers = passage.before
        if n == 0:
            markers = markers[markers.index(heading):]
        lines = [m.text for m in markers if m.level > 0]
        blocks.append("\n".join([*lines, passage.text]))
    return blocks


def with_headings(version: Version, pids: Sequence[str]) -> list[str] | None:
    """`heading_blocks` when `pids` are a heading's passages; None otherwise (passages that
    are no such unit are given as before, with their lead-ins: `desktop.lead_ins`)."""
    heading = spanned_heading(version, pids)
    return None if heading is None else heading_blocks(version, pids, heading)
