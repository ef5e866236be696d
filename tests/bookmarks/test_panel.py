"""The bookmarks panel as a person uses it: keyboard, notes, folders, undo, filter, restart."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QWidget  # noqa: E402

from desktop.bookmarks import Store  # noqa: E402
from desktop.bookmarks import store as store_module  # noqa: E402
from desktop.library import Library  # noqa: E402
from desktop.ui.bookmarks_panel import BookmarksPanel  # noqa: E402


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load()


MakePanel = Callable[[Store], BookmarksPanel]


def _delete_now(panels: list[BookmarksPanel]) -> None:
    """Delete panels at once. qtbot closes them after the test and calls deleteLater, which
    Qt carries out only when an event loop next runs: possibly in a later test, after their
    stores are closed, and a panel still alive then gets that test's change of interface
    language and reads its closed store (sqlite3.ProgrammingError)."""
    for p in panels:
        if shiboken6.isValid(p):
            p.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [p for p in panels if shiboken6.isValid(p)]


@pytest.fixture
def make_panel(qtbot: Any, library: Library) -> Iterator[MakePanel]:
    """Panels on stores of the test's own; each panel is deleted, then its store closed."""
    made: list[tuple[BookmarksPanel, Store]] = []

    def make(on: Store) -> BookmarksPanel:
        p = BookmarksPanel(on, library)
        qtbot.addWidget(p)
        made.append((p, on))
        return p

    yield make
    _delete_now([p for p, _s in made])
    for _p, on in made:
        on.close()


@pytest.fixture
def panel(qtbot: Any, store: Store, library: Library) -> Iterator[BookmarksPanel]:
    """A shown panel on the `store` fixture, deleted before that store is closed (this
    fixture depends on it, so its teardown comes first)."""
    p = BookmarksPanel(store, library)
    qtbot.addWidget(p)
    p.show()
    p.activateWindow()  # keys go where a person's would: to the focused widget
    qtbot.waitActive(p)
    yield p
    _delete_now([p])


