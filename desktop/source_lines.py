"""The "Source:" line of a text in the interface's (or a printout's) language.

Each content file's `source` header says, once, in one language, where its text comes from
(mostly English: "UN document A/RES/53/144 (8 March 1999), French version ..."). The table
`content/source-lines.txt` holds the same sentence translated for each interface language
(format in content/README.md, Source lines); where it has none, the header is shown as it is.
Qt-free: the interface and the printouts both read it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from desktop.library import Version

TABLE_NAME = "source-lines.txt"


@lru_cache(maxsize=4)
def _raw(path: Path, _mtime: float) -> bytes:
    return path.read_bytes()


def _parse(lines: list[str], table: dict[str, dict[str, str]],
           only: str | None = None) -> None:
    """Fill `table` from `lines` (format in content/README.md); with `only`, stop at the
    first section header after the lines of that one section."""
    current: dict[str, str] | None = table.setdefault(only, {}) if only is not None else None
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("[") and line.endswith("]"):
            if only is not None:
                return
            current = table.setdefault(line[1:-1].strip(), {})
            continue
        lang, sep, sentence = line.partition(": ")
        if current is not None and sep and len(lang) == 2 and sentence.strip():
            current[lang] = sentence.strip()


@lru_cache(maxsize=4)
def _table(path: Path, _mtime: float) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    _parse(_raw(path, _mtime).decode("utf-8").splitlines(), table)
    return table


@lru_cache(maxsize=64)
def _section(path: Path, _mtime: float, key: str) -> dict[str, str]:
    """The sentences of one text, read from its own section alone: the banner of the first
    page needs one of ~50 sections, and decoding and splitting the whole 50 KB file before
    the first paint cost ~3 M instructions (bench/startup.py --instructions). Where the
    section is not written as "[key]" at the start of a line, the whole table decides."""
    raw = _raw(path, _mtime)
    marker = b"[" + key.encode("utf-8") + b"]"
    if raw.startswith(marker):
        start = len(marker)
    else:
        found = raw.find(b"\n" + marker)
        if found < 0:
            return _table(path, _mtime).get(key, {})
        start = found + 1 + len(marker)
    end = raw.find(b"\n[", start)
    table: dict[str, dict[str, str]] = {}
    _parse(raw[start:end if end >= 0 else len(raw)].decode("utf-8").splitlines(), table, key)
    return table[key]


def read_table(root: Path) -> dict[str, dict[str, str]]:
    """`root`'s table: "document/lang" -> interface language -> sentence ({} when it is
    missing or cannot be read: every text then shows its own header)."""
    path = root / TABLE_NAME
    try:
        return _table(path, path.stat().st_mtime)
    except (OSError, UnicodeDecodeError):
        return {}


def source_line(version: Version, lang: str) -> str:
    """Where `version`'s text comes from, said in `lang` where the table has it."""
    own = version.header.get("source", "")
    path = Path(version.path).parent.parent / TABLE_NAME
    try:
        sentences = _section(path, path.stat().st_mtime, f"{version.doc}/{version.lang}")
    except (OSError, UnicodeDecodeError):
        return own
    return sentences.get(lang, own)
