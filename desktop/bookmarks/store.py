"""The bookmarks store: SQLite in the user data folder, safe with two app instances at once.

    store = Store.open()                      # paths.user_paths().bookmarks_db
    folder = store.add_folder("Police station")
    bm = store.add("declaration:art-12.2", note="Show this first", folder=folder.id, lang="en")
    store.find("show")                        # bookmarks whose note or title contains it
    store.delete(bm.id); store.undo()         # undo/redo of every change, in memory

Why it is built this way:

- Every change is one `BEGIN IMMEDIATE` transaction in WAL mode with a busy timeout, so two
  instances writing at once wait for each other instead of failing or losing a write.
- Every change records the rows it touched (before and after); undo and redo replay them.
  AUTOINCREMENT ids are never reused, so an undone deletion gets its old ids back.
- A damaged file is never thrown away: it is moved aside with a timestamp, a fresh store is
  made, whatever rows can still be read are copied over, and `recovery` tells the caller.
- A read-only data folder (a locked USB stick) gives a read-only store that says why;
  changing it raises `ReadOnlyStore` with that reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.bookmarks import schema
from desktop.bookmarks.engine import sqlite
from desktop.bookmarks.errors import (  # defined there for exchange and sealed; given here too
    MIN_PASSPHRASE,
    BookmarkError,
    NotFound,
    ProtectionUnavailable,
    ReadOnlyStore,
    WrongPassphrase,
    check_new_passphrase,
)
from desktop.bookmarks.schema import MAX_NAME, MAX_NOTE, now
from desktop.references import Target

BUSY_TIMEOUT_S = 10.0
MAX_UNDO = 200

Row = dict[str, Any]
_FOLDER_COLS = ", ".join(schema.FOLDER_COLUMNS)
_BOOKMARK_COLS = ", ".join(schema.BOOKMARK_COLUMNS)


@dataclass(frozen=True)
class Folder:
    id: int
    uid: str
    parent_id: int | None
    name: str
    position: int
    created: str
    updated: str


@dataclass(frozen=True)
class Bookmark:
    id: int
    uid: str
    folder_id: int | None
    doc: str
    start_pid: str
    end_pid: str
    lang: str | None
    title: str
    note: str
    position: int
    created: str
    updated: str

    @property
    def target(self) -> Target:
        return Target(self.doc, self.start_pid, self.end_pid)

    @property
    def ref(self) -> str:
        return self.target.ref


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged store file."""

    kept: Path | None  # where the damaged file was moved (None: could not be moved)
    folders: int
    bookmarks: int
    reason: str

    @property
    def message(self) -> str:
        where = f"kept as {self.kept}" if self.kept else "left where it was"
        return (
            f"The bookmarks file was damaged ({self.reason}). It was {where}; "
            f"{_count(self.bookmarks, 'bookmark')} and {_count(self.folders, 'folder')} "
            "could be recovered into a new file."
        )


@dataclass
class _Change:
    table: str
    before: Row | None
    after: Row | None


@dataclass
class _Step:
    label: str
    changes: list[_Change] = field(default_factory=list)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def clean_text(text: str, limit: int, what: str) -> str:
    if not isinstance(text, str):
        raise BookmarkError(f"{what} must be text")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise BookmarkError(f"{what} is too long ({len(text)} characters, at most {limit})")
    return text


