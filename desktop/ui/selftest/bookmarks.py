"""Self-test steps for bookmarks: one added with a note, exported and imported again."""

from __future__ import annotations

from pathlib import Path

from desktop.bookmarks import Store
from desktop.ui.bookmarks_panel import BookmarksPanel
from desktop.ui.selftest.runner import SelfTest, StepFailed

SELF_TEST_NOTE = "self-test note: показать полиции / 给警察看 / للشرطة"


def _panel(t: SelfTest) -> BookmarksPanel:
    panel = getattr(t.w, "bookmarks", None)
    if not isinstance(panel, BookmarksPanel):
        raise StepFailed("the window has no bookmarks panel")
    return panel


def _read_only_is_shown(t: SelfTest, panel: BookmarksPanel) -> bool:
    """On a locked stick the app must say so and refuse changes: check that instead.

    True when the store is read-only and the panel behaves as it should; the step then
    has nothing to write and passes."""
    if not panel.store.read_only:
        return False
    if panel.store.is_locked:
        # The person's bookmarks are protected and locked: nothing of theirs is unlocked
        # or written; the protected-store step checks protection in a scratch store.
        print("      (bookmarks are protected and locked; left as they are)", file=t.out)
        return True
    if panel.import_action.isEnabled() or panel.new_folder_action.isEnabled():
        raise StepFailed("bookmarks are read-only but the panel still offers to change them")
    if not panel.status.text().strip():
        raise StepFailed("bookmarks are read-only and the panel does not say so")
    # Ctrl+D stays: it says why nothing was saved, and saves nothing.
    before = len(panel.store.bookmarks())
    panel.bookmark_action.trigger()
    if len(panel.store.bookmarks()) != before:
        raise StepFailed("Ctrl+D changed read-only bookmarks")
    if not t.w.statusBar().currentMessage().strip():
        raise StepFailed("Ctrl+D on read-only bookmarks says nothing")
    print(f"      (read-only data: {panel.store.read_only_reason}; nothing written)",
          file=t.out)
    return True


def bookmark_with_note(t: SelfTest) -> None:
    w, panel = t.w, _panel(t)
    if _read_only_is_shown(t, panel):
        return
    w.show_passage("declaration", "art-12.2")
    t.wait(lambda: w.current_passage == "art-12.2", timeout=5, what="article 12(2)")
    before = len(panel.store.bookmarks())
    panel.bookmark_action.trigger()  # what Ctrl+D does
    bm = panel.current_bookmark()
    if bm is None or bm.ref != "declaration:art-12.2" or len(panel.store.bookmarks()) != before + 1:
        raise StepFailed(f"Ctrl+D did not bookmark article 12(2) (got {bm.ref if bm else None})")
    # Ctrl+D asks for a note (a box that is not modal): answer it, as a person would.
    from PySide6.QtWidgets import QInputDialog

    box = w.findChild(QInputDialog, "BookmarkNote")
    if box is None or not box.isVisible():
        raise StepFailed("Ctrl+D did not ask for a note")
    box.setTextValue(SELF_TEST_NOTE)
    box.accept()
    assert panel.store.path is not None
    # Read it back through a second connection, as the next start of the app would.
    with Store(panel.store.path) as again:
        saved = again.bookmark(bm.id).note
    if saved != SELF_TEST_NOTE:
        raise StepFailed(f"the note was not saved to {panel.store.path}: {saved!r}")
    item = panel.tree.currentItem()
    if item is None or SELF_TEST_NOTE[:10] not in item.text(1):
        raise StepFailed("the panel does not show the note")


def export_and_import(t: SelfTest) -> None:
    panel = _panel(t)
    if _read_only_is_shown(t, panel):
        return
    mine = [b for b in panel.store.bookmarks() if b.note == SELF_TEST_NOTE]
    if not mine:
        raise StepFailed("the self-test bookmark is gone")
    out = t.data_dir / "self-test-bookmarks.json"
    copy = t.data_dir / "self-test-import.sqlite3"
    try:
        if panel.export_bookmarks(out) is None:
            raise StepFailed(f"export failed: {panel.status.text()}")
        with Store(copy) as other:
            report = other.import_file(out)
            notes = {b.note for b in other.bookmarks()}
        if SELF_TEST_NOTE not in notes or report.added != len(panel.store.bookmarks()):
            raise StepFailed(f"the export did not carry the bookmarks: {report.message}")
        again = panel.store.import_file(out)  # the same file again: nothing new
        if again.added or again.folders_added:
            raise StepFailed(f"re-importing the same file added things: {again.message}")
    finally:
        # Leave the person's bookmarks as they were (a self-test may run in their data).
        for bm in mine:
            panel.store.delete(bm.id)
        for path in (out, copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            path.unlink(missing_ok=True)
