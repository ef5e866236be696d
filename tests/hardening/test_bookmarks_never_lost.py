"""Bookmarks are never lost: killed writers, two instances, damaged files, locked sticks.

A bookmark whose `add` returned is a promise. These tests kill real writer processes with
SIGKILL at random moments (the power cut, the stick pulled out, the app force-quit) and
check every promise after each kill; they damage store files the ways media damage them;
and they lock the data folder the way a write-protected stick does.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.bookmarks import ReadOnlyStore, Store
from tests.cli_helpers import ROOT

WRITER = Path(__file__).with_name("bookmark_writer.py")
KILLS = 30
KEPT_NAME = re.compile(r"^bookmarks\.sqlite3\.damaged-\d{8}-\d{6}")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def _start_writer(db: Path, tag: str, count: int | None = None) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(WRITER), str(db), tag] + ([str(count)] if count else [])
    return subprocess.Popen(
        cmd, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _committed(lines: str) -> set[str]:
    # Only whole lines count: a line cut by the kill was not a completed promise.
    out = set()
    for line in lines.splitlines(keepends=True):
        if line.endswith("\n") and line.strip() != "ready":
            out.add(line.strip())
    return out


def _kill_at_random(proc: subprocess.Popen[str], rng: random.Random, after_ready: bool) -> str:
    """SIGKILL the writer 10-200 ms after it started (or after it said `ready`)."""
    seen = ""
    if after_ready:
        assert proc.stdout is not None
        seen = proc.stdout.readline()
        assert seen == "ready\n", seen + (proc.stderr.read() if proc.stderr else "")
    time.sleep(rng.uniform(0.010, 0.200))
    proc.send_signal(signal.SIGKILL)
    rest, err = proc.communicate(timeout=30)
    assert proc.returncode in (-signal.SIGKILL, 0), err
    assert "Traceback" not in err, err
    return seen + rest


def _notes(db: Path) -> set[str]:
    """Open the store the way the app does and read every note's tag."""
    store = Store(db)
    try:
        assert store.recovery is None, store.recovery.message  # a kill never damages it
        assert not store.read_only, store.read_only_reason
        return {b.note.split(" ", 1)[0] for b in store.bookmarks()}
    finally:
        store.close()


def test_sigkill_mid_write_never_loses_a_committed_bookmark(tmp_path: Path) -> None:
    db = tmp_path / "data" / "bookmarks.sqlite3"
    rng = random.Random(8)  # seeded: a failure can be replayed
    promised: set[str] = set()
    kills_mid_write = 0
    for i in range(KILLS):
        # Half the kills land anywhere from start-up on (creating, opening, first write);
        # the other half once the store is open, in the middle of a stream of commits.
        proc = _start_writer(db, f"k{i}")
        reported = _committed(_kill_at_random(proc, rng, after_ready=i % 2 == 1))
        kills_mid_write += bool(reported)
        promised |= reported
        if db.exists():
            missing = promised - _notes(db)
            assert not missing, f"after kill {i + 1}: lost {sorted(missing)[:5]}"
    assert kills_mid_write >= KILLS // 3, "too few kills landed while writing"
    assert len(promised) > KILLS
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_two_writers_while_one_is_killed_again_and_again(tmp_path: Path) -> None:
    """Two instances at once: a steady one, and one force-quit repeatedly beside it."""
    db = tmp_path / "data" / "bookmarks.sqlite3"
    Store(db).close()
    steady = _start_writer(db, "steady", 120)
    rng = random.Random(64)
    promised: set[str] = set()
    for i in range(8):
        promised |= _committed(_kill_at_random(_start_writer(db, f"v{i}"), rng, after_ready=True))
    out, err = steady.communicate(timeout=120)
    assert steady.returncode == 0, err
    steady_notes = _committed(out)
    assert steady_notes == {f"steady-{n}" for n in range(120)}
    missing = (promised | steady_notes) - _notes(db)
    assert not missing, sorted(missing)[:5]


# --- damaged store files ---------------------------------------------------------------------


def _filled(db: Path, n: int = 60) -> set[str]:
    store = Store(db)
    notes = {f"note-{i}" for i in range(n)}
    for i, note in enumerate(sorted(notes)):
        store.add(f"declaration:art-{i % 20 + 1}", note=note + " " + "x" * 300)
    store.close()
    return notes


def _kept_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if KEPT_NAME.match(p.name) and "-wal" not in p.name)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "pages-overwritten", "zeroed-header"])
def test_damaged_store_is_set_aside_kept_and_recovered(tmp_path: Path, damage: str) -> None:
    db = tmp_path / "data" / "bookmarks.sqlite3"
    notes = _filled(db)
    data = db.read_bytes()
    if damage == "garbage":
        bad = random.Random(1).randbytes(len(data))
    elif damage == "truncated":
        bad = data[: len(data) - 4096 - 1234]  # the end of the file lost, mid-page
    elif damage == "pages-overwritten":
        page = 4096
        bad = data[: 3 * page] + b"\xa5" * page + data[4 * page :]
    else:
        bad = b"\x00" * 100 + data[100:]
    db.write_bytes(bad)
    store = Store(db)
    assert store.recovery is not None, "damage not noticed"
    assert not store.read_only
    kept = store.recovery.kept
    assert kept is not None and KEPT_NAME.match(kept.name), kept
    assert kept.read_bytes() == bad  # set aside exactly as it was
    message = store.recovery.message
    assert "damaged" in message and str(kept) in message
    recovered = {b.note.split(" ", 1)[0] for b in store.bookmarks()}
    assert recovered <= notes and len(recovered) == store.recovery.bookmarks
    if damage in ("truncated", "pages-overwritten"):
        assert recovered, "nothing recovered from a file that is mostly intact"
    store.add("declaration:art-1", note="after")
    store.close()
    assert "after" in {b.note for b in Store(db).bookmarks()}


