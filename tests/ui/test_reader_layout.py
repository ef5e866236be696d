"""The whole text is laid out, whatever opened it (a white page below the passage once)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.ui.main_window import MainWindow


def _unlaid(window: MainWindow) -> list[str]:
    """Blocks with text that Qt has not laid out, once the view is at the end of the text."""
    bar = window.reader.browser.verticalScrollBar()
    for _ in range(3):  # the scroll range grows as the lazy layout goes on
        bar.setValue(bar.maximum())
        window.reader.browser.viewport().repaint()
    document = window.reader.browser.document()
    unlaid = []
    block = document.begin()
    while block.isValid():
        if block.text().strip() and block.layout().lineCount() == 0:
            unlaid.append(block.text()[:40])
        block = block.next()
    return unlaid


@pytest.mark.parametrize(("doc", "pid"), [
    ("udhr", "art-5"),  # the Declaration has an art-5 too: the tint moved across texts
    ("iccpr", "art-14.3.d"),
    ("declaration", "art-5"),
])
def test_a_text_opened_at_a_passage_is_laid_out_to_its_end(window: MainWindow, qtbot: Any,
                                                            doc: str, pid: str) -> None:
    window.resize(1366, 768)
    window.reader.add_links()  # as after the first paint: the page is built again
    qtbot.wait(50)
    assert window.show_passage("declaration", "art-1")
    qtbot.wait(50)
    assert window.show_passage(doc, pid)
    qtbot.wait(100)
    assert _unlaid(window) == []


def test_a_change_of_theme_keeps_the_whole_text_laid_out(window: MainWindow,
                                                         qtbot: Any) -> None:
    window.resize(1366, 768)
    assert window.show_passage("declaration", "art-5")
    window.set_theme("dark")
    window.set_theme("light")
    qtbot.wait(100)
    assert _unlaid(window) == []
