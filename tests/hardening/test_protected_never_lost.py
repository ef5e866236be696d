"""Issue 19, point 7: a protected (SQLCipher) store keeps every promise a plain one keeps.

100 writer processes on one protected store are killed with SIGKILL at random moments (from
start-up, or in the middle of a stream of commits); every bookmark whose `add` returned is
checked. A damaged protected store is kept aside, encrypted as it was, and what can still
be read is recovered into a new protected store: never overwritten, never decrypted to disk.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from desktop.bookmarks import Store
from tests.cli_helpers import ROOT
from tests.hardening.test_bookmarks_never_lost import _committed, _kill_at_random

WRITER = Path(__file__).with_name("bookmark_writer.py")
PASS = "durable passphrase 77"
KILLS = 100


def _start(db: Path, tag: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8",
           "BOOKMARK_WRITER_PASSPHRASE": PASS}
    return subprocess.Popen([sys.executable, str(WRITER), str(db), tag], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _tags(db: Path) -> set[str]:
    with Store(db, PASS) as store:
        assert store.recovery is None, store.recovery.message  # a kill never damages it
        assert not store.read_only, store.read_only_reason
        return {b.note.split(" ", 1)[0] for b in store.bookmarks()}


def test_a_hundred_sigkills_lose_no_committed_protected_bookmark(tmp_path: Path) -> None:
    db = tmp_path / "data" / "bookmarks-protected.sqlite3"
    rng = random.Random(19)  # seeded: a failure can be replayed
    promised: set[str] = set()
    mid_write = 0
    for i in range(KILLS):
        # Half once the store is open, in the middle of commits. (A writer that found the
        # store damaged or unreadable would say so and exit 3: the helper fails on that.)
        reported = _committed(_kill_at_random(_start(db, f"p{i}"), rng, after_ready=i % 2 == 1))
        mid_write += bool(reported)
        promised |= reported
        if db.exists() and (i % 10 == 9):  # each check derives the key: every tenth kill
            missing = promised - _tags(db)
            assert not missing, f"after kill {i + 1}: lost {sorted(missing)[:5]}"
    assert mid_write >= KILLS // 3, "too few kills landed while writing"
    missing = promised - _tags(db)
    assert not missing, sorted(missing)[:5]
    raw = db.read_bytes()
    # Still encrypted: no header and none of the notes' words. (A three-byte tag such as
    # b"p1-" turns up by chance in about one store in a hundred of random-looking bytes.)
    assert b"SQLite format 3" not in raw[:16]
    assert "Право на адвоката".encode() not in raw and b"folder p" not in raw


def test_a_damaged_protected_store_is_kept_aside_and_recovered(tmp_path: Path) -> None:
    db = tmp_path / "data" / "bookmarks-protected.sqlite3"
    with Store(db, PASS) as store:
        for i in range(150):
            store.add(f"declaration:art-{i % 20 + 1}", note=f"kept note {i} " + "x" * 300)
    with db.open("r+b") as fh:  # a page of notes garbled, as failing flash can leave it
        fh.seek(12 * 4096)
        fh.write(os.urandom(4096))
    damaged = db.read_bytes()
    store = Store(db, PASS)
    try:
        assert store.recovery is not None and not store.read_only
        kept = store.recovery.kept
        assert kept is not None and kept.read_bytes() == damaged  # kept exactly as it was
        assert kept.name.startswith("bookmarks-protected.sqlite3.damaged-")
        assert 0 < store.recovery.bookmarks < 150
        assert len(store.bookmarks()) == store.recovery.bookmarks
        store.add("declaration:art-1", note="after recovery")
    finally:
        store.close()
    # The new store is protected with the same passphrase; nothing was written in the clear.
    for path in db.parent.iterdir():
        assert b"kept note" not in path.read_bytes(), path
    with Store(db, PASS) as again:
        assert "after recovery" in {b.note for b in again.bookmarks()}
