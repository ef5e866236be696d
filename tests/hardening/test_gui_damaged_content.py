"""The real main window on content with a damaged file: it opens, and says what is missing.

A damaged header is met when the library is loaded, a damaged body when a text is first
read (at the latest just after the first paint), a damaged topics.txt with the library:
each is left out, the window opens on what can be read, and the status bar names what was
left out. Only when nothing at all can be read does the app refuse to open, in a window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop.library import NothingReadable
from desktop.settings import Settings
from desktop.ui.main_window import MainWindow
from tests.hardening.conftest import copy_content, damage_header
from tests.hardening.gui_probe import DialogCloser
from tests.ui.helpers import search, shown
from tests.windows import NoSearch

ENGLISH_ART_1 = "Everyone has the right, individually and in association with others, to promote"
LEFT_OUT_FR = "Certains textes n’ont pas pu être lus et sont laissés de côté"
TOPICS_LEFT_OUT = "The list of topics could not be read and is left out: topics.txt"


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the content, which the app reads instead of the real one."""
    root = copy_content(tmp_path / "content")
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(root))
    return root


@pytest.fixture
def start_window(qapp: QApplication, qtbot: Any, data_dir: Path) -> Iterator[Any]:
    from tests.windows import started_windows

    with started_windows(qapp, qtbot) as start:

        def make(ref: str | None = None, language: str = "", real_search: bool = False
                 ) -> MainWindow:
            if language:  # the person's language, as a first start would find it
                # Widgets that earlier tests closed, and left for Qt to delete, would get
                # the change of language too (with their bookmarks store closed).
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                settings = Settings.load()
                settings.set("ui_language", language)
                assert settings.save()
            window: MainWindow = start(
                ref, searcher_factory=None if real_search else (lambda _: NoSearch()))
            return window

        yield make


def _damage_body(content: Path) -> int:
    path = content / "declaration" / "fr.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index("[art-5]")
    lines[at] = "[art-5 broken"
    path.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


def _damage_topics(content: Path) -> int:
    path = content / "topics.txt"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\ngarbage\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def _notice(qtbot: Any, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: window.notice_label.isVisible(), timeout=5000)
    return window.notice_label.text()


def _languages(window: MainWindow) -> list[str]:
    box = window.toolbar.lang
    return [box.itemData(i) for i in range(box.count())]


