"""Open a damaged bookmarks store, held back at a chosen moment (run as a script by the tests).

    python damaged_store_opener.py STORE first|second

Both processes start recovery only once both have found the damage (a barrier of marker
files beside the store); `second` then waits half a second more, so `first` has moved the
damaged file aside and created a fresh store before `second` acts. Prints one JSON line:
where the damaged file was kept, and the note of a bookmark added afterwards.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    db, role = Path(argv[0]), argv[1]
    from desktop.bookmarks import Store
    from desktop.bookmarks import store as store_module

    original = store_module.Store._recover

    def held_back(self: Any, reason: str) -> Any:
        (db.parent / f".found-{role}").touch()
        deadline = time.monotonic() + 10
        while len(list(db.parent.glob(".found-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.005)
        if role == "second":
            time.sleep(0.5)
        return original(self, reason)

    store_module.Store._recover = held_back  # type: ignore[method-assign]
    store = Store(db)
    note = f"written by the {role} instance"
    store.add("declaration:art-1", note=note)
    kept = store.recovery.kept if store.recovery else None
    store.close()
    print(json.dumps({"kept": str(kept) if kept else None, "wrote": note}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