def _press(qtbot: Any, widget: QWidget, key: Qt.Key,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def test_bookmark_a_passage_with_a_note_and_find_it_after_a_restart(
    make_panel: MakePanel, panel: BookmarksPanel, db_path: Path
) -> None:
    bm = panel.add_passages("declaration", "en", ["art-12.2"])
    assert bm is not None
    assert panel.visible_bookmarks() == ["Declaration on Human Rights Defenders, art. 12(2)"]
    panel.set_note("Show this at the police station")
    panel.store.close()

    again = make_panel(Store(db_path))
    assert again.visible_bookmarks() == ["Declaration on Human Rights Defenders, art. 12(2)"]
    again.select_bookmark(bm.id)
    assert again.note_edit.toPlainText() == "Show this at the police station"


def test_a_selection_becomes_a_range(panel: BookmarksPanel) -> None:
    bm = panel.add_passages("declaration", "fr", ["art-12.1", "art-12.2", "art-12.3"])
    assert bm is not None and bm.ref == "declaration:art-12.1..art-12.3" and bm.lang == "fr"
    panel.set_language("fr")
    assert panel.visible_bookmarks() == [
        "Déclaration sur les défenseurs des droits de l'homme, art. 12(1) – art. 12(3)"]


def test_enter_opens_the_bookmark(qtbot: Any, panel: BookmarksPanel) -> None:
    bm = panel.add_passages("declaration", "en", ["art-9.3.c"])
    assert bm is not None
    panel.select_bookmark(bm.id)
    with qtbot.waitSignal(panel.open_requested) as signal:
        _press(qtbot, panel.tree, Qt.Key.Key_Return)
    assert signal.args == ["declaration:art-9.3.c"]


def test_folders_move_rename_delete_and_undo_from_the_keyboard(qtbot: Any,
                                                                panel: BookmarksPanel) -> None:
    folder = panel.new_folder("Police")
    assert folder is not None
    bm = panel.add_passages("declaration", "en", ["art-12.2"])  # goes into the selected folder
    assert bm is not None and bm.folder_id == folder.id

    panel.select_bookmark(bm.id)
    panel.rename_current("Show first")
    assert panel.visible_bookmarks() == ["Show first"]

    panel.select_folder(folder.id)
    _press(qtbot, panel.tree, Qt.Key.Key_Delete)
    assert panel.store.folders() == [] and panel.visible_bookmarks() == []
    assert "Undo with Ctrl+Z" in panel.status.text()
    _press(qtbot, panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [f.name for f in panel.store.folders()] == ["Police"]
    assert panel.visible_bookmarks() == ["Show first"]

    panel.select_bookmark(bm.id)
    panel.move_current(None)
    assert panel.store.bookmark(bm.id).folder_id is None


def test_f2_renames_in_place(qtbot: Any, panel: BookmarksPanel) -> None:
    folder = panel.new_folder("Cases")
    assert folder is not None
    panel.select_folder(folder.id)
    _press(qtbot, panel.tree, Qt.Key.Key_F2)
    editor = panel.tree.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Cases"
    editor.setText("Дела 2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.store.folder(folder.id).name == "Дела 2026")


def test_filter_by_note_text(panel: BookmarksPanel) -> None:
    folder = panel.new_folder("Court")
    assert folder is not None
    panel.store.add("declaration:art-9.3", note="Bring a lawyer", folder_id=folder.id)
    panel.store.add("declaration:art-5", note="Registration of the association")
    panel.store.add("declaration:art-6", note="")
    assert len(panel.visible_bookmarks()) == 3
    panel.filter_edit.setText("LAWYER")
    assert panel.visible_bookmarks() == ["Declaration on Human Rights Defenders, art. 9(3)"]
    folder_items = [i for i in panel._all_items() if i.data(0, Qt.ItemDataRole.UserRole) ==
                    "folder"]
    assert [i.text(0) for i in folder_items] == ["Court"]  # the folder that holds the match
    panel.filter_edit.setText("nothing")
    assert panel.visible_bookmarks() == []
    panel.filter_edit.clear()
    assert len(panel.visible_bookmarks()) == 3


def test_note_is_saved_when_focus_leaves_and_is_undoable(qtbot: Any,
                                                         panel: BookmarksPanel) -> None:
    bm = panel.add_passages("declaration", "en", ["art-1"])
    assert bm is not None
    panel.select_bookmark(bm.id)
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "Notes for the meeting")
    panel.tree.setFocus()  # focus leaves the note box
    qtbot.waitUntil(lambda: panel.store.bookmark(bm.id).note == "Notes for the meeting")
    panel.undo()
    assert panel.store.bookmark(bm.id).note == ""
    assert panel.note_edit.toPlainText() == ""


def test_export_and_import_from_the_panel(tmp_path: Path, panel: BookmarksPanel,
                                          make_panel: MakePanel) -> None:
    panel.add_passages("declaration", "en", ["art-12.2"], note="keep")
    out = panel.export_bookmarks(tmp_path / "moved.json")
    assert out is not None and "1 bookmarks saved" in panel.status.text()
    other = make_panel(Store(tmp_path / "other.sqlite3"))
    assert other.import_bookmarks(out)
    assert other.visible_bookmarks() == panel.visible_bookmarks()
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert not other.import_bookmarks(bad)
    assert "not a Rights at Hand bookmarks file" in other.status.text()
    assert len(other.visible_bookmarks()) == 1


def test_folder_as_pdf(tmp_path: Path, panel: BookmarksPanel) -> None:
    from tests.printing.conftest import pdf_pages, squash

    folder = panel.new_folder("Police")
    assert folder is not None
    panel.add_passages("declaration", "en", ["art-12.2"], note="Officer Ivanov, Tuesday")
    panel.select_folder(folder.id)
    out = panel.export_folder_pdf(tmp_path / "police.pdf")
    assert out is not None
    text = squash("".join(pdf_pages(out)))
    assert squash("Officer Ivanov, Tuesday") in text and "art.12(2)" in text


def test_changes_from_another_instance_show_up(panel: BookmarksPanel, db_path: Path) -> None:
    with Store(db_path) as other:
        other.add("declaration:art-20", note="from the other window")
    panel._poll_store()
    assert panel.visible_bookmarks() == ["Declaration on Human Rights Defenders, art. 20"]


def test_every_control_has_an_accessible_name_and_takes_focus(panel: BookmarksPanel) -> None:
    controls: list[QWidget] = [panel.filter_edit, panel.tree, panel.note_edit,
                               *panel.buttons.values()]
    assert len(controls) >= 8
    for w in controls:
        assert w.accessibleName(), f"{type(w).__name__} has no accessible name"
        assert w.focusPolicy() != Qt.FocusPolicy.NoFocus, type(w).__name__
    for action in [a for a in panel.menu_actions() if a is not None]:
        assert action.text() and action.toolTip()


def test_read_only_store_says_so_and_changes_nothing(db_path: Path, make_panel: MakePanel,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db_path) as first:
        first.add("declaration:art-1", note="kept")
    monkeypatch.setattr(store_module, "_writable_folder", lambda folder: False)
    panel = make_panel(Store(db_path))
    assert "read-only" in panel.status.text()
    # Ctrl+D stays enabled: with the window it says why nothing was saved (issue 17).
    assert not panel.new_folder_action.isEnabled() and panel.bookmark_action.isEnabled()
    assert panel.add_passages("declaration", "en", ["art-2"]) is None
    assert "read-only" in panel.status.text()
    assert panel.visible_bookmarks() == ["Declaration on Human Rights Defenders, art. 1"]


def test_a_recovered_store_is_announced(db_path: Path, make_panel: MakePanel) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"garbage" * 500)
    panel = make_panel(Store(db_path))
    assert "damaged" in panel.status.text() and ".damaged-" in panel.status.text()


def test_self_test_steps_are_registered_in_order() -> None:
    from desktop.ui.selftest.steps import STEPS

    names = [s.name for s in STEPS]
    order = ["open the parallel view", "bookmark a passage with a note",
             "export and re-import bookmarks", "print a passage to PDF"]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order)
