"""Encrypted bookmark exports: the exchange file's JSON inside a SQLCipher file.

A JSON export can be read by anyone who finds it (a stick, an e-mail attachment). For a
protected store the app offers to write the same JSON encrypted with a passphrase instead,
with the same SQLCipher 4 as the store (AES-256, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512
with 256,000 iterations): no second cryptographic library, nothing home-made. Import
recognises such a file (it has no readable header at all) and asks for its passphrase.

The file holds one table, `export(format, json)`; `json` is exactly what `exchange` writes
to a readable file, so import checks and merges it the same way.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from desktop.bookmarks.engine import sqlite
from desktop.bookmarks.errors import (
    BookmarkError,
    ProtectionUnavailable,
    WrongPassphrase,
    check_new_passphrase,
)

FORMAT = "rights-at-hand-bookmarks-sealed"
#: What the file dialogs offer for it.
SUFFIX = ".bookmarks"


def looks_sealed(raw: bytes) -> bool:
    """True for a file that is not text at all: SQLCipher's first bytes are its random salt.

    JSON (with or without a byte order mark, after white space) starts with "{" or "[";
    anything else the JSON reader refuses with its own message anyway."""
    head = raw[:64].lstrip(b" \t\r\n")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    return len(raw) >= 1024 and len(raw) % 512 == 0 and not head.startswith((b"{", b"["))


def write(data: dict[str, Any], path: Path, passphrase: str) -> int:
    """Write an export (`exchange.to_data` of a store: every folder and bookmark), encrypted
    with `passphrase`; returns the count of bookmarks. `Store.export_sealed` calls it."""
    import json

    from desktop.bookmarks import engine

    if not engine.AVAILABLE:
        raise ProtectionUnavailable("this copy of Rights at Hand was built without SQLCipher")
    check_new_passphrase(passphrase)
    text = json.dumps(data, ensure_ascii=False)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".bookmarks-", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(tmp)  # SQLCipher makes the file itself
    try:
        conn = sqlite.connect(tmp, isolation_level=None)
        with contextlib.closing(conn):
            engine.set_key(conn, passphrase)
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("CREATE TABLE export (format TEXT NOT NULL, json TEXT NOT NULL)")
            conn.execute("INSERT INTO export VALUES (?, ?)", (FORMAT, text))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, f"{tmp}-journal"):
            Path(leftover).unlink(missing_ok=True)
        raise
    return len(data["bookmarks"])


def read(path: Path, passphrase: str) -> str:
    """The JSON text inside an encrypted export (WrongPassphrase when it does not open)."""
    from desktop.bookmarks import engine

    if not engine.AVAILABLE:
        raise ProtectionUnavailable("this copy of Rights at Hand was built without SQLCipher")
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite.connect(uri, uri=True)
    except sqlite.Error as exc:
        raise BookmarkError(f"cannot read {Path(path).name}: {exc}") from None
    with contextlib.closing(conn):
        engine.set_key(conn, passphrase)
        try:
            row = conn.execute("SELECT format, json FROM export LIMIT 1").fetchone()
        except sqlite.DatabaseError:
            raise WrongPassphrase(
                f"the passphrase does not open {Path(path).name} (or it is not a bookmarks "
                "file)") from None
    if row is None or row[0] != FORMAT or not isinstance(row[1], str):
        raise BookmarkError(f"{Path(path).name} is not a Rights at Hand bookmarks file")
    return str(row[1])
