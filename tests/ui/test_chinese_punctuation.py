"""Chinese interface punctuation (issue 17, point 3): Latin text shown in the Chinese
interface keeps Latin quotes and apostrophes. The interface font put the Chinese font first,
which draws ’ “ ” … full width: the French note read "de l’ ONU" with a wide gap."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout

from desktop.printing.fonts import FAMILIES
from desktop.ui.main_window import MainWindow


def _family_of(font: QFont, text: str, char: str) -> str:
    """The font Qt draws `char` of `text` with, given `font`."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    where = text.index(char)
    for run in layout.glyphRuns(where, 1):
        return run.rawFont().familyName()
    raise AssertionError("no glyph run")


def test_the_french_note_keeps_its_apostrophes_in_the_chinese_interface(
        window: MainWindow) -> None:
    window.set_ui_language("zh")
    window.set_reading_language("fr")
    note = window.reader.banners[0].note
    assert "l'ONU" in note.text()
    for text in (note.text(), "de l’ONU, « Article 15 », “Article 15”…"):
        for char in "'’“”…":
            if char in text:
                assert _family_of(note.font(), text, char) == FAMILIES["latin"], char
    metrics = QFontMetricsF(note.font())
    assert metrics.horizontalAdvance("’") < 0.4 * metrics.height()  # not a full-width cell


def test_chinese_words_and_punctuation_still_come_from_the_chinese_font(
        window: MainWindow) -> None:
    window.set_ui_language("zh")
    badge = window.reader.banners[0].badge
    text = badge.text()
    assert "，" in text
    assert _family_of(badge.font(), text, "，") == FAMILIES["cjk"]
    assert _family_of(badge.font(), "人权维护者", "权") == FAMILIES["cjk"]


def test_latin_rows_in_the_tree_and_french_hits_keep_latin_quotes(
        window: MainWindow, qtbot: object) -> None:
    from tests.ui.helpers import search

    window.set_ui_language("zh")
    tree = window.contents.tree
    assert _family_of(tree.font(), "Article 15 « l’ONU »", "’") == FAMILIES["latin"]
    results = search(qtbot, window, "l’homme", lang="fr")
    assert results.hits
    delegate = window.search.results.itemDelegate()
    item = window.search.results.item(0)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = window.search.results.font()
    doc = delegate._document(option, window.search.results.indexFromItem(item), 300)
    assert doc.defaultFont().families()[0] == FAMILIES["latin"]
