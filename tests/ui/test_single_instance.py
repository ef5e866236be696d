"""One app per data folder (issue 17, point 8): a second start on the same data folder
brings the running window forward (at the passage asked for) and exits 0, instead of a second
window writing the same bookmarks store; where the running one does not answer, it says so
and exits 0. The two talk through a file in the data folder, never a socket."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop import instance
from desktop.ui.main_window import MainWindow
from tests.cli_helpers import ROOT

HOLD = ("import sys, time; sys.path.insert(0, {root!r}); from pathlib import Path; "
        "from desktop import instance; lock = instance.acquire(Path({folder!r})); "
        "print('held' if lock else 'refused', flush=True); sys.stdin.readline()")


def _holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD.format(root=str(ROOT),
                                                               folder=str(folder))],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_the_lock_is_one_process_s_and_goes_with_it(tmp_path: Path) -> None:
    holder = _holder(tmp_path)
    try:
        assert instance.acquire(tmp_path) is None
    finally:
        holder.kill()  # as by a crash: no release
        holder.wait()
    lock = instance.acquire(tmp_path)  # no stale lock keeps the app shut
    assert lock is not None
    lock.release()
    assert not (tmp_path / instance.LOCK_NAME).exists()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_the_running_window_comes_forward_at_the_passage_asked_for(
        window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from desktop.ui.instance_watch import InstanceWatch

    InstanceWatch(window, tmp_path)
    window.show_passage("declaration", "art-1")
    window.showMinimized()
    answers: list[bool] = []
    asking = threading.Thread(
        target=lambda: answers.append(instance.ask_to_show(tmp_path, "declaration:art-5")))
    asking.start()
    qtbot.waitUntil(lambda: window.current_passage == "art-5", timeout=10000)
    qtbot.waitUntil(lambda: not asking.is_alive(), timeout=10000)
    assert answers == [True]
    assert not window.isMinimized()
    assert not (tmp_path / instance.REQUEST_NAME).exists()


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
            "LC_ALL": "C.UTF-8"}


def test_a_second_start_hands_over_to_the_first_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(data)],
                             cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (data / instance.LOCK_NAME).exists():
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "open", "art 5", "--data-dir", str(data)],
            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        assert ("rights-at-hand: already open on this data folder; its window was brought "
                "forward") in second.stderr.splitlines()
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first one runs on, alone
        assert not (data / instance.REQUEST_NAME).exists()
    finally:
        first.kill()
        first.wait()


def test_where_the_first_does_not_answer_it_says_the_app_is_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    holder = _holder(data)  # holds the lock, answers nothing
    seen = tmp_path / "dialogs.json"
    probe = ROOT / "tests" / "hardening" / "cli_with_dialogs.py"
    try:
        out = subprocess.run([sys.executable, str(probe), str(seen), "--data-dir", str(data)],
                             env=_env(), capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 0, out.stderr
    assert ("rights-at-hand: already open on this data folder; switch to its window (or close "
            "it first)") in out.stderr.splitlines()
    [box] = json.loads(seen.read_text(encoding="utf-8"))
    assert "already open" in box
    assert not (data / instance.REQUEST_NAME).exists()  # no request left for a later start
