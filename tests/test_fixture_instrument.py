"""Adding an instrument is data: the fixture instrument (tests/fixtures/instrument/) is
copied into a copy of the content, as content/README.md ("Adding an instrument") says, and
the unchanged app reads, searches, cites, prints and bookmarks it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT, run_cli

FIXTURE = ROOT / "tests" / "fixtures" / "instrument"
CITED = "Fixture Covenant on Testing (test data, not a real instrument), art. 2(2)(a)"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("added") / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(FIXTURE / "fixture-covenant", content / "fixture-covenant")
    # The README's steps: validate and write the manifest (what `make manifest` runs).
    for module in ("desktop.validate", "desktop.manifest"):
        done = subprocess.run([sys.executable, "-m", module, str(content)], cwd=ROOT,
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    return content


def _cli(content: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = run_cli(*args, data_dir=data, env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_manifest_covers_it_and_verify_passes(content: Path) -> None:
    from desktop.integrity import check_all

    files = json.loads((content / "manifest.json").read_text("utf-8"))["files"]
    assert {"fixture-covenant/en.txt", "fixture-covenant/fr.txt"} <= set(files)
    report = check_all(content, check_index=False)
    assert report.ok, report.problems


def test_it_is_read_and_cited_by_its_names(content: Path, tmp_path: Path) -> None:
    done = _cli(content, tmp_path, "show", "FCT art. 2(2)(a)", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["doc"], data["passage"], data["status"]) == (
        "fixture-covenant", "art-2.2.a", "official")
    assert data["text"] == "(a) that its articles can be printed;"
    assert data["citation"] == CITED
    assert data["lead_in"] == "2. The Parties shall ensure:"
    french = json.loads(_cli(content, tmp_path, "show", "PFT article premier", "--lang", "fr",
                             "--json").stdout)
    assert french["citation"] == ("Pacte fictif sur les essais (données de test, pas un vrai "
                                  "instrument), art. 1")
    # A language it has no text in: its English text with the notice.
    russian = json.loads(_cli(content, tmp_path, "show", "ФКТ статья 1", "--lang", "ru",
                              "--json").stdout)
    assert russian["lang"] == "en" and "Официальный русский текст" in russian["notice"]
    # An article it does not have: the usual clear error.
    missing = _cli(content, tmp_path, "show", "FCT art. 3")
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("no passage art-3 in fixture-covenant "
                                           "(from 'FCT art. 3')")


def test_it_is_searched(content: Path, tmp_path: Path) -> None:
    done = _cli(content, tmp_path, "search", "quokka", "--json")
    hits = json.loads(done.stdout)["hits"]
    assert {(h["doc"], h["passage"], h["lang"]) for h in hits} == {
        ("fixture-covenant", "art-1", "en"), ("fixture-covenant", "art-1", "fr")}


def test_it_is_printed_side_by_side(content: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "f.pdf"
    done = _cli(content, tmp_path, "export-pdf", "FCT 2", "--lang", "fr", "--parallel", "en",
                "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(unicodedata.normalize(
        "NFKC", "".join(p.extract_text() for p in PdfReader(out).pages)).split())
    for words in ("1. Toute personne a le droit de citer ce texte.",
                  "1. Everyone has the right to cite this fixture.",
                  "(b) that its articles can be bookmarked.",
                  # A whole article is cited once, in each language.
                  "Fixture Covenant on Testing (test data, not a real instrument), art. 2",
                  "Pacte fictif sur les essais (données de test, pas un vrai instrument), "
                  "art. 2"):
        assert words in text, words


def test_it_is_bookmarked_exported_imported_and_printed(content: Path, tmp_path: Path) -> None:
    from desktop.bookmarks.exchange import import_file, write_export
    from desktop.bookmarks.store import Store
    from desktop.library import Library
    from desktop.printing.printout import build_bookmarks

    library = Library.load(content)
    first = Store.open(tmp_path / "one.sqlite3")
    first.add("fixture-covenant:art-2.2.a", note="Print this", lang="en")
    first.add("fixture-covenant:art-2.1..art-2.2.b", lang="fr")
    exported = tmp_path / "bookmarks.json"
    assert write_export(first, exported) == 2
    second = Store.open(tmp_path / "two.sqlite3")
    import_file(second, exported)
    assert sorted(b.ref for b in second.bookmarks()) == [
        "fixture-covenant:art-2.1..art-2.2.b", "fixture-covenant:art-2.2.a"]
    printout = build_bookmarks(library, second, None, "en")
    assert "(a) that its articles can be printed;" in printout.html
    assert "Print this" in printout.html
    first.close()
    second.close()
