"""Schema upgrades, damaged files, read-only folders and two instances writing at once."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.bookmarks import ReadOnlyStore, Store, schema
from desktop.bookmarks import store as store_module

V1_ROWS = [
    (1, "declaration:art-12.2", "Show this at the police station", "2025-03-01T10:00:00+00:00"),
    (2, "res-64-163:op-5", "", "2025-03-02T10:00:00+00:00"),
    (5, "declaration:art-9.3.c", "Право на адвоката", "2025-03-03T10:00:00+00:00"),
]


def write_v1_store(path: Path) -> None:
    """A store as the first schema wrote it: single passages, notes, no folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(schema.SCHEMA_V1)
    conn.executemany("INSERT INTO bookmarks (id, ref, note, created) VALUES (?, ?, ?, ?)",
                     V1_ROWS)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_a_version_1_store_is_upgraded_with_every_note(db_path: Path) -> None:
    write_v1_store(db_path)
    s = Store(db_path)
    assert s.upgraded_from == 1
    got = [(b.id, b.ref, b.note, b.created) for b in s.bookmarks()]
    assert got == V1_ROWS
    assert all(len(b.uid) == 32 for b in s.bookmarks())
    # The upgraded store works like a new one, and its new ids do not reuse old ones.
    folder = s.add_folder("Upgraded")
    new = s.add("declaration:art-1", folder_id=folder.id)
    assert new.id == 6
    s.close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT
    raw.close()
    backups = list(db_path.parent.glob("bookmarks.sqlite3.v1-*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT count(*) FROM bookmarks").fetchone()[0] == 3
    old.close()


def test_a_store_from_a_newer_version_is_opened_read_only(db_path: Path) -> None:
    s = Store(db_path)
    s.add("declaration:art-1", note="kept")
    s.close()
    raw = sqlite3.connect(db_path)
    raw.execute("ALTER TABLE bookmarks ADD COLUMN colour TEXT")
    raw.execute(f"PRAGMA user_version = {schema.CURRENT + 1}")
    raw.commit()
    raw.close()
    s = Store(db_path)
    assert s.read_only and "newer version" in s.read_only_reason
    assert [b.note for b in s.bookmarks()] == ["kept"]
    with pytest.raises(ReadOnlyStore, match="newer version"):
        s.add("declaration:art-2")


def _filled(db_path: Path, n: int) -> None:
    s = Store(db_path)
    folder = s.add_folder("Cases")
    for i in range(n):
        s.add(f"declaration:art-{i % 20 + 1}", note=f"note {i} " + "x" * 200,
              folder_id=folder.id if i % 2 else None)
    s.close()  # the last connection checkpoints the WAL into the file


def test_a_truncated_store_is_kept_aside_and_recovered(db_path: Path) -> None:
    _filled(db_path, 120)
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:
        fh.truncate(size // 2)
    s = Store(db_path)
    assert s.recovery is not None and not s.read_only
    kept = s.recovery.kept
    assert kept is not None and kept.exists() and kept.name.startswith("bookmarks.sqlite3.damaged-")
    assert kept.stat().st_size == size // 2  # the damaged file is kept as it was
    assert 0 < s.recovery.bookmarks < 120
    assert len(s.bookmarks()) == s.recovery.bookmarks
    assert "damaged" in s.recovery.message and str(kept) in s.recovery.message
    s.add("declaration:art-1", note="after recovery")  # the fresh store works


def test_garbage_instead_of_a_store(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database at all" * 100)
    s = Store(db_path)
    assert s.recovery is not None and s.recovery.bookmarks == 0
    assert s.bookmarks() == [] and not s.read_only
    assert s.recovery.kept is not None
    assert s.recovery.kept.read_bytes().startswith(b"this is not a database")


def test_a_foreign_sqlite_file_is_not_taken_over(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE moz_places (id INTEGER, url TEXT)")
    raw.commit()
    raw.close()
    s = Store(db_path)
    assert s.recovery is not None and "not a Rights at Hand" in s.recovery.reason
    assert s.recovery.kept is not None and s.recovery.kept.exists()


def test_a_read_only_data_folder_gives_a_read_only_store(db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _filled(db_path, 3)
    # Root can write to any folder, so the probe is replaced; the real one writes a file.
    monkeypatch.setattr(store_module, "_writable_folder", lambda folder: False)
    s = Store(db_path)
    assert s.read_only and "read-only" in s.read_only_reason
    assert len(s.bookmarks()) == 3
    with pytest.raises(ReadOnlyStore, match="read-only"):
        s.add("declaration:art-1")
    assert not s.can_undo


def test_a_read_only_folder_without_a_store_is_an_empty_read_only_store(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "_writable_folder", lambda folder: False)
    s = Store(db_path)
    assert s.read_only and s.bookmarks() == []
    assert not db_path.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a chmod 555 folder")
def test_a_really_read_only_folder(db_path: Path) -> None:
    _filled(db_path, 2)
    db_path.parent.chmod(0o555)
    try:
        s = Store(db_path)
        assert s.read_only and len(s.bookmarks()) == 2
    finally:
        db_path.parent.chmod(0o755)


def _writer(path: str, tag: str, n: int) -> None:
    s = Store(Path(path))
    for i in range(n):
        s.add(f"declaration:art-{i % 20 + 1}", note=f"{tag}-{i}")
    s.close()


def test_two_instances_writing_at_once_lose_nothing(db_path: Path) -> None:
    Store(db_path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(db_path), tag, 150)) for tag in "ab"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    s = Store(db_path)
    notes = {b.note for b in s.bookmarks()}
    assert notes == {f"{t}-{i}" for t in "ab" for i in range(150)}


def test_another_instance_s_change_is_noticed(db_path: Path) -> None:
    a = Store(db_path)
    b = Store(db_path)
    assert not a.changed_elsewhere()
    b.add("declaration:art-1")
    assert a.changed_elsewhere()
    assert not a.changed_elsewhere()
    a.add("declaration:art-2")  # its own change is not "elsewhere"
    assert not a.changed_elsewhere()


def test_undo_after_another_instance_removed_the_folder(db_path: Path) -> None:
    a = Store(db_path)
    b = Store(db_path)
    folder = a.add_folder("Shared")
    bm = a.add("declaration:art-1", folder_id=folder.id)
    a.delete(bm.id)
    b.delete_folder(folder.id)
    with pytest.raises(Exception, match="another window"):
        a.undo()
