"""No English left in translated screens and printouts (issue 17, point 2): language names
are said in the interface's (or printout's) language. The Chinese banner said "译自：English",
the Arabic one "عن: English", the printouts "原文语言：English", "لغة الأصل: English"."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop.languages import NAMES_IN, language_name
from desktop.library import Library
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown


def _latin_words(text: str) -> list[str]:
    words = "".join(c if unicodedata.category(c).startswith("L") else " " for c in text)
    return [w for w in words.split() if w.isascii()]


def test_every_language_is_named_in_every_language() -> None:
    for in_lang, names in NAMES_IN.items():
        assert set(names) == set(NAMES_IN), in_lang
    assert language_name("en", "zh") == "英文"
    assert language_name("en", "ar") == "الإنكليزية"
    assert language_name("fr", "en") == "French"


@pytest.mark.parametrize(("ui", "source"), [("zh", "译自：\u2068英文\u2069"),
                                            ("ar", "عن: \u2068الإنكليزية\u2069")])
def test_the_banner_names_the_source_language_in_the_interface_language(
        window: MainWindow, ui: str, source: str) -> None:
    window.set_ui_language(ui)
    window.set_reading_language(ui)
    badge = window.reader.banners[0].badge.text()
    assert source in badge
    # The only Latin left is the app's name (in the translator's) and the UN symbol.
    assert "English" not in badge
    assert set(_latin_words(shown(badge))) <= {"Rights", "at", "Hand", "A", "RES"}


@pytest.mark.parametrize(("ui", "translator"), [
    ("fr", "par le projet Rights at Hand,"),
    ("es", "realizada por el proyecto Rights at Hand,"),
    ("ru", "выполнил: проект Rights at Hand,"),
    ("zh", "译者：Rights at Hand 项目，"),
    ("ar", "الجهة المترجمة: مشروع Rights at Hand،"),
])
def test_the_banner_names_the_project_as_translator_in_the_interface_language(
        window: MainWindow, ui: str, translator: str) -> None:
    """The `translator` header is one English line, "Rights at Hand project": the banner
    said "par Rights at Hand project", "译者：Rights at Hand project". The project is named as
    content/source-lines.txt names it in each language; the app's name stays as it is."""
    window.set_ui_language(ui)
    window.set_reading_language("ru")  # the Declaration in Russian: the project's translation
    banner = window.reader.banners[0]
    for said in (banner.badge.text(), banner.badge.accessibleName()):  # seen and heard
        assert translator in shown(said)
        assert "project" not in said


def test_another_translator_is_named_as_written_with_the_remark_translated(
        window: MainWindow) -> None:
    window.set_ui_language("zh")
    banner = window.reader.banners[0]
    header = "Rights at Hand project; not yet reviewed by a professional translator"
    assert banner.translator_text(header) == "Rights at Hand 项目；尚未经专业译者审校"
    assert banner.translator_text("Marie Dupont") == "Marie Dupont"
    window.set_ui_language("en")
    assert banner.translator_text("Rights at Hand project") == "Rights at Hand project"


def test_the_banner_of_an_official_text_in_another_interface(window: MainWindow) -> None:
    window.set_ui_language("zh")
    window.set_reading_language("en")
    badge = shown(window.reader.banners[0].badge.text())
    assert "（英文）" in badge and "English" not in badge


def test_search_hits_name_their_language_in_the_interface_language(
        window: MainWindow, qtbot: object) -> None:
    from tests.ui.helpers import search

    window.set_ui_language("ar")
    results = search(qtbot, window, "defenders", lang="en")
    assert results.hits
    item = window.search.results.item(0)
    assert "(الإنكليزية)" in item.text() and "English" not in item.text()


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("lang", "said"), [("zh", "原文语言：英文"),
                                            ("ar", "لغة الأصل: الإنكليزية"),
                                            ("ru", "Язык оригинала: английский")])
def test_printouts_name_the_source_language_in_their_own(
        library: Library, tmp_path: Path, lang: str, said: str) -> None:
    from desktop.printing.printout import build, select

    html = build(library, [select(library, "declaration:art-12.2")], lang).html
    assert said in html
    assert "English" not in html


@pytest.mark.usefixtures("qapp")
def test_the_pdf_reads_back_without_english(library: Library, tmp_path: Path) -> None:
    from desktop.printing.printout import build, select
    from desktop.ui.printing import export_pdf
    from tests.printing.conftest import pdf_pages, squash

    out = tmp_path / "zh.pdf"
    export_pdf(build(library, [select(library, "declaration:art-12.2")], "zh"), out)
    text = squash(unicodedata.normalize("NFKC", " ".join(pdf_pages(out))))
    assert unicodedata.normalize("NFKC", "原文语言：英文") in text
    assert "English" not in text