def _top_level(window: MainWindow) -> list[str]:
    tree = window.contents.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_damaged_header_in_the_persons_language_falls_back_to_english(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    damage_header(content)
    window = start_window(language="fr")
    assert (window.current_doc, window.current_lang) == ("declaration", "en")
    assert [v.lang for v in window.reader.versions] == ["en"]
    assert ENGLISH_ART_1 in window.reader.text()
    assert "Pas disponible dans la langue demandée (français)" in shown(
        window.reader.banners[0].status_text())
    notice = _notice(qtbot, window)
    assert notice.startswith(LEFT_OUT_FR) and notice.endswith(": declaration/fr.txt")
    assert "fr.txt:3: header line is not 'field: value': 'ordre 1'" in \
        window.notice_label.toolTip()
    assert window.notice_label.accessibleDescription() == window.notice_label.toolTip()
    assert _languages(window) == ["en", "es", "ru", "zh", "ar"]
    assert window.contents.topics  # only the one file is missing
    # French stays readable where its file is whole.
    assert window.show_passage("res-64-163", "op-7")
    assert window.current_lang == "fr"


def test_a_damaged_header_elsewhere_does_not_change_the_first_page(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    damage_header(content)
    window = start_window(language="es")
    assert (window.current_doc, window.current_lang) == ("declaration", "es")
    assert "declaration/fr.txt" in _notice(qtbot, window)
    assert "fr" not in _languages(window)


def test_a_damaged_body_met_before_the_first_paint_is_left_out_too(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    """A French guide links to the Declaration's articles, whose French file is then read
    for the links' labels before the window is first shown: it falls back to English."""
    line = _damage_body(content)
    window = start_window("guide-plain-words", language="fr")
    assert (window.current_doc, window.current_lang) == ("guide-plain-words", "fr")
    assert window.reader.text().strip()
    notice = _notice(qtbot, window)
    assert notice.startswith(LEFT_OUT_FR) and notice.endswith(": declaration/fr.txt")
    assert window.notice_label.toolTip().count("\n") == 0  # named once, not twice
    assert f"fr.txt:{line}:" in window.notice_label.toolTip()
    assert window.show_passage("declaration", "art-1")
    assert window.current_lang == "en"


def test_a_damaged_topics_file_leaves_only_the_topics_out(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    line = _damage_topics(content)
    window = start_window()
    assert window.current_doc == "declaration" and window.reader.text().strip()
    assert window.contents.topics == [] and window.ctx.topics == []
    assert "Topics" not in _top_level(window) and "Guidance" in _top_level(window)
    assert _notice(qtbot, window) == TOPICS_LEFT_OUT
    assert f"topics.txt:{line}: expected '[topic-id]'" in window.notice_label.toolTip()


def test_the_notice_names_texts_and_topics_together(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    damage_header(content)
    _damage_topics(content)
    window = start_window()
    assert _notice(qtbot, window) == (
        "Some texts could not be read and are left out: declaration/fr.txt "
        + TOPICS_LEFT_OUT)
    assert window.notice_label.toolTip().count("\n") == 1


def _hit(doc: str, passage: str, lang: str) -> Any:
    from desktop.search import Hit

    return Hit(doc, passage, lang, 1.0, "\ue000word\ue001", f"{doc}, {passage}",
               frozenset({"word"}))


def test_a_hit_in_a_left_out_text_opens_what_is_left(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    """An index made before the file was damaged can still point into it: the hit opens the
    document in another language, or says it is not found if the whole document is gone."""
    from desktop.search import SearchResults

    damage_header(content)
    for path in sorted((content / "guide-app-safety").glob("*.txt")):
        damage_header(content, "guide-app-safety", path.stem)
    window = start_window("res-64-163:op-7")
    assert "guide-app-safety" not in window.library
    panel = window.search
    results = SearchResults("word", [_hit("declaration", "art-12.2", "fr"),
                                     _hit("guide-app-safety", "intro", "fr")], None, 1.0)
    window.ctx.search.results.emit(results)
    assert panel.results.count() == 2

    assert panel.open_result(0)
    assert (window.current_doc, window.current_passage) == ("declaration", "art-12.2")
    assert window.current_lang == "en" and [v.lang for v in window.reader.versions] == ["en"]
    assert "Not available in French" in shown(window.reader.banners[0].status_text())
    assert "2. The State shall take all necessary measures" in window.reader.text()

    assert panel.open_result(1)
    assert window.statusBar().currentMessage() == "Not found: guide-app-safety:intro"
    assert (window.current_doc, window.current_passage) == ("declaration", "art-12.2")
    assert "2. The State shall take all necessary measures" in window.reader.text()


def test_search_in_the_window_finds_the_rest(
    start_window: Any, content: Path, qtbot: Any
) -> None:
    damage_header(content)
    window = start_window(real_search=True)
    results = search(qtbot, window, "réunir pacifiquement", "fr")
    assert results is not None and results.hits, window.search.status.text()
    # In French, or the English text of a document without a French one (the Covenant),
    # said so; never the damaged Declaration.
    assert all((h.lang == "fr" or h.notice) and h.doc != "declaration" for h in results.hits)
    assert results.hits[0].lang == "fr"
    assert window.search.open_result(0)
    assert window.current_lang == "fr"


def test_nothing_readable_is_said_in_a_window(
    qapp: QApplication, content: Path, data_dir: Path
) -> None:
    """Someone who double-clicked the app sees why it does not open, not only stderr."""
    from desktop.ui.app import start

    for path in content.glob("*/*.txt"):
        path.write_bytes(b"\xff not a content file\n")
    closer = DialogCloser()
    try:
        with pytest.raises(NothingReadable) as info:
            start(explain_failure=True)
    finally:
        closer.stop()
    assert closer.seen == [
        f"The texts could not be read, so the app cannot open. {info.value}"]
    assert str(info.value).startswith(f"none of the texts in {content} can be read")
