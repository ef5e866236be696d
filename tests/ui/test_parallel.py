"""Issue 4, point 3: two languages side by side, aligned, scrolling together, RTL beside LTR."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown


def _second(window: MainWindow) -> str:
    langs = window.library.document("declaration").languages
    return "ar" if "ar" in langs else next(c for c in langs if c != "en")


@pytest.fixture
def parallel(window: MainWindow) -> MainWindow:
    window.set_reading_language("en")
    window.set_parallel_language(_second(window))
    return window


def test_two_languages_side_by_side(parallel: MainWindow) -> None:
    second = _second(parallel)
    assert [v.lang for v in parallel.reader.versions] == ["en", second]
    assert parallel.reader.rendered is not None and parallel.reader.rendered.parallel
    text = parallel.reader.text()
    for lang in ("en", second):
        version = parallel.library.version("declaration", lang)
        assert version.passage("art-12.2").paragraphs[0] in text
    # Both sources are shown, one banner per language.
    assert all(b.isVisible() for b in parallel.reader.banners)
    assert "Official UN text (English)" in shown(parallel.reader.banners[0].badge.text())
    assert parallel.menus.parallel_action.isChecked()
    assert parallel.toolbar.parallel.currentData() == second


def test_passages_are_aligned(parallel: MainWindow, qtbot: Any) -> None:
    for pid in ("res-pp-1", "art-5.a", "art-9.3.c", "art-12.2", "art-20", "fn-3"):
        parallel.show_passage("declaration", pid)
        tops = parallel.reader.column_tops(pid)
        assert len(tops) == 2 and abs(tops[0] - tops[1]) <= 2, (pid, tops)


def test_columns_scroll_together(parallel: MainWindow) -> None:
    parallel.show_passage("declaration", "art-18.1")
    tops = parallel.reader.column_tops("art-18.1")
    bar = parallel.reader.browser.verticalScrollBar()
    bar.setValue(bar.value() - 100)
    moved = parallel.reader.column_tops("art-18.1")
    assert moved[0] - tops[0] == moved[1] - tops[1] == 100


def test_current_passage_highlighted_in_both_columns(parallel: MainWindow) -> None:
    parallel.goto("art 12(2)")
    r = parallel.reader.rendered
    assert r is not None and r.table is not None
    row = r.rows["art-12.2"]
    colour = parallel.reader.colors.current.lower()
    for col in range(2):
        cell = r.table.cellAt(row, col)
        assert cell.format().background().color().name() == colour


def test_right_to_left_beside_left_to_right(parallel: MainWindow) -> None:
    if _second(parallel) != "ar":
        pytest.skip("no Arabic text yet")
    r = parallel.reader.rendered
    assert r is not None
    en_start, ar_start = (span[0] for span in r.spans["art-1"])
    en_block = r.document.findBlock(en_start)
    ar_block = r.document.findBlock(ar_start)
    assert en_block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert ar_block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Laid out that way: the Arabic text ends at the right edge of its column, the English
    # starts at the left edge of its column.
    en_line = en_block.layout().lineAt(0)
    ar_line = ar_block.layout().lineAt(0)
    assert en_line.naturalTextRect().left() < 5
    ar_width = ar_block.layout().boundingRect().width()
    assert ar_width - ar_line.naturalTextRect().right() < 5
    # The English column is on the left, the Arabic one on the right.
    view = parallel.reader.browser
    assert view.cursorRect(_cursor(r, en_start)).left() < view.cursorRect(
        _cursor(r, ar_start)).left()


def _cursor(r: Any, pos: int) -> Any:
    from PySide6.QtGui import QTextCursor

    c = QTextCursor(r.document)
    c.setPosition(pos)
    return c


def test_english_stays_left_to_right_in_the_arabic_interface(parallel: MainWindow) -> None:
    parallel.set_ui_language("ar")
    assert parallel.layoutDirection() == Qt.LayoutDirection.RightToLeft
    r = parallel.reader.rendered
    assert r is not None
    en_block = r.document.findBlock(r.spans["art-1"][0][0])
    assert en_block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_interface_puts_the_first_language_on_the_right(parallel: MainWindow,
                                                               qapp: Any) -> None:
    """Each banner stays above its own column when the interface mirrors."""
    parallel.set_ui_language("ar")
    qapp.processEvents()
    r = parallel.reader.rendered
    assert r is not None
    view = parallel.reader.browser
    first, second = (view.cursorRect(_cursor(r, span[0])).left() for span in r.spans["art-1"])
    assert first > second  # the reading language (English) is now the right-hand column
    banners = [b.mapTo(parallel, b.rect().topLeft()).x() for b in parallel.reader.banners]
    assert banners[0] > banners[1]
    tops = parallel.reader.column_tops("art-12.2")
    assert abs(tops[0] - tops[1]) <= 2
    parallel.set_ui_language("en")
    qapp.processEvents()
    r = parallel.reader.rendered
    assert r is not None
    first, second = (view.cursorRect(_cursor(r, span[0])).left() for span in r.spans["art-1"])
    assert first < second


def test_window_never_grows_beyond_the_screen(parallel: MainWindow, qapp: Any) -> None:
    """Long status lines wrap or elide; they must not push the window off a small screen."""
    screen = qapp.primaryScreen().availableGeometry()
    for lang in ("ar", "ru", "zh", "en"):
        parallel.set_ui_language(lang)
        qapp.processEvents()
        assert parallel.minimumSizeHint().width() <= screen.width(), lang
        assert parallel.width() <= screen.width(), lang


def test_side_by_side_off_again(parallel: MainWindow) -> None:
    parallel.menus.parallel_action.trigger()
    assert parallel.reader.rendered is not None and not parallel.reader.rendered.parallel
    assert not parallel.reader.banners[1].isVisible()
    assert parallel.settings.get("parallel_language") == ""


def test_side_by_side_folds_the_banners_and_gives_the_room_to_the_text(
        parallel: MainWindow, qtbot: Any) -> None:
    """Side by side, two banners with their notes left ~180 px of text at 800 x 600: each
    folds to its status line, cut to one line, behind "More" (issue 17, point 5); what the
    text is (official, unofficial, guidance) stays in view."""
    banner = next(b for b in parallel.reader.banners if b.version and b.version.header.get("note"))
    for size in ((1000, 900), (800, 600)):
        parallel.resize(*size)
        qtbot.wait(100)  # the resize, then the layouts it sets off
        assert not banner.note.isVisible()
        assert all(b.badge.isVisible() and not b.source.isVisible()
                   for b in parallel.reader.banners)
    short_text = parallel.reader.browser.height()
    banners = max(b.height() for b in parallel.reader.banners)
    assert short_text > 5 * banners, (short_text, banners)  # the text has the room
    banner.more.click()  # "More" shows the note and the source again
    qtbot.wait(100)
    assert banner.note.isVisible() and banner.source.isVisible()
    banner.more.click()
    qtbot.wait(100)
    assert not banner.note.isVisible()
    assert parallel.reader.browser.height() >= short_text - 1
