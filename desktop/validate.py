"""The content validator: run by the tests, by `verify`, and before a manifest is written.

Checks that every language version of a document has the English passage ids in the same
order and the same structure (headings and front matter in the same places), that headers
are complete, that text is NFC with no U+FFFD or control characters, that guidance links
and topics point at passages that exist, and that all files share one content version.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.contentfile import (
    REQUIRED_FIELDS,
    STATUSES,
    TRANSLATION_FIELDS,
    Marker,
)
from desktop.languages import LANGUAGES
from desktop.library import Library, NothingReadable, Version


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        # Line 0: about the whole file or folder (nothing in it was read, or it is missing).
        if not self.line:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


def _shape(markers: tuple[Marker, ...]) -> list[int]:
    return [m.level for m in markers]


def _bad_characters(text: str) -> str | None:
    if "\ufffd" in text:
        return "contains U+FFFD (a character lost in extraction)"
    if not unicodedata.is_normalized("NFC", text):
        return "text is not NFC-normalised"
    for ch in text:
        if unicodedata.category(ch) == "Cc" and ch not in "\n\t":
            return f"contains control character U+{ord(ch):04X}"
    return None


def _check_version(v: Version, ref: Version, exists: Callable[[str], bool]) -> list[Problem]:
    out: list[Problem] = []
    path = str(v.path)
    lines = v.header_lines
    for key in REQUIRED_FIELDS:
        if not v.header.get(key):
            out.append(Problem(path, 1, f"header field {key!r} is missing or empty"))
    status = v.header.get("status", "")
    if status and status not in STATUSES:
        out.append(Problem(path, lines.get("status", 1),
                           f"status {status!r} is not one of {', '.join(STATUSES)}"))
    if status == "unofficial-translation":
        for key in TRANSLATION_FIELDS:
            if not v.header.get(key):
                out.append(Problem(path, lines.get(key, 1),
                                   f"a translation needs header field {key!r}"))
    if v.header.get("document") != v.path.parent.name:
        out.append(Problem(path, lines.get("document", 1),
                           f"'document' should be {v.path.parent.name!r}"))
    if v.header.get("language") != v.path.stem:
        out.append(Problem(path, lines.get("language", 1),
                           f"'language' should be {v.path.stem!r}"))
    if v.path.stem not in LANGUAGES:
        out.append(Problem(path, 1, f"{v.path.stem!r} is not one of {', '.join(LANGUAGES)}"))
    for key, value in v.header.items():
        bad = _bad_characters(value)
        if bad:
            out.append(Problem(path, lines.get(key, 1), f"header {key!r} {bad}"))

    for p in v.passages:
        for para in p.paragraphs:
            bad = _bad_characters(para)
            if bad:
                out.append(Problem(path, p.line, f"[{p.id}] {bad}"))
        if not p.text.strip():
            out.append(Problem(path, p.line, f"[{p.id}] is empty"))
        for m in p.before:
            bad = _bad_characters(m.text)
            if bad:
                out.append(Problem(path, p.line, f"line before [{p.id}] {bad}"))
        for target in p.see:
            if not exists(target):
                out.append(
                    Problem(path, p.line, f"[{p.id}] links to {target}, which does not exist")
                )

    if v is ref:
        return out
    ids, ref_ids = v.ids(), ref.ids()
    if ids != ref_ids:
        missing = [i for i in ref_ids if i not in ids]
        extra = [i for i in ids if i not in ref_ids]
        if missing or extra:
            detail = []
            if missing:
                detail.append("missing " + ", ".join(missing[:8]))
            if extra:
                detail.append("not in the English " + ", ".join(extra[:8]))
            out.append(
                Problem(path, 1, "passage ids differ from the English: " + "; ".join(detail))
            )
        else:
            first = next(i for i, (a, b) in enumerate(zip(ids, ref_ids, strict=True)) if a != b)
            out.append(
                Problem(
                    path,
                    v.passages[first].line,
                    f"passage [{ids[first]}] is out of order "
                    f"(the English has [{ref_ids[first]}] here)",
                )
            )
        return out
    for p, rp in zip(v.passages, ref.passages, strict=True):
        if _shape(p.before) != _shape(rp.before):
            out.append(
                Problem(
                    path, p.line, f"headings/front matter before [{p.id}] differ from the English"
                )
            )
        if len(p.see) != len(rp.see) or set(p.see) != set(rp.see):
            out.append(Problem(path, p.line, f"[{p.id}] links differ from the English"))
    if _shape(v.closing) != _shape(ref.closing):
        out.append(Problem(path, 1, "closing lines differ from the English"))
    return out


def _exists(library: Library, ref: str, left_out: set[str]) -> bool:
    """Whether `ref` names passages; a document whose every file was left out (each named
    as a problem of its own) cannot be looked into, so a link there is not one more."""
    doc, _, pid = ref.partition(":")
    if doc not in library:
        return doc in left_out and bool(pid)
    if not pid:
        return False
    return bool(library.document(doc).reference_version.select(pid))


def validate(root: Path | None = None) -> list[Problem]:
    """Every problem found in the content folder; empty when all is well."""
    if root is None:
        from desktop.paths import content_dir

        root = content_dir()
    try:
        # Lenient: every damaged or unreadable file is one problem, and the rest are still
        # checked, so one bad file does not hide the others (strict loading stopped at the
        # first, and at an unreadable file with an OSError that listed nothing else).
        library = Library.load(root, lenient=True)
    except NothingReadable as exc:
        # Every text is damaged or unreadable: the message names the first (the manifest
        # check beside this one in `verify` names every file that differs). The folder is
        # the problem's path, so it is not said twice.
        return [Problem(str(root), 0, str(exc).replace(f" in {root}", "", 1))]
    out = [Problem(e.path, e.line, e.message) for e in library.problems]
    # The documents with a file left out, and their English files left out.
    left_out_files = {Path(e.path) for e in library.problems}
    left_out = {path.parent.name for path in left_out_files if path.parent.parent == root}

    def exists(ref: str) -> bool:
        return _exists(library, ref, left_out)

    versions_seen: set[str] = set()
    for doc in library:
        if "en" not in doc.versions and root / doc.id / "en.txt" not in left_out_files:
            out.append(Problem(str(root / doc.id), 0, "no English version (en.txt) to align with"))
        ref = doc.reference_version
        for v in doc.versions.values():
            out.extend(_check_version(v, ref, exists))
            versions_seen.add(v.content_version)
    if len(versions_seen) > 1:
        out.append(
            Problem(str(root), 0, f"files disagree on content-version: {sorted(versions_seen)}")
        )
    topics_path = str(root / "topics.txt")
    for topic in library.topics:
        if "en" not in topic.titles:
            out.append(Problem(topics_path, topic.line, f"topic [{topic.id}] has no English title"))
        if not topic.passages:
            out.append(Problem(topics_path, topic.line, f"topic [{topic.id}] lists no passages"))
        for target in topic.passages:
            if not exists(target):
                out.append(
                    Problem(
                        topics_path,
                        topic.line,
                        f"topic [{topic.id}] points at {target}, which does not exist",
                    )
                )
        for lang, title in topic.titles.items():
            bad = _bad_characters(title) if lang in LANGUAGES else f"unknown language {lang!r}"
            if bad:
                out.append(
                    Problem(topics_path, topic.line, f"topic [{topic.id}] title {lang}: {bad}")
                )
    out.extend(_check_subject_index(root, exists))
    return out


def _check_subject_index(root: Path, exists: Callable[[str], bool]) -> list[Problem]:
    """Every concept has terms in the six languages, each term can be matched, and every
    passage it names exists (content/README.md, "Subject index")."""
    from desktop import subject_index
    from desktop.search.expansion import term_key

    index = subject_index.load(root)
    out = [Problem(e.path, e.line, e.message) for e in index.problems]
    for c in index.concepts:
        def problem(message: str, c: subject_index.Concept = c) -> None:
            out.append(Problem(c.path, c.line, f"concept [{c.id}] {message}"))

        missing = [lang for lang in LANGUAGES if not c.terms.get(lang)]
        if missing:
            problem(f"has no terms in {', '.join(missing)}")
        if not c.passages:
            problem("lists no passages")
        for target in c.passages:
            if not exists(target):
                problem(f"points at {target}, which does not exist")
        for lang, terms in c.terms.items():
            for term in terms:
                bad = _bad_characters(term)
                if bad:
                    problem(f"term {term!r} ({lang}): {bad}")
                elif term_key(lang, term) == (frozenset(), ()):
                    problem(f"term {term!r} ({lang}) has only stopwords: it can never match")
    out.extend(_check_related(root, exists))
    return out


def _check_related(root: Path, exists: Callable[[str], bool]) -> list[Problem]:
    """The related provisions (content/related.txt): every end of every link exists, and
    every group gives its reason in each of the six languages."""
    from desktop.contentfile import ContentError
    from desktop.related import RELATED_FILE, load_related

    path = str(root / RELATED_FILE)
    try:
        groups = load_related(root)
    except ContentError as exc:
        return [Problem(exc.path, exc.line, exc.message)]
    except OSError as exc:
        return [Problem(path, 0, f"cannot be read ({exc.strerror or exc})")]
    out: list[Problem] = []
    for group in groups:
        for ref in (group.source, *group.targets):
            if not exists(ref):
                out.append(Problem(path, group.line,
                                   f"[{group.id}] links {ref}, which does not exist"))
        for lang in LANGUAGES:
            if not group.reasons.get(lang):
                out.append(Problem(path, group.line, f"[{group.id}] has no {lang} reason"))
        for lang, reason in group.reasons.items():
            bad = _bad_characters(reason) if lang in LANGUAGES else f"unknown language {lang!r}"
            if bad:
                out.append(Problem(path, group.line, f"[{group.id}] reason {lang}: {bad}"))
    return out


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else None
    problems = validate(root)
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print("content is valid")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
