"""Bookmark operations, undo and redo, filtering, and what the file holds afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.bookmarks import BadTarget, BookmarkError, NotFound, Store, Target
from desktop.errors import UserError
from desktop.library import Library


def test_a_bookmark_with_a_note_survives_reopening(store: Store, db_path: Path) -> None:
    folder = store.add_folder("Police station")
    bm = store.add("declaration:art-12.2", note="Show this first", folder_id=folder.id,
                   lang="en")
    store.close()
    again = Store(db_path)
    [kept] = again.bookmarks()
    assert (kept.ref, kept.note, kept.lang, kept.uid) == ("declaration:art-12.2",
                                                          "Show this first", "en", bm.uid)
    assert again.folder_path(kept.folder_id) == ["Police station"]
    assert again.read_only is False and again.recovery is None
    again.close()


def test_ranges_and_groups(store: Store) -> None:
    lib = Library.load()
    version = lib.version("declaration", "en")
    rng = store.add("declaration:art-12.1..art-12.3")
    assert rng.target.is_range and rng.ref == "declaration:art-12.1..art-12.3"
    assert rng.target.passage_ids(version) == ["art-12.1", "art-12.2", "art-12.3"]
    group = store.add("declaration:art-12")
    assert group.target.passage_ids(version) == ["art-12.1", "art-12.2", "art-12.3"]
    backwards = Target.parse("declaration:art-13..art-12.2")
    assert backwards.passage_ids(version) == ["art-12.2", "art-12.3", "art-13"]
    assert Target.parse("declaration:art-99").passage_ids(version) == []


@pytest.mark.parametrize("bad", ["art-12", "declaration:", "declaration:art 12",
                                 "declaration:art-12..", "x" * 300, "Declaration:art-1"])
def test_bad_references_are_refused(store: Store, bad: str) -> None:
    with pytest.raises(BadTarget):
        store.add(bad)
    assert store.bookmarks() == []


def test_rename_move_delete_and_undo_each(store: Store) -> None:
    a = store.add_folder("Cases")
    b = store.add_folder("Court", parent_id=a.id)
    bm = store.add("declaration:art-9.3.c", note="Lawyer access")

    store.rename(bm.id, "Right to a lawyer")
    store.move(bm.id, b.id)
    store.rename_folder(a.id, "Cases 2026")
    assert store.bookmark(bm.id).title == "Right to a lawyer"
    assert store.folder_path(store.bookmark(bm.id).folder_id) == ["Cases 2026", "Court"]

    assert store.undo() == "Rename folder to “Cases 2026”"
    assert store.folder(a.id).name == "Cases"
    assert store.undo() == "Move bookmark"
    assert store.bookmark(bm.id).folder_id is None
    assert store.undo() == "Rename bookmark"
    assert store.bookmark(bm.id).title == ""
    assert store.redo() == "Rename bookmark"
    assert store.bookmark(bm.id).title == "Right to a lawyer"

    store.delete(bm.id)
    with pytest.raises(NotFound):
        store.bookmark(bm.id)
    assert store.undo() == "Delete bookmark"
    restored = store.bookmark(bm.id)
    assert (restored.note, restored.uid) == ("Lawyer access", bm.uid)


def test_deleting_a_folder_takes_its_contents_and_undo_brings_all_back(store: Store) -> None:
    top = store.add_folder("Cases")
    sub = store.add_folder("Court", parent_id=top.id)
    store.add("declaration:art-1", folder_id=top.id, note="one")
    store.add("declaration:art-2", folder_id=sub.id, note="two")
    keep = store.add("declaration:art-3", note="stays")
    before = (store.folders(), store.bookmarks())

    store.delete_folder(top.id)
    assert store.folders() == [] and store.bookmarks() == [keep]
    store.undo()
    assert (store.folders(), store.bookmarks()) == before
    store.redo()
    assert store.folders() == [] and store.bookmarks() == [keep]


def test_new_ids_never_reuse_deleted_ones(store: Store) -> None:
    """An undone deletion gets its old id back even after something else was added."""
    first = store.add("declaration:art-1")
    store.delete(first.id)
    second = store.add("declaration:art-2")
    assert second.id != first.id
    store.undo()  # undoes the add of art-2
    store.undo()  # brings art-1 back
    assert [b.id for b in store.bookmarks()] == [first.id]


def test_folder_rules(store: Store) -> None:
    a = store.add_folder("Cases")
    b = store.add_folder("Court", parent_id=a.id)
    with pytest.raises(BookmarkError, match="already there"):
        store.add_folder("cases")
    with pytest.raises(BookmarkError, match="into itself"):
        store.move_folder(a.id, b.id)
    with pytest.raises(BookmarkError, match="empty"):
        store.rename_folder(a.id, "   ")
    with pytest.raises(NotFound):
        store.add("declaration:art-1", folder_id=999)
    assert isinstance(BookmarkError("x"), UserError)
    assert [f.name for f in store.folders()] == ["Cases", "Court"]


def test_filter_by_note_text(store: Store) -> None:
    store.add("declaration:art-5", note="Freedom of ASSOCIATION: bring the NGO registration")
    store.add("declaration:art-6", note="Information", title="Access")
    store.add("declaration:art-12.2", note="Статья о защите полиции")
    assert [b.start_pid for b in store.find("association")] == ["art-5"]
    assert [b.start_pid for b in store.find("ACCESS")] == ["art-6"]
    assert [b.start_pid for b in store.find("защите")] == ["art-12.2"]
    assert len(store.find("")) == 3
    assert store.find("nothing like this") == []


def test_undo_labels_and_nothing_to_undo(store: Store) -> None:
    assert store.undo() == "" and not store.can_undo
    store.add("declaration:art-1")
    assert store.can_undo and store.undo_label == "Bookmark declaration:art-1"
    store.undo()
    assert store.can_redo and store.redo_label == "Bookmark declaration:art-1"


def test_listeners_hear_every_change(store: Store) -> None:
    heard: list[int] = []
    store.subscribe(lambda: heard.append(len(store.bookmarks())))
    bm = store.add("declaration:art-1")
    store.set_note(bm.id, "x")
    store.undo()
    assert heard == [1, 1, 1]


def test_a_failed_operation_changes_nothing(store: Store, db_path: Path) -> None:
    store.add_folder("Cases")
    with pytest.raises(BookmarkError):
        store.add_folder("Cases")
    assert store.undo_label == "New folder “Cases”"
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT count(*) FROM folders").fetchone()[0] == 1
    raw.close()


def test_notes_are_stored_as_nfc(store: Store) -> None:
    bm = store.add("declaration:art-1", note="De\u0301claration")  # e + combining acute
    assert store.bookmark(bm.id).note == "Déclaration"


def test_memory_store_for_a_session_without_a_data_folder() -> None:
    s = Store(None)
    s.add("declaration:art-1")
    assert len(s.bookmarks()) == 1 and not s.read_only
