"""Issue 4, point 7: quick exit (button and shortcut) and private mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QTextCursor

from desktop.settings import Settings
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.helpers import search


def _settings_file(data_dir: Path) -> Path:
    return data_dir / "config" / "settings.json"


def _copy_from_reader(window: MainWindow, pid: str) -> str:
    r = window.reader.rendered
    assert r is not None
    start, end = r.spans[pid][0]
    cursor = QTextCursor(r.document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.reader.browser.setTextCursor(cursor)
    window.reader.browser.setFocus()
    window.menus.copy_action.trigger()
    return QGuiApplication.clipboard().text()


def test_quick_exit_button_is_always_visible(window: MainWindow, qapp: Any) -> None:
    button = window.toolbar.quick_exit
    assert button.isVisible() and button.text() == "Quick exit"
    assert not window.toolbar.toggleViewAction().isVisible()  # cannot be hidden by menu
    assert not window.toolbar.isMovable()
    window.set_ui_language("ar")
    qapp.processEvents()
    assert button.isVisible() and button.text() == "خروج سريع"
    window.resize(700, 500)
    qapp.processEvents()
    assert button.isVisible()
    assert button.visibleRegion().boundingRect().width() == button.width()  # not cut off


def test_shortcut_closes_at_once_and_clears_our_clipboard(window: MainWindow, qtbot: Any,
                                                          data_dir: Path) -> None:
    window.goto("art 12(2)")
    copied = _copy_from_reader(window, "art-12.2")
    assert "The State shall take all necessary measures" in copied
    before = _settings_file(data_dir).read_bytes() if _settings_file(data_dir).exists() else None
    qtbot.keyClick(window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.quitting_quickly
    assert not window.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    window.close()  # even a close afterwards writes nothing
    after = _settings_file(data_dir).read_bytes() if _settings_file(data_dir).exists() else None
    assert after == before


def test_quick_exit_writes_no_session_state(make_window: MakeWindow, data_dir: Path) -> None:
    window = make_window()
    window.settings.set("keep_history", True)  # off by default: then nothing is kept anyway
    window.goto("art 3")
    window.close()  # a normal close saves the position
    assert Settings.load().get("last_passage") == "declaration:art-3"
    window = make_window()
    window.goto("64/163 para 9")
    window.resize(700, 520)
    before = _settings_file(data_dir).read_bytes()
    window.toolbar.quick_exit.click()
    window.close()
    assert _settings_file(data_dir).read_bytes() == before
    assert Settings.load().get("last_passage") == "declaration:art-3"


def test_quick_exit_leaves_text_copied_elsewhere(window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # Another program copies while this app is in the background.
    monkeypatch.setattr(QGuiApplication, "applicationState",
                        staticmethod(lambda: Qt.ApplicationState.ApplicationInactive))
    QGuiApplication.clipboard().setText("a note from another program", QClipboard.Mode.Clipboard)
    monkeypatch.undo()
    window.quick_exit()
    assert QGuiApplication.clipboard().text() == "a note from another program"


def test_copy_with_guard_is_cleared(window: MainWindow) -> None:
    window.ctx.clipboard.copy_text("Declaration, art. 12(2): ...")
    assert window.ctx.clipboard.holds_ours()
    window.quick_exit()
    assert QGuiApplication.clipboard().text() == ""


def test_private_mode_keeps_no_history_position_or_searches(make_window: MakeWindow,
                                                            qtbot: Any) -> None:
    window = make_window()
    window.settings.set("keep_history", True)  # off by default
    window.goto("art 7")
    search(qtbot, window, "assemble peacefully", lang="en")
    window.search.open_result(0)
    window.close()
    kept = Settings.load()
    assert kept.get("last_passage") and kept.get("history") and kept.get("recent_searches")

    window = make_window()
    window.menus.private_action.trigger()
    assert window.toolbar.private_badge.isVisible()
    # Switching it on forgets what was kept before.
    assert Settings.load().get("history") == []
    assert Settings.load().get("recent_searches") == []
    assert Settings.load().get("last_passage") == ""
    assert window.search.recent_model.stringList() == []
    window.goto("art 9")
    search(qtbot, window, "defenders", lang="en")
    window.search.open_result(0)
    window.close()
    stored = Settings.load()
    assert stored.get("private_mode") is True
    assert stored.get("history") == [] and stored.get("recent_searches") == []
    assert stored.get("last_passage") == ""
    # The next start is private too, and opens on the Declaration, not where it was.
    again = make_window()
    assert again.toolbar.private_badge.isVisible()
    assert again.current_doc == "declaration" and again.current_passage == ""


def test_normal_exit_keeps_the_copied_text(window: MainWindow) -> None:
    """A normal close leaves what was copied on the clipboard (only quick exit clears it),
    handed to Qt so nothing made in Python is left for Qt to delete after Python ends."""
    from PySide6.QtCore import QMimeData

    from desktop.ui.clipboard import APP_MIME_MARK, hand_over_to_qt

    mime = QMimeData()
    mime.setText("Declaration on Human Rights Defenders, art. 12(2)")
    mime.setData(APP_MIME_MARK, b"1")
    QGuiApplication.clipboard().setMimeData(mime)
    hand_over_to_qt()
    data = QGuiApplication.clipboard().mimeData()
    assert QGuiApplication.clipboard().text() == "Declaration on Human Rights Defenders, art. 12(2)"
    assert data is not None and not data.hasFormat(APP_MIME_MARK)


def test_quick_exit_keys_are_safe_on_a_mac() -> None:
    """Qt reads "Ctrl" as Command on macOS, and Command+Shift+Q logs the person out of the
    computer: there quick exit is the Control key (Qt's "Meta")."""
    from PySide6.QtGui import QKeySequence

    from desktop.ui.actions import quick_exit_keys

    mac, mac_text = quick_exit_keys("darwin")
    assert QKeySequence(mac)[0].keyboardModifiers() == (
        Qt.KeyboardModifier.MetaModifier | Qt.KeyboardModifier.ShiftModifier)
    assert mac_text == "Control+Shift+Q"
    for platform in ("linux", "win32"):
        keys, text = quick_exit_keys(platform)
        assert QKeySequence(keys) == QKeySequence("Ctrl+Shift+Q") and text == "Ctrl+Shift+Q"


def test_quick_exit_tooltip_names_the_keys_of_this_platform_and_language(
        window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    keys = window.menus.quick_exit_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
    assert keys and keys in window.toolbar.quick_exit.toolTip()
    window.set_ui_language("fr")
    french = window.menus.quick_exit_action.shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
    assert f"({french})" in window.toolbar.quick_exit.toolTip()
    assert window.toolbar.quick_exit.toolTip().startswith("Fermer immédiatement")
