"""The status-bar notice follows the interface language, like every other label."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.library import Library
from desktop.ui.main_window import MainWindow
from tests.hardening.conftest import copy_content

LEFT_OUT_EN = "Some texts could not be read and are left out: declaration/fr.txt"
LEFT_OUT_FR = "Certains textes n’ont pas pu être lus et sont laissés de côté"


class _NoSearch:
    def search(self, query: str, **_kwargs: Any) -> Any:
        from desktop.search import SearchResults

        return SearchResults(query, [], None, 0.0)

    def close(self) -> None:
        pass


@pytest.fixture
def damaged_window(qapp: QApplication, qtbot: Any, data_dir: Path,
                   tmp_path: Path) -> Iterator[MainWindow]:
    """A window on content whose French Declaration has a damaged header."""
    from tests.windows import started_windows

    root = copy_content(tmp_path / "content")
    path = root / "declaration" / "fr.txt"
    path.write_text(path.read_text("utf-8").replace("\norder: ", "\nordre ", 1), "utf-8")
    library = Library.load(root, lazy=True, lenient=True)
    with started_windows(qapp, qtbot) as start:
        window: MainWindow = start(searcher_factory=lambda _lib: _NoSearch(), library=library)
        qtbot.waitUntil(window.notice_label.isVisible, timeout=5000)
        yield window


def test_the_left_out_notice_changes_language_with_the_interface(
    damaged_window: MainWindow,
) -> None:
    window, label = damaged_window, damaged_window.notice_label
    assert label.text() == LEFT_OUT_EN
    details = label.toolTip()
    assert "fr.txt:3:" in details and label.accessibleDescription() == details
    window.menus.language_actions["fr"].trigger()
    assert label.text().startswith(LEFT_OUT_FR) and label.text().endswith("declaration/fr.txt")
    assert label.accessibleName() == label.text()
    assert label.toolTip() == details  # the errors themselves are not translated
    window.menus.language_actions["en"].trigger()
    assert label.text() == LEFT_OUT_EN


def test_another_notice_is_said_beside_it_and_kept(damaged_window: MainWindow) -> None:
    """A bookmarks notice (show_notice) no longer hides the left-out files, and a change of
    language does not drop it."""
    window, label = damaged_window, damaged_window.notice_label
    window.show_notice("Bookmarks are read-only: locked")
    assert label.text() == LEFT_OUT_EN + " Bookmarks are read-only: locked"
    assert label.toolTip().endswith("\nBookmarks are read-only: locked")
    window.menus.language_actions["es"].trigger()
    assert label.text().endswith(" Bookmarks are read-only: locked")
    assert not label.text().startswith("Some texts")
