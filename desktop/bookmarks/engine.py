"""The SQLite the bookmarks store runs on: SQLCipher 4 (the `sqlcipher3` package) when it is
installed, else the standard library's.

SQLCipher is SQLite with every page encrypted (AES-256 in CBC mode, an HMAC-SHA512 on every
page, the key derived from the passphrase with PBKDF2-HMAC-SHA512, 256,000 iterations, and a
random salt kept at the start of the file). Without a key it reads and writes ordinary
SQLite files, so one engine serves the plain store and the protected one, with the same
transactions, WAL and crash safety. `sqlcipher3` bundles its own SQLite and OpenSSL's crypto
library in one extension module: nothing of the system's is needed.

Everything that talks to a store file goes through `sqlite` here, so its exceptions are the
ones the store catches (SQLCipher's are not the standard module's classes).
"""

from __future__ import annotations

from typing import Any

sqlite: Any
try:
    from sqlcipher3 import dbapi2 as _cipher

    sqlite = _cipher
    #: True when stores can be protected with a passphrase.
    AVAILABLE = True
except ImportError:  # a build without SQLCipher: plain stores only, protection is refused
    import sqlite3 as _plain

    sqlite = _plain
    AVAILABLE = False


def quote(text: str) -> str:
    """`text` as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def set_key(conn: Any, passphrase: str) -> None:
    """Key a fresh connection; it must be the first statement on it.

    SQLCipher's own log (a line on stderr for every wrong passphrase) is silenced first:
    a wrong passphrase is said to the person in their language, not in a terminal.
    """
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
