"""`export-pdf "UDHR 5" --lang ar --parallel en`: both official texts with their citations,
read back from the PDF (pypdf, and pdftotext where installed)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

from tests.cli_helpers import run_cli
from tests.printing.conftest import arabic_words, pdf_arabic_words, pdf_pages, squash


def test_the_udhr_in_arabic_beside_english(tmp_path: Path) -> None:
    from desktop.library import Library

    out = tmp_path / "f.pdf"
    done = run_cli("export-pdf", "UDHR 5", "--lang", "ar", "--parallel", "en", "-o", str(out))
    assert done.returncode == 0, done.stderr
    english = squash(unicodedata.normalize("NFKC", "".join(pdf_pages(out))))
    assert squash("No one shall be subjected to torture or to cruel, inhuman or degrading "
                  "treatment or punishment.") in english
    assert squash("Universal Declaration of Human Rights (General Assembly resolution "
                  "217 A (III)), art. 5") in english
    library = Library.load()
    arabic = library.version("udhr", "ar")
    readings = ["".join(pdf_pages(out))]
    if shutil.which("pdftotext"):
        readings.append(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                       text=True, check=True).stdout)
    from desktop.citations import citation

    for reading in readings:
        found = pdf_arabic_words(reading)
        passage = arabic.passage("art-5")
        assert passage is not None
        for text in (passage.text, citation(arabic, "art-5")):
            missing = [w for w in arabic_words(text) if w not in found]
            assert not missing, missing
