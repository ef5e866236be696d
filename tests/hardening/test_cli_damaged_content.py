"""The reading verbs on content with one damaged file: the rest is still read.

`show`, `search`, `export-pdf` and `open` leave a file they cannot read out and print one
warning line for it on stderr (stdout stays what it always is, JSON included); asking for
exactly the left-out text gives the usual clear error; `verify` still fails on it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.missing_language import notice
from tests.hardening.conftest import copy_content, run_on

HEADER_LINE = 3  # `order: 1` in declaration/fr.txt


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A copy of the content whose French Declaration has a broken header line."""
    content = copy_content(tmp_path / "content")
    path = content / "declaration" / "fr.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[HEADER_LINE - 1] == "order: 1"
    lines[HEADER_LINE - 1] = "ordre 1"
    path.write_text("\n".join(lines), encoding="utf-8")
    return content


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.startswith(("rights-at-hand: warning:", "rights-at-hand: attention :",
                                "rights-at-hand: atención:"))]


def _the_warning(content: Path, lang: str = "en") -> str:
    """The line naming the left-out file; every verb says it in the language of --lang
    (what is wrong with the file is the content check's English)."""
    said = {"en": "warning: left out ", "fr": "attention : fichier laissé de côté : ",
            "es": "atención: se omitió "}[lang]
    return (f"rights-at-hand: {said}{content / 'declaration' / 'fr.txt'}:"
            f"{HEADER_LINE}: header line is not 'field: value': 'ordre 1'")


