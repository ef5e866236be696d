"""One app per data folder: a second start hands over to the window already open.

Two windows on one data folder would both write one bookmarks store and one settings file.
The first start takes an exclusive lock on `instance.lock` in the data folder (flock, or
msvcrt's byte lock on Windows); the system drops it when the process ends, even by a crash,
so no stale lock can keep the app shut. A second start that finds the lock held writes a
request (`instance.request`: "show", or "open REF") into the same folder and waits for the
first to take it (it deletes the file): the running window comes forward.

The two processes talk through a file in a folder only they use, never through a socket
(not even a local one): the app loads no networking code at all (tests/hardening/
test_no_network.py). Qt-free; the window's side is `desktop/ui/instance_watch.py`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path
from typing import IO

LOCK_NAME = "instance.lock"
REQUEST_NAME = "instance.request"


class InstanceLock:
    """The held lock; released by `release()` or when the process ends."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()
        with contextlib.suppress(OSError):
            self.path.unlink()  # nothing left behind in the data folder


def _lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def acquire(folder: Path) -> InstanceLock | None:
    """The lock on `folder`, or None when another process holds it. A folder where no
    lock file can be made (read-only media) gives a lock that holds nothing: the app must
    still open there."""
    path = folder / LOCK_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b")  # noqa: SIM115 (kept open for as long as the app runs)
    except OSError:
        return InstanceLock(path, open(os.devnull, "rb"))  # noqa: SIM115
    if not _lock(handle):
        handle.close()
        return None
    return InstanceLock(path, handle)


def ask_to_show(folder: Path, ref: str | None = None, wait_s: float = 5.0) -> bool:
    """Ask the app running on `folder` to bring its window forward (at `ref` if given);
    True once it has taken the request, False if it did not within `wait_s` seconds."""
    request = folder / REQUEST_NAME
    temp = folder / (REQUEST_NAME + ".tmp")
    try:
        temp.write_text(f"open {ref}\n" if ref else "show\n", encoding="utf-8")
        os.replace(temp, request)  # whole, or not at all: the watcher never reads half
    except OSError:
        return False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    with contextlib.suppress(OSError):
        request.unlink()  # not taken: a later start must not find it
    return False


def take_request(folder: Path) -> str | None:
    """The request a second start left (None: none): "" to come forward, or a reference
    to open. Deleting it tells the second start it was taken."""
    request = folder / REQUEST_NAME
    try:
        text = request.read_text(encoding="utf-8").strip()
        request.unlink()
    except OSError:
        return None
    verb, _, ref = text.partition(" ")
    if verb == "open" and ref:
        return ref
    return "" if verb == "show" else None
