"""The SQLite schema of the bookmarks store, its version number and the upgrade steps.

`PRAGMA user_version` holds the schema version. Opening a store runs every upgrade step from
its version to `CURRENT` in one transaction, after a backup copy of the file is taken, so an
interrupted upgrade leaves the old file as it was.

History:

- version 1: `bookmarks(id, ref, note, created)`: one passage per bookmark, no folders.
- version 2: folders (nested), ranges (`start_pid`..`end_pid`), a title, a stable `uid` for
  export and import, `updated` times, positions. AUTOINCREMENT ids are never reused, so
  an undone deletion can put rows back with their old ids.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime, timezone

CURRENT = 2
# What a name or title, and a note, may hold (characters): the store and the import check it.
MAX_NAME = 200
MAX_NOTE = 100_000


def now() -> str:
    """A row's time stamp (`created`, `updated`): UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


SCHEMA_V2 = """
CREATE TABLE folders (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    uid       TEXT NOT NULL UNIQUE,
    parent_id INTEGER REFERENCES folders(id),
    name      TEXT NOT NULL,
    position  INTEGER NOT NULL DEFAULT 0,
    created   TEXT NOT NULL,
    updated   TEXT NOT NULL
);
CREATE TABLE bookmarks (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    uid       TEXT NOT NULL UNIQUE,
    folder_id INTEGER REFERENCES folders(id),
    doc       TEXT NOT NULL,
    start_pid TEXT NOT NULL,
    end_pid   TEXT NOT NULL,
    lang      TEXT,
    title     TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0,
    created   TEXT NOT NULL,
    updated   TEXT NOT NULL
);
CREATE INDEX folders_parent ON folders(parent_id, position);
CREATE INDEX bookmarks_folder ON bookmarks(folder_id, position);
"""

#: Version 1, kept to document what the upgrade reads (and for the upgrade test).
SCHEMA_V1 = """
CREATE TABLE bookmarks (
    id      INTEGER PRIMARY KEY,
    ref     TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
"""

TABLES = ("folders", "bookmarks")
#: Tables a store of each version must have (anything else is not our file or is damaged).
TABLES_BY_VERSION: dict[int, set[str]] = {1: {"bookmarks"}, 2: {"folders", "bookmarks"}}
FOLDER_COLUMNS = ("id", "uid", "parent_id", "name", "position", "created", "updated")
BOOKMARK_COLUMNS = ("id", "uid", "folder_id", "doc", "start_pid", "end_pid", "lang", "title",
                    "note", "position", "created", "updated")
COLUMNS = {"folders": FOLDER_COLUMNS, "bookmarks": BOOKMARK_COLUMNS}


def new_uid() -> str:
    return uuid.uuid4().hex


def create(conn: sqlite3.Connection) -> None:
    """A fresh, empty store at the current version (inside the caller's transaction)."""
    for statement in SCHEMA_V2.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {CURRENT}")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE bookmarks RENAME TO bookmarks_v1")
    for statement in SCHEMA_V2.split(";"):
        if statement.strip():
            conn.execute(statement)
    rows = conn.execute("SELECT id, ref, note, created FROM bookmarks_v1 ORDER BY id").fetchall()
    for bid, ref, note, created in rows:
        # Kept verbatim even when the ref no longer parses: a note is never dropped.
        doc, _, pid = str(ref).partition(":")
        conn.execute(
            "INSERT INTO bookmarks (id, uid, folder_id, doc, start_pid, end_pid, lang, title,"
            " note, position, created, updated) VALUES (?, ?, NULL, ?, ?, ?, NULL, '', ?, ?, ?, ?)",
            (bid, new_uid(), doc, pid, pid, note or "", bid, created, created),
        )
    conn.execute("DROP TABLE bookmarks_v1")


#: version -> the step that takes a store from that version to the next one.
UPGRADES: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}


def upgrade(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every step from `from_version` to CURRENT (inside the caller's transaction)."""
    version = from_version
    while version < CURRENT:
        UPGRADES[version](conn)
        version += 1
    conn.execute(f"PRAGMA user_version = {CURRENT}")
