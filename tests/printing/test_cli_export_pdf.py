"""`export-pdf` through the real command line, headless, as a person would run it."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.printing.conftest import body_text, pdf_pages, squash

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
    text = body_text(pdf_pages(tmp_path / "a.pdf"))
    assert "A/RES/53/144" in text
    assert squash("Article 12") in text
    assert squash("The State shall take all necessary measures to ensure the protection") in text
    assert "Traceback" not in done.stderr


def test_export_pdf_parallel_adds_the_french(tmp_path: Path) -> None:
    done = _run("declaration:art-12", "--lang", "en", "--parallel", "fr", "-o", "b.pdf",
                tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    text = body_text(pdf_pages(tmp_path / "b.pdf"))
    assert squash("The State shall take all necessary measures") in text
    assert squash("L'État prend toutes les mesures nécessaires") in text or squash(
        "L’État prend toutes les mesures nécessaires") in text
    assert "A/RES/53/144" in text


@pytest.mark.parametrize("ref", ["art 12-13", "art 12(1)-(3)", "declaration:art-12.1..art-13"])
def test_export_pdf_a_loose_range(tmp_path: Path, ref: str) -> None:
    """A range as `show` takes it, written with ".." or not."""
    done = _run(ref, "--lang", "en", "-o", "r.pdf", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "r.pdf: 1 page\n"
    text = body_text(pdf_pages(tmp_path / "r.pdf"))
    assert squash("The State shall take all necessary measures to ensure the protection") in text
    assert squash("In this connection, everyone is entitled") in text  # art. 12(3)
    assert (squash("to solicit, receive and utilize resources") in text) == (ref != "art 12(1)-(3)")
    assert squash("Article 14") not in text and squash("Article 11") not in text


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for args, words in [
        (("art 99", "-o", "x.pdf"), "no passage"),
        (("art 1", "--lang", "xx", "-o", "x.pdf"), "unknown language"),
        (("art 1", "-o", str(tmp_path / "missing" / "x.pdf")), "does not exist"),
        (("art 1", "--parallel", "en", "-o", "x.pdf"), "same language"),
        (("art 99-100", "-o", "x.pdf"), "no passages art-99 to art-100"),
    ]:
        done = _run(*args, tmp_path=tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert words in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("args", "said"), [
    (("art 99", "--lang", "fr", "-o", "x.pdf"),
     "aucun passage art-99 dans aucun document (d’après 'art 99')"),
    (("art 1", "--lang", "ru", "--parallel", "ru", "-o", "x.pdf"),
     "--parallel ru — тот же язык, что и --lang ru"),
    (("art 1", "--lang", "zh", "-o", "missing/x.pdf"), "文件夹 missing 不存在"),
    (("art 1", "art 2", "--lang", "es", "--card", "-o", "x.pdf"),
     "--card imprime un solo pasaje (o artículo): indique una sola REF"),
    (("art 1", "--lang", "fr", "--parallel", "xx", "-o", "x.pdf"),
     "langue inconnue 'xx' : utilisez l’une de celles-ci : en, fr, es, ru, zh, ar"),
    (("art 0", "--lang", "ar", "-o", "x.pdf"),
     "لا يوجد مقطع رقمه 0"),
])
def test_bad_input_is_said_in_the_language_asked(tmp_path: Path, args: tuple[str, ...],
                                                 said: str) -> None:
    done = _run(*args, tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    # It was English whatever --lang said.
    assert done.stderr == f"rights-at-hand: {said}\n"
    assert not (tmp_path / "x.pdf").exists()


def test_a_file_that_cannot_be_written_is_said_in_the_language_asked(tmp_path: Path) -> None:
    (tmp_path / "folder.pdf").mkdir()
    done = _run("art 1", "--lang", "fr", "-o", "folder.pdf", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr == ("rights-at-hand: folder.pdf est un dossier ; donnez un nom de "
                           "fichier, par exemple folder.pdf/a.pdf\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        done = _run("art 1", "--lang", "ru", "-o", "pipe", tmp_path=tmp_path)
        assert done.returncode == 1  # as other write errors
        assert done.stderr == (
            "rights-at-hand: существует и не является обычным файлом (это устройство или "
            "канал), поэтому он не тронут; выберите имя файла: pipe\n")


# -- where the PDF goes: into the file asked for, never over something that is no file --------


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                    reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_is_followed_not_replaced(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.pdf"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "link.pdf").symlink_to(real)
    done = _run("art 1", "-o", "link.pdf", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "link.pdf").is_symlink()  # still a link, to the same file
    assert os.readlink(tmp_path / "link.pdf") == str(real)
    assert real.read_bytes().startswith(b"%PDF-")
    assert "Article 1" in " ".join(" ".join(pdf_pages(real)).split())
    # No temporary file left beside the link or the real file.
    assert sorted(p.name for p in elsewhere.iterdir()) == ["real.pdf"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rights-at-hand-")]


def _refused(done: subprocess.CompletedProcess[str], path: str) -> None:
    assert done.returncode == 1, done.stderr  # as other write errors
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "not a regular file" in done.stderr and done.stderr.rstrip().endswith(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_and_left_alone(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    done = _run("art 1", "-o", "pipe", tmp_path=tmp_path)
    _refused(done, "pipe")
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["pipe"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="making a device node needs root")
def test_a_device_is_refused_and_left_alone(tmp_path: Path) -> None:
    """As `-o /dev/full` is, shown on a node of our own: a regression must not replace the
    machine's real /dev/full."""
    full = os.stat("/dev/full").st_rdev if Path("/dev/full").exists() else os.makedev(1, 7)
    os.mknod(tmp_path / "full", 0o666 | stat.S_IFCHR, full)
    done = _run("art 1", "-o", "full", tmp_path=tmp_path)
    _refused(done, "full")
    after = os.lstat(tmp_path / "full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == full


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file size limits")
def test_a_cut_off_pdf_is_an_error_and_the_old_file_stays(tmp_path: Path) -> None:
    """QPdfWriter reports no write error: a full disk (here a file size limit) gave a cut-off
    PDF and exit 0. Now: one line naming the file asked for, exit 1, the old file kept."""
    import resource
    import signal

    def small_files() -> None:  # in the child: writes past 8 kB fail (EFBIG), as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (8000, 8000))

    (tmp_path / "a.pdf").write_bytes(b"%PDF- the old one")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data"), "export-pdf",
         "art 1", "-o", "a.pdf"], cwd=tmp_path, env=env, capture_output=True, text=True,
        timeout=120, preexec_fn=small_files,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "could not be written completely" in done.stderr
    assert done.stderr.rstrip().endswith(": a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF- the old one"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".rights-at-hand-")]
