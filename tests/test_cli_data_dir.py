"""`--data-dir` that cannot be a data folder is refused at the start, by every verb.

A file given as the folder (or standing where it, or a folder above it, should be) and an
empty `--data-dir` used to be taken silently: `show` and `search` ran, `self-test` called
bookmark steps "ok" before failing at print-to-PDF with a traceback. Now: one line, exit 2,
nothing read or written. And a self-test step that breaks is reported by its name on one
line, never with a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import run_cli


def _refused(out: object, message: str) -> None:
    assert out.returncode == 2  # type: ignore[attr-defined]
    assert out.stdout == ""  # type: ignore[attr-defined]
    assert out.stderr.splitlines() == [message]  # type: ignore[attr-defined]


def _file_message(given: str) -> str:
    return (f"rights-at-hand: {given} is a file, not a folder; user data (bookmarks, settings) "
            "needs a folder there (one that does not exist yet is made)")


@pytest.mark.parametrize(
    "args",
    [["self-test"], ["show", "art 1"], ["search", "defenders", "--json"], ["verify"],
     ["open", "art 1"]],
)
def test_a_file_as_data_dir_is_refused_by_every_verb(tmp_path: Path, args: list[str]) -> None:
    afile = tmp_path / "afile"
    afile.write_text("someone's file\n")
    if args[0] == "open":  # it also says so in a message box, which run_cli would wait on
        out, dialogs = _with_dialogs(tmp_path, "--data-dir", str(afile), *args)
        assert len(dialogs) == 1
    else:
        out = run_cli(*args, data_dir=afile)
    _refused(out, _file_message(f"--data-dir {afile}"))
    assert afile.read_text() == "someone's file\n"


def test_a_path_through_a_file_is_refused(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("")
    out = run_cli("show", "art 1", data_dir=afile / "data")
    _refused(out, _file_message(f"--data-dir {afile / 'data'}: {afile}"))


@pytest.mark.parametrize("args", [["show", "art 1"], ["self-test"]])
def test_an_empty_data_dir_is_refused(tmp_path: Path, args: list[str]) -> None:
    out = run_cli("--data-dir", "", *args)
    _refused(out, "rights-at-hand: --data-dir is empty; give the folder for user data")
    out = run_cli("--data-dir=", *args)
    _refused(out, "rights-at-hand: --data-dir is empty; give the folder for user data")


def test_a_refused_data_dir_is_said_in_the_language_asked(tmp_path: Path) -> None:
    # It was English whatever --lang said.
    afile = tmp_path / "afile"
    afile.write_text("")
    out = run_cli("show", "art 1", "--lang", "fr", data_dir=afile)
    _refused(out, f"rights-at-hand: --data-dir {afile} est un fichier, pas un dossier ; les "
                  "données de l’utilisateur (signets, réglages) ont besoin d’un dossier à cet "
                  "endroit (un dossier qui n’existe pas encore est créé)")
    out = run_cli("search", "defenders", "--lang", "zh", data_dir=afile / "data")
    _refused(out, f"rights-at-hand: --data-dir {afile / 'data'}：{afile} 是文件而不是文件夹；"
                  "用户数据（书签、设置）需要在此处有一个文件夹（尚不存在的文件夹会被创建）")
    out = run_cli("--data-dir", "", "export-pdf", "art 1", "--lang", "ru", "-o", "x.pdf")
    _refused(out, "rights-at-hand: --data-dir пуст; укажите папку для данных пользователя")


def test_the_environment_variable_pointing_at_a_file_is_refused(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("")
    out = run_cli("show", "art 1", env={"RIGHTS_AT_HAND_DATA_DIR": str(afile)})
    _refused(out, _file_message(f"RIGHTS_AT_HAND_DATA_DIR={afile}"))


def test_portable_data_that_is_a_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process: a `portable` marker at the project root would switch every other test
    running at the same time to portable mode."""
    from desktop import cli, paths

    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    monkeypatch.setattr(paths, "_current", paths._current)
    (tmp_path / "portable").write_text("")
    (tmp_path / "data").write_text("")
    assert cli.main(["show", "art 1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        _file_message(f"the portable data folder {tmp_path / 'data'}")]


def test_a_step_that_breaks_is_named_without_a_traceback(tmp_path: Path) -> None:
    """The print step used to end in two chained tracebacks when it could not write its PDF.
    A folder where the step writes its PDF breaks it even for root."""
    data = tmp_path / "data"
    (data / "self-test.pdf").mkdir(parents=True)
    out = run_cli("self-test", data_dir=data, timeout=300)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
    fail = [line for line in out.stdout.splitlines() if line.startswith("FAIL")]
    assert len(fail) == 1
    assert fail[0].startswith("FAIL  print a passage to PDF: IsADirectoryError: ")
    assert "(at desktop/" in fail[0]
    assert out.stdout.splitlines()[-1] == "self-test FAILED at step: print a passage to PDF"


def test_run_steps_reports_an_unexpected_error_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from desktop.ui.selftest.runner import SelfTest, Step, run_steps

    def breaks(t: SelfTest) -> None:
        raise KeyError("missing")

    out = io.StringIO()
    ok, failed = run_steps(SelfTest(tmp_path, out), [Step("a step", breaks)])
    assert (ok, failed) == (False, "a step")
    [line] = out.getvalue().splitlines()
    assert line.startswith("FAIL  a step: KeyError: 'missing' (at test_cli_data_dir.py:")
    assert capsys.readouterr().err == ""


# -- a window was asked for: the refusal is said in a message box too ------------------------

HOST_FOLDERS = ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR", "TMPDIR")

NO_FOLDER = {
    "C.UTF-8": ("There is no folder for your bookmarks and settings, so the app cannot open. "
                "A file stands where that folder should be:\n\u2066{path}\u2069\nMove or rename "
                "the file, then start the app again."),
    "fr_FR.UTF-8": ("Il n’y a pas de dossier pour vos signets et vos réglages, l’application ne "
                    "peut donc pas s’ouvrir. Un fichier se trouve là où ce dossier devrait "
                    "être\u00a0:\n\u2066{path}\u2069\nDéplacez ou renommez ce fichier, puis "
                    "relancez l’application."),
    "ar_EG.UTF-8": ("لا يوجد مجلد لعلاماتك المرجعية وإعداداتك، لذا لا يمكن فتح التطبيق. "
                    "يوجد ملف في المكان الذي يجب أن يكون فيه هذا المجلد:\n\u2066{path}\u2069\n"
                    "انقل الملف أو غيّر اسمه، ثم شغّل التطبيق مرة أخرى."),
}


def _with_dialogs(tmp_path: Path, *args: str, env: dict[str, str] | None = None
                  ) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """The real CLI (tests/hardening/cli_with_dialogs.py), each message box it shows
    recorded and closed; the process, with stderr cut to the app's own lines (Qt's offscreen
    platform adds one), and the boxes' texts."""
    seen = tmp_path / "dialogs.json"
    probe = Path(__file__).parent / "hardening" / "cli_with_dialogs.py"
    if env is None:
        env = {**os.environ, "LC_ALL": "C.UTF-8"}
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, str(probe), *_probe_args(seen, args)],
                          env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    proc.stderr = "".join(line for line in proc.stderr.splitlines(keepends=True)
                          if line.startswith("rights-at-hand"))
    return proc, json.loads(seen.read_text(encoding="utf-8"))


def _probe_args(seen: Path, args: tuple[str, ...]) -> list[str]:
    if args and args[0] == "--stick":  # the probe's own option comes first
        return [*args[:2], str(seen), *args[2:]]
    return [str(seen), *args]


def _on_a_stick(tmp_path: Path, locale: str, *args: str) -> tuple[int, list[str], list[str]]:
    """The real CLI run as if from a USB stick whose `data` is a file, in the system locale
    `locale`, with the host's home, XDG and temporary folders empty (and checked to stay
    so). Returns the exit code, the app's lines on stderr and the message boxes' texts."""
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "portable").write_text("")
    (stick / "data").write_text("someone's file\n")
    host = {name: tmp_path / "host" / name.lower() for name in HOST_FOLDERS}
    for folder in host.values():
        folder.mkdir(parents=True, mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_MESSAGES", "RIGHTS_AT_HAND_DATA_DIR")}
    env.update({name: str(folder) for name, folder in host.items()})
    env["LC_ALL"] = locale
    proc, dialogs = _with_dialogs(tmp_path, "--stick", str(stick), *args, env=env)
    assert (stick / "data").read_text() == "someone's file\n"
    left = [str(p) for folder in host.values() for p in folder.rglob("*")]
    assert not left, f"written on the host: {left}"
    return proc.returncode, proc.stderr.splitlines(), dialogs


@pytest.mark.parametrize("args", [[], ["open", "art 12"]], ids=["plain-start", "open"])
@pytest.mark.parametrize("locale", list(NO_FOLDER))
def test_a_refused_portable_data_folder_is_said_in_a_window(
    tmp_path: Path, args: list[str], locale: str
) -> None:
    """A double-click (no arguments) or a launcher's `open REF` on a stick where `data` is a
    file: a message box in the system's language names the file, then exit 2 as before with
    the same line on stderr."""
    code, lines, dialogs = _on_a_stick(tmp_path, locale, *args)
    data = tmp_path / "stick" / "data"
    assert code == 2
    assert lines == [_file_message(f"the portable data folder {data}")]
    assert dialogs == [NO_FOLDER[locale].format(path=data)]


def test_a_verb_without_a_window_shows_no_box(tmp_path: Path) -> None:
    code, lines, dialogs = _on_a_stick(tmp_path, "C.UTF-8", "show", "art 1")
    assert code == 2 and len(lines) == 1 and dialogs == []


def test_a_data_dir_given_to_open_that_is_a_file_is_said_in_a_window(tmp_path: Path) -> None:
    """Not only portable mode: a launcher may pass --data-dir (or set the variable) too. The
    file in the way is named, here one above the folder; with no folder named at all, the
    box says what the line says."""
    afile = tmp_path / "afile"
    afile.write_text("")
    out, dialogs = _with_dialogs(tmp_path, "--data-dir", str(afile / "data"), "open", "art 12")
    _refused(out, _file_message(f"--data-dir {afile / 'data'}: {afile}"))
    assert dialogs == [NO_FOLDER["C.UTF-8"].format(path=afile)]
    out, dialogs = _with_dialogs(tmp_path, "--data-dir", "")
    reason = "--data-dir is empty; give the folder for user data"
    _refused(out, f"rights-at-hand: {reason}")
    assert dialogs == [f"{NO_FOLDER['C.UTF-8'].split('. ')[0]}. {reason}"]
