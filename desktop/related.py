"""Related provisions: the project's own mapping of each article of the Declaration on Human
Rights Defenders to the provisions of the Universal Declaration and the Covenant it restates
or rests on. Not UN text: the reader says so wherever it shows them.

Read from `content/related.txt`, one block a link group::

    [decl-5-assembly]
    from: declaration:art-5
    to: udhr:art-20, iccpr:art-21
    en: Peaceful assembly and association: the Declaration restates them for defenders.
    fr: ...                                  (one reason line in each of the six languages)

Each `to` reference is one link from `from`, with the block's reason; the reader shows every
link both ways, after the last passage of each end (a group such as `declaration:art-5` ends
with art-5.c). `validate` checks that every end exists and every language has its reason.
"""

from __future__ import annotations

import logging
import re
import weakref
from pathlib import Path
from typing import NamedTuple

from desktop.contentfile import ContentError, read_utf8, record_lines
from desktop.library import Library, Version

log = logging.getLogger(__name__)

#: The related provisions' file, directly in the content folder.
RELATED_FILE = "related.txt"

_ID_RE = re.compile(r"^\[([a-z0-9-]+)\]\s*$")
_FIELD_RE = re.compile(r"^([a-z-]+):\s*(.*)$")


class LinkGroup(NamedTuple):
    id: str
    source: str  # canonical reference: declaration:art-5
    targets: tuple[str, ...]  # canonical references
    reasons: dict[str, str]  # language -> one line
    line: int

    def reason(self, lang: str) -> str:
        return self.reasons.get(lang) or self.reasons.get("en", "")


class Related(NamedTuple):
    """One link as seen from one of its ends: where it goes and why."""

    ref: str  # the other end, canonical
    reason: str


def parse_related(text: str, path: str | Path = RELATED_FILE) -> list[LinkGroup]:
    blocks: list[tuple[str, int, dict[str, str]]] = []  # id, line, fields
    for n, line in record_lines(text):
        m = _ID_RE.match(line)
        if m:
            if any(b[0] == m.group(1) for b in blocks):
                raise ContentError(path, n, f"link group [{m.group(1)}] given twice")
            blocks.append((m.group(1), n, {}))
            continue
        m = _FIELD_RE.match(line)
        if not m or not blocks:
            raise ContentError(path, n, "expected '[group-id]' or 'field: value'")
        key, value = m.group(1), m.group(2).strip()
        if key not in ("from", "to") and len(key) != 2:
            raise ContentError(path, n, f"unknown field {key!r}")
        if key in blocks[-1][2]:
            raise ContentError(path, n, f"field {key!r} given twice")
        blocks[-1][2][key] = value
    groups = []
    for gid, at, fields in blocks:
        source = fields.pop("from", "")
        targets = tuple(r.strip() for r in fields.pop("to", "").split(",") if r.strip())
        if not source or not targets:
            raise ContentError(path, at, f"[{gid}] needs 'from' and 'to'")
        groups.append(LinkGroup(gid, source, targets, fields, at))
    return groups


def load_related(root: Path) -> list[LinkGroup]:
    path = root / RELATED_FILE
    if not path.is_file():
        return []
    return parse_related(read_utf8(path), path)


_CACHE: weakref.WeakKeyDictionary[Library, list[LinkGroup]] = weakref.WeakKeyDictionary()


def groups_of(library: Library) -> list[LinkGroup]:
    """The library's link groups, read once; a damaged file gives none (the validator,
    which `verify` and `make manifest` run, names it), never an error while reading."""
    found = _CACHE.get(library)
    if found is None:
        try:
            found = load_related(library.root)
        except (ContentError, OSError):
            log.exception("related provisions cannot be read; shown without them")
            found = []
        _CACHE[library] = found
    return found


def _last_of(version: Version, pid: str) -> str | None:
    """The last passage of group `pid` in `version` (where its links are shown)."""
    passages = version.select(pid)
    return passages[-1].id if passages else None


def related_in(library: Library, version: Version,
               lang: str = "") -> dict[str, list[Related]]:
    """For each passage of `version` that ends a linked group: the links from there, in
    the order of the file, with their reason in `lang` (the reader gives the interface's
    language, that of the "Related provisions" label the reasons follow; by default the
    version's)."""
    out: dict[str, list[Related]] = {}
    for group in groups_of(library):
        ends = [(group.source, target) for target in group.targets]
        ends += [(target, group.source) for target in group.targets]
        for here, there in ends:
            doc, _, pid = here.partition(":")
            if doc != version.doc:
                continue
            last = _last_of(version, pid)
            if last is None:
                continue
            links = out.setdefault(last, [])
            if all(r.ref != there for r in links):
                links.append(Related(there, group.reason(lang or version.lang)))
    return out
