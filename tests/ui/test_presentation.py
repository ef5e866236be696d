"""The presentation view ("Show to an official"), offscreen: what it shows, its layout in
Arabic and Chinese (grabbed), its keys, and that it leaves with Esc."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenuBar, QToolButton, QWidget

from desktop.citations import citation
from desktop.library import Library
from desktop.printing.labels import label
from desktop.ui.main_window import MainWindow
from desktop.ui.presentation import PresentationView


def _open(window: MainWindow, qtbot: Any, lang: str, pid: str) -> PresentationView:
    window.set_reading_language(lang)
    window.show_passage("declaration", pid)
    action = window.findChild(QAction, "ShowToOfficial")
    assert action is not None and action.shortcut().toString() == "F5"
    action.trigger()
    view = window.findChild(PresentationView)
    assert view is not None
    qtbot.waitExposed(view)
    # It takes the keyboard: its keys are the window's (shortcuts reach the active one).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    return view


def _x_of(view: PresentationView, words: str) -> int:
    doc = view.browser.document()
    found = doc.find(words)
    assert not found.isNull(), words
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionStart())
    return view.browser.cursorRect(cursor).center().x()


def test_article_12_2_in_arabic_beside_the_official_english_and_esc_leaves(
        make_window: Any, qtbot: Any, library: Library, tmp_path: Path) -> None:
    window = make_window("declaration:art-12.2")
    view = _open(window, qtbot, "ar", "art-12.2")
    assert view.isFullScreen()
    ar, en = library.version("declaration", "ar"), library.version("declaration", "en")
    text = view.text()
    for version in (ar, en):
        assert version.passage("art-12.2").text in text  # type: ignore[union-attr]
        assert citation(version, "art-12.2") in text
    assert label("ar", "unofficial") in text and label("en", "official") in text
    assert view.second_box.currentData() == "en"
    # Right to left: the Arabic column is on the right, laid out right to left.
    arabic_words = ar.passage("art-12.2").text.split()[1]  # type: ignore[union-attr]
    assert _x_of(view, arabic_words) > view.width() / 2 > _x_of(view, "The State shall")
    block = view.browser.document().find(arabic_words).block()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    # Nothing but the passage: no menus, no bookmarks, no notes.
    assert not view.findChildren(QMenuBar)
    assert window.bookmarks is None or not window.bookmarks.isAncestorOf(view)
    view.grab().save(str(tmp_path / "ar-12-2.png"))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)
    assert window.current_passage == "art-12.2" and window.isVisible()


def test_previous_next_zoom_and_language_from_the_keyboard(make_window: Any, qtbot: Any,
                                                           library: Library) -> None:
    window = make_window("declaration:art-5.a")
    view = _open(window, qtbot, "en", "art-5.a")
    en = library.version("declaration", "en")
    assert view.second is None  # an official text stands on its own
    assert en.passage("art-5").text in view.text()  # type: ignore[union-attr]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.pids == ["art-5.b"]
    assert label("en", "lead_in", p="art. 5") in view.text()  # the item keeps its lead-in
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.pids == ["art-5"]
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 110
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 90
    # Any language beside it: the box is reached with Alt+B, then picked with the keys.
    fr_index = view.second_box.findData("fr")
    view.second_box.setCurrentIndex(fr_index)
    view.second_box.activated.emit(fr_index)
    assert library.version("declaration", "fr").passage("art-5").text in view.text()  # type: ignore[union-attr]
    # Every control has a name for a screen reader and takes the keyboard focus.
    for widget in view.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and widget.parent() is view:
            assert widget.accessibleName(), widget
    assert view.browser.accessibleName() and view.accessibleName()
    view.close()


def test_tool_bar_button_and_print_menu_entry(window: MainWindow, qtbot: Any) -> None:
    button = window.toolbar.findChild(QToolButton, "ShowToOfficialButton")
    assert button is not None and button.isVisible()
    assert button.text() == "Present" and button.accessibleName() == "Show to an official"
    assert "(F5)" in button.toolTip()
    # The button leaves quick exit on the bar, not behind its overflow arrow, at 800 px.
    window.resize(800, 600)
    for lang in ("en", "fr", "es", "ru", "zh", "ar"):
        window.set_ui_language(lang)
        qtbot.waitUntil(lambda: window.toolbar.width() <= 800, timeout=2000)
        QApplication.processEvents()
        overflow = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible(), lang
        assert window.toolbar.quick_exit.isVisible() and button.isVisible(), lang
    window.set_ui_language("en")
    # Narrower still, the button gives way (F5 and the View menu stay); wider, it is back.
    window.resize(1000, 600)
    qtbot.waitUntil(button.isVisible, timeout=2000)
    needed = window.toolbar.sizeHint().width()  # with the button
    window.resize(needed - 8, 500)
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=2000)
    assert window.toolbar.quick_exit.isVisible()
    assert window.findChild(QAction, "ShowToOfficial").isVisible()  # type: ignore[union-attr]
    window.resize(1000, 600)
    qtbot.waitUntil(button.isVisible, timeout=2000)
    texts = [a.text() for a in window.menus.file_menu.actions()]
    assert "Print passage &card…" in texts
    assert texts.index("Print passage &card…") == texts.index("Print pre&view…") + 1


def _missing_glyphs(document: QTextDocument) -> list[str]:
    """Characters drawn with the font's "missing" glyph (index 0), block by block."""
    missing = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for run in layout.glyphRuns():
            if 0 in run.glyphIndexes():
                missing.append(block.text())
        block = block.next()
    return missing


