"""Opening a part of the Covenant (`iccpr:part-3`, as `open` and bookmarks give it) in the
reader: the part's articles are shown and marked as the current passage. Ctrl+D bookmarks
the part itself (named and reopened as the part); Copy with citation and Print cite it once,
at the top."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.ui.main_window import MainWindow


def test_open_a_part(window: MainWindow) -> None:
    assert window.open_reference("iccpr:part-3")
    assert window.current_doc == "iccpr"
    assert window.reader.current == "part-3"
    assert window.reader.has("part-3") and not window.reader.has("part-9")
    assert window.open_reference("ICCPR Part IV")  # as the go-to box reads it
    assert window.reader.current == "part-4"


PART_CITED = "International Covenant on Civil and Political Rights, Part III"


def _note_box_closed(window: MainWindow) -> None:
    from PySide6.QtWidgets import QInputDialog

    box = window.findChild(QInputDialog, "BookmarkNote")
    if box is not None:
        box.reject()


def test_ctrl_d_on_a_part_bookmarks_the_part_and_reopens_it(window: MainWindow) -> None:
    panel = window.bookmarks  # type: ignore[attr-defined]
    window.set_reading_language("fr")  # no French text: the English one, with its notice
    assert window.goto("PIDCP partie III")
    part = window.selected_passages()
    assert part[0] == "art-6.1" and part[-1] == "art-27"
    panel.bookmark_action.trigger()  # what Ctrl+D does
    _note_box_closed(window)
    [bm] = panel.store.bookmarks()
    assert bm.ref == "iccpr:part-3"  # the part itself, not art-6.1..art-27
    assert panel.visible_bookmarks() == [PART_CITED]
    # Reopened from elsewhere, the whole part is shown and marked again.
    assert window.goto("art 12")
    panel.select_bookmark(bm.id)
    panel.open_current()
    assert window.current_doc == "iccpr" and window.reader.current == "part-3"
    assert window.selected_passages() == part
    assert window.reader.mark_of("art-6.1") == "" and window.reader.mark_of("art-27") == ""
    assert window.reader.mark_of("art-28.1") is None
    # A bookmark made before parts had ids (the range of the part's passages) is named as
    # the part too, and a range that is not a part as before.
    old = panel.store.add("iccpr:art-6.1..art-27")
    other = panel.store.add("iccpr:art-6.1..art-26")
    panel.refresh()
    names = {panel.display_name(b) for b in panel.store.bookmarks() if b.id in (old.id, other.id)}
    assert names == {PART_CITED, "International Covenant on Civil and Political Rights, "
                                 "art. 6(1) – art. 26"}


def test_ctrl_d_on_a_whole_article_bookmarks_the_article(window: MainWindow) -> None:
    panel = window.bookmarks  # type: ignore[attr-defined]
    assert window.goto("art 12")
    panel.bookmark_action.trigger()
    _note_box_closed(window)
    assert [b.ref for b in panel.store.bookmarks()] == ["declaration:art-12"]
    assert panel.visible_bookmarks() == ["Declaration on Human Rights Defenders, art. 12"]
    # A range opened stays that range.
    assert window.open_reference("declaration:art-12.1..art-12.2")
    panel.bookmark_action.trigger()
    _note_box_closed(window)
    assert sorted(b.ref for b in panel.store.bookmarks()) == [
        "declaration:art-12", "declaration:art-12.1..art-12.2"]


def test_copy_with_citation_of_a_part_cites_it_once_at_the_top(window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    assert window.open_reference("iccpr:part-3")
    window.menus.copy_citation_action.trigger()  # Ctrl+Shift+C
    copied = QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()  # see test_instruments_ui: no Python-made data left
    cited, _, body = copied.partition("\n\n")
    assert cited == PART_CITED
    assert body.startswith("PART III\nArticle 6\n1. Every human being")
    assert "\n\nArticle 27\nIn those States in which ethnic" in body
    assert "Political Rights, art." not in copied


def test_a_part_opened_from_the_command_line_is_bookmarked_moved_and_printed_as_the_part(
        make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.bookmarks.exchange import import_file, write_export
    from desktop.bookmarks.store import Store
    from desktop.ui import printing

    window = make_window("iccpr:part-3")  # what `rights-at-hand open "ICCPR Part III"` does
    panel = window.bookmarks
    panel.bookmark_action.trigger()
    _note_box_closed(window)
    assert [b.ref for b in panel.store.bookmarks()] == ["iccpr:part-3"]
    panel.undo()
    assert window.statusBar().currentMessage() == f"Undone: Bookmark {PART_CITED}"
    panel.redo()
    # Exported and imported on another computer, it is still the part.
    out = tmp_path / "bookmarks.json"
    write_export(panel.store, out)
    other = Store(tmp_path / "other.sqlite3")
    try:
        import_file(other, out)
        assert [b.ref for b in other.bookmarks()] == ["iccpr:part-3"]
    finally:
        other.close()
    # File > Print… with the part open: one citation, at its top.
    got: list[Any] = []
    monkeypatch.setattr(printing, "print_dialog", lambda printout, parent=None: got.append(
        printout))
    window.menus.print_action.trigger()
    html = got[0].html
    assert html.count(PART_CITED) == 1 and "Political Rights, art." not in html
    assert html.index(">PART III<") < html.index(PART_CITED) < html.index(">Article 6<")
