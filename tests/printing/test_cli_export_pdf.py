"""`export-pdf` through the real command line, headless, as a person would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.printing.conftest import pdf_pages, squash

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # headless by itself
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "export-pdf",
         *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )


def test_export_pdf_article_12(tmp_path: Path) -> None:
    done = _run("declaration:art-12", "--lang", "en", "-o", "a.pdf", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    text = squash("".join(pdf_pages(tmp_path / "a.pdf")))
    assert "A/RES/53/144" in text
    assert squash("Article 12") in text
    assert squash("The State shall take all necessary measures to ensure the protection") in text
    assert "Traceback" not in done.stderr


def test_export_pdf_parallel_adds_the_french(tmp_path: Path) -> None:
    done = _run("declaration:art-12", "--lang", "en", "--parallel", "fr", "-o", "b.pdf",
                tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    text = squash("".join(pdf_pages(tmp_path / "b.pdf")))
    assert squash("The State shall take all necessary measures") in text
    assert squash("L'État prend toutes les mesures nécessaires") in text or squash(
        "L’État prend toutes les mesures nécessaires") in text
    assert "A/RES/53/144" in text


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for args, words in [
        (("art 99", "-o", "x.pdf"), "no passage"),
        (("art 1", "--lang", "xx", "-o", "x.pdf"), "unknown language"),
        (("art 1", "-o", str(tmp_path / "missing" / "x.pdf")), "does not exist"),
        (("art 1", "--parallel", "en", "-o", "x.pdf"), "same language"),
    ]:
        done = _run(*args, tmp_path=tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert words in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert not (tmp_path / "x.pdf").exists()
