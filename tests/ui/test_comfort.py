"""Issue 4, point 6: zoom, themes, keyboard, accessible names, layout and position kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop.settings import Settings
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow


def _point_size(window: MainWindow) -> float:
    assert window.reader.rendered is not None
    return window.reader.rendered.document.defaultFont().pointSizeF()


def test_zoom_keys_change_the_text_size_and_it_is_remembered(make_window: MakeWindow,
                                                             qtbot: Any) -> None:
    window = make_window()
    normal = _point_size(window)
    window.reader.browser.setFocus()
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert _point_size(window) > normal
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = _point_size(window)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert normal < _point_size(window) < bigger
    assert Settings.load().get("zoom") == 110  # saved at once, not only at exit
    window.close()
    again = make_window()
    assert _point_size(again) == pytest.approx(normal * 1.1)
    again.menus.zoom_reset_action.trigger()
    assert _point_size(again) == pytest.approx(normal)


def test_zoom_has_limits(window: MainWindow) -> None:
    for _ in range(40):
        window.zoom_out()
    assert window.settings.get("zoom") == 50
    assert _point_size(window) > 0


@pytest.mark.parametrize("name", ["dark", "high-contrast", "light"])
def test_themes(make_window: MakeWindow, qapp: Any, name: str) -> None:
    window = make_window()
    window.menus.theme_actions[name].trigger()
    palette = qapp.palette()
    base = palette.color(QPalette.ColorRole.Base).lightness()
    text = palette.color(QPalette.ColorRole.Text).lightness()
    if name == "light":
        assert base > text
    else:
        assert base < text
    if name == "high-contrast":
        assert palette.color(QPalette.ColorRole.Base).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Text).name() == "#ffffff"
    assert window.reader.colors.current == window.reader.colors.current  # reader re-coloured
    window.goto("art 12")
    r = window.reader.rendered
    assert r is not None
    block = r.document.findBlock(r.spans["art-12.1"][0][0])
    from desktop.ui.themes import theme

    assert block.blockFormat().background().color().name() == theme(name).reader.current
    assert window.menus.theme_actions[name].isChecked()
    window.close()
    assert make_window().settings.get("theme") == name


def test_standard_shortcuts(window: MainWindow) -> None:
    m = window.menus
    std = QKeySequence.StandardKey
    for action, key in ((m.find_action, std.Find), (m.copy_action, std.Copy),
                        (m.back_action, std.Back), (m.forward_action, std.Forward),
                        (m.zoom_in_action, std.ZoomIn), (m.zoom_out_action, std.ZoomOut),
                        (m.select_all_action, std.SelectAll)):
        assert QKeySequence(key) in action.shortcuts(), action.text()
    assert QKeySequence("Ctrl+=") in m.zoom_in_action.shortcuts()
    assert m.quick_exit_action.shortcut() == QKeySequence("Ctrl+Shift+Q")
    assert m.copy_citation_action.shortcut() == QKeySequence("Ctrl+Shift+C")


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.menus.all_actions():
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen or seen[key] == action.text(), (key, seen.get(key))
            seen[key] = action.text()


def test_every_menu_action_has_a_name_and_description(window: MainWindow) -> None:
    for action in window.menus.all_actions():
        assert action.text().strip(), action
        assert action.statusTip().strip() or action.data() in (
            "en", "fr", "es", "ru", "zh", "ar"), action.text()


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisibleTo(root) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isEnabled()]


def test_every_focusable_control_has_an_accessible_name(window: MainWindow, qtbot: Any) -> None:
    window.menus.find_action.trigger()  # the find bar too
    from tests.ui.helpers import search

    search(qtbot, window, "assemble peacefully")
    window.set_parallel_language("fr")  # and the second banner
    for lang in ("en", "ar"):
        window.set_ui_language(lang)
        unnamed = []
        for w in _focusable(window):
            if not w.accessibleName().strip():
                # A button's text is its accessible name for screen readers.
                if isinstance(w, QAbstractButton) and w.text().strip():
                    continue
                unnamed.append(f"{type(w).__name__} {w.objectName()!r}")
        assert not unnamed, (lang, unnamed)


def test_every_action_reachable_by_keyboard(window: MainWindow) -> None:
    """Each menu action has a mnemonic (&) or a shortcut."""
    for action in window.menus.all_actions():
        assert "&" in action.text() or not action.shortcut().isEmpty() or \
            action.data() in ("en", "fr", "es", "ru", "zh", "ar"), action.text()


def test_tab_moves_through_the_main_controls(window: MainWindow, qtbot: Any) -> None:
    window.toolbar.goto.setFocus()
    seen = []
    for _ in range(40):
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        focus.focusNextChild()
    names = {w.objectName() for w in seen}
    assert {"GotoBox", "ReadingLanguage", "ParallelLanguage", "QuickExitButton"} <= names


def test_window_geometry_and_last_position_remembered(make_window: MakeWindow) -> None:
    window = make_window()
    window.settings.set("keep_history", True)  # off by default (issue 19)
    window.resize(760, 560)  # the offscreen screen is 800 x 600
    window.splitter.setSizes([250, 650])
    window.goto("64/163 para 7")
    window.close()
    saved = Settings.load()
    assert saved.get("last_passage") == "res-64-163:op-7"
    assert saved.get("window_geometry")
    again = make_window()
    assert (again.current_doc, again.current_passage) == ("res-64-163", "op-7")
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes()[0] == 250


def test_settings_that_cannot_be_saved_are_shown(make_window: MakeWindow, data_dir: Any) -> None:
    config = data_dir / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"format-version": 99}', encoding="utf-8")
    window = make_window()
    assert window.settings_label.text() == "Settings cannot be saved"
    assert "newer version" in window.settings_label.toolTip()


def test_resizing_and_zooming_keep_the_place(window: MainWindow, qtbot: Any, qapp: Any) -> None:
    window.resize(780, 580)
    qapp.processEvents()
    window.goto("art 12")
    top = window.reader.top_passage()
    assert top is not None and top.startswith("art-12")
    window.resize(600, 450)  # the text reflows: lines get longer
    qtbot.waitUntil(lambda: window.reader._anchor is None)
    assert window.reader.top_passage() == top
    window.zoom_in()
    window.zoom_in()
    qtbot.waitUntil(lambda: window.reader._anchor is None)
    assert window.reader.top_passage() == top


def test_shortcut_list_is_made_from_the_actions(window: MainWindow) -> None:
    from desktop.ui.help_dialogs import shortcut_rows

    rows = dict(shortcut_rows(window))
    assert rows["Quick exit"] == "Ctrl+Shift+Q"
    assert "Ctrl+=" in rows["Zoom in"]
    window.set_ui_language("fr")
    assert "Sortie rapide" in dict(shortcut_rows(window))


def test_back_is_disabled_on_a_first_start(window: MainWindow) -> None:
    assert not window.menus.back_action.isEnabled()
    assert not window.menus.forward_action.isEnabled()


def test_switching_theme_keeps_the_place(window: MainWindow, qtbot: Any, qapp: Any) -> None:
    """The document is built again in the theme's colours: the passage being read stays at
    the top, though the new document's layout differs from the old one's. (After a trip
    through Arabic, the English text's layout differed from the one built again, and keeping
    the scroll bar's value put preambular paragraph 7 at the top instead of article 5.)"""
    window.set_ui_language("ar")
    window.set_reading_language("ar")
    qtbot.wait(500)  # as a person would: the Arabic text is laid out meanwhile
    window.set_ui_language("en")
    window.set_reading_language("en")
    qtbot.wait(300)
    assert window.show_passage("declaration", "art-5.a", terms=["assemble", "peacefully"])
    qapp.processEvents()
    # Article 5's opening words are kept in view above the item (issue 16).
    assert window.reader.top_passage() == "art-5"
    for name in ("dark", "high-contrast", "light"):
        window.set_theme(name)
        qapp.processEvents()
        assert window.reader.top_passage() == "art-5", name
        assert window.current_passage == "art-5.a"
    # The start of the text stays at the start.
    window.reader.browser.verticalScrollBar().setValue(0)
    window.set_theme("dark")
    assert window.reader.browser.verticalScrollBar().value() == 0
