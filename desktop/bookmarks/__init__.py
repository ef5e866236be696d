"""Bookmarks with notes, in folders, kept in SQLite; exported and imported as JSON.

Qt-free. `Store` (store.py) holds them; `Target` (`desktop.references`, re-exported here)
is what a bookmark points at; exchange.py reads and writes the JSON file used to move
bookmarks between computers; schema.py has the SQLite schema and its upgrade steps.
engine.py is the SQLite (SQLCipher) the store runs on, which encrypts a store protected with
a passphrase.
"""

from desktop.bookmarks.exchange import FORMAT, FORMAT_VERSION, ImportRefused
from desktop.bookmarks.store import (
    Bookmark,
    BookmarkError,
    Folder,
    ImportReport,
    NotFound,
    ProtectionUnavailable,
    ReadOnlyStore,
    Recovery,
    Store,
    WrongPassphrase,
    check_new_passphrase,
    set_aside,
    wipe_file,
)
from desktop.references import BadTarget, Target

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "BadTarget",
    "Bookmark",
    "BookmarkError",
    "Folder",
    "ImportRefused",
    "ImportReport",
    "NotFound",
    "ProtectionUnavailable",
    "ReadOnlyStore",
    "Recovery",
    "Store",
    "Target",
    "WrongPassphrase",
    "check_new_passphrase",
    "set_aside",
    "wipe_file",
]
