"""Bookmarks protected with a passphrase: protect, lock, unlock, and quick exit's share.

The store itself is SQLCipher (desktop/bookmarks/engine.py); this module is the person's
side of it, wired by extensions.install_bookmarks::

    protection = Protection(window, panel)   # File menu entries, idle lock, quick exit

- Off by default. Offered once, when the first bookmark is made, and always in the File menu.
- Protecting writes an encrypted copy of the store, then overwrites and removes the plain
  file. History and recent searches are then kept in memory only (`Settings.keep_in_memory`).
- The store locks after the idle time the person chose (default 10 minutes without a key or
  mouse press) and at quick exit; locking closes the database, so no page of it stays in
  this process's SQLite cache. Reading the bundled texts never needs the passphrase.
- A wrong passphrase is said, and nothing changes. A forgotten one cannot be recovered (it
  is said so); a new store can be started, and the locked file is kept under a new name,
  never deleted.
- Quick exit and erase (opt-in, confirmed once in Privacy and protection): the protected
  store's key material (the salt on its first page, with the rest of the file) is
  overwritten and the files removed, with the app's exports and caches.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.bookmarks import (
    BookmarkError,
    Store,
    WrongPassphrase,
    check_new_passphrase,
    set_aside,
    wipe_file,
)
from desktop.bookmarks.store import MIN_PASSPHRASE, protect_copy
from desktop.languages import ltr
from desktop.paths import UserPaths, user_paths

if TYPE_CHECKING:
    from desktop.ui.bookmarks_panel import BookmarksPanel
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Events that count as the person using the app (the idle lock starts again).
_ACTIVITY = {int(QEvent.Type.KeyPress), int(QEvent.Type.MouseButtonPress),
             int(QEvent.Type.Wheel), int(QEvent.Type.TouchBegin)}


def _new_passphrase_problem(first: str, second: str) -> str:
    """What is wrong with a new passphrase, in the interface language ("" when fine)."""
    if first != second:
        return QCoreApplication.translate("Protection", "The two passphrases are not the same.")
    try:
        check_new_passphrase(first)
    except BookmarkError:
        text = QCoreApplication.translate("Protection",
                                          "A passphrase needs at least {n} characters.")
        return text.replace("{n}", str(MIN_PASSPHRASE))
    return ""


class PassphraseDialog(QDialog):
    """Asks for a passphrase: a new one (typed twice) or the one that unlocks.

    `check(passphrase)` is called on OK and returns "" to accept or a message to show (the
    dialog stays open, the field is cleared): a wrong passphrase changes nothing.
    """

    FORGOT = 2  # exec() result of "I forgot the passphrase"

    def __init__(self, parent: QWidget | None, title: str, explanation: str, new: bool,
                 check: Callable[[str], str], forgot: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(title)
        self._check = check
        self._new = new
        layout = QVBoxLayout(self)
        # The dialog never smaller than what its wrapped explanation needs.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        # Wide enough that a wrapped explanation is laid out whole (a word-wrapped label in
        # a dialog sized from its hints was cut off at its first line, in Arabic).
        self.explanation.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("Passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        label = self.tr("&Passphrase:") if not new else self.tr("&New passphrase:")
        form.addRow(label, self.passphrase)
        self.passphrase.setAccessibleName(label.replace("&", "").rstrip(":：").strip())
        self.again = QLineEdit(self)
        self.again.setObjectName("PassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            again = self.tr("&Type it again:")
            form.addRow(again, self.again)
            self.again.setAccessibleName(again.replace("&", "").rstrip(":：").strip())
        else:
            self.again.hide()
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("PassphraseError")
        self.error.setWordWrap(True)
        # Named by what it says (Qt's default for a label); what it is, in the description.
        self.error.setAccessibleDescription(self.tr("Passphrase message"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        self.forgot_button: QPushButton | None = None
        if forgot:
            self.forgot_button = buttons.addButton(self.tr("I &forgot the passphrase…"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
            self.forgot_button.setObjectName("ForgotPassphrase")
            self.forgot_button.clicked.connect(lambda: self.done(self.FORGOT))
        layout.addWidget(buttons)
        self.accepted_passphrase = ""
        self.passphrase.setFocus()

    def _ok(self) -> None:
        text = self.passphrase.text()
        problem = (_new_passphrase_problem(text, self.again.text()) if self._new else "")
        if not problem:
            problem = self._check(text)
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.passphrase.clear()
            self.again.clear()
            self.passphrase.setFocus()
            return
        self.accepted_passphrase = text
        self.passphrase.clear()
        self.again.clear()
        self.accept()


class PrivacyDialog(QDialog):
    """File › Privacy and protection…: history, the idle lock, quick exit and erase."""

    def __init__(self, parent: QWidget | None, keep_history: bool, minutes: int,
                 erase: bool) -> None:
        super().__init__(parent)
        self.setObjectName("PrivacyDialog")
        self.setWindowTitle(self.tr("Privacy and protection"))
        layout = QVBoxLayout(self)
        self.keep_history = QCheckBox(self.tr("&Keep reading history and recent searches between "
                                         "sessions"), self)
        self.keep_history.setChecked(keep_history)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        layout.addWidget(self.keep_history)
        form = QFormLayout()
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        lock_label = self.tr("&Lock protected bookmarks after this long without use:")
        form.addRow(lock_label, self.minutes)
        self.minutes.setAccessibleName(lock_label.replace("&", "").rstrip(":：").strip())
        layout.addLayout(form)
        self.erase = QCheckBox(self.tr("Quick exit also &erases bookmarks, notes, exports and "
                                  "caches"), self)
        self.erase.setChecked(erase)
        self.erase.toggled.connect(self._erase_toggled)
        layout.addWidget(self.erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        #: Replaced in tests: the one confirmation asked when erase is switched on.
        self.confirm: Callable[[], bool] = self._confirm

    def _confirm(self) -> bool:
        answer = QMessageBox.warning(
            self, APP_NAME, self.tr(
                "Quick exit will then destroy your bookmarks and notes (the key of protected "
                "bookmarks is overwritten, so they can never be opened again) and remove "
                "your exported files and the app's caches. This cannot be undone. Turn it "
                "on?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _erase_toggled(self, on: bool) -> None:
        if on and not self.confirm():
            self.erase.blockSignals(True)
            self.erase.setChecked(False)
            self.erase.blockSignals(False)


class Protection(QObject):
    def __init__(self, window: MainWindow, panel: BookmarksPanel,
                 paths: UserPaths | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.settings = window.settings
        self.paths = paths or user_paths()
        self._filtering = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)

        self.protect_action = QAction(window)
        self.protect_action.triggered.connect(lambda _c=False: self.ask_protect())
        self.lock_action = QAction(window)
        self.lock_action.triggered.connect(lambda _c=False: self.lock())
        self.unlock_action = QAction(window)
        self.unlock_action.triggered.connect(lambda _c=False: self.ask_unlock())
        self.change_action = QAction(window)
        self.change_action.triggered.connect(lambda _c=False: self.ask_change())
        self.privacy_action = QAction(window)
        self.privacy_action.triggered.connect(lambda _c=False: self.ask_privacy())
        self.actions = [self.protect_action, self.unlock_action, self.lock_action,
                        self.change_action, self.privacy_action]
        menus = window.menus
        menus.file_menu.insertActions(menus.private_action, self.actions)
        menus.file_menu.insertSeparator(menus.private_action)
        for action in self.actions:
            window.addAction(action)

        panel.unlock_requested.connect(self.ask_unlock)
        panel.language_changed.connect(self.retranslate)
        panel.bookmark_added.connect(self._offer_after_first_bookmark)
        panel.offer_yes.clicked.connect(self._offer_accepted)
        window.on_quick_exit.append(self.quick_exit)
        self.settings.keep_in_memory = self.protected
        self.retranslate()
        self._update()

    # -- state -------------------------------------------------------------------------------

    @property
    def protected(self) -> bool:
        return self.panel.store.protected or self.panel.store.is_locked

    @property
    def locked(self) -> bool:
        return self.panel.store.is_locked

    def _update(self) -> None:
        store = self.panel.store
        plain_writable = not self.protected and not store.read_only
        self.protect_action.setVisible(not self.protected)
        self.protect_action.setEnabled(plain_writable)
        self.unlock_action.setVisible(self.locked)
        self.lock_action.setVisible(self.protected and not self.locked)
        self.change_action.setVisible(self.protected and not self.locked)
        self.settings.keep_in_memory = self.protected
        self._watch_activity(self.protected and not self.locked)

    def _watch_activity(self, on: bool) -> None:
        """Count key and mouse presses only while unlocked: an application-wide event
        filter costs every event a trip through Python."""
        app = QApplication.instance()
        if app is None or on == self._filtering:
            if on:
                self._restart_idle()
            return
        self._filtering = on
        if on:
            app.installEventFilter(self)
            self._restart_idle()
        else:
            app.removeEventFilter(self)
            self.idle.stop()

    def shutdown(self) -> None:
        """At a normal close: stop counting activity (the app-wide filter goes)."""
        self._watch_activity(False)

    def _restart_idle(self) -> None:
        self.idle.start(int(self.settings.get("lock_after_minutes")) * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if int(event.type()) in _ACTIVITY:
            self._restart_idle()
        return False

    def _say(self, text: str) -> None:
        self.panel._say(text)

    # -- what the menu entries do --------------------------------------------------------------

    def protect(self, passphrase: str) -> bool:
        """Encrypt the bookmarks with `passphrase`; the plain file is overwritten and
        removed. False (with a message) when it cannot be done; nothing is lost then."""
        plain = self.panel.store
        try:
            target = plain.protect(self.paths.protected_db, passphrase)
            store = Store(target, passphrase)
        except (BookmarkError, OSError) as exc:
            self._say(self.tr("The bookmarks could not be protected: {reason}").replace(
                "{reason}", ltr(str(exc))))
            return False
        except Exception as exc:  # SQLCipher's own errors: said, never raised into Qt
            self._say(self.tr("The bookmarks could not be protected: {reason}").replace(
                "{reason}", ltr(str(exc))))
            return False
        self.panel.set_store(store)
        plain.close()
        left: list[Path] = []
        if plain.path is not None:
            wipe_file(plain.path)
            # Older plain copies beside it (an upgrade's backup, a damaged file set aside)
            # hold notes too: encrypted with the same passphrase, or named if they cannot be.
            for copy in sorted(plain.path.parent.glob(plain.path.name + ".*")):
                if (copy.is_file() and not copy.name.endswith((".protected", "-wal", "-shm"))
                        and protect_copy(copy, passphrase) is None):
                    left.append(copy)
        self._update()
        self.window.settings.save()  # drops history and searches from the plain file
        text = self.tr("Your bookmarks are now protected with a passphrase.")
        if left:
            text += " " + self.tr(
                "These older copies could not be read whole and are not protected; delete "
                "them if you do not need them: {files}").replace(
                    "{files}", ", ".join(ltr(str(p)) for p in left))
        self._say(text)
        return True

    def unlock(self, passphrase: str) -> str:
        """Open the protected store; "" on success, else what to tell the person."""
        if not self.locked:
            return ""
        try:
            store = Store(self.paths.protected_db, passphrase)
        except WrongPassphrase:
            return self.tr("That passphrase does not open your bookmarks (or their file is "
                      "damaged). Nothing was changed.")
        except BookmarkError as exc:
            return str(exc)
        self.panel.set_store(store)
        self._update()
        self._take_in_plain_leftover(store)
        self._restore_session(store)
        if store.recovery is not None:
            from desktop.ui.store_notice import store_notice

            self.window.show_notice(lambda: store_notice(store))
        return ""

    def _take_in_plain_leftover(self, store: Store) -> None:
        """A plain store beside the protected one (protecting was cut off between writing
        the encrypted copy and wiping the plain file, or an older version wrote a new one):
        its bookmarks are merged into the protected store, then the plain file is wiped."""
        plain_path = self.paths.bookmarks_db
        if not plain_path.exists() or store.read_only:
            return
        from desktop.bookmarks.exchange import parse, to_data

        try:
            with Store(plain_path) as plain:
                if plain.recovery is not None or plain.read_only:
                    return  # not a whole store: left as it is, never lost
                folders, bookmarks = parse(to_data(plain))
            store.merge(folders, bookmarks, "Protect")
        except Exception:
            log.exception("a plain store beside the protected one could not be merged")
            return
        wipe_file(plain_path)

    def lock(self, keep_session: bool = True) -> None:
        """Close the protected store and show the locked panel (idle time, menu, quick exit,
        which keeps nothing of the session)."""
        if not self.protected or self.locked:
            return
        store = self.panel.store
        if keep_session:
            self.keep_session()
        self.panel.set_store(Store.locked("locked"))
        store.close()
        self._update()

    #: Session settings kept in a protected store (when the person keeps history at all).
    SESSION = ("history", "recent_searches")

    def keep_session(self) -> None:
        """Write the reading history and recent searches into the unlocked protected store
        (encrypted with the notes), or nothing when the person does not keep them. Called
        when it locks and at a normal close."""
        store = self.panel.store
        if not store.protected or store.closed or store.read_only:
            return
        s = self.settings
        keep = s.get("keep_history") and not s.private
        values = {}
        if keep:
            s.set("history", self.window.history.recent())
            values = {name: s.get(name) for name in self.SESSION}
        try:
            store.write_private_settings(values)
        except Exception:  # never stops a lock or a close
            log.exception("history could not be kept in the protected store")

    def _restore_session(self, store: Store) -> None:
        s = self.settings
        if not (s.get("keep_history") and not s.private):
            return
        kept = store.read_private_settings()
        s.set("history", self.window.history.recent())
        for name in self.SESSION:
            if isinstance(kept.get(name), list):
                try:
                    # What this session did comes first, then what was kept before.
                    s.set(name, list(dict.fromkeys(s.get(name) + kept[name])))
                except ValueError:
                    continue
        self.window.history.restore(s.get("history"))
        self.window._update_history_actions()
        self.window.search.set_recent(s.get("recent_searches"))

    def change_passphrase(self, passphrase: str) -> bool:
        try:
            self.panel.store.change_passphrase(passphrase)
        except (BookmarkError, Exception) as exc:
            self._say(str(exc))
            return False
        self._say(self.tr("The passphrase was changed."))
        return True

    def start_new_store(self) -> Path | None:
        """For a forgotten passphrase: the locked file is kept under a new name (never
        deleted) and an empty, unprotected store takes its place. Returns where it went."""
        try:
            kept = set_aside(self.paths.protected_db)
        except OSError as exc:
            self._say(str(exc))
            return None
        self.panel.set_store(Store.open(self.paths.bookmarks_db))
        self._update()
        self._say(self.tr("A new, empty bookmarks store was started. The locked one was kept as "
                     "{file}.").replace("{file}", ltr(str(kept))))
        return kept

    def quick_exit(self) -> None:
        """Quick exit's share: lock (the WAL is checkpointed and emptied), then, when the
        person chose it, erase."""
        if self.protected:
            self.lock(keep_session=False)
        else:
            self.panel.store.close()
        if self.settings.get("erase_on_quick_exit"):
            self.erase()

    def erase(self) -> None:
        """Destroy the stores' key material and the app's exports and caches.

        The first page of a protected store holds the salt its key is derived from: it is
        overwritten with random bytes before the whole file is, so the file can never be
        opened again, even with the passphrase. Flash media may keep old copies of blocks
        (README.md says what this can and cannot promise).
        """
        data = self.paths.data
        for path in sorted(data.glob("bookmarks*")):
            if path.is_file():
                _destroy_first_page(path)
                wipe_file(path)
        # Qt's file dialog history (app.keep_qt_settings_inside) names where exports went.
        for folder in (self.paths.exports, self.paths.cache, self.paths.config / "qt"):
            if folder.is_dir():
                for path in sorted(folder.rglob("*")):
                    if path.is_file() and not path.is_symlink():
                        wipe_file(path)
                shutil.rmtree(folder, ignore_errors=True)

    # -- dialogs ---------------------------------------------------------------------------

    def ask_protect(self) -> bool:
        dialog = PassphraseDialog(
            self.window, self.tr("Protect bookmarks with a passphrase"), self.tr(
                "Your bookmarks and notes, their folders and dates will be encrypted. You will "
                "need the passphrase to see them; the texts can always be read without it. "
                "If you forget it, nobody can recover your notes, not even the project."),
            new=True, check=lambda _p: "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.protect(dialog.accepted_passphrase)

    def ask_unlock(self) -> bool:
        if not self.locked:
            return True
        dialog = PassphraseDialog(
            self.window, self.tr("Unlock bookmarks"),
            self.tr("Type the passphrase of your bookmarks."),
            new=False, check=self.unlock, forgot=True)
        result = dialog.exec()
        if result == PassphraseDialog.FORGOT:
            self.ask_forgotten()
        return not self.locked

    def ask_forgotten(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, self.tr(
            "A forgotten passphrase cannot be recovered, and without it nobody can read these "
            "bookmarks and notes: not you, not the project."), parent=self.window)
        box.setObjectName("ForgottenPassphrase")
        box.setInformativeText(self.tr(
            "You can start a new, empty bookmarks store. The locked file is not deleted: it "
            "is kept under a new name in the data folder, in case the passphrase comes back "
            "to you."))
        start = box.addButton(self.tr("&Start a new store"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is start:
            self.start_new_store()

    def ask_change(self) -> bool:
        dialog = PassphraseDialog(self.window, self.tr("Change the passphrase"), self.tr(
            "Your bookmarks will be encrypted again with the new passphrase."),
            new=True, check=lambda _p: "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.change_passphrase(dialog.accepted_passphrase)

    def ask_privacy(self) -> bool:
        s = self.settings
        dialog = PrivacyDialog(self.window, s.get("keep_history"), s.get("lock_after_minutes"),
                               s.get("erase_on_quick_exit"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.apply_privacy(dialog.keep_history.isChecked(), dialog.minutes.value(),
                           dialog.erase.isChecked())
        return True

    def apply_privacy(self, keep_history: bool, minutes: int, erase: bool) -> None:
        s = self.settings
        s.set("keep_history", keep_history)
        s.set("lock_after_minutes", minutes)
        s.set("erase_on_quick_exit", erase)
        s.save()
        if self._filtering:
            self._restart_idle()

    def _offer_after_first_bookmark(self) -> None:
        s = self.settings
        if s.get("protection_offered") or self.protected or len(self.panel.store.bookmarks()) != 1:
            return
        s.set("protection_offered", True)
        s.save()
        self.panel.offer_box.show()

    def _offer_accepted(self) -> None:
        self.panel.offer_box.hide()
        self.ask_protect()

    def retranslate(self) -> None:
        self.protect_action.setText(self.tr("Pro&tect bookmarks with a passphrase…"))
        self.unlock_action.setText(self.tr("U&nlock bookmarks…"))
        self.lock_action.setText(self.tr("&Lock bookmarks"))
        self.change_action.setText(self.tr("C&hange the passphrase…"))
        self.privacy_action.setText(self.tr("Privac&y and protection…"))


def _destroy_first_page(path: Path) -> None:
    """Overwrite a store's first 4 KiB (SQLCipher's salt and first page) with random bytes."""
    with contextlib.suppress(OSError):
        size = min(path.stat().st_size, 4096)
        with open(path, "r+b") as fh:
            fh.write(os.urandom(size))
            fh.flush()
            os.fsync(fh.fileno())
