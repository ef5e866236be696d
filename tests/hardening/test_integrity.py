"""Tampering shows: an altered content file is named by `verify` and by the start-up check."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.integrity import check_content
from desktop.library import Library
from tests.cli_helpers import run_cli

ALTERED_DOC = "res-64-163"
ALTERED_FILE = "res-64-163/en.txt"


def alter(content: Path, rel: str = ALTERED_FILE) -> None:
    """Change one word of a passage, the way a tamperer would (the file still parses)."""
    path = content / rel
    lib = Library.load(content)
    version = lib.version(ALTERED_DOC, "en")
    passage = version.passages[len(version.passages) // 2]
    old = passage.paragraphs[0]
    # "not" inserted: the most damaging one-word change, and the file stays well formed.
    new = old.replace(" ", " not ", 1)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert Library.load(content).version(ALTERED_DOC, "en").passage(passage.id) is not None


def test_pristine_copy_has_no_warning(content_copy: Path) -> None:
    report = check_content(content_copy)
    assert report.ok, report.problems
    assert report.altered_documents == set()
    assert all(report.warning_for(d.id) is None for d in Library.load(content_copy))


def test_warning_names_the_altered_document_only(content_copy: Path) -> None:
    alter(content_copy)
    report = check_content(content_copy)
    assert not report.ok
    assert report.altered_documents == {ALTERED_DOC}
    warning = report.warning_for(ALTERED_DOC)
    assert warning and "altered" in warning
    others = [d.id for d in Library.load(content_copy) if d.id != ALTERED_DOC]
    assert others, "the test needs a second document"
    assert [d for d in others if report.warning_for(d) is not None] == []


def test_deleted_and_added_files_count_as_altered(content_copy: Path) -> None:
    (content_copy / "declaration" / "fr.txt").unlink()
    extra = content_copy / "guide-safety" / "xx.txt"
    extra.write_text("document: guide-safety\n", encoding="utf-8")
    report = check_content(content_copy)
    assert report.altered_documents == {"declaration", "guide-safety"}
    assert report.warning_for("declaration") and report.warning_for("guide-safety")
    assert report.warning_for(ALTERED_DOC) is None


@pytest.mark.parametrize("damage", ["missing", "garbage"])
def test_without_a_readable_manifest_every_document_is_suspect(
    content_copy: Path, damage: str
) -> None:
    # Deleting the manifest is the cheapest way to hide an edit: it must not silence the
    # warning. check_content marks this with "*" in altered_documents.
    manifest = content_copy / "manifest.json"
    if damage == "missing":
        manifest.unlink()
    else:
        manifest.write_bytes(b"\x00\xffnot json{")
    report = check_content(content_copy)
    assert not report.ok
    for doc in Library.load(content_copy):
        assert report.warning_for(doc.id), f"no warning for {doc.id} with the manifest {damage}"


def test_verify_exits_1_naming_the_altered_document(content_copy: Path, data_dir: Path) -> None:
    alter(content_copy)
    env = {"RIGHTS_AT_HAND_CONTENT_DIR": str(content_copy)}
    out = run_cli("verify", data_dir=data_dir, env=env)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    assert f"{ALTERED_FILE}: differs from the manifest" in out.stderr
    # Every content file named is the altered one: nothing else is accused.
    named = [line for line in out.stderr.splitlines() if line.startswith("content/")]
    assert named and all(line.startswith(f"content/{ALTERED_DOC}/") for line in named), named


@pytest.mark.parametrize(("ref", "warned"), [(f"{ALTERED_DOC}:op-7", True), ("art 12", False)])
def test_export_pdf_warns_on_the_altered_document_only(
    content_copy: Path, data_dir: Path, tmp_path: Path, ref: str, warned: bool
) -> None:
    from pypdf import PdfReader

    alter(content_copy)
    out = tmp_path / "out.pdf"
    env = {"RIGHTS_AT_HAND_CONTENT_DIR": str(content_copy)}
    done = run_cli("export-pdf", ref, "-o", str(out), data_dir=data_dir, env=env)
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(out)).pages)
    text = " ".join(text.split())  # not NFKC: the PDF must hold the words as typed
    assert ("may have been altered" in text) == warned, text[:300]
