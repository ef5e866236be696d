"""Ranges of passages (`declaration:art-12.1..art-12.3`) and keeping one's place.

A bookmark on a range, `open REF` with a range and the go-to box all land on the range's
first passage, at the top of the view, with the whole range highlighted. Changing the
language of the text keeps the passage being read at the top.
"""

from __future__ import annotations

import argparse
from typing import Any

import pytest
from PySide6.QtGui import QColor

from desktop.ui.main_window import MainWindow

RANGE = "declaration:art-12.1..art-12.3"


def _highlighted(window: MainWindow) -> list[str]:
    """Passages shown with the 'current passage' background, as a person sees them."""
    r = window.reader.rendered
    assert r is not None
    current = QColor(window.reader.colors.current)
    return [pid for pid in r.order
            if r.document.findBlock(r.spans[pid][0][0]).blockFormat().background().color()
            == current]


def _settle(qtbot: Any) -> None:
    qtbot.wait(150)  # the reflow after a new document (banner height, scroll bar)


def _at_top(window: MainWindow, pid: str) -> bool:
    """The passage is the first one in view, within a line of the top edge."""
    return window.reader.top_passage() == pid and 0 <= window.reader.passage_rect_top(pid) < 60


@pytest.mark.parametrize("reading", ["en", "fr"])
@pytest.mark.parametrize("start", ["declaration:art-20", "res-64-163:op-3", "guide-app-safety"])
def test_a_bookmark_on_a_range_opens_at_its_start_highlighted(
    make_window: Any, qtbot: Any, start: str, reading: str
) -> None:
    window = make_window(start)
    window.set_reading_language(reading)
    panel = window.bookmarks
    assert panel is not None
    bm = panel.add_passages("declaration", reading, ["art-12.1", "art-12.3"])
    assert bm is not None and bm.ref == RANGE
    panel.select_bookmark(bm.id)
    panel.open_current()  # what Enter or a double-click on the bookmark does
    _settle(qtbot)
    assert window.current_doc == "declaration" and window.current_lang == reading
    assert _at_top(window, "art-12.1"), (window.reader.top_passage(),
                                         window.reader.passage_rect_top("art-12.1"))
    assert _highlighted(window) == ["art-12.1", "art-12.2", "art-12.3"]
    assert window.selected_passages() == ["art-12.1", "art-12.2", "art-12.3"]


@pytest.mark.parametrize("ref", ["declaration:art-12.2", RANGE])
def test_changing_the_language_keeps_the_passage_at_the_top(
    make_window: Any, qtbot: Any, ref: str
) -> None:
    window = make_window(ref)
    _settle(qtbot)
    first = "art-12.2" if ".." not in ref else "art-12.1"
    for lang in ("fr", "es", "en", "fr"):  # the French banner has a note: it is taller
        window.set_reading_language(lang)
        _settle(qtbot)
        assert window.current_lang == lang
        assert _at_top(window, first), (lang, window.reader.top_passage())


def test_the_go_to_box_takes_a_range(window: MainWindow, qtbot: Any) -> None:
    window.toolbar.goto.setText(RANGE)
    window.toolbar.goto.returnPressed.emit()
    _settle(qtbot)
    assert window.current_passage == "art-12.1..art-12.3"
    assert _at_top(window, "art-12.1")
    window.toolbar.goto.setText("declaration:art-12.1..art-99")
    window.toolbar.goto.returnPressed.emit()
    assert window.toolbar.goto_error.text() == "Not found"
    assert window.current_passage == "art-12.1..art-12.3"  # nothing moved


def test_open_takes_a_range(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import app
    from desktop.verbs import open as open_verb

    seen: dict[str, Any] = {}
    monkeypatch.setattr(app, "run", lambda ref, library=None: seen.setdefault("ref", ref) and 0)
    assert open_verb.run(argparse.Namespace(ref=RANGE)) == 0
    assert seen["ref"] == RANGE


def test_open_with_a_range_of_unknown_passages_says_so(tmp_path: Any) -> None:
    from tests.cli_helpers import run_cli

    result = run_cli("open", "declaration:art-12.1..art-99", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "art-99" in result.stderr
    assert "Traceback" not in result.stderr


def test_opened_at_a_range_the_window_shows_it(make_window: Any, qtbot: Any) -> None:
    window = make_window(RANGE)
    _settle(qtbot)
    assert _at_top(window, "art-12.1")
    assert _highlighted(window) == ["art-12.1", "art-12.2", "art-12.3"]
