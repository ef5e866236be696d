"""Showing a whole part of the Covenant to an official (F5): more than a card holds, so it is
shown a card at a time, one article each, from the article the caret is in, with a line
above it saying so (the part's citation, which card, the keys); nothing is cut silently. A
part a card holds keeps its article headings and is cited once. File › Print passage card
refuses what is too long for a card with a message that says why, in the interface's
language."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.library import Library
from desktop.ui import announce
from desktop.ui.main_window import MainWindow
from desktop.ui.presentation import PresentationView

COVENANT = "International Covenant on Civil and Political Rights"


def _present(window: MainWindow, qtbot: Any) -> PresentationView:
    window.findChild(QAction, "ShowToOfficial").trigger()  # F5
    [view] = [v for v in window.findChildren(PresentationView) if v.isVisible()]
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    return view


def test_a_part_is_shown_an_article_at_a_time_and_says_so(window: MainWindow, qtbot: Any,
                                                          library: Library) -> None:
    en = library.version("iccpr", "en")
    assert window.open_reference("iccpr:part-3")
    view = _present(window, qtbot)
    said = view.pages_label.text()
    assert view.pages_label.isVisible()
    assert said == (f"\u2068{COVENANT}, Part III\u2069 is longer than one screen holds, so "
                    "it is shown a piece at a time: this is \u2068art. 6\u2069 "
                    "(1 of 23). Next (Alt+Down) and Previous (Alt+Up) show the others.")
    text = view.text()
    assert "PART III" in text and "Article 6" in text
    assert en.passage("art-6.6").text in text  # type: ignore[union-attr]
    assert "Article 7" not in text
    assert view.browser.accessibleDescription() == said and announce.last[-1] == said
    # Every article of the part can be shown: Alt+Down turns to the next one.
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    text = view.text()
    assert "Article 7" in text and en.passage("art-7").text in text  # type: ignore[union-attr]
    assert f"{COVENANT}, art. 7" in text  # the card cites what it shows
    assert "(2 of 23)" in view.pages_label.text()
    # Article 14 is longer than a card: two cards, its last paragraph on the second.
    for _ in range(7):
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.pids[0] == "art-14.1" and len(view.pids) == 12
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.pids == ["art-14.6", "art-14.7"]
    assert en.passage("art-14.7").text in view.text()  # type: ignore[union-attr]
    assert "(10 of 23)" in view.pages_label.text()
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.pids[0] == "art-14.1"
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)
    # The window follows to the card last shown, named by its citation.
    assert window.current_passage == "art-14.1..art-14.5"
    assert window.citation_label.text() == f"{COVENANT}, art. 14(1) – art. 14(5)"


def test_it_starts_at_the_article_the_caret_is_in(window: MainWindow, qtbot: Any) -> None:
    assert window.open_reference("iccpr:part-3")
    window.reader.put_caret("art-19.2")
    assert window.reader.caret_passage() == "art-19.2"
    view = _present(window, qtbot)
    assert view.pids == ["art-19.1", "art-19.2", "art-19.3", "art-19.3.a", "art-19.3.b"]
    assert "Article 19" in view.text()
    assert "(15 of 23)" in view.pages_label.text()


def test_a_part_a_card_holds_keeps_its_headings_and_is_cited_once(
        window: MainWindow, qtbot: Any) -> None:
    assert window.open_reference("iccpr:part-2")  # arts. 2 to 5: 12 passages
    view = _present(window, qtbot)
    assert not view.pages_label.isVisible()
    text = view.text()
    for heading in ("PART II", "Article 2", "Article 3", "Article 4", "Article 5"):
        assert heading in text
    assert text.count(COVENANT + ",") == 1 and f"{COVENANT}, Part II" in text
    assert f"{COVENANT}, art. 3" not in text
    assert view.browser.accessibleDescription() == f"{COVENANT}, Part II"


def test_an_article_alone_is_shown_as_before(window: MainWindow, qtbot: Any) -> None:
    assert window.goto("art 12")
    view = _present(window, qtbot)
    assert not view.pages_label.isVisible() and view.pages_label.text() == ""
    assert view.pids == ["art-12.1", "art-12.2", "art-12.3"]
    assert view.browser.accessibleDescription() == (
        "Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12")


def test_the_line_above_the_card_in_arabic_and_chinese(window: MainWindow, qtbot: Any) -> None:
    window.set_ui_language("ar")
    assert window.open_reference("iccpr:part-3")
    view = _present(window, qtbot)
    said = view.pages_label.text()
    assert "أطول مما تتسع له شاشة واحدة" in said and "(1 من 23)" in said
    assert view.pages_label.isRightToLeft()
    view.close()
    window.set_ui_language("zh")
    assert window.open_reference("iccpr:part-3")
    view = _present(window, qtbot)
    assert "（第1段，共23段）" in view.pages_label.text()


@pytest.mark.parametrize("lang, words", [
    ("en", f"\u2068{COVENANT}, Part III\u2069 is too long for a passage card: a card holds "
           "up to 12 passages on one page, and this has 80."),
    ("ar", "أطول من أن تتسع له بطاقة مقطع"),
])
def test_print_passage_card_refuses_a_part_and_says_why(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, lang: str, words: str) -> None:
    told: list[str] = []
    printed: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *a: told.append(text))
    from desktop.ui import printing

    monkeypatch.setattr(printing, "print_dialog", lambda *a, **k: printed.append(a))
    window.set_ui_language(lang)
    assert window.open_reference("iccpr:part-3")
    from desktop.ui.presentation import print_card

    print_card(window)
    assert printed == [] and len(told) == 1 and words in told[0]
    # An article is printed as before.
    assert window.goto("ICCPR art 12")
    print_card(window)
    assert len(printed) == 1 and len(told) == 1
