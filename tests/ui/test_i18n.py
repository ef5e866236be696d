"""Issue 4, point 4: the interface in six languages, right to left in Arabic."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow
from tests.ui.helpers import shown

OTHERS = ("fr", "es", "ru", "zh", "ar")
PLACEHOLDER = re.compile(r"\{[a-z]+\}|%[0-9]")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(i18n.ts_path(lang)).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]  # type: ignore[misc]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_string_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 100
    for context, source, node in messages:
        assert node is not None and node.get("type") is None, (context, source)
        text = node.text or ""
        assert text.strip(), (context, source)
        # Placeholders are filled in by the code: they must survive translation.
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            lang, source, text)


def test_ts_files_cover_every_string_in_the_code() -> None:
    """Every self.tr("...") literal of desktop/ui has an entry (run `i18n update` if not)."""
    sources = {s for _c, s, _n in _messages("fr")}
    found = set()
    for path in sorted((Path(i18n.__file__).parent).glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'(?:self\.tr|translate\("\w+",)\(?\s*((?:"[^"]*"\s*)+)\)', text):
            found.add("".join(re.findall(r'"([^"]*)"', m.group(1))))
    missing = {s for s in found if s.replace("\\n", "\n") not in sources}
    assert not missing, f"not in the .ts files: {sorted(missing)[:5]}"


def test_strings_translated_by_context_are_filed_under_that_context() -> None:
    """QCoreApplication.translate("Reader", "...") finds only an entry of the "Reader"
    context (or of the empty one, see i18n.ContextFallback): the same words filed under
    another class stay English on screen. The Reader's "Bookmarked: {note}" tooltip was."""
    pairs = {(c, s) for c, s, _n in _messages("fr")}
    missing = set()
    for path in sorted((Path(i18n.__file__).parent).glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'translate\(\s*"(\w+)",\s*((?:"[^"]*"\s*)+)\)', text):
            source = "".join(re.findall(r'"([^"]*)"', m.group(2))).replace("\\n", "\n")
            if (m.group(1), source) not in pairs and ("", source) not in pairs:
                missing.add((path.name, m.group(1), source))
    assert not missing, f"not filed under their context: {sorted(missing)[:5]}"


def test_build_command_compiles_every_language(tmp_path: Path) -> None:
    for lang in OTHERS:
        qm = tmp_path / f"{lang}.qm"
        subprocess.run([i18n._tool("lrelease"), "-silent", str(i18n.ts_path(lang)),
                        "-qm", str(qm)], check=True)
        tr = QTranslator()
        assert tr.load(str(qm))
        assert tr.translate("Actions", "&File") not in ("", "&File")


def test_ts_fallback_when_qm_not_built(qapp: Any) -> None:
    tr = i18n.TsTranslator(i18n.ts_path("fr"))
    assert tr.translate("Actions", "&File") == "&Fichier"
    assert not tr.translate("Actions", "no such string")
    QCoreApplication.installTranslator(tr)
    try:
        assert QCoreApplication.translate("NavigationBar", "Quick exit") == "Sortie rapide"
        # A string it does not have stays as it is (not blanked).
        assert QCoreApplication.translate("Elsewhere", "Untranslated") == "Untranslated"
    finally:
        QCoreApplication.removeTranslator(tr)


