"""The Universal Declaration and the Covenant in the window: the notice where a text is
not in the reading language, in the banner, the search results, printouts and copies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.missing_language import notice
from desktop.printing.printout import Printout
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import search, shown


def test_the_covenant_in_french_shows_english_with_the_notice(window: MainWindow) -> None:
    window.set_reading_language("fr")
    assert window.show_passage("iccpr", "art-21")
    assert window.current_lang == "en"
    badge = shown(window.reader.banners[0].badge.text())
    # The interface is in English: the notice is said in English, naming French.
    assert "Official UN text (English)" in badge
    assert "No official French text of this instrument is included; the English text is " \
        "shown." in badge
    assert "Not available in" not in badge
    assert "The right of peaceful assembly" in window.reader.browser.toPlainText()


def test_the_udhr_in_arabic_is_official_with_no_notice(window: MainWindow) -> None:
    window.set_reading_language("ar")
    assert window.show_passage("udhr", "art-5")
    assert window.current_lang == "ar"
    badge = shown(window.reader.banners[0].badge.text())
    assert "A/RES/217(III)" in badge and "No official" not in badge
    assert "لا يعرض أي إنسان للتعذيب" in window.reader.browser.toPlainText()


def test_search_results_say_the_covenant_is_in_english(window: MainWindow, qtbot: Any) -> None:
    results = search(qtbot, window, "peaceful assembly", lang="fr")
    covenant = [h for h in results.hits if h.doc == "iccpr"]
    assert covenant
    item = window.search.results.item(results.hits.index(covenant[0]))
    assert notice("fr", "en") in item.text()


def test_print_and_copy_of_the_covenant_in_french_carry_the_notice(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import printing

    got: list[Printout] = []

    def record(printout: Printout, parent: Any = None, folder: Path | None = None) -> None:
        got.append(printout)

    monkeypatch.setattr(printing, "export_pdf_dialog", record)
    window.set_reading_language("fr")
    window.show_passage("iccpr", "art-21")
    window.menus.export_pdf_action.trigger()
    assert got and notice("fr", "en") in got[0].html
    assert "The right of peaceful assembly" in got[0].html
    window.menus.copy_citation_action.trigger()
    copied = QGuiApplication.clipboard().text()
    # Emptied before the next test: a Python-made QMimeData left on the clipboard crashes
    # the interpreter's exit (desktop/ui/clipboard.py, hand_over_to_qt).
    QGuiApplication.clipboard().clear()
    assert copied.startswith(f"[{notice('fr', 'en')}]")
    assert "International Covenant on Civil and Political Rights, art. 21" in copied


def _links(window: MainWindow) -> dict[str, list[str]]:
    """Every link in the reader: its target (without the scheme) -> its texts."""
    from desktop.ui.render import LINK_SCHEME

    found: dict[str, list[str]] = {}
    block = window.reader.rendered.document.begin()  # type: ignore[union-attr]
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith(LINK_SCHEME):
                found.setdefault(href[len(LINK_SCHEME):], []).append(fragment.text())
            it += 1
        block = block.next()
    return found


def _click(window: MainWindow, target: str) -> None:
    from PySide6.QtCore import QUrl

    from desktop.ui.render import LINK_SCHEME

    window.reader.browser.anchorClicked.emit(QUrl(LINK_SCHEME + target))


def test_related_provisions_are_links_both_ways_and_open(window: MainWindow) -> None:
    window.set_reading_language("en")
    assert window.show_passage("declaration", "art-5")
    text = window.reader.browser.toPlainText()
    assert "Related provisions (Rights at Hand’s mapping, not a UN text):" in text
    links = _links(window)
    assert links["udhr:art-20"] == ["UDHR, art. 20"]
    # (ICCPR art. 21 is linked from art. 12 too.)
    assert "ICCPR, art. 21" in links["iccpr:art-21"] and "iccpr:art-22" in links
    _click(window, "udhr:art-20")
    assert (window.current_doc, window.current_passage) == ("udhr", "art-20")
    back = _links(window)
    assert back["declaration:art-5"] == ["Declaration on Human Rights Defenders, art. 5"]
    _click(window, "declaration:art-5")
    assert (window.current_doc, window.current_passage) == ("declaration", "art-5")


def test_related_provisions_in_arabic_name_the_instrument_in_arabic(window: MainWindow) -> None:
    window.set_reading_language("ar")
    assert window.show_passage("declaration", "art-6")
    links = _links(window)
    assert "الإعلان العالمي، المادة 19" in links["udhr:art-19"]  # from arts. 6 and 7
    # The reasons follow the label, in the interface's language: English here...
    text = window.reader.browser.toPlainText()
    assert "freedom of opinion and expression" in text
    assert "حرية الرأي والتعبير" not in text
    window.set_ui_language("ar")  # ...Arabic there
    assert "حرية الرأي والتعبير" in window.reader.browser.toPlainText()


def _reason(source: str, target: str, lang: str) -> str:
    """The reason content/related.txt gives in `lang` for the link source -> target."""
    from desktop.library import Library
    from desktop.related import groups_of

    return next(g.reasons[lang] for g in groups_of(Library.load())
                if g.source == source and target in g.targets)


@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_related_provisions_on_the_covenant_read_in_the_arabic_interface(
        window: MainWindow, qtbot: Any, size: tuple[int, int]) -> None:
    """The Covenant has English only. In the Arabic interface its "Related provisions" line
    was laid out left to right (its Arabic label scrambled) and its reasons were English:
    now the label, the links and the reasons read in Arabic, right to left, as a person
    sees them: each line starts at the right of the text."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextCursor

    from desktop.citations import short_pinpoint

    window.set_ui_language("ar")
    window.set_reading_language("ar")
    window.resize(*size)
    assert window.show_passage("iccpr", "art-19")
    assert window.current_lang == "en"
    qtbot.wait(50)
    browser = window.reader.browser
    label = QCoreApplication.translate(
        "Reader", "Related provisions (Rights at Hand’s mapping, not a UN text):")
    assert label.startswith("أحكام")
    declaration = window.library.version("declaration", "ar")
    name = short_pinpoint(declaration, "art-7", qualified=True)
    reason = _reason("declaration:art-7", "iccpr:art-19.2", "ar")
    assert name in _links(window)["declaration:art-7"]
    document = browser.document()
    lines = [document.find(label), document.find(name)]
    assert not lines[0].isNull() and not lines[1].isNull()
    line = lines[1].block().text()
    assert line == f"{name} — {reason}"
    assert "Developing and discussing" not in browser.toPlainText()
    middle = browser.viewport().width() / 2
    for found in lines:
        start = QTextCursor(found.block())  # the line's first letter, where it is drawn
        assert browser.cursorRect(start).x() > middle, found.block().text()


