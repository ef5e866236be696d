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
def _table(path: Path, _mtime: float) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = table.setdefault(line[1:-1].strip(), {})
            continue
        lang, sep, sentence = line.partition(": ")
        if current is not None and sep and len(lang) == 2 and sentence.strip():
            current[lang] = sentence.strip()
    return table


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
    root = Path(version.path).parent.parent
    return read_table(root).get(f"{version.doc}/{version.lang}", {}).get(lang, own)
