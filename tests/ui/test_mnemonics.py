"""Keyboard mnemonics (the `&` letters) reach one target each, in all six languages.

Someone using the keyboard only opens a menu with Alt+letter and picks an item with its
letter: two menu-bar titles with the same letter, or two items of one menu, make the key
cycle between them instead of acting. The labels of the toolbar, the search panel and the
bookmarks panel focus their field with Alt+letter too, so they must not take a menu-bar
title's letter either. The Language menu's items are language names in their own
language: they have no mnemonic on purpose.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from desktop.languages import LANGUAGES
from desktop.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter Qt gives Alt to (as QKeySequence.mnemonic reads it: "&&" is a plain "&"),
    upper case; None if the text has none. More than one `&` letter is an error."""
    letters = []
    i = text.find("&")
    while 0 <= i < len(text) - 1:
        if text[i + 1] == "&":
            i += 1
        elif text[i + 1].isprintable():
            letters.append(text[i + 1].upper())
        i = text.find("&", i + 1)
    assert len(letters) <= 1, f"several mnemonics in {text!r}"
    return letters[0] if letters else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Mnemonic -> the texts sharing it, for every mnemonic used more than once."""
    count = Counter(m for m in map(mnemonic, texts) if m)
    return {m: [t for t in texts if mnemonic(t) == m] for m, n in count.items() if n > 1}


def menus_of(window: MainWindow) -> list[QMenu]:
    """The menus a person can open from the menu bar (submenus included), and the bookmarks
    panel's "More" menu."""
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu) and action.isVisible():
                walk(sub)

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            walk(menu)
    more = getattr(window.bookmarks, "more_menu", None)
    if isinstance(more, QMenu):
        found.append(more)
    return found


def bar_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def field_labels(window: MainWindow) -> list[str]:
    """Labels whose Alt+letter focuses a field of the main window (not of a menu)."""
    toolbar = window.toolbar
    labels = [toolbar.goto_label, toolbar.lang_label, toolbar.parallel_label,
              window.search.lang_label, window.search.doc_label]
    note = getattr(window.bookmarks, "note_label", None)
    if isinstance(note, QLabel):
        labels.append(note)
    return [label.text() for label in labels]


@pytest.fixture
def full_window(window: MainWindow) -> MainWindow:
    """The window with bookmarks and printing in it (their menus have the most items)."""
    assert window.bookmarks is not None, "bookmarks not installed"
    assert window.menus.print_action.isEnabled(), "printing not installed"
    assert window.menus.bookmarks_menu.menuAction().isVisible()
    window.search  # noqa: B018 (built on first use; its labels are checked too)
    return window


def _in(window: MainWindow, lang: str) -> None:
    window.ctx.translations.install(lang)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_bar_titles_have_distinct_mnemonics(full_window: MainWindow, lang: str) -> None:
    _in(full_window, lang)
    titles = bar_titles(full_window)
    assert len(titles) == 7, titles
    assert all(mnemonic(t) for t in titles), titles
    assert not clashes(titles), (lang, clashes(titles))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_items_of_each_menu_have_distinct_mnemonics(full_window: MainWindow,
                                                    lang: str) -> None:
    _in(full_window, lang)
    languages = full_window.menus.language_menu
    problems = []
    for menu in menus_of(full_window):
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        if menu is languages:
            # Language names, each in its own language: no mnemonic, on purpose.
            assert not any(mnemonic(t) for t in texts), texts
            continue
        problems += [f"{menu.title() or 'More'}: no mnemonic: {t}" for t in texts
                     if not mnemonic(t)]
        problems += [f"{menu.title() or 'More'}: {m}: {', '.join(ts)}"
                     for m, ts in clashes(texts).items()]
    assert len(menus_of(full_window)) >= 9  # File ... Help, Theme, More
    assert not problems, (lang, problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_toolbar_labels_do_not_take_a_menu_bar_letter(full_window: MainWindow,
                                                      lang: str) -> None:
    _in(full_window, lang)
    toolbar = full_window.toolbar
    labels = [toolbar.goto_label.text(), toolbar.lang_label.text(),
              toolbar.parallel_label.text()]
    assert all(mnemonic(t) for t in labels), labels
    assert not clashes(bar_titles(full_window) + labels), (
        lang, clashes(bar_titles(full_window) + labels))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_alt_letter_of_the_window_reaches_one_target(full_window: MainWindow,
                                                           lang: str) -> None:
    """Menu-bar titles, and the labels of the toolbar, search and bookmarks panels."""
    _in(full_window, lang)
    texts = bar_titles(full_window) + field_labels(full_window)
    assert len(texts) == 13, texts
    assert all(mnemonic(t) for t in texts), texts
    assert not clashes(texts), (lang, clashes(texts))


def test_mnemonic_reads_like_qt() -> None:
    assert mnemonic("&File") == "F"
    assert mnemonic("Re&do") == "D"
    assert mnemonic("文件(&F)") == "F"
    assert mnemonic("Salt && &pepper") == "P"
    assert mnemonic("Salt && pepper") is None
    assert mnemonic("&Язык") == "Я"
    assert clashes(["&Print…", "Export as &PDF…", "&Quit"]) == {
        "P": ["&Print…", "Export as &PDF…"]}


def _translations(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the Qt Linguist source of `lang`."""
    from xml.etree import ElementTree

    from desktop.paths import resources_dir

    ts = resources_dir() / "translations" / f"rights_at_hand_{lang}.ts"
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


#: Arabic letters and marks that need Shift on the standard Arabic keyboard: Alt plus them is
#: Alt+Shift+key, which Qt does not match with the mnemonic's Alt+letter.
_ARABIC_SHIFTED = set("أإآـ،؛؟") | {chr(c) for c in range(0x064B, 0x0653)}


def test_arabic_mnemonics_need_no_shift() -> None:
    shifted = {source: text for (_, source), text in _translations("ar").items()
               if (m := mnemonic(text)) and m in _ARABIC_SHIFTED}
    assert not shifted, shifted


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_print_range_dialog_letters_are_distinct(lang: str) -> None:
    """The dialog's From and To labels each focus their box with Alt+letter."""
    table = _translations(lang)
    labels = [table[("printing", "&From:")], table[("printing", "&To:")]]
    assert all(mnemonic(t) for t in labels), labels
    assert not clashes(labels), (lang, labels)
