"""The reading verbs on content that differs from the manifest: read, but never silently.

`show` and `search` print a `status` ("official") that only the shipped text deserves. When
a text differs from the manifest (as `verify` finds it), they still print it, exactly as
before on stdout and with the same exit code, but with one warning line on stderr naming the
file, in the style of the `left out` warnings. `export-pdf` also puts the warning on its
pages; `open` prints the line on the terminal too (the window shows its own warning).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from desktop import manifest
from tests.hardening.conftest import copy_content, run_on

ORIGINAL = "to participate in peaceful activities"
ALTERED = "to participate in approved activities"


def _warning(path: Path) -> str:
    return (f"rights-at-hand: warning: {path} differs from the text shipped with Rights at Hand "
            "and may have been altered; check it against the official UN document")


@pytest.fixture
def altered(tmp_path: Path) -> Path:
    """A copy of the content with one word changed in the English Declaration (art. 12(1))."""
    content = copy_content(tmp_path / "content")
    path = content / "declaration" / "en.txt"
    text = path.read_text(encoding="utf-8")
    assert text.count(ORIGINAL) == 1
    path.write_text(text.replace(ORIGINAL, ALTERED), encoding="utf-8")
    return content


def test_show_json_warns_and_keeps_the_contract(altered: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(altered, tmp_path, "show", "art-12.1", "--json")
    assert code == 0
    obj = json.loads(stdout)  # stdout is the one object, nothing else
    assert set(obj) == {"doc", "passage", "lang", "status", "text", "citation"}
    assert obj["status"] == "official" and ALTERED in obj["text"]  # the text as it is
    assert stderr.splitlines() == [_warning(altered / "declaration" / "en.txt")]


def test_show_warns_about_any_altered_text_read(altered: Path, tmp_path: Path) -> None:
    """The whole library is read (and its left-out files named) whatever is asked for; so is
    every altered text named, as `verify` would: in another language, too."""
    code, stdout, stderr = run_on(altered, tmp_path, "show", "art 12", "--lang", "fr")
    assert code == 0 and stdout.startswith("1. Chacun a le droit")
    # Said in French, as asked (it was English whatever --lang said).
    assert stderr.splitlines() == [
        f"rights-at-hand: attention : {altered / 'declaration' / 'en.txt'} diffère du texte "
        "fourni avec Rights at Hand et a peut-être été modifié ; vérifiez-le à l’aide du "
        "document officiel de l’ONU"]


def test_show_exit_code_is_unchanged_on_bad_input(altered: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(altered, tmp_path, "show", "art 99")
    assert code == 2 and stdout == ""
    assert stderr.splitlines() == [_warning(altered / "declaration" / "en.txt"),
                                   "rights-at-hand: no passage art-99 in any document "
                                   "(from 'art 99')"]


def test_search_warns_and_keeps_the_contract(altered: Path, tmp_path: Path) -> None:
    code, stdout, stderr = run_on(altered, tmp_path, "search", "approved activities", "--lang",
                                 "en", "--json")
    assert code == 0
    obj = json.loads(stdout)
    assert set(obj) == {"query", "hits", "ms"}
    assert obj["hits"][0]["passage"] == "art-12.1"  # the altered text is what is searched
    assert stderr.splitlines() == [_warning(altered / "declaration" / "en.txt")]


def test_search_batch_warns_once(altered: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("peaceful\ndefenders\n", encoding="utf-8")
    code, stdout, stderr = run_on(altered, tmp_path, "search", "--batch", str(batch), "--json")
    assert code == 0 and len(stdout.splitlines()) == 2
    assert stderr.splitlines() == [_warning(altered / "declaration" / "en.txt")]


def test_export_pdf_warns_once_on_stderr(altered: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    code, _stdout, stderr = run_on(altered, tmp_path, "export-pdf", "art 12", "-o", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert stderr.splitlines() == [_warning(altered / "declaration" / "en.txt"),
                                   f"{out}: 1 page"]


def test_export_pdf_says_it_in_the_language_asked(altered: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    code, _stdout, stderr = run_on(altered, tmp_path, "export-pdf", "art 12", "--lang", "zh",
                                   "-o", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert stderr.splitlines() == [
        f"rights-at-hand: 警告：{altered / 'declaration' / 'en.txt'} 与 Rights at Hand 随附的"
        "文本不一致，可能已被改动；请与联合国正式文件核对",
        f"{out}：1 页"]
    code, _stdout, stderr = run_on(altered, tmp_path, "export-pdf", "art 99", "--lang", "ar",
                                   "-o", str(out))
    assert code == 2
    assert stderr.splitlines()[1] == (
        "rights-at-hand: لا يوجد المقطع art-99 في أي وثيقة (من 'art 99')")


def test_a_text_not_shipped_at_all_is_named(tmp_path: Path) -> None:
    content = copy_content(tmp_path / "content")
    extra = content / "declaration-copy" / "en.txt"
    extra.parent.mkdir()
    extra.write_bytes((content / "declaration" / "en.txt").read_bytes()
                      .replace(b"document: declaration", b"document: declaration-copy"))
    code, stdout, stderr = run_on(content, tmp_path, "show", "declaration-copy:art-1", "--json")
    assert code == 0 and json.loads(stdout)["status"] == "official"
    assert stderr.splitlines() == [
        f"rights-at-hand: warning: {extra} was not shipped with Rights at Hand (it is not in "
        "the content manifest); check it against the official UN document"]


def test_without_a_manifest_nothing_can_be_checked_and_that_is_said(tmp_path: Path) -> None:
    content = copy_content(tmp_path / "content")
    (content / manifest.MANIFEST_NAME).unlink()
    code, stdout, stderr = run_on(content, tmp_path, "show", "art 1", "--json")
    assert code == 0 and json.loads(stdout)["passage"] == "art-1"
    assert stderr.splitlines() == [
        f"rights-at-hand: warning: {content / manifest.MANIFEST_NAME}: the content manifest is "
        "missing; no text can be checked against the one shipped with Rights at Hand"]


def test_files_the_reading_does_not_use_are_left_to_verify(tmp_path: Path) -> None:
    """The README and the terminology tables are not read by show or search: a change there
    is for `verify` to report, not a warning on every reading."""
    content = copy_content(tmp_path / "content")
    (content / "README.md").write_text("changed\n", encoding="utf-8")
    code, _stdout, stderr = run_on(content, tmp_path, "show", "art 1")
    assert code == 0 and stderr == ""
    code, _stdout, stderr = run_on(content, tmp_path, "verify")
    assert code == 1 and "README.md: differs from the manifest" in stderr


def test_a_left_out_file_is_named_once(tmp_path: Path) -> None:
    """A damaged file also differs from the manifest: its `left out` line says enough."""
    content = copy_content(tmp_path / "content")
    damaged = content / "declaration" / "fr.txt"
    damaged.write_bytes(b"\xff")
    code, _stdout, stderr = run_on(content, tmp_path, "show", "art 1")
    assert code == 0
    assert stderr.splitlines() == [
        f"rights-at-hand: warning: left out {damaged}:1: not valid UTF-8"]


def test_intact_content_gives_no_warning(tmp_path: Path) -> None:
    content = copy_content(tmp_path / "content")
    code, _stdout, stderr = run_on(content, tmp_path, "show", "art 1", "--json")
    assert code == 0 and stderr == ""


def test_the_content_is_hashed_once_per_command(
    altered: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], qapp: object,
) -> None:
    """export-pdf needs the check twice (the stderr line, the warning on its pages): it is
    made once. In-process, to count the calls. (`qapp`: the verb would otherwise create a
    QGuiApplication, and a later test in this process that makes a widget would abort.)"""
    from desktop import integrity
    from desktop.verbs import export_pdf

    calls: list[Path] = []
    check = integrity.check_content
    monkeypatch.setattr(integrity, "check_content",
                        lambda root: calls.append(root) or check(root))
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(altered))
    seen: list[str | None] = []
    build = export_pdf.build
    monkeypatch.setattr(export_pdf, "build",
                        lambda *a, **k: seen.append(k.get("warning")) or build(*a, **k))
    out = tmp_path / "a.pdf"
    args = argparse.Namespace(refs=["art 12"], lang="en", parallel=None, output=str(out))
    assert export_pdf.run(args) == 0
    assert calls == [altered]
    assert seen and seen[0] is not None and "may have been altered" in seen[0]
    assert capsys.readouterr().err.splitlines()[0] == _warning(
        altered / "declaration" / "en.txt")


def test_open_warns_on_the_terminal(
    altered: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.verbs import open as open_verb

    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(altered))
    monkeypatch.setattr("desktop.ui.app.run", lambda ref, library: 0)
    assert open_verb.run(argparse.Namespace(ref="art 12(1)")) == 0
    assert capsys.readouterr().err.splitlines() == [
        _warning(altered / "declaration" / "en.txt")]


def test_search_and_index_warn_in_the_language_asked(altered: Path, tmp_path: Path) -> None:
    """`search` and `index` say every line in the language of --lang: the warning too."""
    code, _stdout, stderr = run_on(altered, tmp_path, "search", "defenders", "--lang", "ru")
    assert code == 0
    assert stderr.splitlines() == [
        f"rights-at-hand: внимание: {altered / 'declaration' / 'en.txt'} отличается от текста, "
        "поставляемого с Rights at Hand, и, возможно, был изменён; сверьте его с официальным "
        "документом ООН"]
    index = altered / "subject-index" / "violence-safety.idx"
    index.write_text(index.read_text("utf-8").replace("酷刑;", "酷刑; 酷刑折磨;", 1), "utf-8")
    code, _stdout, stderr = run_on(altered, tmp_path, "index", "torture", "--lang", "zh")
    assert code == 0
    assert f"rights-at-hand: 警告：{index} 与 Rights at Hand 随附的文本不一致，可能已被改动；" \
           "搜索和索引面板按现状使用它" in stderr.splitlines()
    (altered / "declaration" / "es.txt").write_bytes(b"\xff")
    code, _stdout, stderr = run_on(altered, tmp_path, "search", "x", "--lang", "es")
    assert f"rights-at-hand: atención: se omitió {altered / 'declaration' / 'es.txt'}:1: " \
           "not valid UTF-8" in stderr.splitlines()