def test_first_start_follows_the_system_locale(make_window: MakeWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert i18n.system_language() == "es"
    window = make_window()
    assert window.ui_language == "es"
    assert window.menus.file_menu.title() == "&Archivo"
    assert window.current_lang == "es"  # the text follows the interface at first


def test_unknown_system_locale_gives_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_language_menu_changes_the_interface(window: MainWindow) -> None:
    assert window.menus.file_menu.title() == "&File"
    window.menus.language_actions["fr"].trigger()
    assert window.menus.file_menu.title() == "&Fichier"
    assert window.toolbar.quick_exit.text() == "Sortie rapide"
    assert window.side.tabText(0) == "Sommaire"
    assert window.menus.language_menu.title() == "&Langue (Language)"
    assert window.settings.get("ui_language") == "fr"
    # Language names are always in their own language, whatever the interface.
    assert window.menus.language_actions["zh"].text() == "中文"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_language_translates_what_is_on_screen(window: MainWindow, lang: str) -> None:
    english = (window.menus.file_menu.title(), window.toolbar.quick_exit.text(),
               window.search.query.placeholderText(), shown(window.reader.banners[0].badge.text()))
    window.set_ui_language(lang)
    now = (window.menus.file_menu.title(), window.toolbar.quick_exit.text(),
           window.search.query.placeholderText(), shown(window.reader.banners[0].badge.text()))
    assert all(a != b for a, b in zip(english, now, strict=True)), now


def test_arabic_turns_the_whole_interface_right_to_left(window: MainWindow, qapp: Any) -> None:
    window.set_ui_language("ar")
    qapp.processEvents()  # layouts are redone on the next turn of the event loop
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for widget in (window, window.toolbar, window.side, window.search, window.contents.tree,
                   window.menuBar()):
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft, widget
    # The side panel is on the right, the quick-exit button on the left.
    assert window.side.mapTo(window, window.side.rect().topLeft()).x() > window.width() / 2
    assert window.toolbar.quick_exit.mapTo(window, window.toolbar.quick_exit.rect().topLeft()
                                           ).x() < window.width() / 2
    window.set_ui_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qt_own_dialogs_are_translated(window: MainWindow) -> None:
    window.set_ui_language("fr")
    # Standard buttons come from Qt's own catalogue (qtbase_fr.qm).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    window.set_ui_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_bookmarks_and_printing_parts_are_translated_too(window: MainWindow) -> None:
    window.set_ui_language("fr")
    assert window.menus.print_action.text() == "&Imprimer…"
    if window.bookmarks is not None:
        assert window.side.tabText(window.side.indexOf(window.bookmarks)) == "Signets"
        panel: Any = window.bookmarks
        assert panel.filter_edit.placeholderText() == "Filtrer par note…"
        assert window.menus.bookmarks_menu.title() == "&Signets"


def test_interface_font_follows_the_script(window: MainWindow, qapp: Any) -> None:
    if not window.ctx.fonts:
        pytest.skip("no bundled fonts in this checkout")
    from desktop.printing.fonts import FAMILIES

    for lang in ("zh", "ar", "en"):
        window.set_ui_language(lang)
        firsts = qapp.font().families()[:2]
        if lang == "ar":
            assert firsts[0] == FAMILIES["arabic"]
        elif lang == "zh":
            # Latin first, so Latin text keeps Latin quotes (issue 17, point 3); the
            # Chinese font next, before the Arabic one, for the interface's own words.
            assert firsts == [FAMILIES["latin"], FAMILIES["cjk"]]
        else:
            assert firsts[0] == FAMILIES["latin"]


def test_shortcuts_are_written_with_plus_signs_in_arabic(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    window.set_ui_language("ar")
    text = QKeySequence("Ctrl+Shift+Q").toString(QKeySequence.SequenceFormat.NativeText)
    assert text.count("+") == 2, text


def test_update_keeps_the_translation_of_a_string_that_moved_class() -> None:
    """lupdate files a string moved to another class as new, and drops the old entry: the
    update command takes the translation back."""
    from desktop.ui.i18n import carry_over

    before = """<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
</context>
</TS>"""
    after = """<TS version="2.1" language="fr">
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>"""
    out = carry_over(before, after)
    assert "<translation>&amp;Note&#xa0;:</translation>" in out
    assert out.count('type="unfinished"') == 1  # "New" has no translation yet
    assert "<name>BookmarksPanel</name>" in out


def test_every_interface_string_has_a_translation() -> None:
    from desktop.ui.i18n import ts_path

    for lang in ("fr", "es", "ru", "zh", "ar"):
        text = ts_path(lang).read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, lang
        assert "<translation></translation>" not in text, lang


def test_translators_get_no_code_comments() -> None:
    """`i18n update` drops the `#:` code comments lupdate would hand to translators."""
    for lang in OTHERS:
        assert "<extracomment>" not in i18n.ts_path(lang).read_text(encoding="utf-8"), lang
    raw = ("<message>\n        <source>Quit</source>\n        <extracomment>Called by app."
           "finish() at a\n normal exit</extracomment>\n        <translation>Quitter"
           "</translation>\n    </message>")
    assert i18n.without_code_comments(raw) == (
        "<message>\n        <source>Quit</source>\n        <translation>Quitter"
        "</translation>\n    </message>")


@pytest.mark.parametrize("lang", ["ar", "en", "zh"])
def test_the_status_line_takes_the_interface_direction(window: MainWindow, lang: str) -> None:
    """Qt gives a label the direction of its first strong letter, isolates not skipped: the
    status line starts with the isolated UN symbol, so without a mark an Arabic line was
    laid out left to right and, where it wrapped, drew the symbol beside the translator's
    name instead of at the start."""
    import unicodedata

    from desktop.languages import is_rtl

    window.set_ui_language(lang)
    window.set_reading_language("ar")
    text = window.reader.banners[0].badge.text()
    assert "A/RES/53/144" in text
    first = next(unicodedata.bidirectional(c) for c in text
                 if unicodedata.bidirectional(c) in ("L", "R", "AL"))
    assert (first in ("R", "AL")) == is_rtl(lang), (lang, text[:20])
    window.set_ui_language("en")
