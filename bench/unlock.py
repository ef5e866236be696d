"""Unlocking protected bookmarks: the time from a passphrase to a readable store.

Issue 19's target: unlocking <= 1 s on this machine. Most of it is SQLCipher's key
derivation (PBKDF2-HMAC-SHA512, 256,000 iterations: deliberately slow, so that guessing
passphrases is slow too); the rest is opening the store (integrity check) and reading every
bookmark, as the bookmarks panel does. Also: a wrong passphrase (the same derivation, then
refused), protecting a plain store (an encrypted copy), and locking (checkpoint and close).

    python bench/unlock.py [--runs N] [--bookmarks N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.bookmarks import Store, WrongPassphrase  # noqa: E402

PASS = "bench passphrase 2026"


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:7.0f} ms (min {min(samples) * 1000:.0f}, " \
           f"max {max(samples) * 1000:.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bookmarks", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "bookmarks.sqlite3"
        protected = Path(tmp) / "bookmarks-protected.sqlite3"
        with Store(plain) as store:
            folder = store.add_folder("Cases")
            for i in range(args.bookmarks):
                store.add(f"declaration:art-{i % 20 + 1}", note=f"note {i} " + "x" * 200,
                          folder_id=folder.id if i % 2 else None)
            started = time.perf_counter()
            store.protect(protected, PASS)
            protect_s = time.perf_counter() - started
        unlock, wrong, lock = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            store = Store(protected, PASS)
            count = len(store.bookmarks()) + len(store.folders())
            unlock.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.close()
            lock.append(time.perf_counter() - started)
            started = time.perf_counter()
            try:
                Store(protected, "not the passphrase")
            except WrongPassphrase:
                wrong.append(time.perf_counter() - started)
        print(f"protected store: {args.bookmarks} bookmarks, {count - args.bookmarks} folder(s), "
              f"{protected.stat().st_size // 1024} KiB; {args.runs} runs")
        print(f"unlock (key, open, read all)   {_ms(unlock)}   target <= 1000 ms")
        print(f"wrong passphrase refused       {_ms(wrong)}")
        print(f"lock (checkpoint, close)       {_ms(lock)}")
        print(f"protect (encrypted copy)       {protect_s * 1000:7.0f} ms (once)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
