"""The Index panel (the subject index A-Z) and the search panel's "via" line (issue 14)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from desktop.languages import LANGUAGES
from desktop.ui.index_panel import CONCEPT_ROLE, REF_ROLE, IndexPanel
from desktop.ui.main_window import MainWindow

PROTEST = {"en": "Protest", "fr": "Manifestation", "es": "Protesta", "ru": "Протест",
           "zh": "抗议", "ar": "احتجاج"}
TAB = {"en": "Index", "fr": "Index", "es": "Índice", "ru": "Указатель", "zh": "索引",
       "ar": "الفهرس"}


def _panel(window: MainWindow) -> IndexPanel:
    panel = window.index_panel
    assert isinstance(panel, IndexPanel)
    return panel


def _entry_texts(panel: IndexPanel) -> list[str]:
    out = []
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        assert group is not None
        out.extend(group.child(j).text(0) for j in range(group.childCount()))  # type: ignore[union-attr]
    return out


def test_the_panel_is_a_tab_beside_contents_and_search(window: MainWindow) -> None:
    panel = _panel(window)
    index = window.side.indexOf(panel)
    assert index > window.side.indexOf(window.search_slot)
    assert window.side.tabText(index) == "Index"
    assert "not UN text" in panel.note.text()
    assert len(_entry_texts(panel)) >= 150


@pytest.mark.parametrize("lang", LANGUAGES)
def test_protest_opens_on_its_passages_in_every_interface_language(
        window: MainWindow, lang: str, qtbot: Any) -> None:
    window.set_ui_language(lang)
    panel = _panel(window)
    assert window.side.tabText(window.side.indexOf(panel)) == TAB[lang]
    assert PROTEST[lang] in _entry_texts(panel)
    window.side.setCurrentWidget(panel)
    assert panel.open_entry("protest")
    item = panel.tree.currentItem()
    assert item is not None and item.text(0) == PROTEST[lang]
    assert item.isExpanded() and item.childCount() >= 5
    refs = [item.child(i).data(0, REF_ROLE) for i in range(item.childCount())]  # type: ignore[union-attr]
    assert refs[0] == "declaration:art-5.a" and "udhr:art-20.1" in refs
    # The first passage is open in the reader.
    qtbot.waitUntil(lambda: window.current_doc == "declaration"
                    and window.current_passage == "art-5.a", timeout=5000)
    if lang != "en":  # citations in the interface language, not English
        first = item.child(0).text(0)  # type: ignore[union-attr]
        assert "Declaration on Human Rights" not in first
    _grab(window, f"index-{lang}")


def test_arabic_is_right_to_left_and_filed_without_the_article(window: MainWindow) -> None:
    window.set_ui_language("ar")
    panel = _panel(window)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    groups = [panel.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(panel.tree.topLevelItemCount())]
    assert groups[0] == "ا" and "ت" in groups


def test_keyboard_filter_then_enter_opens_the_entry(window: MainWindow, qtbot: Any) -> None:
    panel = _panel(window)
    window.side.setCurrentWidget(panel)
    panel.filter.setFocus()
    panel.filter.setText("tortur")
    shown = [t for t in _entry_texts(panel) if not _item(panel, t).isHidden()]
    assert shown == ["Torture"]
    assert panel.count.text() == "Entries: 1"
    QKeyEvent_press(panel.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_doc == "udhr", timeout=5000)
    assert window.current_passage == "art-5"
    # Down from the filter moves into the list; Enter on a passage opens that one.
    panel.filter.setFocus()
    QKeyEvent_press(panel.filter, Qt.Key.Key_Down)
    assert panel.tree.hasFocus()
    entry = _item(panel, "Torture")
    child = entry.child(2)
    assert child is not None
    panel.tree.setCurrentItem(child)
    QKeyEvent_press(panel.tree, Qt.Key.Key_Return)
    doc, _, pid = str(child.data(0, REF_ROLE)).partition(":")
    qtbot.waitUntil(lambda: (window.current_doc, window.current_passage) == (doc, pid),
                    timeout=5000)


def test_screen_readers_get_names_in_the_interface_language(window: MainWindow) -> None:
    panel = _panel(window)
    assert panel.tree.accessibleName() == "Subject index"
    assert panel.filter.accessibleName() == "Filter the index"
    assert "Enter" in panel.tree.accessibleDescription()
    window.set_ui_language("zh")
    assert panel.tree.accessibleName() == "主题索引"
    assert panel.filter.accessibleName() == "筛选索引"
    window.set_ui_language("ru")
    assert panel.tree.accessibleName() == "Предметный указатель"


def test_search_results_say_why_a_hit_was_found(window: MainWindow, qtbot: Any) -> None:
    from tests.ui.helpers import search

    results = search(qtbot, window, "foreign funding for our NGO", lang="en")
    rows = [window.search.results.item(i).text() for i in range(window.search.results.count())]  # type: ignore[union-attr]
    via_rows = [r for r, h in zip(rows, results.hits, strict=True) if h.via]
    assert via_rows and all("Via the" in r for r in via_rows)
    assert any("Via the subject index (the project’s own work): Foreign funding" in r
               for r in via_rows)
    direct = [r for r, h in zip(rows, results.hits, strict=True) if not h.via]
    assert all("Via the" not in r for r in direct)
    window.set_ui_language("fr")
    rows = [window.search.results.item(i).text() for i in range(window.search.results.count())]  # type: ignore[union-attr]
    assert any("Par l’index thématique (travail du projet) : Financement étranger" in r
               for r in rows)


def test_a_query_without_words_gets_a_note(window: MainWindow, qtbot: Any) -> None:
    from tests.ui.helpers import search

    results = search(qtbot, window, "!!! ???")
    assert results.hits == [] and results.problem == "no-words"
    assert "no words to search for" in window.search.status.text()


# --- helpers ----------------------------------------------------------------------------------


def _item(panel: IndexPanel, text: str) -> Any:
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        for j in range(group.childCount()):  # type: ignore[union-attr]
            child = group.child(j)  # type: ignore[union-attr]
            if child.text(0) == text and child.data(0, CONCEPT_ROLE):  # type: ignore[union-attr]
                return child
    raise AssertionError(text)


def QKeyEvent_press(widget: Any, key: Qt.Key) -> None:  # noqa: N802
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def _grab(window: MainWindow, name: str) -> None:
    """Screenshots for a person to look at (RIGHTS_AT_HAND_GRABS=folder); not asserted."""
    folder = os.environ.get("RIGHTS_AT_HAND_GRABS")
    if not folder:
        return
    from PySide6.QtWidgets import QApplication

    for w, h in ((1366, 768), (800, 600)):
        window.resize(w, h)
        QApplication.processEvents()
        window.show_passage(window.current_doc, window.current_passage)  # at the top again
        QApplication.processEvents()
        window.grab().save(str(Path(folder) / f"{name}-{w}x{h}.png"))
