"""Issue 19: after a realistic session with protection on, nothing written is readable.

The real app runs in a subprocess with a HOME, temporary folder and (for the stick) a
portable folder of its own; then every byte under them is searched, as a forensic examiner
would with `strings` and `grep`, for what the person wrote or searched (in UTF-8 and
UTF-16) and for the passphrase: after a normal close, a quick exit and a quick exit with
erase, in the usual folders, in private mode and on a stick.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.hardening.conftest import own_home
from tests.hardening.forensic_session import DELETED, FOLDER, NOTE, PASSPHRASE, QUERY

SESSION = Path(__file__).with_name("forensic_session.py")
SECRETS = (NOTE, FOLDER, DELETED, QUERY.split()[-1], PASSPHRASE)


def _run(tmp_path: Path, mode: str, how: str) -> dict[str, Path]:
    places, env = own_home(tmp_path, "stick")
    args = [sys.executable, str(SESSION), mode, how] + (
        [str(places["stick"])] if mode == "portable" else [])
    done = subprocess.run(args, cwd=places["tmp"], env=env, capture_output=True, text=True,
                          timeout=180)
    assert "session done" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, f"exit code {done.returncode}: {done.stderr[-2000:]}"
    return places


def _findings(places: dict[str, Path]) -> list[str]:
    found = []
    for root in places.values():
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            data = path.read_bytes()
            for secret in SECRETS:
                for encoding in ("utf-8", "utf-16-le"):
                    if secret.encode(encoding) in data:
                        found.append(f"{secret!r} ({encoding}) in {path}")
    return found


@pytest.mark.parametrize(("mode", "how"), [
    ("system", "close"), ("system", "quick"), ("system", "erase"),
    ("private", "close"), ("portable", "close"), ("portable", "quick"),
])
def test_nothing_written_can_be_read_back(tmp_path: Path, mode: str, how: str) -> None:
    places = _run(tmp_path, mode, how)
    data = (places["stick"] / "data" if mode == "portable"
            else places["home"] / ".local" / "share" / "rights-at-hand")
    protected = data / "bookmarks-protected.sqlite3"
    # The session did write: a protected store (none after erase), an export (none after
    # erase) -- and none of it can be read.
    assert protected.exists() == (how != "erase")
    assert (data / "exports" / "passage-2026-12-06.pdf").exists() == (how != "erase")
    assert not (data / "bookmarks.sqlite3").exists()
    assert _findings(places) == []
    if mode == "portable":  # from a stick, the computer keeps nothing at all
        assert [str(p) for p in places["home"].rglob("*")] == []
        assert [str(p) for p in places["tmp"].rglob("*")] == []
    if how != "erase":
        from desktop.bookmarks import Store

        with Store(protected, PASSPHRASE) as store:  # what was kept is there, for its owner
            assert [b.note for b in store.bookmarks()] == [NOTE]
            assert [f.name for f in store.folders()] == [FOLDER]


def test_the_check_finds_a_note_written_in_the_open(tmp_path: Path) -> None:
    """The search itself works: a plain store holding the note is found."""
    from desktop.bookmarks import Store

    places = {"data": tmp_path / "data"}
    with Store(places["data"] / "bookmarks.sqlite3") as store:
        store.add("declaration:art-12.2", note=NOTE)
    assert any(NOTE in line for line in _findings(places))
