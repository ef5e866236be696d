"""Mixed direction in the Arabic interface (issue 17, point 1): each label, tree row and
message is laid out by its own text's direction and cut at its logical end. The Arabic tree
put a Chinese row's "；" and "…" at the wrong end; the source line was cut at the start of its
English ("…UN document … French version (U"); "Bookmarked:" moved "(أ)" to the front."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.ui.elided_label import elide, is_rtl_text
from desktop.ui.main_window import MainWindow

FSI, PDI = "\u2068", "\u2069"


def test_direction_is_the_text_s_own_first_strong_letter_outside_isolates() -> None:
    assert is_rtl_text("المادة 5 (أ)")
    assert not is_rtl_text("第5条 人人有权；")
    assert not is_rtl_text(f"{FSI}المصدر{PDI} UN document")  # isolates are skipped
    assert is_rtl_text(f"\u200f{FSI}A/RES/53/144{PDI} · ترجمة")
    assert is_rtl_text(f"المصدر: {FSI}UN document{PDI}")


def test_a_cut_inside_an_isolated_value_ends_that_value(qapp: Any) -> None:
    from PySide6.QtGui import QFont

    metrics = QFontMetrics(QFont())
    text = f"المصدر: {FSI}UN document A/RES/53/144 (8 March 1999), French version{PDI}"
    cut = elide(metrics, text, metrics.horizontalAdvance(text) // 2)
    assert cut.endswith(f"…{PDI}") and cut.startswith("المصدر: ")
    assert cut.count(FSI) == cut.count(PDI)
    plain = elide(metrics, "UN document A/RES/53/144 (8 March 1999)", 80)
    assert plain.endswith("…") and plain.startswith("UN")


def _row_option(window: MainWindow, text_part: str) -> QStyleOptionViewItem:
    tree = window.contents.tree
    model = tree.model()
    window.contents.find_item("declaration", "art-12.2")  # builds the document's rows
    item = window.contents.find_item("declaration", "art-12.2")
    assert item is not None and text_part in item.text(0)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    index = tree.indexFromItem(item)
    tree.itemDelegate().initStyleOption(option, index)
    del model
    return option


def test_chinese_and_english_rows_of_the_arabic_tree_read_left_to_right(
        window: MainWindow) -> None:
    window.set_ui_language("ar")
    for lang, part in (("zh", "第12条"), ("en", "art. 12(2)")):
        window.set_reading_language(lang)
        option = _row_option(window, part)
        assert option.direction == Qt.LayoutDirection.LeftToRight, lang
        # Still on the interface's side of the tree.
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
        assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_arabic_rows_of_the_english_tree_read_right_to_left(window: MainWindow) -> None:
    window.set_reading_language("ar")
    option = _row_option(window, "12")
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.displayAlignment & Qt.AlignmentFlag.AlignLeft
    window.set_reading_language("en")  # same direction again: Qt's own delegate
    assert type(window.contents.tree.itemDelegate()).__name__ == "QStyledItemDelegate"


def test_the_source_line_reads_in_its_own_direction_cut_at_its_end(
        window: MainWindow, qtbot: Any) -> None:
    window.set_ui_language("ar")
    window.set_reading_language("fr")
    window.resize(800, 700)
    qtbot.wait(50)
    source = window.reader.banners[0].source
    assert source.isVisible()
    full = source.text()
    assert full.startswith("المصدر: ") and is_rtl_text(full)
    shown = source.shown_text()
    assert shown != full  # too long for the line: cut
    assert shown.endswith(f"…{PDI}")  # at the end of the value, inside its isolate
    assert shown.startswith("المصدر: ")  # its beginning kept


def test_an_english_value_in_an_arabic_line_is_cut_at_the_english_end(qapp: Any) -> None:
    from desktop.ui.elided_label import ElidedLabel

    label = ElidedLabel()
    label.setText(f"المصدر: {FSI}UN document A/RES/53/144 (8 March 1999), French version "
                  f"(UN job 99-77090): plain-text extraction of the official UN PDF{PDI}")
    label.resize(300, 30)
    shown = label.shown_text()
    assert is_rtl_text(shown)  # laid out right to left, as its own words are
    assert shown.startswith(f"المصدر: {FSI}UN document A/RES/53/144")
    assert shown.endswith(f"…{PDI}")  # "…" after the English words kept, not before them


def test_bookmarked_isolates_the_name(window: MainWindow, qtbot: Any) -> None:
    window.set_reading_language("ar")
    window.show_passage("declaration", "art-5.a")
    said: list[str] = []
    panel = window.bookmarks  # type: ignore[attr-defined]
    panel.message.connect(said.append)
    panel.add_passages("declaration", "ar", ["art-5.a"])
    [message] = [m for m in said if m.startswith("Bookmarked: ")]
    name = message.removeprefix("Bookmarked: ")
    assert name.startswith(FSI) and name.endswith(PDI)
    assert "(أ)" in name and ", " not in name  # the Arabic comma inside


def test_the_bookmarks_panel_s_passing_message_goes_with_the_interface_language(
        window: MainWindow) -> None:
    """ "Bookmarked: Universal Declaration of Human Rights, art. 19" stayed, in English,
    under the Arabic bookmarks list."""
    panel = window.bookmarks  # type: ignore[attr-defined]
    panel.add_passages("udhr", "en", ["art-19"])
    assert panel.status.text().startswith("Bookmarked: ")
    window.set_ui_language("ar")
    assert panel.status.text() == ""


def test_a_passing_message_goes_with_a_change_of_interface_language(
        window: MainWindow, qapp: Any) -> None:
    """It was in the old language, and after a change of direction Qt drew the status bar's
    citation under it: two lines of text on top of each other."""
    window.show_passage("declaration", "art-3")
    window.statusBar().showMessage("Bookmarked: something", 10000)
    qapp.processEvents()
    window.set_ui_language("ar")
    qapp.processEvents()
    assert window.statusBar().currentMessage() == ""
    assert window.citation_label.isVisible()


@pytest.mark.parametrize("ui", ["ar", "zh", "en"])
def test_a_message_is_never_drawn_over_the_citation(window: MainWindow, qtbot: Any,
                                                     ui: str) -> None:
    """A message shown while the status bar had a layout to do (a Chinese or Arabic
    citation just set: a taller line) was drawn over the citation: the bar laid itself out
    again and Qt's new layout showed the hidden citation ("未找到：…" over
    "《人权维护者宣言》…，第12条"). The citation shows again once the message goes."""
    window.set_ui_language(ui)
    window.resize(800, 600)
    qtbot.wait(50)
    assert window.citation_label.isVisible()
    # A passage opened (its citation set), then at once a go-to that finds nothing.
    assert window.show_passage("declaration", "art-12")
    assert window.citation_label.text()
    assert not window.goto("xyzzy plugh")
    qtbot.wait(100)  # the bar's layout, and what it queued
    assert window.statusBar().currentMessage()
    assert not window.citation_label.isVisible()
    window.statusBar().clearMessage()
    qtbot.wait(50)
    assert window.citation_label.isVisible()


def test_a_cut_line_is_drawn_in_the_label_s_own_colour(qapp: Any) -> None:
    """The cut line is painted by ElidedLabel itself, with the label's foreground colour (a
    theme's or a style sheet's: the red of a damaged-data notice), not black."""
    from desktop.ui.elided_label import ElidedLabel

    label = ElidedLabel()
    label.setStyleSheet("color: #c00000; background: #ffffff")
    label.setText("A file was left out of the library because it is damaged. " * 4)
    label.resize(240, 30)
    label.show()
    qapp.processEvents()
    image = label.grab().toImage()
    colours = {image.pixelColor(x, y).name()
               for x in range(image.width()) for y in range(image.height())}
    assert "#c00000" in colours  # the glyphs' solid parts
    assert not any(c[1:3] == c[3:5] == c[5:7] and c < "#808080" for c in colours)  # no grey
    label.close()


def _ink_ends(image: Any) -> tuple[int, int]:
    """The height in pixels of what is drawn at the far left and at the far right of
    `image` (a row of a list): in the six columns from the first and from the last column
    holding dark pixels (a letter, or the dots of "…")."""
    def dark(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return max(c.red(), c.green(), c.blue()) < 140

    columns = [x for x in range(image.width())
               if any(dark(x, y) for y in range(image.height()))]
    assert columns, "nothing drawn"

    def height(xs: range) -> int:
        rows = [y for y in range(image.height()) if any(dark(x, y) for x in xs)]
        return rows[-1] - rows[0] + 1 if rows else 0

    return (height(range(columns[0], columns[0] + 6)),
            height(range(columns[-1] - 5, columns[-1] + 1)))


@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_bookmark_names_are_cut_at_their_own_end(window: MainWindow, qtbot: Any,
                                                 size: tuple[int, int]) -> None:
    """An English name in the Arabic interface keeps its beginning and ends in "…" at its
    right (it was drawn right to left: "…Protection against retaliati"); an Arabic name in
    the English interface ends in "…" at its left. Seen in the drawn row: a letter's full
    height at the kept beginning, the low dots of "…" at the cut end."""
    panel = window.bookmarks  # type: ignore[attr-defined]
    window.side.setCurrentWidget(panel)
    window.resize(*size)
    english = panel.add_passages("declaration", "en", ["art-12.2"])
    panel.store.rename(english.id, "Protection against retaliation by the State and its "
                                   "agents, and by anyone else acting for them")
    current = panel.add_passages("udhr", "en", ["art-19"])  # the current row (selected)
    panel.refresh()
    _check_cut(window, qtbot, "ar", english.id, current.id, cut_at_right=True)
    arabic = panel.add_passages("declaration", "ar", ["art-5"])
    panel.store.rename(arabic.id, "حماية المدافعين عن حقوق الإنسان من الانتقام والترهيب "
                                  "ومن كل عمل تعسفي")
    _check_cut(window, qtbot, "en", arabic.id, current.id, cut_at_right=False)


def _check_cut(window: MainWindow, qtbot: Any, ui: str, bookmark_id: int, current: int,
               cut_at_right: bool) -> None:
    panel = window.bookmarks  # type: ignore[attr-defined]
    window.set_ui_language(ui)
    panel.select_bookmark(current)
    qtbot.wait(50)
    tree = panel.tree
    item = next(i for i in panel._all_items() if panel._key(i) == ("bookmark", bookmark_id))
    rect = tree.visualRect(tree.indexFromItem(item, 0))
    drawn = tree.viewport().grab(rect).toImage()
    assert tree.fontMetrics().horizontalAdvance(item.text(0)) > rect.width()  # it is cut
    left, right = _ink_ends(drawn)
    dots, letter = (right, left) if cut_at_right else (left, right)
    assert dots <= 3 < letter, (ui, left, right)
