"""What a console that is not UTF-8 gets: UTF-8, from every verb, on stdout and stderr.

`search` has always written UTF-8 whatever the console's code page (JSON readers expect it,
and a cp1252 console would otherwise fail on the first Arabic hit); every other verb, and
every message on stderr, now does the same through one helper (desktop/verbs/__init__.py).
Here the real command runs with PYTHONIOENCODING=cp1252 (a Windows pipe), and its bytes are
compared with what a UTF-8 console gets.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT


def _run(
    data_dir: Path, *args: str, encoding: str = "cp1252"
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, capture_output=True, timeout=120,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("console-data")


@pytest.mark.parametrize("lang", ["ru", "ar", "zh", "fr"])
@pytest.mark.parametrize("as_json", [False, True])
def test_show_prints_utf8_on_a_cp1252_console(data_dir: Path, lang: str, as_json: bool) -> None:
    args = ["show", "art-1", "--lang", lang, *(["--json"] if as_json else [])]
    narrow = _run(data_dir, *args)
    assert narrow.returncode == 0, narrow.stderr.decode("utf-8", "replace")
    assert narrow.stderr == b""
    assert narrow.stdout == _run(data_dir, *args, encoding="utf-8").stdout
    text = narrow.stdout.decode("utf-8")  # the bytes are UTF-8, not cp1252 or escapes
    if as_json:
        assert json.loads(text)["lang"] == lang
    else:
        assert "A/RES/53/144" in text


def test_search_prints_the_same_bytes_as_before(data_dir: Path) -> None:
    """The precedent the other verbs follow: UTF-8 on a cp1252 console."""
    args = ["search", "المدافعين", "--lang", "ar", "--limit", "2", "--json"]
    narrow = _run(data_dir, *args)
    assert narrow.returncode == 0 and narrow.stderr == b""
    obj = json.loads(narrow.stdout.decode("utf-8"))
    assert obj["query"] == "المدافعين" and obj["hits"]


@pytest.mark.parametrize(
    ("ref", "lang", "said"), [
        ("المادة 99", "ar", "لا يوجد المقطع art-99 في أي وثيقة (من {ref})"),
        ("第九十九条", "zh", "所有文件中没有段落 art-99（来自 {ref}）"),
        ("статья 99", "ru", "нет фрагмента art-99: ни в одном документе (из {ref})"),
        ("art 99", "en", "no passage art-99 in any document (from {ref})"),
    ]
)
def test_an_error_naming_arabic_or_chinese_is_utf8_on_stderr(
    data_dir: Path, ref: str, lang: str, said: str
) -> None:
    out = _run(data_dir, "show", ref, "--lang", lang)
    assert out.returncode == 2 and out.stdout == b""
    message = out.stderr.decode("utf-8")
    # In the language of --lang (it was English whatever --lang said).
    assert message == "rights-at-hand: " + said.format(ref=repr(ref)) + "\n"


def test_an_argparse_error_is_utf8_on_stderr(data_dir: Path) -> None:
    out = _run(data_dir, "بحث")  # an Arabic word where a command should be
    assert out.returncode == 2
    last = out.stderr.decode("utf-8").splitlines()[-1]
    assert last.startswith("rights-at-hand: error: argument COMMAND: invalid choice: 'بحث'")


def test_a_warning_naming_a_non_latin_path_is_utf8_on_stderr(tmp_path: Path) -> None:
    from tests.hardening.conftest import copy_content

    content = copy_content(tmp_path / "المحتوى")
    bad = content / "declaration" / "fr.txt"
    bad.write_bytes(b"\xff")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "cp1252",
           "RIGHTS_AT_HAND_CONTENT_DIR": str(content)}
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "数据"), "show", "art 1",
         "--lang", "ar"],
        cwd=ROOT, env=env, capture_output=True, timeout=120,
    )
    assert out.returncode == 0
    assert out.stdout.decode("utf-8").startswith("لكل شخص")
    assert out.stderr.decode("utf-8") == (
        f"rights-at-hand: تحذير: تُرك {bad}:1: not valid UTF-8\n")


def test_export_pdf_names_a_chinese_file_name(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "第十二条.pdf"
    out = _run(data_dir, "export-pdf", "art 12", "-o", str(target))
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    assert out.stderr.decode("utf-8") == f"{target}: 1 page\n"
    assert target.read_bytes().startswith(b"%PDF")
