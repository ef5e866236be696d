"""Bookmarks you can see: marks on the bookmarked passages in the reader, and Ctrl+D.

- Each bookmarked passage on screen has its number set on the theme's mark colour, with its
  note on hover; when the passage being read is bookmarked, the status bar's citation says
  so to screen readers (its description: "Bookmarked: <note>"), and it is announced.
- Ctrl+D bookmarks the passage (the selection, or the article or part opened) at once,
  then asks for an optional note in a small box that is not modal (Escape leaves the
  bookmark without a note).
- With a read-only store Ctrl+D says why nothing was saved, instead of doing nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog

from desktop.bookmarks import Bookmark
from desktop.references import Target

if TYPE_CHECKING:
    from desktop.ui.bookmarks_panel import BookmarksPanel
    from desktop.ui.main_window import MainWindow


def marks_for(panel: BookmarksPanel, window: MainWindow) -> dict[str, str]:
    """Passage id -> note, for the bookmarks in the document on screen."""
    version = window.current_version()
    store = panel.store
    if version is None or store.is_locked or store.closed:
        return {}
    marks: dict[str, str] = {}
    for bm in store.bookmarks():
        if bm.doc != version.doc:
            continue
        for pid in Target(bm.doc, bm.start_pid, bm.end_pid).passage_ids(version):
            notes = [n for n in (marks.get(pid, ""), " ".join(bm.note.split())) if n]
            marks[pid] = " · ".join(notes)
    return marks


class BookmarkMarks(QObject):
    """Keeps the reader's marks and the citation's description up to date."""

    def __init__(self, window: MainWindow, panel: BookmarksPanel) -> None:
        super().__init__(window)
        self.window, self.panel = window, panel
        self._added = ""  # what was added to the citation's description
        window.current_passage_changed.connect(self.update)
        panel.changed.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        window = self.window
        try:
            marks = marks_for(self.panel, window)
        except Exception:  # a store that cannot be read now: no marks, never a traceback
            marks = {}
        window.reader.set_marks(marks)
        note = marks.get(window.current_passage)
        label = window.citation_label
        # The label's own description ("Citation of the current passage") stays; what this
        # added last time is taken off first.
        description = label.accessibleDescription()
        if self._added and description.endswith(self._added):
            description = description[: -len(self._added)]
        text = ""
        if note is not None:
            text = QCoreApplication.translate("MainWindow", "Bookmarked")
            if note:
                text = QCoreApplication.translate("MainWindow", "Bookmarked: {note}").replace(
                    "{note}", note)
        added = f". {text}" if text and description else text
        label.setAccessibleDescription(description + added)
        label.setToolTip(text)
        if text and added != self._added:
            from desktop.ui.announce import announce

            announce(label, text)
        self._added = added


def bookmark_with_note(window: MainWindow, panel: BookmarksPanel) -> Bookmark | None:
    """Ctrl+D: bookmark the passage (or the selection), then ask for an optional note."""
    store = panel.store
    if store.read_only and not store.is_locked:
        from desktop.ui.store_notice import store_notice

        reason = store_notice(store) or QCoreApplication.translate("MainWindow",
            "Your bookmarks are read-only.")
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Nothing was saved. {reason}").replace(
                "{reason}", reason), 15000)
        return None
    # The part or article opened is bookmarked as itself (`iccpr:part-3`), not as the
    # range of its first and last passages; a selection is a range.
    bm = panel.add_passages(window.current_doc, window.current_lang,
                            window.reader.bookmark_ends())
    if bm is None:
        return None
    ask_note(window, panel, bm)
    return bm


def ask_note(window: MainWindow, panel: BookmarksPanel, bm: Bookmark) -> QInputDialog:
    """The note box for a bookmark just made: it does not block; OK saves the note."""
    dialog = QInputDialog(window)
    dialog.setObjectName("BookmarkNote")
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Bookmark this passage"))
    dialog.setLabelText(QCoreApplication.translate("MainWindow",
        "Note for this bookmark (optional):"))
    dialog.setAccessibleName(QCoreApplication.translate("MainWindow", "Note for the new bookmark"))

    def save(text: str) -> None:
        if not text.strip():
            return
        panel.select_bookmark(bm.id)
        selected = panel.current_bookmark()
        if selected is not None and selected.id == bm.id:  # not deleted meanwhile
            panel.set_note(text.strip())

    dialog.textValueSelected.connect(save)
    dialog.finished.connect(dialog.deleteLater)
    # Not modal: the window stays usable (the go-to box, a screen reader's keys, Esc in the
    # presentation view); the box waits beside it until answered or dismissed.
    dialog.setModal(False)
    dialog.show()
    return dialog