def test_show_reads_the_other_languages(damaged: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(damaged, tmp_path, "show", "art 12", "--lang", "en")
    assert code == 0, stderr
    assert stdout.startswith("1. Everyone has the right, individually and in association")
    assert "— Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12" in stdout
    assert stderr.splitlines() == [_the_warning(damaged)]


def test_show_json_stays_pure_json(damaged: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(damaged, tmp_path, "show", "art 12(2)", "--lang", "es",
                                 "--json")
    assert code == 0, stderr
    obj = json.loads(stdout)
    assert (obj["doc"], obj["passage"], obj["lang"]) == ("declaration", "art-12.2", "es")
    assert _warnings(stderr) == [_the_warning(damaged, "es")]


def test_show_the_left_out_language_is_a_clear_error(damaged: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(damaged, tmp_path, "show", "art 12", "--lang", "fr")
    assert code == 2 and stdout == ""
    lines = stderr.splitlines()
    # In French, as asked (both lines were English).
    assert lines == [_the_warning(damaged, "fr"),
                     "rights-at-hand: declaration n’est pas disponible en fr ; "
                     "disponible en : en, es, ru, zh, ar"]
    code, stdout, stderr = run_on(damaged, tmp_path, "show", "art 12")
    assert code == 0 and stderr.splitlines() == [_the_warning(damaged)]


def test_search_json_finds_the_rest_and_warns_on_stderr(damaged: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(damaged, tmp_path, "search", "réunir pacifiquement",
                                 "--lang", "fr", "--json")
    assert code == 0, stderr
    result = json.loads(stdout)  # one object, nothing else on stdout
    hits = [(h["doc"], h["lang"]) for h in result["hits"]]
    # In French, or the Covenant's English text (it has no French one), said so.
    assert hits and all(h["lang"] == "fr" or (h["doc"], h["notice"]) == (
        "iccpr", notice("fr", "en")) for h in result["hits"])
    assert ("declaration", "fr") not in hits  # the index was made without the left-out text
    assert _warnings(stderr) == [_the_warning(damaged, "fr")]
    code, stdout, stderr = run_on(damaged, tmp_path, "search", "peacefully", "--json")
    assert code == 0 and json.loads(stdout)["hits"]


def test_export_pdf_of_another_language(damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "art-12.pdf"
    code, _stdout, stderr = run_on(damaged, tmp_path, "export-pdf", "art 12", "--lang", "en",
                                  "-o", str(out))
    assert code == 0, stderr
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert _warnings(stderr) == [_the_warning(damaged)]


def test_open_checks_the_reference_and_hands_the_library_over(
    damaged: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`open` opens the window with what can be read (the window names what was left out)."""
    from desktop.verbs import open as open_verb

    opened: list[tuple[str, object]] = []
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(damaged))
    monkeypatch.setattr("desktop.ui.app.run",
                        lambda ref, library: opened.append((ref, library)) or 0)
    assert open_verb.run(argparse.Namespace(ref="art 12(2)")) == 0
    [(ref, library)] = opened
    assert ref == "declaration:art-12.2"
    assert [e.path for e in library.problems] == [  # type: ignore[attr-defined]
        str(damaged / "declaration" / "fr.txt")]
    assert capsys.readouterr().err.splitlines() == [_the_warning(damaged)]


def test_a_damaged_topics_file_is_named_and_the_texts_read(tmp_path: Path) -> None:
    content = copy_content(tmp_path / "content")
    topics = content / "topics.txt"
    text = topics.read_text(encoding="utf-8").rstrip("\n") + "\ngarbage\n"
    topics.write_text(text, encoding="utf-8")
    code, stdout, stderr = run_on(content, tmp_path, "show", "64/163 para 7")
    assert code == 0, stderr
    assert stdout.startswith("7. Also urges States")
    assert stderr.splitlines() == [
        f"rights-at-hand: warning: left out {topics}:{text.count(chr(10))}: "
        "expected '[topic-id]' or 'field: value'"]


def test_verify_still_fails_on_the_damaged_header(damaged: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(damaged, tmp_path, "verify")
    assert code == 1
    assert "content/declaration/fr.txt: differs from the manifest" in stderr
    assert f"declaration/fr.txt:{HEADER_LINE}: header line is not 'field: value'" in stderr
    assert "warning" not in stderr  # verify reports problems, it does not leave files out


def test_nothing_readable_is_one_clear_error(tmp_path: Path) -> None:
    content = copy_content(tmp_path / "content")
    for path in content.glob("*/*.txt"):
        path.write_bytes(b"\xff not a content file\n")
    code, stdout, stderr = run_on(content, tmp_path, "show", "art 1")
    assert code == 2 and stdout == ""
    [message] = stderr.splitlines()
    assert message.startswith(f"rights-at-hand: none of the texts in {content} can be read;")
    assert "not valid UTF-8" in message


# -- a file that cannot be read from disk at all ---------------------------------------------


@pytest.fixture
def unreadable(tmp_path: Path) -> Path:
    """A copy of the content where the French Declaration cannot be opened: a folder stands
    where the file should be (an OSError even for root, where chmod 000 stops nothing)."""
    content = copy_content(tmp_path / "content")
    path = content / "declaration" / "fr.txt"
    path.unlink()
    path.mkdir()
    return content


def _unreadable_warning(content: Path, lang: str = "en") -> str:
    said = {"en": "warning: left out ", "fr": "attention : fichier laissé de côté : ",
            "es": "atención: se omitió "}[lang]
    return (f"rights-at-hand: {said}{content / 'declaration' / 'fr.txt'}: "
            "cannot be read (Is a directory)")


def test_show_reads_the_rest_of_an_unreadable_library(unreadable: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(unreadable, tmp_path, "show", "art 12(2)", "--lang", "es",
                                 "--json")
    assert code == 0, stderr
    assert json.loads(stdout)["lang"] == "es"
    assert stderr.splitlines() == [_unreadable_warning(unreadable, "es")]
    code, stdout, stderr = run_on(unreadable, tmp_path, "show", "art 12", "--lang", "fr")
    assert code == 2 and stdout == ""
    assert stderr.splitlines() == [_unreadable_warning(unreadable, "fr"),
                                   "rights-at-hand: declaration n’est pas disponible en fr ; "
                                   "disponible en : en, es, ru, zh, ar"]


def test_export_pdf_reads_the_rest_of_an_unreadable_library(
    unreadable: Path, tmp_path: Path
) -> None:
    out = tmp_path / "a.pdf"
    code, _stdout, stderr = run_on(unreadable, tmp_path, "export-pdf", "art 12", "-o", str(out))
    assert code == 0, stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert _warnings(stderr) == [_unreadable_warning(unreadable)]


def test_open_hands_over_a_library_without_the_unreadable_file(
    unreadable: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.verbs import open as open_verb

    opened: list[object] = []
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(unreadable))
    monkeypatch.setattr("desktop.ui.app.run",
                        lambda ref, library: opened.append(library) or 0)
    assert open_verb.run(argparse.Namespace(ref="art 12(2)")) == 0
    [library] = opened
    assert "fr" not in library.document("declaration").versions  # type: ignore[attr-defined]
    assert capsys.readouterr().err.splitlines() == [_unreadable_warning(unreadable)]


def test_verify_lists_an_unreadable_file_with_every_other_problem(
    unreadable: Path, tmp_path: Path
) -> None:
    """verify used to stop at the unreadable file with one line ("Is a directory: PATH"):
    it now names it among every other problem, and still exits 1."""
    en = unreadable / "res-64-163" / "en.txt"
    en.write_text(en.read_text(encoding="utf-8") + "\nloose text\n", encoding="utf-8")
    lines = en.read_text(encoding="utf-8").count("\n")
    code, stdout, stderr = run_on(unreadable, tmp_path, "verify")
    assert code == 1 and stdout == ""
    problems = stderr.splitlines()
    assert problems == [
        "content/declaration/fr.txt: is listed in the manifest but missing",
        "content/res-64-163/en.txt: differs from the manifest",
        f"{unreadable / 'declaration' / 'fr.txt'}: cannot be read (Is a directory)",
        f"{en}:{lines}: text outside a passage: start a passage with '[id]' on its own "
        "line, a heading with '#', or front matter with '| '",
        "verify: 4 problem(s) found",
    ]


# -- `open` with nothing to open: said in a window, not only on stderr -----------------------


def test_open_with_nothing_readable_says_so_in_a_message_box(tmp_path: Path) -> None:
    """`open` reads the library before any window exists (to check its reference); someone
    who started it from a launcher never sees stderr. They get the plain start's box."""
    content = copy_content(tmp_path / "content")
    for path in content.glob("*/*.txt"):
        path.write_bytes(b"\xff not a content file\n")
    seen = tmp_path / "dialogs.json"
    probe = Path(__file__).with_name("cli_with_dialogs.py")
    proc = subprocess.run(
        [sys.executable, str(probe), str(seen), "--data-dir", str(tmp_path / "data"), "open",
         "art 12"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
             "RIGHTS_AT_HAND_CONTENT_DIR": str(content)},
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    [message] = [line for line in proc.stderr.splitlines() if line.startswith("rights-at-hand")]
    reason = message.removeprefix("rights-at-hand: ")
    assert reason.startswith(f"none of the texts in {content} can be read")
    assert json.loads(seen.read_text(encoding="utf-8")) == [
        f"The texts could not be read, so the app cannot open. {reason}"]



def test_the_box_of_open_speaks_the_system_language(tmp_path: Path) -> None:
    """On a French system with no settings saved, the box is in French: it came out in
    English, because the translations were let go before the box was shown."""
    content = copy_content(tmp_path / "content")
    for path in content.glob("*/*.txt"):
        path.write_bytes(b"\xff not a content file\n")
    seen = tmp_path / "dialogs.json"
    probe = Path(__file__).with_name("cli_with_dialogs.py")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES")}
    proc = subprocess.run(
        [sys.executable, str(probe), str(seen), "--data-dir", str(tmp_path / "data"), "open",
         "art 12"],
        env={**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
             "LC_ALL": "fr_FR.UTF-8", "RIGHTS_AT_HAND_CONTENT_DIR": str(content)},
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    [box] = json.loads(seen.read_text(encoding="utf-8"))
    # All of it in French, the reason too (it was English), and so is the line on stderr.
    assert box.startswith("Les textes n’ont pas pu être lus, l’application ne peut donc pas "
                          "s’ouvrir. aucun des textes de "), box
    assert "\nrights-at-hand: aucun des textes de " in "\n" + proc.stderr, proc.stderr

def test_search_reads_the_rest_of_an_unreadable_library(
    unreadable: Path, tmp_path: Path
) -> None:
    code, stdout, stderr = run_on(unreadable, tmp_path, "search", "pacifiquement", "--json")
    assert code == 0, stderr
    hits = [(h["doc"], h["lang"]) for h in json.loads(stdout)["hits"]]
    assert hits and ("declaration", "fr") not in hits  # an index of what could be read
    assert stderr.splitlines() == [_unreadable_warning(unreadable)]
    # A second search uses the index the first one built, and says the same.
    code, stdout, stderr = run_on(unreadable, tmp_path, "search", "réunir", "--lang", "fr",
                                 "--json")
    assert code == 0 and json.loads(stdout)["hits"], stderr
    assert stderr.splitlines() == [_unreadable_warning(unreadable, "fr")]
    assert len(list((tmp_path / "data" / "cache" / "index").iterdir())) == 1
