"""Issue 4, point 1: main window, library panel, reader, history, go to, find, source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor

from desktop.printing.fonts import FAMILIES
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown


def _background(window: MainWindow, pid: str) -> QColor:
    r = window.reader.rendered
    assert r is not None
    block = r.document.findBlock(r.spans[pid][0][0])
    return block.blockFormat().background().color()


def _highlighted(window: MainWindow) -> list[str]:
    """Passages whose text has the 'current passage' background, as a person sees it."""
    r = window.reader.rendered
    assert r is not None
    current = QColor(window.reader.colors.current)
    return [pid for pid in r.order if _background(window, pid) == current]


def test_opens_on_the_declaration_with_its_text(window: MainWindow) -> None:
    assert window.current_doc == "declaration"
    assert window.isVisible()
    text = window.reader.text()
    version = window.library.version("declaration", window.current_lang)
    assert version.title in text
    assert version.passage("art-12.2").paragraphs[0] in text  # the whole document is there
    assert version.passage("fn-3").paragraphs[0] in text
    assert "Declaration" in window.windowTitle()


def test_structure_and_passage_numbers_are_visible(window: MainWindow) -> None:
    text = window.reader.text()
    assert "Article 12" in text  # headings
    assert "art. 12(2)" in text  # passage numbers, as cited
    assert "preambular para. 1" in text


def test_library_panel_lists_documents_articles_guidance_topics(window: MainWindow) -> None:
    tree = window.contents.tree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Declaration on Human Rights Defenders" in top
    assert any("64/163" in t for t in top)
    assert "Guidance" in top
    assert "Topics" in top
    declaration = tree.topLevelItem(top.index("Declaration on Human Rights Defenders"))
    declaration.setExpanded(True)  # as a click on its arrow does
    groups = [declaration.child(i).text(0) for i in range(declaration.childCount())]
    assert groups[:3] == ["Adopting resolution", "Preamble", "Articles"]
    articles = declaration.child(groups.index("Articles"))
    assert articles.childCount() == 20
    topics = tree.topLevelItem(top.index("Topics"))
    assert topics.childCount() == len(window.ctx.topics)
    first_topic = topics.child(0)
    first_topic.setExpanded(True)
    assert first_topic.childCount() > 0
    article_12 = articles.child(11)
    assert article_12.text(0) == "Article 12"
    assert [article_12.child(i).text(0).split("  ")[0] for i in range(3)] == [
        "art. 12(1)", "art. 12(2)", "art. 12(3)"]


def test_clicking_a_paragraph_opens_and_highlights_it(window: MainWindow, qtbot: Any) -> None:
    item = window.contents.find_item("declaration", "art-12.2")
    assert item is not None
    with qtbot.waitSignal(window.current_passage_changed) as signal:
        window.contents.tree.itemClicked.emit(item, 0)
    assert signal.args == ["declaration", window.current_lang, "art-12.2"]
    assert window.current_passage == "art-12.2"
    assert _highlighted(window) == ["art-12.2"]
    # It is scrolled into view.
    top = window.reader.passage_rect_top("art-12.2")
    assert 0 <= top < window.reader.browser.viewport().height()
    assert "art. 12(2)" in window.citation_label.text()


def test_an_article_highlights_all_its_paragraphs(window: MainWindow) -> None:
    assert window.goto("art 12")
    assert window.current_passage == "art-12"
    assert _highlighted(window) == ["art-12.1", "art-12.2", "art-12.3"]
    assert window.selected_passages() == ["art-12.1", "art-12.2", "art-12.3"]


def test_go_to_box_takes_loose_references(window: MainWindow, qtbot: Any) -> None:
    box = window.toolbar.goto
    for typed, expected in (("art 12(2)", ("declaration", "art-12.2")),
                            ("64/163 para 7", ("res-64-163", "op-7")),
                            ("статья 9", ("declaration", "art-9")),
                            ("المادة ٥", ("declaration", "art-5"))):
        box.setText(typed)
        box.returnPressed.emit()
        assert (window.current_doc, window.current_passage) == expected, typed
        assert window.toolbar.goto_error.text() == ""


def test_go_to_box_says_when_a_reference_is_wrong(window: MainWindow) -> None:
    before = (window.current_doc, window.current_passage)
    window.toolbar.goto.setText("article 99")
    window.toolbar.goto.returnPressed.emit()
    assert window.toolbar.goto_error.text() == "Not found"
    assert "99" in window.statusBar().currentMessage()
    assert (window.current_doc, window.current_passage) == before


def test_back_and_forward(window: MainWindow) -> None:
    window.goto("art 1")
    window.goto("art 20")
    window.goto("64/163 para 2")
    window.menus.back_action.trigger()
    assert (window.current_doc, window.current_passage) == ("declaration", "art-20")
    window.menus.back_action.trigger()
    assert window.current_passage == "art-1"
    assert window.menus.forward_action.isEnabled()
    window.menus.forward_action.trigger()
    assert window.current_passage == "art-20"
    window.goto("art 3")  # a new place drops the forward steps
    assert not window.menus.forward_action.isEnabled()


def test_clicking_in_the_text_makes_that_passage_current(window: MainWindow, qtbot: Any) -> None:
    window.goto("art 5")
    browser = window.reader.browser
    cursor = QTextCursor(window.reader.rendered.document)  # type: ignore[union-attr]
    cursor.setPosition(window.reader.rendered.spans["art-5.b"][0][0] + 20)  # type: ignore[union-attr]
    point = browser.cursorRect(cursor).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_passage == "art-5.b"
    assert _highlighted(window) == ["art-5.b"]


def test_links_in_guidance_open_the_text(window: MainWindow) -> None:
    window.show_passage("guide-plain-words", "about-art-1")
    assert "See the text:" in window.reader.text()
    window.reader.link_activated.emit("declaration:art-1")
    assert (window.current_doc, window.current_passage) == ("declaration", "art-1")


def test_find_in_page(window: MainWindow, qtbot: Any) -> None:
    window.menus.find_action.trigger()
    bar = window.reader.find_bar
    assert bar.isVisible()
    bar.edit.setText("peaceful")
    assert bar.count.text().endswith("found")
    count = int(bar.count.text().split()[0])
    assert count >= 3
    first = window.reader.browser.textCursor().selectedText()
    assert first.lower() == "peaceful"
    pos = window.reader.browser.textCursor().position()
    window.menus.find_next_action.trigger()
    assert window.reader.browser.textCursor().position() > pos
    bar.edit.setText("no such word here")
    assert bar.count.text() == "Not found"


def test_source_and_status_are_always_shown(window: MainWindow) -> None:
    banner = window.reader.banners[0]
    assert banner.isVisible()
    assert "Official UN text" in shown(banner.badge.text())
    assert "A/RES/53/144" in shown(banner.badge.text())
    assert shown(banner.source.toolTip()).startswith("Source: UN document A/RES/53/144")


def test_french_note_is_shown(window: MainWindow) -> None:
    window.set_reading_language("fr")
    banner = window.reader.banners[0]
    note = window.library.version("declaration", "fr").header["note"]
    assert banner.note.isVisible() and banner.note.text() == note
    assert "Official UN text (French)" in shown(banner.badge.text())


def test_unofficial_translation_is_labelled(window: MainWindow) -> None:
    window.set_reading_language("ru")
    banner = window.reader.banners[0]
    assert "Unofficial translation (Russian)" in shown(banner.badge.text())
    assert "not a UN text" in shown(banner.badge.text())
    assert "неофициальный перевод" in window.citation_label.text() or not window.current_passage
    window.goto("art 1")
    assert "неофициальный перевод" in window.citation_label.text()


def test_guidance_is_labelled(window: MainWindow) -> None:
    window.set_reading_language("en")
    window.show_passage("guide-plain-words")
    assert "guidance" in shown(window.reader.banners[0].badge.text())
    assert "not a UN text" in shown(window.reader.banners[0].badge.text())


def test_missing_language_falls_back_and_says_so(window: MainWindow) -> None:
    missing = [
        (d.id, lang) for d in window.library for lang in ("ar", "zh", "ru", "es", "fr")
        if lang not in d.versions]
    if not missing:
        return  # every document exists in every language: nothing to fall back from
    doc, lang = missing[0]
    window.set_reading_language(lang)
    window.show_passage(doc)
    assert window.current_lang != lang
    # A language the document never had (the Covenant's): no official text is included.
    assert "text of this instrument is included" in shown(window.reader.banners[0].badge.text())


def test_reader_uses_the_bundled_fonts(window: MainWindow) -> None:
    if not window.ctx.fonts:
        return  # fonts not bundled in this checkout
    window.set_reading_language("zh")
    window.goto("art 1")
    r = window.reader.rendered
    assert r is not None
    block = r.document.findBlock(r.spans["art-1"][0][0])
    families = block.begin().fragment().charFormat().fontFamilies()
    assert families[0] == FAMILIES["cjk"]  # the bundled subset's own name


def test_the_window_has_the_app_icon(window: MainWindow) -> None:
    from pathlib import Path

    from desktop.paths import resources_dir

    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).toImage().pixelColor(16, 4).name() == "#1f4e79"
    folder = Path(resources_dir()) / "icons"
    assert (folder / "app.svg").is_file()
    assert {p.name for p in folder.glob("app-*.png")} >= {"app-16.png", "app-256.png"}
