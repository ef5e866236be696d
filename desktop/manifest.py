"""The content manifest: SHA-256 of every bundled content file, and the content version.

`content/manifest.json` is written by `make manifest` (`python -m desktop.manifest`) and
checked by `rights-at-hand verify` and at start-up: a changed byte in any content file shows.

    {
      "format": 1,
      "content-version": "2026.11.28",
      "content-digest": "<sha256 over the files the library loads>",
      "files": {"declaration/en.txt": "<sha256>", ...}
    }
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import UserError

MANIFEST_NAME = "manifest.json"
FORMAT = 1


class ManifestError(UserError):
    """The manifest is missing or unreadable."""


def content_files(root: Path) -> list[Path]:
    """Every file under the content folder that the manifest covers, sorted."""
    files = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or rel.name == MANIFEST_NAME:
            continue
        if any(part.startswith((".", "__")) for part in rel.parts):
            continue
        files.append(path)
    return files


def library_files(root: Path) -> list[Path]:
    """The files the library and the index are built from: the documents a load reads
    (`library.text_files`), the topics and the subject index."""
    from desktop import subject_index
    from desktop.library import text_files
    from desktop.topics import TOPICS_FILE

    topics = root / TOPICS_FILE
    return text_files(root) + ([topics] if topics.is_file() else []) + subject_index.files(root)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


#: Hashed in place of the bytes of a library file that cannot be read (no permission, an
#: I/O error, a folder where the file should be). It starts with a byte no UTF-8 text has,
#: so it never stands for a text the library reads; the index is then built without that
#: file, as the lenient library leaves it out.
UNREADABLE = b"\xff(unreadable)"


def content_digest(root: Path | None = None) -> str:
    """One SHA-256 over the library's files (path and bytes); the search index records it.

    A file that cannot be read counts as `UNREADABLE`, not as an error: the reading verbs
    and the app leave it out and search the rest, so the digest must still say what the
    index has to match. It differs from the digest of the shipped content (so the shipped
    index is not used: it holds the text that is now left out), it is the same at every
    start while the file stays unreadable (so the index built without it is reused), and
    it changes back once the file can be read again.
    """
    if root is None:
        from desktop.paths import content_dir

        root = content_dir()
    h = hashlib.sha256()
    for path in library_files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        try:
            data = path.read_bytes()
        except OSError:
            data = UNREADABLE
        h.update(data)
        h.update(b"\0")
    return h.hexdigest()


def build_manifest(root: Path, content_version: str) -> dict[str, object]:
    return {
        "format": FORMAT,
        "content-version": content_version,
        "content-digest": content_digest(root),
        "files": {p.relative_to(root).as_posix(): sha256_file(p) for p in content_files(root)},
    }


def load_manifest(root: Path | None = None) -> dict[str, object]:
    if root is None:
        from desktop.paths import content_dir

        root = content_dir()
    path = root / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ManifestError(f"{path}: the content manifest is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: the content manifest cannot be read ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise ManifestError(f"{path}: not a content manifest")
    return data


@dataclass(frozen=True)
class Mismatch:
    file: str  # relative to the content folder
    problem: str  # "changed", "missing", "unexpected"

    def __str__(self) -> str:
        words = {
            "changed": "differs from the manifest",
            "missing": "is listed in the manifest but missing",
            "unexpected": "is not in the manifest",
        }
        return f"{self.file}: {words.get(self.problem, self.problem)}"


def compare(root: Path, manifest: dict[str, object]) -> list[Mismatch]:
    """Every content file that differs from the manifest, is missing, or is extra.

    A file that cannot be read (permissions, an I/O error) is a mismatch of its own
    instead of an OSError that stops the check of every other file."""
    listed = manifest["files"]
    assert isinstance(listed, dict)
    found = {p.relative_to(root).as_posix(): p for p in content_files(root)}
    out: list[Mismatch] = []
    for rel, digest in sorted(listed.items()):
        path = found.get(rel)
        if path is None:
            out.append(Mismatch(rel, "missing"))
            continue
        try:
            if sha256_file(path) != digest:
                out.append(Mismatch(rel, "changed"))
        except OSError as exc:
            # Mismatch prints a problem it has no words for as it is.
            out.append(Mismatch(rel, f"cannot be read ({exc.strerror or exc})"))
    out.extend(Mismatch(rel, "unexpected") for rel in sorted(set(found) - set(listed)))
    return out


def write_manifest(root: Path) -> Path:
    """Rewrite content/manifest.json (safely: temp file, then rename)."""
    from desktop.library import Library

    library = Library.load(root)
    versions = {v.content_version for d in library for v in d.versions.values()}
    if len(versions) != 1:
        raise ManifestError(f"content files disagree on content-version: {sorted(versions)}")
    data = build_manifest(root, versions.pop())
    path = root / MANIFEST_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def main(argv: list[str]) -> int:
    from desktop.paths import content_dir

    root = Path(argv[0]) if argv else content_dir()
    path = write_manifest(root)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