def test_the_covenant_s_related_links_name_their_provision_in_the_language_asked(
        window: MainWindow) -> None:
    """The links open their provision in the reading language asked for (the Covenant
    itself stays in English): they name it in that language, also when it is chosen while
    the Covenant is on screen."""
    from desktop.citations import short_pinpoint

    window.set_reading_language("en")
    assert window.show_passage("iccpr", "art-19")
    assert _links(window)["declaration:art-7"] == ["Declaration on Human Rights Defenders, "
                                                   "art. 7"]
    window.set_reading_language("fr")
    assert window.current_lang == "en"
    french = short_pinpoint(window.library.version("declaration", "fr"), "art-7",
                            qualified=True)
    assert _links(window)["declaration:art-7"] == [french]
    assert "Developing and discussing" in window.reader.text()  # the interface's reasons


def test_references_in_the_guidance_are_links(window: MainWindow) -> None:
    window.set_reading_language("en")
    assert window.show_passage("guide-protection")
    links = _links(window)
    # The words of the guidance, and its "See the text" link.
    assert links["declaration:art-9.4"][0] == "article 9, paragraph 4, of the Declaration"
    assert "art. 9(4)" in links["declaration:art-9.4"]
    _click(window, "declaration:art-9.4")
    assert (window.current_doc, window.current_passage) == ("declaration", "art-9.4")
    window.set_reading_language("zh")
    assert window.show_passage("guide-documenting")
    assert "第9条第3款(b)项" in _links(window)["declaration:art-9.3.b"]


