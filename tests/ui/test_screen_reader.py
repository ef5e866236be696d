"""Issue 20: what the screen shows, the screen reader says (offscreen half).

What the widgets hand to Qt's accessibility: names, the caret after opening a passage, the
announcement, the keys in the text. tests/ui/test_atspi.py checks the same through the real
accessibility bus, as Orca sees it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QTextBrowser, QToolButton

from desktop.ui import announce
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import search, shown


def _said() -> str:
    return shown(announce.last[-1]) if announce.last else ""


def test_opening_a_passage_puts_the_caret_on_it_and_says_its_citation_and_status(
        window: MainWindow) -> None:
    reader = window.reader
    assert window.show_passage("declaration", "art-12.2")
    r = reader.rendered
    assert r is not None
    assert reader.browser.textCursor().position() == r.spans["art-12.2"][0][0]
    assert reader.caret_passage() == "art-12.2"
    said = _said()
    assert said.startswith(shown(window.citation_label.text()))
    assert "art. 12(2)" in said and "Official UN text" in said
    # Next passage (Alt+Down), back in history: the caret follows, the new one is said.
    window.menus.next_passage_action.trigger()
    assert reader.caret_passage() == "art-12.3" and "art. 12(3)" in _said()
    window.menus.back_action.trigger()
    assert reader.caret_passage() == "art-12.2" and "art. 12(2)" in _said()


def test_an_unofficial_translation_is_said_to_be_one(window: MainWindow) -> None:
    window.set_reading_language("ru")
    window.show_passage("declaration", "art-5")
    assert window.reader.caret_passage() == "art-5"
    assert "not a UN text" in _said()


def test_go_to_and_a_search_hit_move_the_caret(window: MainWindow, qtbot: Any) -> None:
    assert window.goto("art 9")
    assert window.reader.caret_passage() == "art-9.1"
    assert QApplication.focusWidget() is window.reader.browser
    results = search(qtbot, window, "assemble peacefully", lang="en")
    hit = results.hits[0]
    window.search.open_result(0)
    assert window.reader.caret_passage() is not None
    assert window.reader._group(hit.passage)[0] == window.reader.caret_passage()
    assert shown(hit.citation) in _said()


def test_messages_in_the_status_bar_are_announced(window: MainWindow) -> None:
    assert not window.goto("art 99")
    assert _said().startswith("Not found")
    window.zoom_in()
    assert _said() == "Text size: 110 %"


def test_labels_are_named_by_what_they_show(window: MainWindow, qtbot: Any) -> None:
    window.show_passage("declaration", "art-6")
    label = window.citation_label
    assert label.text() and label.accessibleName() == label.text()
    assert label.accessibleDescription() == "Citation of the current passage"
    badge = window.reader.banners[0].badge
    assert badge.accessibleName() == badge.text() and "Official UN text" in badge.text()
    search(qtbot, window, "assemble peacefully", lang="en")
    status = window.search.status
    assert status.accessibleName().startswith("Results: ")
    assert status.accessibleName() == _said()


def test_the_text_is_named_by_its_title_and_is_not_a_browser(window: MainWindow) -> None:
    window.show_passage("res-64-163", "op-7")
    browser = window.reader.browser
    assert not isinstance(browser, QTextBrowser)  # Qt tells screen readers that is a label
    assert browser.accessibleName() == window.current_version().short_title  # type: ignore[union-attr]
    window.set_parallel_language("fr")
    assert " | " in browser.accessibleName()


def test_tab_leaves_the_text_and_ctrl_tab_reaches_its_links(window: MainWindow,
                                                            qtbot: Any) -> None:
    window.show_passage("guide-plain-words")
    browser = window.reader.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert not browser.hasFocus()  # one press, not one per link
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    start = browser.textCursor().position()
    qtbot.keyClick(browser, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert browser.hasFocus()
    href = browser.link_at_caret()
    assert href.startswith("ref:") and browser.textCursor().selectionStart() >= start
    first = browser.textCursor().selectionStart()
    qtbot.keyClick(browser, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert browser.textCursor().selectionStart() > first
    qtbot.keyClick(browser, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert browser.textCursor().selectionStart() == first
    doc, _, pid = href[len("ref:"):].partition(":")
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert (window.current_doc, window.current_passage) == (doc, pid)
    assert window.reader.caret_passage() in window.reader._group(pid)


def test_qt_own_parts_are_named_in_the_interface_language(window: MainWindow,
                                                         qtbot: Any) -> None:
    bar = window.side.tabBar()
    assert isinstance(bar, QTabBar)
    arrows = [b for b in bar.findChildren(QToolButton) if b.objectName().startswith("Scroll")]
    assert len(arrows) == 2
    assert {b.accessibleName() for b in arrows} == {"Show the tabs to the left",
                                                    "Show the tabs to the right"}
    assert window.toolbar.lang.view().accessibleName() == "Language of the text"
    window.set_ui_language("ar")
    qtbot.waitUntil(lambda: "Scroll" not in arrows[0].accessibleName()
                    and arrows[0].accessibleName() != "Show the tabs to the left")
    names = [b.accessibleName() for b in arrows] + [window.toolbar.lang.view().accessibleName()]
    for name in names:
        assert any("\u0600" <= c <= "\u06ff" for c in name), name


def test_a_bookmark_and_its_undo_are_named_by_citation_in_the_interface_language(
        window: MainWindow, qtbot: Any) -> None:
    """The Undo button's tooltip (a screen reader's description of it) and the messages
    name the passage by its citation, in the interface language, never by its id."""
    panel: Any = window.bookmarks
    assert panel is not None
    window.show_passage("guide-plain-words", "about-art-6")
    window.set_ui_language("ar")
    bm = panel.add_passages("guide-plain-words", "ar", ["about-art-6"])
    assert bm is not None
    name = panel.display_name(bm)
    tip = panel.undo_action.toolTip()
    said = _said()
    for text in (name, tip, said):
        assert "about-art-6" not in text and "guide-plain-words" not in text, text
    assert name in tip and name in said  # the same words everywhere
    assert tip.startswith("تراجع") and "Bookmark" not in tip
    heading = window.library.version("guide-plain-words", "ar").passage("about-art-6")
    assert heading is not None
    assert [m.text for m in heading.before if m.level > 0][-1] in name
    panel.undo()
    assert "about-art-6" not in _said() and name in _said() and "Bookmark" not in _said()


def test_show_to_an_official_is_a_text_and_says_each_passage(window: MainWindow,
                                                             qtbot: Any) -> None:
    from PySide6.QtGui import QAction

    from desktop.ui.presentation import PresentationView

    window.show_passage("declaration", "art-12.2")
    action = window.findChild(QAction, "ShowToOfficial")
    assert action is not None
    action.trigger()
    view = window.findChild(PresentationView)
    assert view is not None
    qtbot.waitExposed(view)
    assert not isinstance(view.browser, QTextBrowser)
    assert "art. 12(2)" in _said()
    view.next_passage()
    assert "art. 12(3)" in _said()
    announce.last.clear()
    view.set_zoom(150)  # the same passage, larger: nothing new to say
    assert announce.last == []
    view.close()


def test_ctrl_i_says_where_the_caret_is(window: MainWindow, qtbot: Any) -> None:
    window.set_reading_language("ru")
    window.show_passage("declaration", "art-12")
    browser = window.reader.browser
    r = window.reader.rendered
    assert r is not None
    cursor = browser.textCursor()
    cursor.setPosition(r.spans["art-12.3"][0][0] + 5)  # the person read on with the arrows
    browser.setTextCursor(cursor)
    browser.setFocus()
    announce.last.clear()
    qtbot.keyClick(browser, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    said = _said()
    assert "12" in said and "3" in said and "not a UN text" in said
    from desktop.citations import citation

    assert said.startswith(shown(citation(window.current_version(), "art-12.3")))  # type: ignore[arg-type]


def test_a_link_in_the_text_still_works_with_the_mouse(window: MainWindow, qtbot: Any) -> None:
    """The text is no longer a QTextBrowser: a hand over a link, a click follows it."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest

    window.show_passage("guide-plain-words")
    browser = window.reader.browser
    assert browser.next_link()
    href = browser.link_at_caret()
    cursor = browser.textCursor()
    cursor.setPosition(cursor.selectionStart() + 1)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    where = browser.cursorRect(cursor).center()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(where), QPointF(where),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(browser.viewport(), move)
    assert browser.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=where)
    doc, _, pid = href[len("ref:"):].partition(":")
    assert (window.current_doc, window.current_passage) == (doc, pid)


