"""Building, checking and finding the whoosh index.

An index folder holds the whoosh files and `index-info.json`::

    {"format": 1, "analysis": 1, "whoosh": "2.7.5", "content-digest": "<sha256>",
     "passages": 1234, "languages": ["en", ...], "files": {"MAIN_xyz.seg": "<sha256>", ...}}

`content-digest` is `desktop.manifest.content_digest` of the content the index was built
from; `files` lets `verify` and the start-up check see a damaged or altered index. The
shipped index (`python -m desktop.search.build`) is opened read-only; when it is missing,
stale or damaged the app builds its own in the user cache (or, if nothing can be written,
in memory) and never crashes over an index.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import whoosh
from whoosh import index as windex
from whoosh.filedb.filestore import RamStorage

from desktop.library import Library, Passage
from desktop.manifest import sha256_file
from desktop.search.analysis import ANALYSIS_VERSION, make_schema, raw_field, stem_field

log = logging.getLogger(__name__)

INFO_NAME = "index-info.json"
FORMAT = 1

Progress = Callable[[int, int], None]


def content_digest(library: Library) -> str:
    """The content digest the index must match (the manifest's definition).

    Read from the files on disk, not from `library`; a file the library left out because it
    cannot be read counts as unreadable (`manifest.UNREADABLE`) rather than stopping here.
    """
    from desktop.manifest import content_digest as manifest_digest

    return manifest_digest(library.root)


def indexed_text(passage: Passage) -> str:
    """What is indexed for a passage: its text, then the headings just above it.

    Headings ("Article 12", a guidance section title) make a passage findable by the words
    people use for it; they come after the text so highlight offsets in the text stay right.
    """
    headings = [m.text for m in passage.before if m.level > 0]
    return passage.text if not headings else passage.text + "\n" + "\n".join(headings)


def passages_in_order(library: Library) -> list[Passage]:
    return [p for doc in library for v in doc.versions.values() for p in v.passages]


def _fill(writer: Any, library: Library, progress: Progress | None) -> int:
    passages = passages_in_order(library)
    total = len(passages)
    step = max(1, total // 100)
    for i, p in enumerate(passages):
        text = indexed_text(p)
        status = library.version(p.doc, p.lang).status
        writer.add_document(
            key=f"{p.doc}:{p.id}:{p.lang}",
            doc=p.doc,
            passage=p.id,
            lang=p.lang,
            status=status,
            **{stem_field(p.lang): text, raw_field(p.lang): text},
        )
        if progress is not None and (i % step == 0):
            progress(i, total)
    return total


def build_index(library: Library, outdir: Path, progress: Progress | None = None) -> Path:
    """Build a fresh index of `library` into `outdir`, replacing it only when complete."""
    outdir = Path(outdir)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    digest = content_digest(library)
    tmp = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.tmp-", dir=outdir.parent))
    try:
        tmp.chmod(0o755)  # mkdtemp makes it private; the shipped index is read by everyone
        ix = windex.create_in(str(tmp), make_schema())
        writer = ix.writer(limitmb=128)
        total = _fill(writer, library, progress)
        writer.commit(optimize=True)  # one segment: fastest to search
        ix.close()
        files = {
            p.name: sha256_file(p)
            for p in sorted(tmp.iterdir())
            if p.is_file() and p.name != INFO_NAME
        }
        info = {
            "format": FORMAT,
            "analysis": ANALYSIS_VERSION,
            "whoosh": whoosh.versionstring(),
            "content-digest": digest,
            "passages": total,
            "languages": library.languages(),
            "files": files,
        }
        (tmp / INFO_NAME).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        _replace_dir(tmp, outdir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if progress is not None:
        progress(total, total)
    return outdir


def _replace_dir(new: Path, target: Path) -> None:
    """Put `new` at `target`; an old index there is moved aside first, then deleted."""
    old: Path | None = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    try:
        os.replace(new, target)
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def build_in_memory(library: Library, progress: Progress | None = None) -> Any:
    """A RAM index, for when no folder can be written (read-only stick, full disk)."""
    ix = RamStorage().create_index(make_schema())
    writer = ix.writer()
    total = _fill(writer, library, progress)
    writer.commit(optimize=True)
    if progress is not None:
        progress(total, total)
    return ix


def read_info(index_dir: Path) -> dict[str, Any]:
    data = json.loads((Path(index_dir) / INFO_NAME).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not an object")
    return data


def check_index(index_dir: Path, library: Library, digest: str | None = None) -> list[str]:
    """Problems that make this index unusable for `library`; empty when it matches."""
    index_dir = Path(index_dir)
    if not index_dir.is_dir():
        return [f"{index_dir}: no index here"]
    try:
        info = read_info(index_dir)
    except FileNotFoundError:
        return [f"{index_dir}: {INFO_NAME} is missing"]
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        return [f"{index_dir}/{INFO_NAME}: cannot be read ({exc})"]
    problems: list[str] = []
    if info.get("format") != FORMAT or info.get("analysis") != ANALYSIS_VERSION:
        problems.append(
            f"{index_dir}: built by another version of the search code "
            f"(format {info.get('format')}, analysis {info.get('analysis')}; "
            f"this one reads format {FORMAT}, analysis {ANALYSIS_VERSION})"
        )
    want = digest or content_digest(library)
    if info.get("content-digest") != want:
        problems.append(f"{index_dir}: built from other content than the content now present")
    files = info.get("files")
    if not isinstance(files, dict) or not files:
        problems.append(f"{index_dir}/{INFO_NAME}: lists no index files")
        return problems
    for name, sha in sorted(files.items()):
        path = index_dir / name
        if "/" in name or "\\" in name or name.startswith("."):
            problems.append(f"{index_dir}/{INFO_NAME}: bad file name {name!r}")
        elif not path.is_file():
            problems.append(f"{path}: missing")
        else:
            try:
                same = sha256_file(path) == sha
            except OSError as exc:
                # An index file the system will not read makes this index unusable, like a
                # damaged one: another is built, and `verify` lists it with the rest.
                problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
                continue
            if not same:
                problems.append(f"{path}: differs from the file the index was built with")
    passages = sum(1 for _ in library.passages())
    if info.get("passages") != passages:
        problems.append(
            f"{index_dir}: holds {info.get('passages')} passages, the content has {passages}"
        )
    return problems


def open_read_only(index_dir: Path) -> Any:
    return windex.open_dir(str(index_dir), readonly=True)
