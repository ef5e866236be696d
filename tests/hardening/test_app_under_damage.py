"""The whole app (`self-test`, and the window as a person sees it) on damaged user data.

Issue 8's "done when": `self-test` after the bookmarks store was overwritten with garbage
exits 0 and the garbage is still there, set aside. Also: a damaged index in the user cache,
and a data folder on a read-only file system (a locked stick).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.library import Library
from tests.cli_helpers import ROOT, run_cli
from tests.hardening.conftest import copy_content

PROBE = Path(__file__).with_name("gui_probe.py")
GARBAGE = b"\x00\xffthis is not a bookmarks store\n" * 400
KEPT = re.compile(r"^bookmarks\.sqlite3\.damaged-\d{8}-\d{6}")


def _probe(data: Path, ref: str = "", wrap: list[str] | None = None) -> dict[str, list[str]]:
    """What the window shows at start-up (see gui_probe.py)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": str(ROOT),
        "RIGHTS_AT_HAND_DATA_DIR": str(data),
    }
    cmd = [*(wrap or []), sys.executable, str(PROBE), *([ref] if ref else [])]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _garbage_store(data: Path) -> Path:
    db = data / "bookmarks.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(GARBAGE)
    return db


def test_self_test_with_a_garbage_bookmarks_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _garbage_store(data)
    out = run_cli("self-test", data_dir=data, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    kept = [p for p in data.iterdir() if KEPT.match(p.name) and p.read_bytes() == GARBAGE]
    assert kept, f"the garbage was not set aside: {sorted(p.name for p in data.iterdir())}"


def test_self_test_with_every_user_file_garbage(tmp_path: Path) -> None:
    """Settings, bookmarks and the index cache all overwritten: the app still works."""
    data = tmp_path / "data"
    _garbage_store(data)
    (data / "config").mkdir()
    (data / "config" / "settings.json").write_bytes(os.urandom(2000))
    cache = data / "cache" / "index"
    cache.mkdir(parents=True)
    (cache / "index-info.json").write_bytes(os.urandom(500))  # not even a folder per index
    (cache / "stray").write_bytes(os.urandom(500))
    out = run_cli("self-test", data_dir=data, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr


def test_the_window_tells_the_person_the_store_was_damaged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _garbage_store(data)
    seen = _probe(data)
    said = [t for t in seen["texts"] + seen["dialogs"] if "damaged" in t.lower()]
    assert said, f"nothing on screen says the bookmarks were damaged: {seen}"


def test_self_test_rebuilds_a_damaged_index_in_the_cache(tmp_path: Path) -> None:
    """The shipped index cannot serve this content (a comment line changes its digest), so
    the app must use the cache, where a garbage index is waiting."""
    from desktop.search.analysis import ANALYSIS_VERSION
    from desktop.search.index import content_digest

    content = copy_content(tmp_path / "content")
    target = content / "declaration" / "en.txt"
    target.write_text(target.read_text(encoding="utf-8") + "% hardening test copy\n", "utf-8")
    data = tmp_path / "data"
    index = (
        data
        / "cache"
        / "index"
        / f"{content_digest(Library.load(content))[:16]}-a{ANALYSIS_VERSION}"
    )
    index.mkdir(parents=True)
    for name in ("_MAIN_1.toc", "MAIN_garbage.seg", "index-info.json"):
        (index / name).write_bytes(os.urandom(4096))
    out = run_cli(
        "self-test", data_dir=data, env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)}, timeout=300
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "search in English" in out.stdout
    info = json.loads((index / "index-info.json").read_text(encoding="utf-8"))
    assert info["passages"] > 0


def _ro_wrap(data: Path) -> list[str]:
    """Run the command with `data` bind-mounted read-only in a private mount namespace."""
    script = f'mount --bind {data} {data} && mount -o remount,ro,bind {data} {data} && exec "$@"'
    return ["unshare", "-m", "sh", "-c", script, "sh"]


def _ro_available(tmp_path: Path) -> str:
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = tmp_path / "ro-probe"
    probe.mkdir()
    done = subprocess.run(
        [*_ro_wrap(probe), "sh", "-c", f"! touch {probe}/x 2>/dev/null"],
        capture_output=True,
        text=True,
    )
    return "" if done.returncode == 0 else f"no private read-only mounts here: {done.stderr}"


@pytest.fixture
def locked_stick(tmp_path: Path) -> Path:
    """A data folder with a session, settings and bookmarks in it, ready to be locked."""
    why = _ro_available(tmp_path)
    if why:
        pytest.skip(why)
    data = tmp_path / "data"
    from desktop.bookmarks import Store

    store = Store(data / "bookmarks.sqlite3")
    store.add("declaration:art-12.2", note="on the locked stick")
    store.close()
    out = run_cli("self-test", data_dir=data, timeout=300)  # leaves settings and a cache
    assert out.returncode == 0, out.stdout + out.stderr
    return data


def test_self_test_on_a_read_only_data_folder(locked_stick: Path) -> None:
    before = sorted(
        (p.relative_to(locked_stick), p.stat().st_size)
        for p in locked_stick.rglob("*")
        if p.is_file()
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    cmd = [
        *_ro_wrap(locked_stick),
        sys.executable,
        "-m",
        "desktop",
        "--data-dir",
        str(locked_stick),
        "self-test",
    ]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    # A locked stick is a supported way to run: every step passes, the bookmark steps
    # checking that the app says it is read-only instead of writing.
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    assert "read-only data" in done.stdout, done.stdout
    assert "ok    search in English" in done.stdout, done.stdout
    after = sorted(
        (p.relative_to(locked_stick), p.stat().st_size)
        for p in locked_stick.rglob("*")
        if p.is_file()
    )
    assert after == before


def test_the_window_says_it_is_read_only(locked_stick: Path) -> None:
    seen = _probe(locked_stick, wrap=_ro_wrap(locked_stick))
    said = [
        t
        for t in seen["texts"] + seen["dialogs"]
        if re.search(r"read[- ]only|cannot be (saved|changed)", t, re.I)
    ]
    assert said, f"nothing on screen says the data folder is read-only: {seen}"