def test_self_test_checks_what_a_screen_reader_is_told(window: MainWindow, qapp: Any,
                                                       tmp_path: Any, monkeypatch: Any) -> None:
    from desktop.ui.selftest import screen_reader as step
    from desktop.ui.selftest.runner import SelfTest, StepFailed
    from desktop.ui.selftest.steps import STEPS

    assert step.passage_opened_for_a_screen_reader in [s.run for s in STEPS]
    t = SelfTest(tmp_path)
    t.app, t.window = qapp, window
    step.passage_opened_for_a_screen_reader(t)  # passes on the real window
    # ...and fails when the announcement is not made.
    import pytest

    window.show_passage("declaration", "art-1")
    monkeypatch.setattr(window, "_announce_opened", lambda where="": None)
    announce.last.clear()
    with pytest.raises(StepFailed, match="citation"):
        step.passage_opened_for_a_screen_reader(t)


def _spoken_name(widget: Any) -> str:
    """The name Qt hands to screen readers (a label without a name of its own: its text)."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def test_message_labels_are_named_by_what_they_say(window: MainWindow, qtbot: Any) -> None:
    window.open_find()
    bar = window.reader.find_bar
    bar.edit.setText("human rights")
    assert bar.count.text().endswith("found") and _spoken_name(bar.count) == bar.count.text()
    assert _said() == bar.count.text()  # heard while typing
    panel: Any = window.bookmarks
    assert panel is not None
    window.show_passage("declaration", "art-7")
    panel.add_passages("declaration", "en", ["art-7"])
    assert panel.status.text().startswith("Bookmarked")
    assert _spoken_name(panel.status) == panel.status.text()
    assert panel.status.accessibleDescription() == "Bookmarks messages"


def test_the_first_page_is_said_once_the_window_is_on_screen(
        make_window: Any, qtbot: Any, monkeypatch: Any) -> None:
    """The passage a start opens on is announced just after the window's first paint (a
    screen reader has no window to be in before; start-up does not wait for it), once."""
    sent: list[tuple[str, bool]] = []
    monkeypatch.setattr(announce, "send", lambda source, text, assertive=False: sent.append(
        (text, source.window()._painted)))
    window = make_window("declaration:art-12.2")
    said = _said()
    assert "12" in said and "Official UN text" in said
    qtbot.waitUntil(lambda: bool(sent))
    QApplication.processEvents()
    assert sent == [(announce.last[-1], True)]
    assert window.reader.browser.window() is window