def clean_name(name: str, what: str = "a folder name") -> str:
    name = " ".join(clean_text(name, MAX_NAME, what).split())
    if not name:
        raise BookmarkError(f"{what} cannot be empty")
    return name


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _writable_folder(folder: Path) -> bool:
    """Whether files can really be created here (os.access says yes to root on a ro mount)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


class Store:
    """Bookmarks and folders in one SQLite file. Not thread-safe: one per thread or window."""

    def __init__(self, path: Path | None, passphrase: str | None = None) -> None:
        """Open (or create) the store at `path`; None gives an empty store in memory.

        With a `passphrase` the file is a SQLCipher store: every page (notes, folders,
        passages, dates, the schema itself) is encrypted. A passphrase that does not open
        an existing file raises WrongPassphrase and leaves the file untouched.
        """
        self.path = path
        if passphrase is not None:
            from desktop.bookmarks import engine

            if not engine.AVAILABLE:
                raise ProtectionUnavailable(
                    "this copy of Rights at Hand was built without SQLCipher, so bookmarks "
                    "cannot be protected with a passphrase")
        self._passphrase = passphrase
        self.read_only = False
        self.read_only_reason = ""
        self.recovery: Recovery | None = None
        self.upgraded_from: int | None = None
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._step: _Step | None = None
        self._listeners: list[Callable[[], None]] = []
        self._data_version = 0
        self.closed = False
        #: True for the stand-in shown while a protected store is locked (`Store.locked`).
        self.is_locked = False
        self.conn = self._open()
        self._data_version = self._pragma("data_version")

    @classmethod
    def open(cls, path: Path | None = None, passphrase: str | None = None) -> Store:
        """The user's store unless `path` is given: with a passphrase the protected one
        (`paths.user_paths().protected_db`), else the plain one (`bookmarks_db`)."""
        if path is None:
            from desktop.paths import user_paths

            up = user_paths()
            path = up.protected_db if passphrase is not None else up.bookmarks_db
        return cls(path, passphrase)

    @classmethod
    def locked(cls, reason: str) -> Store:
        """An empty, read-only stand-in while the protected store is locked."""
        store = cls(None)
        store.read_only = True
        store.read_only_reason = reason
        store.is_locked = True
        return store

    # ----------------------------------------------------------------- opening and recovery

    @property
    def protected(self) -> bool:
        """True for a store encrypted with a passphrase."""
        return self._passphrase is not None

    def _connect(self, target: str, uri: bool = False) -> sqlite3.Connection:
        conn = sqlite.connect(target, timeout=BUSY_TIMEOUT_S, isolation_level=None, uri=uri)
        if self._passphrase is not None and target != ":memory:":
            from desktop.bookmarks import engine

            engine.set_key(conn, self._passphrase)
        conn.row_factory = sqlite.Row
        return conn

    def _check_key(self, conn: sqlite3.Connection) -> None:
        """Raise WrongPassphrase when the key does not open an existing protected file."""
        assert self.path is not None
        try:
            size = self.path.stat().st_size
        except OSError:
            return  # a new file: this key creates it
        if size == 0:
            return  # created, then killed before the first page was written
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite.DatabaseError as exc:
            # SQLITE_NOTADB: the first page fails its HMAC (a wrong key, or that very page
            # damaged). Anything else (SQLITE_CORRUPT: pages lost further on) means the key
            # opened the file: the damaged store is then kept aside and recovered as usual.
            if getattr(exc, "sqlite_errorcode", 26) != 26:
                return
            conn.close()
            raise WrongPassphrase(
                "the passphrase does not open the protected bookmarks (or the file is "
                "damaged); nothing was changed") from None

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._memory_store("")
        path = self.path
        if not _writable_folder(path.parent):
            return self._open_read_only(
                f"the data folder {path.parent} is read-only; bookmarks can be read but "
                "not changed"
            )
        if path.exists() and not os.access(path, os.W_OK):
            return self._open_read_only(f"{path} is read-only; bookmarks cannot be changed")
        conn: sqlite3.Connection | None = None
        if self._passphrase is not None:
            # One key derivation (~0.3 s): the connection that checked the key is used.
            conn = self._connect(str(path))
            self._check_key(conn)
        try:
            if conn is None:
                conn = self._connect(str(path))
            self._configure(conn)
            version = self._check(conn)
        except sqlite.DatabaseError as exc:
            if conn is not None:
                conn.close()
            return self._recover(str(exc))
        if version > schema.CURRENT:
            conn.close()
            return self._open_read_only(
                f"{path.name} was written by a newer version of Rights at Hand (schema "
                f"{version}); it is opened read-only so nothing in it is lost"
            )
        if version < schema.CURRENT:
            self._upgrade(conn, version)
        return conn

    def _configure(self, conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            # Some file systems (network shares) cannot do WAL; rollback journal still works.
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")  # a bookmark saved is a bookmark kept
        conn.execute("PRAGMA foreign_keys = ON")
        # Set by the app, not left to how the system's SQLite was built: a deleted note's
        # bytes are overwritten with zeros in the file (and its WAL), not left in a free page.
        conn.execute("PRAGMA secure_delete = ON")
        # A checkpoint leaves an empty WAL, not one still holding old pages.
        conn.execute("PRAGMA journal_size_limit = 0")

    def _check(self, conn: sqlite3.Connection) -> int:
        """The schema version of a healthy store (a new file is created here)."""
        self._check_size(conn)
        # integrity_check, not quick_check: only the full check compares indexes with their
        # tables, and a store cut short inside an index page passes quick_check, then fails
        # mid-session when a bookmark is moved or deleted. The store is small: milliseconds.
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlite.DatabaseError(f"integrity check: {result}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0:
            if tables - {"sqlite_sequence"}:
                raise sqlite.DatabaseError("not a Rights at Hand bookmarks file")
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another instance may have created it meanwhile: look again under the lock.
                if int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0:
                    schema.create(conn)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return schema.CURRENT
        if not schema.TABLES_BY_VERSION.get(version, set()) <= tables:
            raise sqlite.DatabaseError(f"tables missing for schema {version}")
        return version

    def _check_size(self, conn: sqlite3.Connection) -> None:
        """A file that is not a whole number of pages was cut short (or is not SQLite)."""
        if self.path is None or not self.path.exists():
            return
        size = self.path.stat().st_size
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
        if size and page and size % page:
            raise sqlite.DatabaseError(f"file cut short ({size} bytes is not whole pages)")

    def _upgrade(self, conn: sqlite3.Connection, version: int) -> None:
        assert self.path is not None
        backup = self.path.with_name(f"{self.path.name}.v{version}-{_stamp()}.bak")
        # Through _connect: a protected store's backup is encrypted with the same key.
        with contextlib.closing(self._connect(str(backup))) as copy:
            conn.backup(copy)
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if current < schema.CURRENT:  # not already done by another instance
                schema.upgrade(conn, current)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.upgraded_from = version

    def _memory_store(self, reason: str) -> sqlite3.Connection:
        conn = self._connect(":memory:")
        conn.execute("PRAGMA foreign_keys = ON")
        schema.create(conn)
        if reason:
            self.read_only = True
            self.read_only_reason = reason
        return conn

    def _open_read_only(self, reason: str) -> sqlite3.Connection:
        assert self.path is not None
        self.read_only = True
        self.read_only_reason = reason
        if not self.path.exists():
            return self._memory_store(reason)
        # immutable=1 when even the -shm file cannot be made (write-protected stick).
        for query in ("mode=ro", "mode=ro&immutable=1"):
            try:
                conn = self._connect(f"{self.path.resolve().as_uri()}?{query}", uri=True)
                return self._readable_copy(conn)
            except sqlite.DatabaseError:
                continue
        return self._memory_store(reason + "; the file could not be read either")

    def _readable_copy(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        """`conn` if it can be read as it is, else an upgraded copy of it in memory."""
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite.DatabaseError("damaged")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version < schema.CURRENT:
            # An older file in a read-only folder: show it through an upgraded copy.
            memory = self._connect(":memory:")
            conn.backup(memory)
            conn.close()
            memory.execute("BEGIN")
            if version == 0:
                schema.create(memory)
            else:
                schema.upgrade(memory, version)
            memory.execute("COMMIT")
            conn = memory
        for table, columns in schema.COLUMNS.items():
            # A newer schema is readable as long as the columns this version knows are there.
            conn.execute(f"SELECT {', '.join(columns)} FROM {table} LIMIT 1").fetchall()
        return conn

    def _recover(self, reason: str) -> sqlite3.Connection:
        """Move the damaged file aside, start a fresh one, copy what can still be read."""
        assert self.path is not None
        try:
            kept = _move_aside(self.path, f"{self.path.name}.damaged-{_stamp()}")
        except OSError:
            self.recovery = Recovery(None, 0, 0, reason)
            return self._memory_store(
                f"the bookmarks file is damaged ({reason}) and could not be moved aside"
            )
        conn = self._connect(str(self.path))
        self._configure(conn)
        self._check(conn)
        folders, bookmarks = _salvage(kept, self._passphrase)
        n_folders = n_bookmarks = 0
        conn.execute("BEGIN IMMEDIATE")
        known: set[int] = set()
        pending = list(folders)
        while pending:
            # Parents before children; folders whose parent is lost go to the top level.
            ready = [r for r in pending if r.get("parent_id") is None or r["parent_id"] in known]
            if not ready:
                ready = [{**r, "parent_id": None} for r in pending]
            for row in ready:
                if _try_insert(conn, "folders", row):
                    known.add(int(row["id"]))
                    n_folders += 1
            done = {int(r["id"]) for r in ready}
            pending = [r for r in pending if int(r["id"]) not in done]
        for row in bookmarks:
            if row.get("folder_id") not in known:
                row = {**row, "folder_id": None}
            n_bookmarks += _try_insert(conn, "bookmarks", row)
        conn.execute("COMMIT")
        self.recovery = Recovery(kept, n_folders, n_bookmarks, reason)
        return conn

    # A protected store also keeps the reading history and recent searches (when the person
    # keeps them at all): encrypted with the notes, never in the plain settings file. One
    # table beside the bookmarks, made when first needed; the schema version is unchanged
    # (a store's tables are checked as "at least these", so older versions still open it).

    def read_private_settings(self) -> dict[str, Any]:
        import json

        try:
            rows = self.conn.execute("SELECT name, value FROM private_settings").fetchall()
        except sqlite.Error:
            return {}  # none kept yet
        out: dict[str, Any] = {}
        for name, value in rows:
            with contextlib.suppress(ValueError, TypeError):
                out[str(name)] = json.loads(value)
        return out

    def write_private_settings(self, values: dict[str, Any]) -> None:
        """Replace what is kept (an empty dict keeps nothing); one transaction, no undo."""
        import json

        self._require_writable()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("CREATE TABLE IF NOT EXISTS private_settings "
                              "(name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self.conn.execute("DELETE FROM private_settings")
            self.conn.executemany("INSERT INTO private_settings VALUES (?, ?)",
                                  [(k, json.dumps(v, ensure_ascii=False))
                                   for k, v in values.items()])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def checkpoint(self) -> None:
        """Copy the WAL into the store and empty it (a WAL can hold a deleted note's pages)."""
        if self.closed or self.path is None or self.read_only:
            return
        with contextlib.suppress(sqlite.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        """Checkpoint, then close: the last connection to go also removes the WAL file."""
        if not self.closed:
            self.checkpoint()
        self.closed = True
        with contextlib.suppress(sqlite.Error):
            self.conn.close()

    def protect(self, target: Path, passphrase: str) -> Path:
        """Write an encrypted copy of this (plain) store to `target`, keyed by `passphrase`.

        The copy is made beside `target` and renamed into place only when it is whole, so
        an interruption leaves the plain store as it was; the caller then wipes the plain
        file (`wipe_file`). Returns `target`.
        """
        from desktop.bookmarks import engine

        if not engine.AVAILABLE:
            raise ProtectionUnavailable("this copy of Rights at Hand was built without SQLCipher")
        check_new_passphrase(passphrase)
        self._require_writable()
        tmp = target.with_name(target.name + ".new")
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
        self.checkpoint()
        version = self._pragma("user_version")
        self.conn.execute(f"ATTACH DATABASE {engine.quote(str(tmp))} AS protected "
                          f"KEY {engine.quote(passphrase)}")
        try:
            self.conn.execute("SELECT sqlcipher_export('protected')").fetchall()
            self.conn.execute(f"PRAGMA protected.user_version = {int(version)}")
        finally:
            self.conn.execute("DETACH DATABASE protected")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_folder(target.parent)
        return target

    def change_passphrase(self, passphrase: str) -> None:
        """Re-encrypt a protected store under a new passphrase (SQLCipher's rekey)."""
        from desktop.bookmarks import engine

        if self._passphrase is None:
            raise BookmarkError("these bookmarks are not protected with a passphrase")
        check_new_passphrase(passphrase)
        self._require_writable()
        # rekey cannot run in WAL mode: leave it for the rewrite, then come back.
        self.checkpoint()
        self.conn.execute("PRAGMA journal_mode = DELETE")
        try:
            self.conn.execute(f"PRAGMA rekey = {engine.quote(passphrase)}")
            self._passphrase = passphrase
        finally:
            self.conn.execute("PRAGMA journal_mode = WAL")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------------------- reading

    def _pragma(self, name: str) -> int:
        return int(self.conn.execute(f"PRAGMA {name}").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True once after another connection (another window, another instance) committed."""
        if self.closed:
            return False
        version = self._pragma("data_version")
        changed = version != self._data_version
        self._data_version = version
        return changed

    def folders(self) -> list[Folder]:
        sql = f"SELECT {_FOLDER_COLS} FROM folders ORDER BY position, id"
        rows = self.conn.execute(sql).fetchall()
        return [Folder(**dict(r)) for r in rows]

    def folder(self, folder_id: int) -> Folder:
        sql = f"SELECT {_FOLDER_COLS} FROM folders WHERE id = ?"
        row = self.conn.execute(sql, (folder_id,)).fetchone()
        if row is None:
            raise NotFound(f"no folder {folder_id}")
        return Folder(**dict(row))

    def subfolders(self, parent_id: int | None) -> list[Folder]:
        return [f for f in self.folders() if f.parent_id == parent_id]

    def folder_path(self, folder_id: int | None) -> list[str]:
        """Names from the top: ["Cases", "2026"]; [] for the top level."""
        names: list[str] = []
        seen: set[int] = set()
        while folder_id is not None and folder_id not in seen:
            seen.add(folder_id)
            f = self.folder(folder_id)
            names.append(f.name)
            folder_id = f.parent_id
        return names[::-1]

    def descendants(self, folder_id: int) -> list[int]:
        """Ids of the folder's subfolders at every depth (not the folder itself)."""
        children: dict[int | None, list[int]] = {}
        for f in self.folders():
            children.setdefault(f.parent_id, []).append(f.id)
        out: list[int] = []
        todo = list(children.get(folder_id, []))
        while todo:
            fid = todo.pop(0)
            out.append(fid)
            todo.extend(children.get(fid, []))
        return out

    def bookmarks(self) -> list[Bookmark]:
        """Every bookmark, in folder order."""
        rows = self.conn.execute(
            f"SELECT {_BOOKMARK_COLS} FROM bookmarks ORDER BY position, id"
        ).fetchall()
        return [Bookmark(**dict(r)) for r in rows]

    def bookmarks_in(self, folder_id: int | None, recursive: bool = False) -> list[Bookmark]:
        """Bookmarks in a folder (None: the top level), with its subfolders' if `recursive`."""
        ids: list[int | None] = [folder_id]
        if folder_id is not None and recursive:
            ids += self.descendants(folder_id)
        out: list[Bookmark] = []
        for fid in ids:
            if fid is None:
                rows = self.conn.execute(
                    f"SELECT {_BOOKMARK_COLS} FROM bookmarks WHERE folder_id IS NULL "
                    "ORDER BY position, id"
                ).fetchall()
            else:
                rows = self.conn.execute(
                    f"SELECT {_BOOKMARK_COLS} FROM bookmarks WHERE folder_id = ? "
                    "ORDER BY position, id", (fid,)
                ).fetchall()
            out.extend(Bookmark(**dict(r)) for r in rows)
        return out

    def bookmark(self, bookmark_id: int) -> Bookmark:
        sql = f"SELECT {_BOOKMARK_COLS} FROM bookmarks WHERE id = ?"
        row = self.conn.execute(sql, (bookmark_id,)).fetchone()
        if row is None:
            raise NotFound(f"no bookmark {bookmark_id}")
        return Bookmark(**dict(row))

    def find(self, text: str) -> list[Bookmark]:
        """Bookmarks whose note or title contains `text` (any case, any Unicode form)."""
        needle = _fold(text.strip())
        if not needle:
            return self.bookmarks()
        return [b for b in self.bookmarks() if needle in _fold(b.note) or needle in _fold(b.title)]

    def for_passage(self, doc: str, pid: str) -> list[Bookmark]:
        """Bookmarks that start at this passage (for a marker in the reader)."""
        rows = self.conn.execute(
            f"SELECT {_BOOKMARK_COLS} FROM bookmarks WHERE doc = ? AND start_pid = ? "
            "ORDER BY id", (doc, pid)
        ).fetchall()
        return [Bookmark(**dict(r)) for r in rows]

    # ----------------------------------------------------------------------------- writing

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call `callback()` after every change made through this store (and undo/redo)."""
        self._listeners.append(callback)

    def _notify(self) -> None:
        self._data_version = self._pragma("data_version")
        for callback in list(self._listeners):
            callback()

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStore(f"bookmarks cannot be changed: {self.read_only_reason}")

    @contextlib.contextmanager
    def _write(self, label: str, record: bool = True) -> Iterator[_Step]:
        self._require_writable()
        step = _Step(label)
        self._step = step
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield step
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._step = None
        if record and step.changes:
            self._undo.append(step)
            del self._undo[:-MAX_UNDO]
            self._redo.clear()
        self._notify()

    def _get(self, table: str, row_id: int) -> Row | None:
        cols = ", ".join(schema.COLUMNS[table])
        row = self.conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        return None if row is None else dict(row)

    def _insert(self, table: str, row: Row) -> int:
        row_id = _insert_row(self.conn, table, row)
        after = self._get(table, row_id)
        assert self._step is not None
        self._step.changes.append(_Change(table, None, after))
        return row_id

    def _update(self, table: str, row_id: int, **values: Any) -> None:
        before = self._get(table, row_id)
        if before is None:
            raise NotFound(f"no {table[:-1]} {row_id}")
        values.setdefault("updated", now())
        sets = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*values.values(), row_id))
        assert self._step is not None
        self._step.changes.append(_Change(table, before, self._get(table, row_id)))

    def _delete(self, table: str, row_id: int) -> None:
        before = self._get(table, row_id)
        if before is None:
            return
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        assert self._step is not None
        self._step.changes.append(_Change(table, before, None))

    def _next_position(self, table: str, column: str, parent: int | None) -> int:
        if parent is None:
            sql = f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE {column} IS NULL"
            return int(self.conn.execute(sql).fetchone()[0])
        sql = f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE {column} = ?"
        return int(self.conn.execute(sql, (parent,)).fetchone()[0])

    def _check_folder(self, folder_id: int | None) -> None:
        if folder_id is not None and self._get("folders", folder_id) is None:
            raise NotFound(f"no folder {folder_id}")

    def _check_unique_name(self, name: str, parent_id: int | None, except_id: int = 0) -> None:
        for f in self.subfolders(parent_id):
            if f.id != except_id and _fold(f.name) == _fold(name):
                raise BookmarkError(f"a folder named {f.name!r} is already there")

    def add_folder(self, name: str, parent_id: int | None = None) -> Folder:
        name = clean_name(name)
        with self._write(f"New folder “{name}”"):
            self._check_folder(parent_id)
            self._check_unique_name(name, parent_id)
            stamp = now()
            fid = self._insert("folders", {
                "uid": schema.new_uid(), "parent_id": parent_id, "name": name,
                "position": self._next_position("folders", "parent_id", parent_id),
                "created": stamp, "updated": stamp,
            })
        return self.folder(fid)

    def rename_folder(self, folder_id: int, name: str) -> Folder:
        name = clean_name(name)
        with self._write(f"Rename folder to “{name}”"):
            parent = self.folder(folder_id).parent_id
            self._check_unique_name(name, parent, except_id=folder_id)
            self._update("folders", folder_id, name=name)
        return self.folder(folder_id)

    def move_folder(self, folder_id: int, parent_id: int | None) -> Folder:
        with self._write("Move folder"):
            folder = self.folder(folder_id)
            self._check_folder(parent_id)
            if parent_id == folder_id or parent_id in self.descendants(folder_id):
                raise BookmarkError("a folder cannot be moved into itself")
            if parent_id != folder.parent_id:
                self._check_unique_name(folder.name, parent_id)
                self._update("folders", folder_id, parent_id=parent_id,
                             position=self._next_position("folders", "parent_id", parent_id))
        return self.folder(folder_id)

    def delete_folder(self, folder_id: int) -> None:
        """Delete a folder with its subfolders and bookmarks (one undo step)."""
        name = self.folder(folder_id).name
        with self._write(f"Delete folder “{name}”"):
            # Children first, so undo (which replays backwards) puts parents back first.
            folders = [folder_id, *self.descendants(folder_id)]
            for fid in reversed(folders):
                for b in self.bookmarks_in(fid):
                    self._delete("bookmarks", b.id)
                self._delete("folders", fid)

    def add(self, ref: str | Target, note: str = "", folder_id: int | None = None,
            title: str = "", lang: str | None = None) -> Bookmark:
        """Bookmark a passage, group or range (`declaration:art-12.1..art-12.3`)."""
        target = ref if isinstance(ref, Target) else Target.parse(ref)
        note = clean_text(note, MAX_NOTE, "a note")
        title = " ".join(clean_text(title, MAX_NAME, "a bookmark name").split())
        with self._write(f"Bookmark {target.ref}"):
            self._check_folder(folder_id)
            stamp = now()
            bid = self._insert("bookmarks", {
                "uid": schema.new_uid(), "folder_id": folder_id, "doc": target.doc,
                "start_pid": target.start, "end_pid": target.end, "lang": lang,
                "title": title, "note": note,
                "position": self._next_position("bookmarks", "folder_id", folder_id),
                "created": stamp, "updated": stamp,
            })
        return self.bookmark(bid)

    def rename(self, bookmark_id: int, title: str) -> Bookmark:
        """Give a bookmark a name of its own ("" shows its citation again)."""
        title = " ".join(clean_text(title, MAX_NAME, "a bookmark name").split())
        with self._write("Rename bookmark"):
            self._update("bookmarks", bookmark_id, title=title)
        return self.bookmark(bookmark_id)

    def set_note(self, bookmark_id: int, note: str) -> Bookmark:
        note = clean_text(note, MAX_NOTE, "a note")
        with self._write("Edit note"):
            self._update("bookmarks", bookmark_id, note=note)
        return self.bookmark(bookmark_id)

    def move(self, bookmark_id: int, folder_id: int | None) -> Bookmark:
        with self._write("Move bookmark"):
            self._check_folder(folder_id)
            if self.bookmark(bookmark_id).folder_id != folder_id:
                self._update("bookmarks", bookmark_id, folder_id=folder_id,
                             position=self._next_position("bookmarks", "folder_id", folder_id))
        return self.bookmark(bookmark_id)

    def delete(self, bookmark_id: int) -> None:
        self.bookmark(bookmark_id)  # NotFound for a wrong id
        with self._write("Delete bookmark"):
            self._delete("bookmarks", bookmark_id)

    # ---------------------------------------------------------------------------- undo/redo

    @property
    def can_undo(self) -> bool:
        return bool(self._undo) and not self.read_only

    @property
    def can_redo(self) -> bool:
        return bool(self._redo) and not self.read_only

    @property
    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    @property
    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> str:
        """Undo the last change made through this store; returns its label ("" if none)."""
        if not self._undo:
            return ""
        step = self._undo.pop()
        self._replay(step, backwards=True)
        self._redo.append(step)
        return step.label

    def redo(self) -> str:
        if not self._redo:
            return ""
        step = self._redo.pop()
        self._replay(step, backwards=False)
        self._undo.append(step)
        return step.label

    def _replay(self, step: _Step, backwards: bool) -> None:
        changes = reversed(step.changes) if backwards else iter(step.changes)
        try:
            with self._write(step.label, record=False):
                for ch in changes:
                    old, new = (ch.after, ch.before) if backwards else (ch.before, ch.after)
                    if new is None:
                        assert old is not None
                        self.conn.execute(f"DELETE FROM {ch.table} WHERE id = ?", (old["id"],))
                    elif old is None or self._get(ch.table, new["id"]) is None:
                        _insert_row(self.conn, ch.table, new)
                    else:
                        cols = [c for c in new if c != "id"]
                        self.conn.execute(
                            f"UPDATE {ch.table} SET {', '.join(f'{c} = ?' for c in cols)} "
                            "WHERE id = ?", (*(new[c] for c in cols), new["id"]),
                        )
        except sqlite.IntegrityError as exc:
            # Another window changed the same rows meanwhile; the step cannot be replayed.
            raise BookmarkError(
                f"cannot {'undo' if backwards else 'redo'} “{step.label}”: the bookmarks "
                f"were changed in another window ({exc})"
            ) from None

    # ---------------------------------------------------------------------- export / import

    def export_file(self, path: Path) -> int:
        """Write every folder and bookmark as JSON (see `exchange`); returns the count."""
        from desktop.bookmarks.exchange import write_export

        return write_export(self, path)

    def export_sealed(self, path: Path, passphrase: str) -> int:
        """Write every folder and bookmark encrypted with `passphrase` (see `sealed`)."""
        from desktop.bookmarks import sealed
        from desktop.bookmarks.exchange import to_data

        return sealed.write(to_data(self), path, passphrase)

    def import_file(self, path: Path, passphrase: str | None = None) -> ImportReport:
        """Merge a bookmarks JSON file, or an encrypted export with its `passphrase`;
        refused whole (nothing changed) if anything is wrong."""
        from desktop.bookmarks.exchange import import_file

        return import_file(self, path, passphrase)

    def merge(self, folders: list[Row], bookmarks: list[Row], label: str) -> ImportReport:
        """Add checked rows from another store (import), skipping what is already here.

        Folders match by uid, then by name under the same parent; bookmarks match by uid
        (the newer note and title win) or by the same passages, note and title in the same
        folder. One transaction and one undo step: an error changes nothing.
        """
        added = updated = skipped = folders_added = 0
        with self._write(label):
            local_by_uid = {f.uid: f for f in self.folders()}
            mapped: dict[str, int] = {}
            for row in folders:  # parents come first (checked by the caller)
                parent = mapped[row["parent"]] if row.get("parent") else None
                match = local_by_uid.get(row["uid"])
                if match is None:
                    match = next((f for f in self.subfolders(parent)
                                  if _fold(f.name) == _fold(row["name"])), None)
                if match is not None:
                    mapped[row["uid"]] = match.id
                    continue
                stamp = now()
                mapped[row["uid"]] = self._insert("folders", {
                    "uid": row["uid"], "parent_id": parent, "name": row["name"],
                    "position": self._next_position("folders", "parent_id", parent),
                    "created": row.get("created") or stamp, "updated": row.get("updated") or stamp,
                })
                folders_added += 1
            everything = self.bookmarks()
            by_uid = {b.uid: b for b in everything}
            # One pass to know what is there: comparing each row with its folder's bookmarks
            # one by one made a 1,000-bookmark import take seconds.
            present = {(b.folder_id, b.target, b.note, b.title) for b in everything}
            for row in bookmarks:
                folder = mapped[row["folder"]] if row.get("folder") else None
                target: Target = row["target"]
                local = by_uid.get(row["uid"])
                if local is not None:
                    newer = (row.get("updated") or "") > local.updated
                    if newer and (local.note, local.title) != (row["note"], row["title"]):
                        self._update("bookmarks", local.id, note=row["note"],
                                     title=row["title"], updated=row["updated"])
                        updated += 1
                    else:
                        skipped += 1
                    continue
                key = (folder, target, row["note"], row["title"])
                if key in present:
                    skipped += 1
                    continue
                present.add(key)
                stamp = now()
                self._insert("bookmarks", {
                    "uid": row["uid"], "folder_id": folder, "doc": target.doc,
                    "start_pid": target.start, "end_pid": target.end, "lang": row.get("lang"),
                    "title": row["title"], "note": row["note"],
                    "position": self._next_position("bookmarks", "folder_id", folder),
                    "created": row.get("created") or stamp, "updated": row.get("updated") or stamp,
                })
                added += 1
        return ImportReport(added, updated, skipped, folders_added)


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    skipped: int
    folders_added: int

    @property
    def message(self) -> str:
        return (f"{_count(self.added, 'bookmark')} added, {self.updated} updated, "
                f"{self.skipped} already there; {_count(self.folders_added, 'folder')} added")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _move_aside(path: Path, name: str) -> Path:
    """Rename the store (and its -wal/-shm) to a name no earlier damaged file has taken.

    Two damaged files found within one second must both be kept: either may hold the only
    copy of someone's notes.
    """
    for n in range(1, 1000):
        kept = path.with_name(name if n == 1 else f"{name}-{n}")
        if not any(Path(str(kept) + s).exists() for s in ("", "-wal", "-shm")):
            break
    else:
        raise OSError("no free name to keep the damaged file under")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(path) + suffix)
        if src.exists():
            os.replace(src, Path(str(kept) + suffix))
    return kept


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def wipe_file(path: Path) -> None:
    """Overwrite a file with zeros, sync, then remove it (and its -wal, -shm, -journal).

    On a hard disk this leaves nothing to read. On flash memory (SSDs, USB sticks, SD
    cards) the drive may write the zeros elsewhere and keep the old blocks until it reuses
    them: no program can promise their erasure (README.md says so).
    """
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            size = candidate.stat().st_size
            with open(candidate, "r+b") as fh:
                chunk = b"\0" * 65536
                left = size
                while left > 0:
                    fh.write(chunk[: min(left, len(chunk))])
                    left -= len(chunk)
                fh.flush()
                os.fsync(fh.fileno())
        except FileNotFoundError:
            continue
        except OSError:
            pass  # cannot be overwritten (read-only): still removed if it can be
        with contextlib.suppress(OSError):
            candidate.unlink()


def protect_copy(plain: Path, passphrase: str) -> Path | None:
    """Encrypt a kept plain copy of a store (an upgrade's backup, a file set aside as
    damaged) beside it as `<name>.protected`, then wipe the plain one. None when it cannot be
    read as a whole (badly damaged): then it is left as it is, never lost, and the caller
    says so."""
    from desktop.bookmarks import engine

    target = plain.with_name(plain.name + ".protected")
    try:
        conn = sqlite.connect(str(plain), isolation_level=None)
        with contextlib.closing(conn):
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"ATTACH DATABASE {engine.quote(str(target))} AS protected "
                         f"KEY {engine.quote(passphrase)}")
            conn.execute("SELECT sqlcipher_export('protected')").fetchall()
            conn.execute(f"PRAGMA protected.user_version = {version}")
            conn.execute("DETACH DATABASE protected")
    except sqlite.Error:
        with contextlib.suppress(OSError):
            target.unlink()
        return None
    wipe_file(plain)
    return target


def set_aside(path: Path) -> Path:
    """Rename a store (with its side files) to `<name>.set-aside-<time>` beside it, for a
    person who starts a new store: the old file is kept, never deleted (it may be opened
    again if the passphrase comes back). Returns the new name."""
    return _move_aside(path, f"{path.name}.set-aside-{_stamp()}")


def _insert_row(conn: sqlite3.Connection, table: str, row: Row) -> int:
    cols = [c for c in schema.COLUMNS[table] if c in row]
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        tuple(row[c] for c in cols),
    )
    return int(cur.lastrowid or row.get("id") or 0)


def _try_insert(conn: sqlite3.Connection, table: str, row: Row) -> bool:
    """Insert one salvaged row; a duplicate or garbled one is skipped, not fatal."""
    try:
        conn.execute("SAVEPOINT row")
        _insert_row(conn, table, row)
        conn.execute("RELEASE row")
        return True
    except (sqlite.Error, ValueError, TypeError):
        conn.execute("ROLLBACK TO row")
        conn.execute("RELEASE row")
        return False


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _salvage(path: Path, passphrase: str | None = None) -> tuple[list[Row], list[Row]]:
    """Rows that can still be read from a damaged store, read from a patched copy of it
    (a protected store's copy stays encrypted; it is opened with the same passphrase)."""
    with tempfile.TemporaryDirectory(prefix="rah-salvage-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        try:
            shutil.copyfile(path, copy)
            if Path(str(path) + "-wal").exists():
                shutil.copyfile(Path(str(path) + "-wal"), Path(str(copy) + "-wal"))
            _fix_page_count(copy)
            conn = sqlite.connect(str(copy))
            if passphrase is not None:
                from desktop.bookmarks import engine

                engine.set_key(conn, passphrase)
        except (OSError, sqlite.Error):
            return [], []
        conn.row_factory = sqlite.Row
        with contextlib.closing(conn):
            out = {table: _salvage_table(conn, table, cols)
                   for table, cols in schema.COLUMNS.items()}
    # Salvaged rows are re-checked: a damaged page can yield a row with garbage in it.
    now_ = now()
    folders = [
        {**r, "name": str(r.get("name") or "Recovered"), "position": _int(r.get("position")),
         "created": str(r.get("created") or now_), "updated": str(r.get("updated") or now_)}
        for r in out["folders"] if isinstance(r.get("id"), int) and isinstance(r.get("uid"), str)
    ]
    bookmarks = [
        {**r, "note": str(r.get("note") or ""), "title": str(r.get("title") or ""),
         "position": _int(r.get("position")), "created": str(r.get("created") or now_),
         "updated": str(r.get("updated") or now_)}
        for r in out["bookmarks"]
        if isinstance(r.get("id"), int) and isinstance(r.get("uid"), str)
        and isinstance(r.get("doc"), str) and isinstance(r.get("start_pid"), str)
        and isinstance(r.get("end_pid"), str)
    ]
    return folders, bookmarks


def _fix_page_count(path: Path) -> None:
    """Make a truncated file's header agree with its size, so SQLite reads what is left.

    The header (offset 28) says how many pages the file has; when a file was cut short,
    SQLite trusts that number and refuses even the schema. Only the copy is patched.
    """
    data = bytearray(path.read_bytes())
    if len(data) < 100 or not data.startswith(b"SQLite format 3\x00"):
        return
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = len(data) // page_size if page_size >= 512 else 0
    if pages and int.from_bytes(data[28:32], "big") > pages:
        data[28:32] = pages.to_bytes(4, "big")
        path.write_bytes(bytes(data[: pages * page_size]))


def _salvage_table(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> list[Row]:
    try:
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    except sqlite.Error:
        return []
    if not {"id", "uid"} <= have:
        return []
    select = f"SELECT {', '.join(c for c in columns if c in have)} FROM {table}"
    rows: dict[int, Row] = {}
    try:
        # A scan yields rows up to the first damaged page; keep those.
        for r in conn.execute(select + " ORDER BY id"):
            rows[int(r["id"])] = dict(r)
    except sqlite.Error:
        pass
    # Then look up every other id: an index may still list ids whose rows are readable.
    try:
        ids = [int(r[0]) for r in conn.execute(f"SELECT id FROM {table}")]
    except sqlite.Error:
        try:
            top = int(conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?",
                                   (table,)).fetchone()[0])
        except (sqlite.Error, TypeError):
            top = 10_000
        ids = list(range(1, min(top, 100_000) + 1))
    for rid in ids:
        if rid in rows:
            continue
        try:
            row = conn.execute(select + " WHERE id = ?", (rid,)).fetchone()
        except sqlite.Error:
            continue
        if row is not None:
            rows[rid] = dict(row)
    return [rows[k] for k in sorted(rows)]


__all__ = ["MIN_PASSPHRASE", "Bookmark", "BookmarkError", "Folder", "ImportReport", "NotFound",
           "ProtectionUnavailable", "ReadOnlyStore", "Recovery", "Store", "WrongPassphrase",
           "check_new_passphrase", "protect_copy", "set_aside", "wipe_file"]
