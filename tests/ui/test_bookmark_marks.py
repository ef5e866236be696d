"""Bookmarks you can see (issue 17, point 7): bookmarked passages carry a mark in the reader,
with their note on hover and for screen readers; Ctrl+D asks for an optional note; with a
read-only store Ctrl+D says why nothing was saved and the note box is disabled; the Note
column is readable at the panel's default width."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.bookmarks import store as store_module
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow


def _label_format(window: MainWindow, pid: str) -> Any:
    rendered = window.reader.rendered
    assert rendered is not None
    start, _end = rendered.spans[pid][0]
    cursor = QTextCursor(rendered.document)
    cursor.setPosition(start + 1)  # inside the passage's number
    return cursor.charFormat()


def _note_box() -> QInputDialog:
    boxes = [w for w in QApplication.topLevelWidgets() + [
        c for w in QApplication.topLevelWidgets() for c in w.findChildren(QInputDialog)]
        if isinstance(w, QInputDialog) and w.objectName() == "BookmarkNote" and w.isVisible()]
    assert boxes, "no note box"
    return boxes[-1]


def test_ctrl_d_bookmarks_then_asks_for_an_optional_note(window: MainWindow,
                                                         qtbot: Any) -> None:
    window.goto("art 12(2)")
    panel = window.bookmarks  # type: ignore[attr-defined]
    panel.bookmark_action.trigger()
    box = _note_box()
    assert box.labelText() == "Note for this bookmark (optional):"
    box.setTextValue("for the hearing on Monday")
    box.accept()
    qtbot.waitUntil(lambda: bool(panel.store.bookmarks()) and
                    panel.store.bookmarks()[0].note == "for the hearing on Monday")
    # The mark: the passage's number on the mark colour, the note on hover.
    fmt = _label_format(window, "art-12.2")
    assert fmt.background().color().name() == window.reader.colors.mark
    assert fmt.toolTip() == "Bookmarked: for the hearing on Monday"
    # For screen readers: the citation of the passage being read says so.
    assert window.citation_label.accessibleDescription() == \
        "Citation of the current passage. Bookmarked: for the hearing on Monday"
    # A passage not bookmarked carries no mark.
    assert _label_format(window, "art-12.1").background().color().name() != \
        window.reader.colors.mark


def test_escape_keeps_the_bookmark_without_a_note(window: MainWindow) -> None:
    window.goto("art 5")
    panel = window.bookmarks  # type: ignore[attr-defined]
    panel.bookmark_action.trigger()
    _note_box().reject()
    [bm] = panel.store.bookmarks()
    assert bm.note == ""
    assert _label_format(window, "art-5").toolTip() == "Bookmarked"


def test_a_deleted_bookmark_loses_its_mark(window: MainWindow) -> None:
    window.goto("art 7")
    panel = window.bookmarks  # type: ignore[attr-defined]
    panel.bookmark_action.trigger()
    _note_box().reject()
    assert window.reader.mark_of("art-7") == ""
    panel.delete_action.trigger()
    assert window.reader.mark_of("art-7") is None
    assert _label_format(window, "art-7").background().color().name() != \
        window.reader.colors.mark
    assert window.citation_label.accessibleDescription() == "Citation of the current passage"


def test_a_read_only_store_says_why_and_disables_the_note_box(
        make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    panel = window.bookmarks  # type: ignore[attr-defined]
    window.goto("art 1")
    panel.bookmark_action.trigger()
    _note_box().reject()
    window.close()
    monkeypatch.setattr(store_module, "_writable_folder", lambda folder: False)
    again = make_window()
    panel = again.bookmarks  # type: ignore[attr-defined]
    assert panel.store.read_only
    again.goto("art 2")
    assert panel.bookmark_action.isEnabled()
    panel.bookmark_action.trigger()
    message = again.statusBar().currentMessage()
    assert message.startswith("Nothing was saved.") and "read-only" in message
    assert [b.ref for b in panel.store.bookmarks()] == ["declaration:art-1"]
    panel.select_bookmark(panel.store.bookmarks()[0].id)
    assert not panel.note_edit.isEnabled()


def test_the_note_column_is_readable_at_the_default_width(window: MainWindow,
                                                          qtbot: Any) -> None:
    panel = window.bookmarks  # type: ignore[attr-defined]
    window.side.setCurrentWidget(panel)
    for ref in ("64/163 para 7", "art 9(3)(a)", "art 12(2)"):
        window.goto(ref)
        panel.bookmark_action.trigger()
        _note_box().reject()
    qtbot.wait(50)
    tree = panel.tree
    note_width = tree.viewport().width() - tree.columnWidth(0)
    assert note_width >= 12 * tree.fontMetrics().averageCharWidth(), (
        tree.columnWidth(0), tree.viewport().width())
