"""Self-test step for bookmarks protected with a passphrase (issue 19).

A scratch protected store in the data folder (never the person's own store, which stays as
it is, locked or not): created with a passphrase, a bookmark with a note added through a
bookmarks panel, locked, checked to hold none of it readable, refused with a wrong
passphrase, unlocked and read back; then overwritten and removed. In the frozen bundle this
proves SQLCipher's native library was bundled and works.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from desktop.bookmarks import Store, WrongPassphrase, engine, wipe_file
from desktop.ui.bookmarks_panel import BookmarksPanel
from desktop.ui.selftest.runner import SelfTest, StepFailed

NOTE = "self-test protected note: MEETING 42 / встреча / 会面 / اجتماع"
PASSPHRASE = "self-test passphrase"


def protected_store(t: SelfTest) -> None:
    if not engine.AVAILABLE:
        raise StepFailed("SQLCipher (sqlcipher3) is not in this build: bookmarks cannot be "
                         "protected")
    scratch: Path | None = None
    folder = t.data_dir
    if not os.access(folder, os.W_OK):  # a locked stick: a temporary folder instead
        scratch = Path(tempfile.mkdtemp(prefix="rah-self-test-"))
        folder = scratch
    path = folder / "self-test-protected.sqlite3"
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    panel = None
    try:
        store = Store(path, PASSPHRASE)
        panel = BookmarksPanel(store, t.w.library, parent=None)
        bm = panel.add_passages("declaration", "en", ["art-12.2"], note=NOTE)
        if bm is None:
            raise StepFailed(f"no bookmark in the protected store: {panel.status.text()}")
        panel.set_store(Store.locked("locked"))  # lock: what idle time and quick exit do
        store.close()
        if not panel.store.is_locked or panel.visible_bookmarks():
            raise StepFailed("the locked panel still shows bookmarks")
        raw = b"".join(p.read_bytes() for p in folder.glob(path.name + "*"))
        for secret in (NOTE.encode(), b"MEETING 42", b"art-12.2", b"SQLite format 3"):
            if secret in raw:
                raise StepFailed(f"{path.name} holds {secret!r} readable")
        try:
            Store(path, "not the passphrase").close()
        except WrongPassphrase:
            pass
        else:
            raise StepFailed("a wrong passphrase opened the protected store")
        panel.set_store(Store(path, PASSPHRASE))  # unlock
        notes = [b.note for b in panel.store.bookmarks()]
        if notes != [NOTE]:
            raise StepFailed(f"the note did not come back after unlocking: {notes!r}")
        version = panel.store.conn.execute("PRAGMA cipher_version").fetchone()[0]
        print(f"      (SQLCipher {version})", file=t.out)
    finally:
        if panel is not None:
            current = panel.store
            panel.deleteLater()
            current.close()
        wipe_file(path)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
