"""Issue 19: bookmarks protected with a passphrase, in the real window: protect, lock (menu,
idle time, quick exit), unlock, wrong and forgotten passphrases, the texts without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from desktop.bookmarks import Store, WrongPassphrase
from desktop.ui.main_window import MainWindow
from desktop.ui.protection import PassphraseDialog, Protection
from tests.ui.conftest import MakeWindow

NOTE = "MEETING WITH WITNESS AHMED 42"
PASS = "correct horse battery"


def _parts(window: MainWindow) -> tuple[Any, Protection]:
    panel, protection = window.bookmarks, window.protection
    assert panel is not None and protection is not None
    return panel, protection


def _bookmark(window: MainWindow, ref: str = "art 12(2)", note: str = NOTE) -> Any:
    panel, _ = _parts(window)
    window.goto(ref)
    panel.bookmark_action.trigger()
    bm = panel.current_bookmark()
    assert bm is not None
    panel.set_note(note)
    return bm


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_first_bookmark_offers_protection_once(make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    panel, protection = _parts(window)
    assert not protection.protected and protection.protect_action.isVisible()
    _bookmark(window)
    assert not panel.offer_box.isHidden()
    assert "passphrase" in panel.offer_label.text()
    panel.offer_no.click()
    assert panel.offer_box.isHidden()
    _bookmark(window, "art 5")
    assert panel.offer_box.isHidden()
    again = make_window()
    _bookmark(again, "art 6")
    assert _parts(again)[0].offer_box.isHidden()  # offered once, not at every start


def test_protect_encrypts_everything_and_removes_the_plain_file(
        make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    folder = panel.new_folder("ZEBRA FOLDER 7781")
    assert folder is not None
    plain = data_dir / "bookmarks.sqlite3"
    assert NOTE.encode() in _all_bytes(data_dir) or plain.exists()
    assert not protection.protect("short")  # too short: refused, nothing changed
    assert plain.exists() and not panel.store.protected
    assert protection.protect(PASS)
    assert panel.store.protected and not plain.exists()
    assert NOTE in [b.note for b in panel.store.bookmarks()]
    panel.store.checkpoint()
    everything = _all_bytes(data_dir)
    for secret in (NOTE, "ZEBRA FOLDER 7781", "declaration", "art-12.2"):
        assert secret.encode() not in everything, secret
    assert not protection.protect_action.isVisible() and protection.lock_action.isVisible()


def test_lock_unlock_wrong_passphrase_and_reading_without_it(
        make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    protection.lock_action.trigger()
    assert protection.locked and not panel.locked_box.isHidden() and panel.tree.isHidden()
    assert panel.visible_bookmarks() == []
    assert protection.unlock_action.isVisible()
    # The texts are read as always.
    assert window.goto("art 9") and "art-9" in window.current_passage
    before = (data_dir / "bookmarks-protected.sqlite3").read_bytes()
    message = protection.unlock("not the passphrase")
    assert "does not open" in message and "Nothing was changed" in message
    assert protection.locked
    assert (data_dir / "bookmarks-protected.sqlite3").read_bytes() == before
    assert protection.unlock(PASS) == ""
    assert [b.note for b in panel.store.bookmarks()] == [NOTE]
    assert not panel.tree.isHidden() and panel.locked_box.isHidden()


def test_a_restart_starts_locked_and_ctrl_d_asks_for_the_passphrase(
        make_window: MakeWindow, data_dir: Path, qapp: Any) -> None:
    window = make_window()
    _bookmark(window)
    assert _parts(window)[1].protect(PASS)
    window.close()
    again = make_window()
    panel, protection = _parts(again)
    assert protection.locked and not panel.locked_box.isHidden()

    def type_passphrase() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, PassphraseDialog) and w.isVisible())
        field = dialog.findChild(QLineEdit, "Passphrase")
        assert field is not None
        field.setText("wrong passphrase")
        dialog._ok()
        assert dialog.isVisible() and "Nothing was changed" in dialog.error.text()
        field.setText(PASS)
        dialog._ok()

    QTimer.singleShot(100, type_passphrase)
    again.goto("art 1")
    panel.bookmark_action.trigger()  # Ctrl+D while locked: asks, then bookmarks
    assert not protection.locked
    assert {b.ref for b in panel.store.bookmarks()} == {"declaration:art-12.2",
                                                         "declaration:art-1"}


def test_idle_time_locks(make_window: MakeWindow, qtbot: Any) -> None:
    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    assert protection.idle.isActive()
    assert protection.idle.interval() == 10 * 60_000  # the default: 10 minutes
    protection.apply_privacy(False, 3, False)
    assert protection.idle.interval() == 3 * 60_000
    protection.idle.setInterval(50)  # as if the minutes had passed
    protection.idle.start()
    qtbot.waitUntil(lambda: protection.locked, timeout=3000)
    assert not panel.locked_box.isHidden() and not protection.idle.isActive()


def test_forgotten_passphrase_keeps_the_old_file(make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    protection.lock()
    locked = (data_dir / "bookmarks-protected.sqlite3").read_bytes()

    def start_new() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        assert "cannot be recovered" in box.text()
        button = next(b for b in box.buttons() if "new store" in b.text())
        button.click()

    QTimer.singleShot(100, start_new)
    protection.ask_forgotten()
    assert not protection.locked and not protection.protected
    assert panel.store.bookmarks() == []
    kept = list(data_dir.glob("bookmarks-protected.sqlite3.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == locked
    assert str(kept[0]) in panel.status.text()
    with Store(kept[0], PASS) as old:  # the passphrase, remembered later, still opens it
        assert [b.note for b in old.bookmarks()] == [NOTE]


def test_quick_exit_locks_and_leaves_no_wal(make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    gone = panel.add_passages("declaration", "en", ["art-3"], note="DELETED QUOKKA 99")
    assert gone is not None
    panel.store.delete(gone.id)
    window.quick_exit()
    assert protection.locked
    names = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("bookmarks"))
    assert names == ["bookmarks-protected.sqlite3"]
    with Store(data_dir / "bookmarks-protected.sqlite3", PASS) as store:
        assert [b.note for b in store.bookmarks()] == [NOTE]
    try:
        Store(data_dir / "bookmarks-protected.sqlite3", "wrong passphrase")
    except WrongPassphrase:
        pass
    else:
        raise AssertionError("a wrong passphrase opened the store")


def test_quick_exit_and_erase(make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    _panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    exports = data_dir / "exports"
    exports.mkdir()
    (exports / "passage-2026-12-06.pdf").write_bytes(b"%PDF-1.4 " + NOTE.encode())
    protection.apply_privacy(False, 10, True)
    window.quick_exit()
    assert not (data_dir / "bookmarks-protected.sqlite3").exists()
    assert not exports.exists()
    assert NOTE.encode() not in _all_bytes(data_dir)


def test_turning_erase_on_is_confirmed_once(make_window: MakeWindow) -> None:
    from desktop.ui.protection import PrivacyDialog

    window = make_window()
    dialog = PrivacyDialog(window, False, 10, False)
    asked: list[int] = []
    dialog.confirm = lambda: bool(asked.append(1)) or False  # the person says No
    dialog.erase.setChecked(True)
    assert not dialog.erase.isChecked() and asked == [1]
    dialog.confirm = lambda: bool(asked.append(1)) or True  # Yes
    dialog.erase.setChecked(True)
    assert dialog.erase.isChecked() and asked == [1, 1]
    dialog.done(QDialog.DialogCode.Rejected)


def test_quick_exit_with_a_plain_store_leaves_no_wal_and_no_deleted_note(
        make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    panel, _protection = _parts(window)
    _bookmark(window)
    gone = panel.add_passages("declaration", "en", ["art-3"], note="DELETED QUOKKA 99")
    assert gone is not None
    panel.store.delete(gone.id)
    assert (data_dir / "bookmarks.sqlite3-wal").exists()  # the WAL holds the deleted note
    window.quick_exit()
    names = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("bookmarks"))
    assert names == ["bookmarks.sqlite3"]
    raw = (data_dir / "bookmarks.sqlite3").read_bytes()
    assert NOTE.encode() in raw  # unprotected: the kept note is readable, as README says
    assert b"DELETED QUOKKA" not in raw  # secure_delete: the deleted one is not


def _click_when_shown(name: str, label: str) -> None:
    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible())
        next(b for b in box.buttons() if label in b.text().replace("&", "")).click()

    QTimer.singleShot(100, click)


def test_export_of_protected_bookmarks_warns_and_can_be_encrypted(
        make_window: MakeWindow, data_dir: Path, tmp_path: Path) -> None:
    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    _click_when_shown("ExportKind", "Encrypted")
    assert panel._ask_export_kind() is True
    _click_when_shown("ExportKind", "Readable JSON")
    assert panel._ask_export_kind() is False
    out = tmp_path / "out.bookmarks"
    assert panel.export_bookmarks(out, passphrase="file passphrase 1") == out
    assert NOTE.encode() not in out.read_bytes()
    # Importing it (into a new store after a forgotten passphrase) asks for its passphrase.
    protection.lock()
    QTimer.singleShot(100, lambda: _click_when_shown("ForgottenPassphrase", "new store"))
    protection.ask_forgotten()
    assert panel.store.bookmarks() == []
    window.side.setCurrentWidget(panel)

    def type_it() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, PassphraseDialog) and w.isVisible())
        dialog.passphrase.setText("wrong passphrase")
        dialog._ok()
        assert "does not open this file" in dialog.error.text()
        dialog.passphrase.setText("file passphrase 1")
        dialog._ok()

    QTimer.singleShot(100, type_it)
    assert panel.import_bookmarks(out)
    assert [b.note for b in panel.store.bookmarks()] == [NOTE]


def test_history_kept_while_protected_is_encrypted_with_the_notes(
        make_window: MakeWindow, data_dir: Path, qtbot: Any) -> None:
    from tests.ui.helpers import search

    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    protection.apply_privacy(True, 10, False)  # keep history: turned on
    search(qtbot, window, "peacefully OR QUOKKASEARCH", lang="en")
    window.search.open_result(0)  # an opened result is what records a search
    window.goto("art 9")
    from desktop.ui.app import finish

    window.close()  # a normal close keeps the history, in the protected store
    finish(window)  # (what the app does after its event loop ends)
    settings_file = data_dir / "config" / "settings.json"
    assert b"QUOKKASEARCH" not in settings_file.read_bytes()
    assert b"art-9" not in settings_file.read_bytes()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"QUOKKASEARCH" not in path.read_bytes(), path
    with Store(data_dir / "bookmarks-protected.sqlite3", PASS) as store:
        kept = store.read_private_settings()
    assert kept["recent_searches"][0] == "peacefully OR QUOKKASEARCH"
    assert "declaration:art-9" in kept["history"]
    again = make_window()
    _panel2, protection2 = _parts(again)
    assert again.search.recent_model.stringList() == []  # locked: not known yet
    assert protection2.unlock(PASS) == ""
    assert again.search.recent_model.stringList()[0] == "peacefully OR QUOKKASEARCH"
    assert "declaration:art-9" in again.history.recent()


def test_the_locked_message_follows_the_language_and_goes_at_unlock(
        make_window: MakeWindow) -> None:
    window = make_window()
    panel, protection = _parts(window)
    assert protection.protect(PASS)
    protection.lock()
    assert panel.status.text() == "Bookmarks are locked."
    window.set_ui_language("fr")
    assert panel.status.text() == "Les signets sont verrouillés."
    assert protection.unlock(PASS) == ""
    assert "verrouill" not in panel.status.text()


def test_protecting_also_encrypts_older_plain_copies(make_window: MakeWindow,
                                                     data_dir: Path) -> None:
    import shutil

    window = make_window()
    panel, protection = _parts(window)
    _bookmark(window)
    panel.store.checkpoint()
    backup = data_dir / "bookmarks.sqlite3.v1-20260101-000000.bak"  # as an upgrade keeps one
    shutil.copyfile(data_dir / "bookmarks.sqlite3", backup)
    ruined = data_dir / "bookmarks.sqlite3.damaged-20260101-000000"
    ruined.write_bytes(b"SQLite format 3\x00" + NOTE.encode() + b"\x00" * 2000)
    assert protection.protect(PASS)
    assert not backup.exists()
    with Store(Path(f"{backup}.protected"), PASS) as copy:
        assert [b.note for b in copy.bookmarks()] == [NOTE]
    assert ruined.exists()  # unreadable as a whole: kept, never lost, and named
    assert str(ruined) in panel.status.text()


def test_a_plain_store_left_beside_the_protected_one_is_taken_in_at_unlock(
        make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    _panel, protection = _parts(window)
    _bookmark(window)
    assert protection.protect(PASS)
    protection.lock()
    # As if protecting had been cut off before the plain file was wiped (or an older
    # version had written a new plain store).
    with Store(data_dir / "bookmarks.sqlite3") as plain:
        plain.add("declaration:art-7", note="LEFT IN THE CLEAR")
    assert protection.unlock(PASS) == ""
    notes = {b.note for b in window.bookmarks.store.bookmarks()}  # type: ignore[union-attr]
    assert notes == {NOTE, "LEFT IN THE CLEAR"}
    assert not (data_dir / "bookmarks.sqlite3").exists()
    assert all(b"LEFT IN THE CLEAR" not in p.read_bytes()
               for p in data_dir.rglob("*") if p.is_file())
