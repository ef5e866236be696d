"""The go-to box (issue 17, point 6): "Not found" goes once the reader moves and never shifts
the tool bar; opening a search hit or a link updates the box; a title or section name opens
that section; other text is offered to search (Enter again searches it)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from desktop.library import Library
from desktop.sections import find_section, goto_text
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import dark_neutral_pixels, search, shown


def _enter(window: MainWindow, text: str) -> None:
    window.toolbar.goto.setText(text)
    window.toolbar.goto.returnPressed.emit()


def _x_after_the_box(window: MainWindow) -> int:
    widget = window.toolbar.lang
    return widget.mapTo(window, widget.rect().topLeft()).x()


def test_not_found_never_shifts_the_tool_bar_and_goes_when_the_reader_moves(
        window: MainWindow, qapp: Any) -> None:
    qapp.processEvents()
    before = _x_after_the_box(window)
    _enter(window, "article 99")
    qapp.processEvents()
    assert window.toolbar.goto_error.text() == "Not found"
    assert _x_after_the_box(window) == before
    window.next_passage()
    assert window.toolbar.goto_error.text() == ""
    qapp.processEvents()
    assert _x_after_the_box(window) == before


def test_not_found_goes_when_a_tree_item_or_link_opens(window: MainWindow) -> None:
    _enter(window, "article 99")
    assert window.toolbar.goto_error.text() == "Not found"
    window.show_passage("declaration", "art-5")
    assert window.toolbar.goto_error.text() == ""


def test_a_title_or_a_section_name_opens_it(window: MainWindow) -> None:
    _enter(window, "staying safe")
    assert window.current_doc == "guide-safety"
    assert window.toolbar.goto_error.text() == ""
    _enter(window, "Special Rapporteur")
    assert (window.current_doc, window.current_passage) == ("guide-protection",
                                                           "special-rapporteur")
    window.set_reading_language("zh")
    _enter(window, "人身安全")  # a heading in Chinese
    assert (window.current_doc, window.current_passage) == ("guide-safety", "physical-safety")


def test_other_text_is_offered_to_search_and_enter_again_searches_it(
        window: MainWindow, qtbot: Any) -> None:
    _enter(window, "peaceful assembly")
    assert window.toolbar.goto_error.text() == "Not found"
    message = shown(window.statusBar().currentMessage())
    assert "peaceful assembly" in message and "Enter again" in message
    _enter(window, "peaceful assembly")
    qtbot.waitUntil(lambda: not window.search.is_searching(), timeout=10000)
    assert window.search.query.text() == "peaceful assembly"
    assert window.search.last_results is not None and window.search.last_results.hits
    assert window.toolbar.goto_error.text() == ""


def test_a_search_hit_and_a_link_update_the_box(window: MainWindow, qtbot: Any) -> None:
    search(qtbot, window, "peaceful means", lang="en", doc="declaration")
    assert window.search.open_result(0)
    text = window.toolbar.goto.text()
    assert text and text != "peaceful means"
    # What the box shows takes the reader back to the same place.
    where = (window.current_doc, window.current_passage)
    window.show_passage("res-64-163", "op-7")
    _enter(window, text)
    assert (window.current_doc, window.current_passage) == where
    window.reader.link_activated.emit("declaration:art-9.4")
    assert (window.current_doc, window.current_passage) == ("declaration", "art-9.4")
    assert window.toolbar.goto.text() == "art. 9(4)"


def test_the_box_text_reads_back_to_the_same_passage(library: Library) -> None:
    from desktop.references import canonical

    for doc, lang, pid in (("declaration", "en", "art-12.2"), ("declaration", "zh", "art-12.2"),
                           ("declaration", "ar", "art-5.a"), ("res-64-163", "en", "op-7"),
                           ("res-64-163", "fr", "pp-3")):
        text = goto_text(library, library.version(doc, lang), pid)
        assert ":" not in text, text  # something a person would type
        assert canonical(text, library, context_doc=doc) == f"{doc}:{pid}"
    version = library.version("guide-safety", "en")
    pid = version.passages[-1].id
    text = goto_text(library, version, pid)
    assert find_section(text, library)[:2] == ("guide-safety", pid)  # type: ignore[index]


def test_short_or_unknown_text_names_no_section(library: Library) -> None:
    assert find_section("of", library) is None
    assert find_section("xyzzy plugh", library) is None
    assert find_section("宣言", library) is not None


def test_not_found_shows_inside_the_box_and_the_quick_exit_stays_on_a_narrow_window(
        window: MainWindow, qapp: Any) -> None:
    window.set_ui_language("ar")
    window.resize(700, 500)
    qapp.processEvents()
    _enter(window, "article 99")
    qapp.processEvents()
    error, box = window.toolbar.goto_error, window.toolbar.goto
    assert error.isVisible() and error.parent() is box
    assert box.rect().contains(error.geometry())
    button = window.toolbar.quick_exit
    assert button.isVisible()
    assert button.visibleRegion().boundingRect().width() == button.width()


def test_an_article_a_text_does_not_have_is_said_so_and_a_good_go_to_clears_it(
        window: MainWindow) -> None:
    """ "UDHR 31" names a text with 30 articles: the status bar says that text has no such
    article (in the interface language), not that it is no reference; and once a go-to
    succeeds, no "Not found" stays in the status bar."""
    assert not window.goto("UDHR 31")
    said = window.statusBar().currentMessage()
    assert "Universal Declaration" in said and "has no such article" in said
    assert "is not a reference" not in said
    window.set_ui_language("fr")
    assert not window.goto("ICCPR part 9")
    assert "ne contient pas cet article" in window.statusBar().currentMessage()
    assert window.goto("ICCPR Part IV")
    assert window.statusBar().currentMessage() == ""
    assert not window.goto("zzqx unknown words")
    assert window.goto("art 12")
    assert window.statusBar().currentMessage() == ""


def test_titles_are_folded_as_search_folds_words() -> None:
    """One fold (desktop/folding.py): accents, case, Arabic letter variants and marks go as
    in search; Cyrillic й stays apart from и, as search decided (the section finder had a
    fold of its own that merged them)."""
    from desktop.search.analysis import fold as search_fold
    from desktop.sections import fold

    assert fold("Rapporteur SPÉCIAL,") == "rapporteur special"
    assert fold("حمايةُ المدافعين") == " ".join(search_fold(w) for w in ("حماية", "المدافعين"))
    assert fold("Свой") != fold("Свои")


@pytest.mark.parametrize("ui", ["ar", "en", "zh"])
@pytest.mark.parametrize("size", [(800, 600), (1366, 768)])
def test_not_found_is_drawn_beside_the_typed_text_never_over_it(
        window: MainWindow, qtbot: Any, ui: str, size: tuple[int, int]) -> None:
    """The Arabic box is taller than the others (its font's line is): "غير موجود" was placed
    by the box's height, 11 px into the text, and at 800 x 600 (the narrowest box) it was
    drawn over the end of what was typed. What the box shows is looked at: no text-coloured
    pixel under the message, and the message itself drawn (red) between text and button."""
    window.set_ui_language(ui)
    window.resize(*size)
    qtbot.wait(50)
    box, error = window.toolbar.goto, window.toolbar.goto_error
    window.focus_goto()
    QTest.keyClicks(box, "xyzzy plugh wombat")  # longer than the box: fills its text room
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert error.isVisible() and error.text()
    image = box.grab().toImage()
    area = error.geometry()
    top, bottom = 4, box.height() - 4  # inside the box's frame
    assert dark_neutral_pixels(image, area.left(), area.right() + 1, top, bottom) == 0
    red = [image.pixelColor(x, y) for x in range(area.left(), area.right() + 1)
           for y in range(top, bottom)]
    assert any(c.red() - c.green() > 80 for c in red)  # the message is there, in red
    # ...and the text is there too, up to the message's side.
    rtl = box.isRightToLeft()
    text_side = (area.right() + 1, box.width() - 4) if rtl else (4, area.left())
    assert dark_neutral_pixels(image, *text_side, top, bottom) > 0
    clear = next(b for b in box.findChildren(QToolButton) if b.isVisible())
    assert not clear.geometry().intersects(area)


def test_an_emptied_box_shows_its_example_without_not_found(window: MainWindow,
                                                            qtbot: Any) -> None:
    """Once the text is gone, "Not found" (about that text) goes too: it stood over the
    placeholder's example."""
    window.set_ui_language("ar")
    window.resize(800, 600)
    _enter(window, "xyzzy plugh")
    assert window.toolbar.goto_error.isVisible()
    window.toolbar.goto.clear()  # as a program (or undo) empties it, not only typing
    assert not window.toolbar.goto_error.isVisible()
    assert window.toolbar.goto.textMargins().left() == 0
    assert window.toolbar.goto.placeholderText()
