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
    assert copied.startswith(f"[{notice('fr', 'en')}]")
    assert "International Covenant on Civil and Political Rights, art. 21" in copied
