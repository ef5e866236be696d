"""The Contents panel lists the parts of an instrument whose headings carry ids (the
Covenant's `## [part-3] PART III`): a row per part, as the text heads it, with its articles
under it, built when the part is opened; a text without such headings keeps its "Articles"
row. A part's row opens the whole part, and says which articles it holds in the interface's
language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from desktop.ui.main_window import MainWindow


def _texts(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def _top(window: MainWindow, title: str) -> QTreeWidgetItem:
    tree = window.contents.tree
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == title:
            return tree.topLevelItem(i)
    raise AssertionError(f"no {title!r} in the tree")


COVENANT = "International Covenant on Civil and Political Rights"


def test_the_covenant_is_listed_by_parts_with_their_articles(window: MainWindow) -> None:
    covenant = _top(window, COVENANT)
    covenant.setExpanded(True)  # as a click on its arrow does
    assert _texts(covenant) == ["Preamble", "PART I", "PART II", "PART III", "PART IV",
                                "PART V", "PART VI"]
    part_3 = covenant.child(3)
    # Built when opened: nothing under it until then, but an arrow to open it.
    assert part_3.childCount() == 0
    assert part_3.childIndicatorPolicy() == QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator
    part_3.setExpanded(True)
    articles = _texts(part_3)
    assert articles[0] == "Article 6" and articles[-1] == "Article 27" and len(articles) == 22
    article_12 = part_3.child(articles.index("Article 12"))
    assert [article_12.child(i).text(0).split("  ")[0] for i in range(3)] == [
        "art. 12(1)", "art. 12(2)", "art. 12(3)"]
    # Which articles a part holds: its tooltip and what a screen reader reads for its row.
    assert part_3.toolTip(0) == "\u2068PART III\u2069: articles 6 to 27"
    assert part_3.data(0, Qt.ItemDataRole.AccessibleTextRole) == part_3.toolTip(0)
    covenant.child(1).setExpanded(True)
    assert _texts(covenant.child(1)) == ["Article 1"]
    assert covenant.child(1).toolTip(0) == "\u2068PART I\u2069: article 1"


def test_a_text_without_parts_keeps_its_articles_row(window: MainWindow) -> None:
    declaration = _top(window, "Declaration on Human Rights Defenders")
    declaration.setExpanded(True)
    groups = _texts(declaration)
    assert groups[:3] == ["Adopting resolution", "Preamble", "Articles"]
    assert not any(g.startswith("PART") for g in groups)
    assert declaration.child(2).childCount() == 20


def _key(window: MainWindow, key: Qt.Key) -> None:
    tree = window.contents.tree
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QApplication.sendEvent(tree, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def test_a_part_is_opened_from_the_tree_with_the_keyboard(window: MainWindow, qtbot: Any
                                                         ) -> None:
    tree = window.contents.tree
    covenant = _top(window, COVENANT)
    tree.setFocus()
    tree.setCurrentItem(covenant)
    _key(window, Qt.Key.Key_Right)  # opens the Covenant
    assert covenant.isExpanded()
    for _ in range(4):  # Preamble, PART I, PART II, PART III
        _key(window, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "PART III"
    _key(window, Qt.Key.Key_Right)  # opens the part: its articles are built now
    assert tree.currentItem().child(0).text(0) == "Article 6"
    with qtbot.waitSignal(window.current_passage_changed):
        _key(window, Qt.Key.Key_Return)
    assert window.current_doc == "iccpr" and window.reader.current == "part-3"
    assert window.selected_passages()[0] == "art-6.1"
    assert window.selected_passages()[-1] == "art-27"
    assert window.citation_label.text() == f"{COVENANT}, Part III"
    assert tree.currentItem().text(0) == "PART III"  # the tree follows: the part's row


def test_the_tree_follows_the_reader_into_a_part(window: MainWindow) -> None:
    assert window.goto("ICCPR art 14(3)(b)")
    item = window.contents.tree.currentItem()
    assert item.data(0, 257) == "art-14.3.b"
    assert item.parent().text(0) == "Article 14"
    assert item.parent().parent().text(0) == "PART III"
    # Built again (another reading language) with the part open: still open, still there.
    window.set_reading_language("fr")
    window.set_reading_language("en")
    item = window.contents.tree.currentItem()
    assert item.data(0, 257) == "art-14.3.b" and item.parent().parent().isExpanded()


def test_part_rows_in_arabic_and_chinese_interfaces(window: MainWindow) -> None:
    window.set_ui_language("ar")
    covenant = _top(window, COVENANT)  # no Arabic text: the English one
    covenant.setExpanded(True)
    part_3 = covenant.child(3)
    assert part_3.text(0) == "PART III"  # as the text heads it
    assert part_3.toolTip(0) == "\u2068PART III\u2069: المواد من 6 إلى 27"
    assert window.contents.tree.isRightToLeft()
    assert "أجزاؤها" in window.contents.tree.accessibleDescription()  # "their parts"
    window.set_ui_language("zh")
    covenant = _top(window, COVENANT)
    covenant.setExpanded(True)
    assert covenant.child(3).data(0, Qt.ItemDataRole.AccessibleTextRole) == (
        "\u2068PART III\u2069：第6条至第27条")
