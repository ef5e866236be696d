"""Export -> import round trip, merging without duplicates, and refusing bad files whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.bookmarks import FORMAT, ImportRefused, Store


def _snapshot(store: Store) -> list[tuple[list[str], str, str, str, str | None]]:
    return sorted((store.folder_path(b.folder_id), b.ref, b.title, b.note, b.lang)
                  for b in store.bookmarks())


def _fill(store: Store) -> None:
    cases = store.add_folder("Cases")
    court = store.add_folder("Court", parent_id=cases.id)
    store.add("declaration:art-12.2", note="Show the officer", folder_id=cases.id, lang="en")
    store.add("declaration:art-9.3.c", note="المحامي", title="Lawyer", folder_id=court.id,
              lang="ar")
    store.add("res-64-163:op-2..op-4", note="多行\n笔记")


def test_round_trip_to_another_computer(tmp_path: Path) -> None:
    here = Store(tmp_path / "a" / "bookmarks.sqlite3")
    _fill(here)
    out = tmp_path / "bookmarks.json"
    assert here.export_file(out) == 3
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == FORMAT and data["format_version"] == 1
    assert [f["name"] for f in data["folders"]] == ["Cases", "Court"]

    there = Store(tmp_path / "b" / "bookmarks.sqlite3")
    report = there.import_file(out)
    assert (report.added, report.folders_added, report.skipped) == (3, 2, 0)
    assert _snapshot(there) == _snapshot(here)
    assert {b.uid for b in there.bookmarks()} == {b.uid for b in here.bookmarks()}


def test_importing_twice_adds_nothing(tmp_path: Path, store: Store) -> None:
    _fill(store)
    out = tmp_path / "b.json"
    store.export_file(out)
    before = _snapshot(store)
    report = store.import_file(out)
    assert (report.added, report.updated, report.skipped, report.folders_added) == (0, 0, 3, 0)
    assert _snapshot(store) == before


def test_merge_matches_folders_by_name_and_bookmarks_by_content(tmp_path: Path) -> None:
    """Two computers that bookmarked the same passage with the same note do not get two."""
    a = Store(tmp_path / "a.sqlite3")
    b = Store(tmp_path / "b.sqlite3")
    for s in (a, b):
        f = s.add_folder("Cases")
        s.add("declaration:art-12.2", note="same note", folder_id=f.id)
    b.add("declaration:art-5", note="only on b")
    out = tmp_path / "b.json"
    b.export_file(out)
    report = a.import_file(out)
    assert (report.added, report.skipped, report.folders_added) == (1, 1, 0)
    assert sorted(x.note for x in a.bookmarks()) == ["only on b", "same note"]


def test_the_newer_note_wins(tmp_path: Path) -> None:
    a = Store(tmp_path / "a.sqlite3")
    bm = a.add("declaration:art-1", note="old")
    out = tmp_path / "x.json"
    a.export_file(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["bookmarks"][0]["note"] = "new"
    data["bookmarks"][0]["updated"] = "2999-01-01T00:00:00+00:00"
    out.write_text(json.dumps(data), encoding="utf-8")
    assert a.import_file(out).updated == 1
    assert a.bookmark(bm.id).note == "new"
    a.undo()  # an import is one undo step
    assert a.bookmark(bm.id).note == "old"


def test_import_is_one_undo_step(tmp_path: Path, store: Store) -> None:
    other = Store(tmp_path / "other.sqlite3")
    _fill(other)
    other.export_file(tmp_path / "o.json")
    store.import_file(tmp_path / "o.json")
    assert store.undo_label == "Import o.json"
    store.undo()
    assert store.bookmarks() == [] and store.folders() == []


GOOD = {"format": FORMAT, "format_version": 1, "folders": [], "bookmarks": []}


@pytest.mark.parametrize(("content", "message"), [
    (b"\xff\xfe not utf-8 \x00", "UTF-8"),
    (b"{ not json", "not valid JSON"),
    (b"[]", "not a Rights at Hand bookmarks file"),
    (json.dumps({"roots": {"bookmark_bar": {}}}).encode(), "not a Rights at Hand"),
    (json.dumps({**GOOD, "format_version": 7}).encode(), "newer version"),
    (json.dumps({**GOOD, "format_version": "1"}).encode(), "format_version"),
    (json.dumps({**GOOD, "bookmarks": {"a": 1}}).encode(), "must be lists"),
    (json.dumps({**GOOD, "bookmarks": [{"uid": "a1", "ref": "art 12"}]}).encode(),
     "bookmark 1: 'art 12' is not a passage reference"),
    (json.dumps({**GOOD, "bookmarks": [{"uid": "a1", "ref": "declaration:art-1", "note": 5}]}
                ).encode(), "'note' must be text"),
    (json.dumps({**GOOD, "bookmarks": [{"uid": "a1", "ref": "declaration:art-1"},
                                       {"uid": "a1", "ref": "declaration:art-2"}]}).encode(),
     "appears twice"),
    (json.dumps({**GOOD, "bookmarks": [{"uid": "a1", "ref": "declaration:art-1",
                                        "folder": "nope"}]}).encode(), "not in the file"),
    (json.dumps({**GOOD, "folders": [{"uid": "f1", "name": "A", "parent": "f2"},
                                     {"uid": "f2", "name": "B", "parent": "f1"}]}).encode(),
     "not a folder listed before it"),
    (json.dumps({**GOOD, "bookmarks": [{"uid": "a1", "ref": "declaration:art-1",
                                        "updated": "yesterday"}]}).encode(),
     "not a date and time"),
])
def test_a_malformed_or_foreign_file_changes_nothing(
    tmp_path: Path, store: Store, db_path: Path, content: bytes, message: str
) -> None:
    _fill(store)
    before = _snapshot(store), store.undo_label
    raw_before = db_path.read_bytes()
    # A valid bookmark first: it must not be imported when a later one is bad.
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        store.import_file(bad)
    assert (_snapshot(store), store.undo_label) == before
    assert db_path.read_bytes() == raw_before


def test_a_bad_item_after_good_ones_refuses_the_whole_file(tmp_path: Path, store: Store) -> None:
    data = {**GOOD, "folders": [{"uid": "f1", "name": "New folder"}],
            "bookmarks": [{"uid": "ok1", "ref": "declaration:art-1", "folder": "f1"},
                          {"uid": "ok2", "ref": "declaration:art-2"},
                          {"uid": "bad", "ref": 12}]}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportRefused, match="bookmark 3"):
        store.import_file(path)
    assert store.bookmarks() == [] and store.folders() == []


def test_a_missing_file_is_a_clear_refusal(tmp_path: Path, store: Store) -> None:
    with pytest.raises(ImportRefused, match="cannot read"):
        store.import_file(tmp_path / "nope.json")


def test_export_never_leaves_half_a_file(tmp_path: Path, store: Store) -> None:
    _fill(store)
    out = tmp_path / "out.json"
    out.write_text("previous export", encoding="utf-8")
    store.export_file(out)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == FORMAT
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".bookmarks-")] == []


def test_an_encrypted_export_is_read_back_only_with_its_passphrase(tmp_path: Path) -> None:
    """Issue 19, point 5: the export of protected bookmarks can be encrypted."""
    from desktop.bookmarks import Store, WrongPassphrase
    from desktop.bookmarks.exchange import NeedsPassphrase

    note = "MEETING WITH WITNESS AHMED 42"
    with Store(tmp_path / "mine.sqlite3", "store passphrase") as mine:
        folder = mine.add_folder("ZEBRA FOLDER 7781")
        mine.add("declaration:art-12.2", note=note, folder_id=folder.id)
        out = tmp_path / "bookmarks.bookmarks"
        assert mine.export_sealed(out, "file passphrase") == 1
    raw = out.read_bytes()
    for secret in (note, "ZEBRA FOLDER", "art-12.2", "rights-at-hand-bookmarks"):
        assert secret.encode() not in raw
    with Store(tmp_path / "other.sqlite3") as other:
        with pytest.raises(NeedsPassphrase):
            other.import_file(out)
        with pytest.raises(WrongPassphrase):
            other.import_file(out, "store passphrase")
        assert other.bookmarks() == []  # nothing changed
        report = other.import_file(out, "file passphrase")
        assert report.added == 1
        assert [b.note for b in other.bookmarks()] == [note]
        assert [f.name for f in other.folders()] == ["ZEBRA FOLDER 7781"]