def test_store_cut_short_by_a_few_bytes_is_noticed_or_fully_usable(tmp_path: Path) -> None:
    # SQLite's quick_check does not compare indexes with their tables; a store cut short
    # inside its last page (an index page here) passes it, then deleting or moving some
    # bookmarks fails with "database disk image is malformed" in the middle of the session.
    db = tmp_path / "data" / "bookmarks.sqlite3"
    notes = _filled(db)
    db.write_bytes(db.read_bytes()[:-100])
    store = Store(db)
    if store.recovery is not None:
        assert store.recovery.kept is not None and store.recovery.kept.exists()
        return
    assert {b.note.split(" ", 1)[0] for b in store.bookmarks()} == notes
    folder = store.add_folder("Moved")
    for bookmark in store.bookmarks():
        store.move(bookmark.id, folder.id)
    for bookmark in store.bookmarks():
        store.delete(bookmark.id)
    assert store.bookmarks() == []


def test_two_damaged_files_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    # The kept name has a timestamp to the second; a second damaged file found within the
    # same second must not replace the first one (it may hold the only copy of the notes).
    db = tmp_path / "data" / "bookmarks.sqlite3"
    _filled(db, 3)
    first, second = b"first damaged file " * 300, b"second damaged file " * 300
    db.write_bytes(first)
    Store(db).close()
    db.write_bytes(second)
    Store(db).close()
    kept = {p.read_bytes() for p in _kept_files(db.parent)}
    assert first in kept and second in kept


OPENER = Path(__file__).with_name("damaged_store_opener.py")


def test_two_instances_opening_a_damaged_store_at_once_keep_it(tmp_path: Path) -> None:
    """Two app instances start on the same damaged store (a double-click twice).

    Both find the damage before either has moved it aside; then one moves it and creates a
    fresh store, and the other follows half a second later (the opener script holds it back
    to make this interleaving certain; it happens by chance about once in 20 starts). The
    damaged file must still be kept, and neither instance may end up writing into a file
    that has been moved aside.
    """
    db = tmp_path / "data" / "bookmarks.sqlite3"
    db.parent.mkdir()
    garbage = b"damaged bookmarks file " * 500
    db.write_bytes(garbage)
    procs = [
        subprocess.Popen(
            [sys.executable, str(OPENER), str(db), role],
            cwd=ROOT,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role in ("first", "second")
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    kept = [p.read_bytes() for p in _kept_files(db.parent)]
    assert garbage in kept, "the damaged file was replaced by a fresh store"
    # What each instance wrote after starting is in the store the next start will open.
    assert {b.note for b in Store(db).bookmarks()} >= {r["wrote"] for r in results}


# --- a read-only data folder -----------------------------------------------------------------


def test_data_folder_that_cannot_exist_gives_a_read_only_store(tmp_path: Path) -> None:
    # Root ignores permissions; a plain file where the data folder should be cannot be
    # written into by anyone, like a folder on a locked stick.
    blocker = tmp_path / "data"
    blocker.write_bytes(b"not a folder")
    store = Store(blocker / "bookmarks.sqlite3")
    assert store.read_only
    assert "read-only" in store.read_only_reason
    assert store.bookmarks() == []
    with pytest.raises(ReadOnlyStore, match="read-only"):
        store.add("declaration:art-1", note="x")
    assert blocker.read_bytes() == b"not a folder"


READ_ONLY_PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from desktop.bookmarks import ReadOnlyStore, Store
    s = Store(Path(sys.argv[1]))
    result = {"read_only": s.read_only, "reason": s.read_only_reason,
              "notes": [b.note.split(" ", 1)[0] for b in s.bookmarks()], "refused": ""}
    try:
        s.add("declaration:art-1", note="written on a locked stick")
    except ReadOnlyStore as exc:
        result["refused"] = str(exc)
    print(json.dumps(result))
    """
)


def _read_only_mount_works(tmp_path: Path) -> str:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return "unshare/mount not installed"
    probe = tmp_path / "probe"
    probe.mkdir()
    script = (
        f"mount --bind {probe} {probe} && mount -o remount,ro,bind {probe} {probe} && "
        f"! touch {probe}/x 2>/dev/null"
    )
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True)
    return "" if done.returncode == 0 else f"no private read-only mounts here: {done.stderr}"


@pytest.mark.parametrize("unclean", [False, True], ids=["closed-cleanly", "writer-was-killed"])
def test_locked_stick_shows_every_bookmark_read_only(tmp_path: Path, unclean: bool) -> None:
    """The data folder on a really read-only file system (a private read-only bind mount).

    `writer-was-killed`: the last session was force-quit, so recent bookmarks are still in
    the WAL file beside the store, not in the store itself; they must show all the same.
    """
    why = _read_only_mount_works(tmp_path)
    if why:
        pytest.skip(why)
    data = tmp_path / "data"
    db = data / "bookmarks.sqlite3"
    promised = _filled(db, 5)
    if unclean:
        proc = _start_writer(db, "late")
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        lines = [proc.stdout.readline() for _ in range(5)]
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        promised |= _committed("".join(lines))
        assert Path(f"{db}-wal").exists()
    script = (
        f"mount --bind {data} {data} && mount -o remount,ro,bind {data} {data} && "
        f'exec "{sys.executable}" -c "$0" {db}'
    )
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, READ_ONLY_PROBE.strip()],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["read_only"] and "read-only" in result["reason"]
    assert set(result["notes"]) >= promised
    assert "read-only" in result["refused"]
