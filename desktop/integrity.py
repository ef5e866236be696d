"""Is the bundled content what was shipped? Content against the manifest, and the index.

Used by `verify` and by the app at start-up: a mismatch names the altered documents so the
reader can show a persistent warning and printouts from them can carry it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import manifest as manifest_mod
from desktop.errors import UserError
from desktop.manifest import Mismatch

if TYPE_CHECKING:
    from desktop.library import Library


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    altered_documents: set[str] = field(default_factory=set)
    files_checked: int = 0
    content_version: str = ""
    index_note: str = "index not checked"
    #: Each file that differs from the manifest, by its path under the content folder.
    mismatches: list[Mismatch] = field(default_factory=list)
    #: Why nothing could be checked (no manifest, or one that cannot be read), if so.
    manifest_problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def warning_for(self, doc_id: str) -> str | None:
        """The warning a reader or printout of this document must carry, if any."""
        if doc_id in self.altered_documents or "*" in self.altered_documents:
            return (
                "Warning: this text differs from the text shipped with Rights at Hand. "
                "It may have been altered; check it against the official UN document."
            )
        return None

    def altered_files(self, root: Path) -> list[tuple[Path, str]]:
        """(file, what is wrong with it) for each text the library reads from `root` that
        is not the shipped one: "changed", or "unexpected" (not shipped at all), with
        "index-" before it for a file of the subject index (the project's own, not a UN
        text: nothing official to check it against). Files it does not read (the README,
        the terminology tables) and files that are missing are left to `verify`: no text is
        read from them. Without a usable manifest, the manifest, as "manifest"
        (`manifest_problem` says why). The verbs say each in the language asked for
        (the `altered_*` lines of desktop.verbs.lines)."""
        if self.manifest_problem:
            return [(root / manifest_mod.MANIFEST_NAME, "manifest")]
        read = set(manifest_mod.library_files(root))
        out = []
        for mismatch in self.mismatches:
            path = root / mismatch.file
            if mismatch.problem in ("changed", "unexpected") and path in read:
                index = mismatch.file.startswith("subject-index/")
                out.append((path, ("index-" if index else "") + mismatch.problem))
        return out


def check_content(root: Path) -> IntegrityReport:
    report = IntegrityReport()
    try:
        manifest = manifest_mod.load_manifest(root)
    except UserError as exc:
        report.problems.append(str(exc))
        report.altered_documents.add("*")
        report.manifest_problem = str(exc)
        return report
    report.content_version = str(manifest.get("content-version", ""))
    files = manifest["files"]
    assert isinstance(files, dict)
    report.files_checked = len(files)
    report.mismatches = manifest_mod.compare(root, manifest)
    for mismatch in report.mismatches:
        report.problems.append(f"content/{mismatch}")
        parts = mismatch.file.split("/")
        if len(parts) == 2:
            report.altered_documents.add(parts[0])
        elif mismatch.file == "topics.txt":
            report.altered_documents.add("topics")
    return report


# The check of the library a verb or the window read, kept so the next one that needs it
# (the warning `export-pdf` prints on its pages; the window `open REF` opens after warning on
# the terminal) does not hash the content again, and cannot disagree with it. Only the last
# one is kept: a process reads one library.
_last_report: tuple[Library, IntegrityReport] | None = None


def content_report(library: Library) -> IntegrityReport:
    """The content of `library.root` checked against the manifest, once per library."""
    global _last_report
    if _last_report is not None and _last_report[0] is library:
        return _last_report[1]
    report = check_content(library.root)
    _last_report = (library, report)
    return report


def check_all(root: Path, check_index: bool = True) -> IntegrityReport:
    report = check_content(root)
    from desktop.validate import validate

    report.problems.extend(
        f"content/{p}" if not p.path.startswith("/") else str(p) for p in validate(root)
    )
    if check_index:
        report.index_note = _check_index(report, root)
    return report


def _check_index(report: IntegrityReport, root: Path) -> str:
    """Check the shipped search index against the content in `root`."""
    from desktop import paths
    from desktop.contentfile import ContentError
    from desktop.library import Library
    from desktop.search import check_index

    index_dir = paths.shipped_index_dir()
    if not index_dir.exists():
        return f"no prebuilt index at {index_dir} (the app builds one in the user cache)"
    try:
        library = Library.load(root)
    except (ContentError, OSError):
        # A damaged or unreadable file: the validator has listed it with the rest.
        return "index not checked: the content cannot be loaded (see above)"
    problems = check_index(index_dir, library)
    if problems:
        report.problems.extend(f"index: {p}" for p in problems)
        return "index differs"
    return "the search index matches"
