"""The go-to box's examples (its placeholder, and the Go to passage action's tip) in every
interface language: each is written in that language's own reference words, and typed into
the box it opens the passage it names. The Chinese placeholder showed "64/163 para 7", an
English example, to a Chinese reader."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop import references
from desktop.languages import LANGUAGES
from desktop.library import Library
from desktop.ui.main_window import MainWindow

#: what each translation puts before its examples ("e.g.")
LEAD = {"en": "e.g. ", "fr": "ex. ", "es": "p. ej. ", "ru": "напр. ", "zh": "例如：",
        "ar": "مثلاً: "}


def placeholder_examples(window: MainWindow, lang: str) -> list[str]:
    text = window.toolbar.goto.placeholderText()
    assert text.startswith(LEAD[lang]), text
    return [e.strip() for e in re.split(r"[,，、،]", text[len(LEAD[lang]):])]


def tip_examples(window: MainWindow) -> list[str]:
    tip = window.menus.goto_action.toolTip()
    return [e.strip("\u00a0 ") for e in re.findall(r"[“«](.+?)[”»]", tip)]


def read_in_its_own_words(lang: str, example: str, library: Library,
                          monkeypatch: pytest.MonkeyPatch) -> str:
    """The passage `example` names, read with that language's reference words alone."""
    own = references._compiled((lang,))
    if own.rewrites:
        # Chinese writes its numbers inside its words (第十二条): its rewrites turn them into
        # the parser's own ("art 12"); what the person reads holds no Latin word.
        assert not re.search(r"[A-Za-z]", example), example
        folded = references._fold(example)
        assert references._rewrite(folded, own) != folded, example
    else:
        monkeypatch.setattr(references, "_words", lambda: own)
    try:
        return references.resolve(example, library).canonical()
    finally:
        monkeypatch.undo()


def _type_enter(window: MainWindow, text: str) -> None:
    box = window.toolbar.goto
    box.setFocus()
    box.setText(text)  # keyClicks cannot type Chinese or Arabic
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(box, QKeyEvent(kind, Qt.Key.Key_Return,
                                              Qt.KeyboardModifier.NoModifier, "\r"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_example_is_in_its_language_and_opens_a_passage(
        window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch, qtbot: Any,
        lang: str) -> None:
    window.set_ui_language(lang)
    examples = placeholder_examples(window, lang)
    assert len(examples) == 2 and examples == tip_examples(window), (examples, lang)
    for example in examples:
        canonical = read_in_its_own_words(lang, example, library, monkeypatch)
        doc, _, pid = canonical.partition(":")
        window.show_passage("guide-safety", "")  # somewhere else first
        assert window.current_doc != doc
        _type_enter(window, example)
        qtbot.wait(10)
        assert window.toolbar.goto_error.text() == "", (lang, example)
        assert window.current_doc == doc, (lang, example)
        assert window.current_passage.startswith(pid), (lang, example, window.current_passage)
        shown = window.reader.browser.toPlainText()
        passage = library.document(doc).versions[window.reader.versions[0].lang]
        assert any(p.text[:40] in shown for p in passage.passages
                   if p.id.startswith(pid) and p.text), (lang, example)
