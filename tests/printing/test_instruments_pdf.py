"""`export-pdf "UDHR 5" --lang ar --parallel en`: both official texts with their citations,
read back from the PDF (pypdf, and pdftotext where installed)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

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


def test_the_covenant_asked_for_in_arabic_is_laid_out_left_to_right(library: Any) -> None:
    """Its English text in the direction of English, the Arabic notice in its own: the page
    was set right to left (English ragged on the left)."""
    from desktop.missing_language import notice
    from desktop.printing.printout import Part, build

    printout = build(library, [Part("iccpr", ("art-21",))], "ar")
    assert printout.lang == "en"
    assert 'dir="rtl"' not in printout.html.split(notice("ar", "en"))[1]
    assert notice("ar", "en") in printout.html
    # In its own language, nothing changes.
    assert build(library, [Part("declaration", ("art-5",))], "ar").lang == "ar"
