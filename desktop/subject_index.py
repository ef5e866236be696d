"""The subject index: everyday words in six languages mapped to the passages they concern.

Read from `content/subject-index/*.idx` (the project's own work, not UN text; format in
content/README.md). Each concept is one block::

    [protest]
    passages: declaration:art-5.a, declaration:art-12.1, res-64-163:pp-3
    en: Protest; demonstration; rally; march; sit-in
    fr: Manifestation; manif; rassemblement
    ...

The first term of a language is the concept's heading in the A-Z index; the others are the
words and phrases people type for it. Passages are canonical references, most to the point
first (search ranks them in that order). Qt-free and whoosh-free: search matches terms in
`desktop.search.expansion`, the Index panel and the `index` verb list them from here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from desktop.contentfile import ContentError, read_utf8, record_lines
from desktop.languages import LANGUAGES

#: The subject index's folder, directly in the content folder, and its files' suffix
#: (not `.txt`: the library reads every `<folder>/<name>.txt` as a document).
FOLDER = "subject-index"
SUFFIX = ".idx"

_ID_RE = re.compile(r"^\[([a-z0-9-]+)\]\s*$")
_FIELD_RE = re.compile(r"^([a-z-]+):\s*(.*)$")


class Concept:
    """One entry of the index: its terms per language and the passages it concerns."""

    __slots__ = ("id", "passages", "terms", "path", "line")

    def __init__(self, id: str, path: str = "", line: int = 0) -> None:
        self.id = id
        self.passages: list[str] = []  # canonical references, most to the point first
        self.terms: dict[str, list[str]] = {}  # language -> terms, the heading first
        self.path = path
        self.line = line

    def heading(self, lang: str) -> str:
        """The entry's name in `lang` (English when that language has none)."""
        terms = self.terms.get(lang) or self.terms.get("en") or [self.id]
        return terms[0]


def parse(text: str, path: str | Path = "index.idx") -> list[Concept]:
    """The concepts of one file; raises ContentError at the first line it cannot read."""
    concepts: list[Concept] = []
    seen: set[str] = set()
    current: Concept | None = None
    for n, line in record_lines(text):
        m = _ID_RE.match(line)
        if m:
            if m.group(1) in seen:
                raise ContentError(path, n, f"concept [{m.group(1)}] given twice")
            seen.add(m.group(1))
            current = Concept(m.group(1), str(path), n)
            concepts.append(current)
            continue
        m = _FIELD_RE.match(line)
        if not m or current is None:
            raise ContentError(path, n, "expected '[concept-id]' or 'field: value'")
        key, value = m.group(1), m.group(2).strip()
        if key == "passages":
            current.passages = [r.strip() for r in value.split(",") if r.strip()]
        elif key in LANGUAGES:
            if key in current.terms:
                raise ContentError(path, n, f"concept [{current.id}]: {key} given twice")
            current.terms[key] = [t.strip() for t in value.split(";") if t.strip()]
        else:
            raise ContentError(path, n, f"unknown field {key!r} in concept [{current.id}]")
    return concepts


def files(root: Path) -> list[Path]:
    folder = root / FOLDER
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith((".", "_")))


class SubjectIndex:
    """Every concept of the content folder, and the files that could not be read."""

    def __init__(self, concepts: list[Concept], problems: list[ContentError]) -> None:
        self.concepts = concepts
        self.problems = problems
        self.by_id = {c.id: c for c in concepts}

    def __len__(self) -> int:
        return len(self.concepts)

    def entries(self, lang: str) -> list[tuple[str, str, Concept]]:
        """(group, heading, concept) in the order of an index at the back of a book in
        `lang`: see `sort_key` and `group_of`."""
        rows = [(c.heading(lang), c) for c in self.concepts]
        rows.sort(key=lambda hc: sort_key(lang, hc[0]))
        return [(group_of(lang, h), h, c) for h, c in rows]

    def find(self, term: str, lang: str | None = None) -> list[Concept]:
        """Concepts having `term` (as written, without case or accents) among their terms
        in `lang` (in any language when None); a concept id is found too."""
        want = _plain(term)
        if not want:
            return []
        out = []
        for c in self.concepts:
            langs = [lang] if lang else list(c.terms)
            if want == c.id or any(_plain(t) == want for la in langs for t in c.terms.get(la, [])):
                out.append(c)
        return out


def load(root: Path | None = None) -> SubjectIndex:
    """The subject index of a content folder; a file that cannot be read is left out and
    named in `problems` (the content validation reports it; search works without it)."""
    if root is None:
        from desktop.paths import content_dir

        root = content_dir()
    concepts: list[Concept] = []
    problems: list[ContentError] = []
    seen: dict[str, Concept] = {}
    for path in files(root):
        try:
            found = parse(read_utf8(path), path)
        except ContentError as exc:
            problems.append(exc)
            continue
        except OSError as exc:
            problems.append(ContentError(path, 0, f"cannot be read ({exc.strerror or exc})"))
            continue
        for c in found:
            if c.id in seen:
                problems.append(ContentError(path, c.line, f"concept [{c.id}] is also in "
                                             f"{Path(seen[c.id].path).name}"))
                continue
            seen[c.id] = c
            concepts.append(c)
    return SubjectIndex(concepts, problems)


# --- order of the A-Z index ---------------------------------------------------------------

_ARABIC_ARTICLE = ("ال",)
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def _plain(text: str) -> str:
    """Case, accents (Latin letters only: Cyrillic й keeps its breve), ё and Arabic letter
    variants and marks folded; spaces collapsed."""
    out = []
    for ch in unicodedata.normalize("NFC", text.strip().casefold()):
        if "\u00c0" <= ch < "\u0250" or "\u1e00" <= ch < "\u1f00":
            ch = "".join(c for c in unicodedata.normalize("NFD", ch)
                         if not unicodedata.combining(c))
        elif "\u064b" <= ch <= "\u065f" or ch == "\u0640":
            continue
        out.append(ch)
    t = "".join(out).replace("ё", "е").translate(_ARABIC_FOLD)
    return " ".join(t.split())


def sort_key(lang: str, heading: str) -> tuple[str, str]:
    """Latin and Cyrillic: alphabetical, without case or accents (ё with е). Arabic:
    alphabetical by letters (Unicode's Arabic block is in alphabetical order), the article
    ال not counted, as in Arabic indexes. Chinese: by radical and stroke count, the order
    of the CJK Unified Ideographs block (no pinyin data is shipped)."""
    plain = _plain(heading)
    if lang == "ar":
        for article in _ARABIC_ARTICLE:
            if plain.startswith(article) and len(plain) > len(article) + 1:
                plain = plain[len(article):]
                break
    return plain, heading


def group_of(lang: str, heading: str) -> str:
    """The letter (or, in Chinese, the first character) a heading is filed under."""
    plain = sort_key(lang, heading)[0]
    first = next((c for c in plain if c.isalnum()), "")
    if not first:
        return "#"
    if first.isdigit():
        return "0–9"
    if lang == "zh" and not first.isascii():
        return first
    return first.upper()