def _tree_texts(item: Any) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_the_library_tree_and_topics_hold_the_instruments(window: MainWindow) -> None:
    window.set_reading_language("fr")
    tree = window.contents.tree
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Déclaration universelle des droits de l'homme" in tops
    # No French text of the Covenant: its English title, as the text it opens.
    assert "International Covenant on Civil and Political Rights" in tops
    udhr = tree.topLevelItem(tops.index("Déclaration universelle des droits de l'homme"))
    udhr.setExpanded(True)
    children = [udhr.child(i) for i in range(udhr.childCount())]
    articles = next(c for c in children if c.text(0) == "Articles")
    assert len(_tree_texts(articles)) == 30
    topics = tree.topLevelItem(tops.index("Topics"))  # the interface is in English
    topics.setExpanded(True)
    found = []
    for i in range(topics.childCount()):
        topics.child(i).setExpanded(True)
        found += _tree_texts(topics.child(i))
    assert "DUDH, art. 19" in found and "ICCPR, art. 21" in found


def test_the_udhr_side_by_side_in_arabic_and_english(window: MainWindow) -> None:
    window.set_reading_language("ar")
    assert window.show_passage("udhr", "art-5")
    window.set_parallel_language("en")
    assert [v.lang for v in window.reader.versions] == ["ar", "en"]
    text = window.reader.text()
    assert "لا يعرض أي إنسان للتعذيب" in text
    assert "No one shall be subjected to torture" in text
    tops = window.reader.column_tops("art-5")
    assert len(tops) == 2 and abs(tops[0] - tops[1]) <= 2


def test_copy_with_citation_of_the_udhr_in_chinese(window: MainWindow) -> None:
    window.set_reading_language("zh")
    assert window.show_passage("udhr", "art-19")
    window.menus.copy_citation_action.trigger()
    copied = QGuiApplication.clipboard().text()
    QGuiApplication.clipboard().clear()  # (as above)
    assert copied.startswith("人人有权享有主张和发表意见的自由；")
    assert copied.endswith("《世界人权宣言》（大会第217A(III)号决议），第19条")


def test_choosing_french_while_the_covenant_is_on_screen_says_so(window: MainWindow) -> None:
    window.set_reading_language("en")
    assert window.show_passage("iccpr", "art-21")
    banner = window.reader.banners[0]
    assert "No official" not in shown(banner.badge.text())
    window.set_reading_language("fr")  # the English text stays: the banner now says why
    assert window.current_lang == "en"
    assert "No official French text of this instrument is included" in shown(
        banner.badge.text())
    window.set_reading_language("en")
    assert "No official" not in shown(banner.badge.text())


def test_the_related_provisions_label_follows_the_interface_language(
        window: MainWindow) -> None:
    window.set_reading_language("en")
    assert window.show_passage("declaration", "art-5")
    assert "Related provisions (Rights at Hand’s mapping" in window.reader.text()
    window.set_ui_language("fr")
    assert "Dispositions connexes (correspondance établie par Rights at Hand" in \
        window.reader.text()
    assert window.current_passage == "art-5"
    window.set_ui_language("en")


def test_related_provisions_come_just_after_the_first_paint(window: MainWindow) -> None:
    """The first page is built without them (they read other texts: start-up cost); the
    window adds them once painted, at the same place."""
    from PySide6.QtGui import QFont

    from desktop.ui.render import render
    from desktop.ui.themes import theme

    version = window.library.version("declaration", "en")
    colors = theme("light").reader
    bare = render([version], colors, QFont(), window.library, links=False)
    full = render([version], colors, QFont(), window.library, links=True)
    assert "Related provisions" not in bare.document.toPlainText()
    assert "Related provisions" in full.document.toPlainText()
    assert window.reader.links  # the started window has added them


def test_the_notice_stays_when_the_page_is_built_again(window: MainWindow) -> None:
    window.set_reading_language("fr")
    assert window.show_passage("iccpr", "art-21")
    window.set_theme("dark")  # the document is built again (reader.refresh)
    assert "No official French text of this instrument is included" in shown(
        window.reader.banners[0].badge.text())
    window.set_theme("light")