@pytest.mark.parametrize(("ui", "lang", "size"), [("zh", "zh", (1366, 768)),
                                                  ("zh", "zh", (800, 600)),
                                                  ("ar", "ar", (800, 600)),
                                                  ("en", "ar", (1366, 768))])
def test_grabs_in_chinese_and_arabic_have_every_glyph(make_window: Any, qtbot: Any,
                                                      tmp_path: Path, ui: str, lang: str,
                                                      size: tuple[int, int]) -> None:
    window = make_window("declaration:art-9.3.b")
    window.set_ui_language(ui)
    view = _open(window, qtbot, lang, "art-9.3.b")
    view.showNormal()
    view.resize(*size)
    qtbot.waitUntil(lambda: view.browser.size() == view._laid_out_for, timeout=3000)
    QApplication.processEvents()
    image = view.grab().toImage()
    image.save(str(tmp_path / f"{ui}-{lang}-{size[0]}.png"))
    assert len({image.pixel(x, y) for x in range(0, image.width(), 37)
                for y in range(0, image.height(), 23)}) > 2  # not blank
    assert _missing_glyphs(view.browser.document()) == []
    assert view.text().count("9") >= 2  # heading and citation, in both columns
    if ui == "ar":
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert view.close_button.x() < view.previous_button.x()  # the bar is mirrored
    view.close()
    window.set_ui_language("en")


def test_self_test_opens_and_closes_the_view(window: MainWindow, qapp: Any,
                                             tmp_path: Path) -> None:
    from desktop.ui.selftest import presentation as step
    from desktop.ui.selftest.runner import SelfTest
    from desktop.ui.selftest.steps import STEPS

    assert step.show_to_an_official in [s.run for s in STEPS]
    t = SelfTest(tmp_path)
    t.app, t.window = qapp, window
    opened: list[PresentationView] = []
    window.findChild(QAction, "ShowToOfficial").triggered.connect(  # type: ignore[union-attr]
        lambda: opened.append(window.findChild(PresentationView)))  # type: ignore[arg-type]
    step.show_to_an_official(t)
    assert opened and window.findChild(PresentationView) in (None, opened[0])
    assert window.current_passage == "art-5.a"


def test_print_passage_card_prints_the_views_layout_on_one_page(
        make_window: Any, monkeypatch: pytest.MonkeyPatch, library: Library) -> None:
    from desktop.printing.printout import Printout
    from desktop.ui import printing

    printed: list[Printout] = []
    monkeypatch.setattr(printing, "print_dialog",
                        lambda printout, parent=None: printed.append(printout) or True)
    window = make_window("declaration:art-12.2")
    window.set_reading_language("ar")
    window.show_passage("declaration", "art-12.2")
    entry = next(a for a in window.menus.file_menu.actions()
                 if a.text() == "Print passage &card…")
    entry.trigger()
    assert len(printed) == 1
    card = printed[0]
    assert card.one_page and card.landscape and card.rtl
    for code in ("ar", "en"):  # the official English beside the translation, as on screen
        version = library.version("declaration", code)
        assert version.passage("art-12.2").text in card.html  # type: ignore[union-attr]
    assert label("ar", "unofficial") in card.html and label("en", "official") in card.html


def test_the_covenant_shown_to_an_official_in_arabic_says_it_is_the_english_text(
        make_window: Any, qtbot: Any) -> None:
    """The Covenant has no Arabic text: the view shows the English one and says so in
    Arabic, as the reader's banner does (it said only "Official UN text")."""
    from desktop.missing_language import notice

    window = make_window("iccpr:art-21")
    window.set_reading_language("ar")
    assert window.show_passage("iccpr", "art-21")
    action = window.findChild(QAction, "ShowToOfficial")
    assert action is not None
    action.trigger()
    view = window.findChild(PresentationView)
    assert view is not None
    text = view.text()
    assert "The right of peaceful assembly shall be recognized." in text
    assert notice("ar", "en") in text
    view.close()
