"""A process that writes bookmarks until it is killed (run as a script by the tests).

    python bookmark_writer.py STORE TAG [COUNT]

With BOOKMARK_WRITER_PASSPHRASE set, STORE is a protected (SQLCipher) store.

Prints `ready` once the store is open, then, after each change has been committed (the call
returned), one line `TAG-N` naming the note of the bookmark just added, flushed at once: a
line on stdout is a promise that the bookmark is on disk. Writes vary in size (notes up to a
few pages, so some span SQLite overflow pages) and every seventh goes into a new folder.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    store_path, tag = Path(argv[0]), argv[1]
    count = int(argv[2]) if len(argv) > 2 else 1_000_000
    from desktop.bookmarks import Store

    rng = random.Random(tag)
    # A protected store (issue 19) when the test gives a passphrase in the environment.
    store = Store(store_path, os.environ.get("BOOKMARK_WRITER_PASSPHRASE"))
    if store.read_only or store.recovery is not None:
        print(f"unexpected: read_only={store.read_only} recovery={store.recovery}", flush=True)
        return 3
    print("ready", flush=True)
    folder: int | None = None
    for n in range(count):
        note = f"{tag}-{n}"
        if n % 7 == 6:
            folder = store.add_folder(f"folder {note}").id
        body = note + " " + "Право на адвоката; حق الدفاع; 辩护权. " * rng.randrange(0, 150)
        store.add(f"declaration:art-{n % 20 + 1}", note=body, folder_id=folder)
        print(note, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
