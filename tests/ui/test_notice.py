"""The status-bar notice follows the interface language, like every other label."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.languages import LRI, PDI
from desktop.library import Library
from desktop.ui.main_window import MainWindow
from tests.hardening.conftest import copy_content, damage_header
from tests.windows import NoSearch

LEFT_OUT_EN = "Some texts could not be read and are left out: declaration/fr.txt"
LEFT_OUT_FR = "Certains textes n’ont pas pu être lus et sont laissés de côté"


@pytest.fixture
def damaged_window(qapp: QApplication, qtbot: Any, data_dir: Path,
                   tmp_path: Path) -> Iterator[MainWindow]:
    """A window on content whose French Declaration has a damaged header."""
    from tests.windows import started_windows

    root = copy_content(tmp_path / "content")
    damage_header(root)
    library = Library.load(root, lazy=True, lenient=True)
    with started_windows(qapp, qtbot) as start:
        window: MainWindow = start(searcher_factory=lambda _lib: NoSearch(), library=library)
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


# -- the bookmarks store's notices: said again in the new language too -----------------------


@pytest.fixture
def start_window(qapp: QApplication, qtbot: Any, data_dir: Path) -> Iterator[Any]:
    from tests.windows import started_windows

    with started_windows(qapp, qtbot) as start:

        def make(library: Library | None = None) -> MainWindow:
            window: MainWindow = start(searcher_factory=lambda _lib: NoSearch(),
                                       library=library)
            qtbot.waitUntil(window.notice_label.isVisible, timeout=5000)
            return window

        yield make


def test_a_read_only_store_notice_changes_language(
    start_window: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was said in the language of the moment the window opened, and stayed so."""
    from desktop.bookmarks import store

    monkeypatch.setattr(store, "_writable_folder", lambda folder: False)  # a locked stick
    window = start_window()
    label = window.notice_label
    # The English reason with its path, isolated left to right (in Arabic it would show its
    # slashes moved to the other end).
    reason = (f"{LRI}the data folder {data_dir} is read-only; bookmarks can be read but not "
              f"changed{PDI}")
    assert label.text() == f"Bookmarks are read-only: {reason}"
    window.menus.language_actions["fr"].trigger()
    assert label.text() == f"Les signets sont en lecture seule\u00a0: {reason}"
    assert label.accessibleName() == label.text() and label.toolTip() == label.text()
    window.menus.language_actions["ar"].trigger()
    assert label.text() == f"العلامات المرجعية للقراءة فقط: {reason}"
    window.menus.language_actions["en"].trigger()
    assert label.text() == f"Bookmarks are read-only: {reason}"


def test_a_recovered_store_notice_changes_language_beside_the_left_out_files(
    start_window: Any, data_dir: Path, tmp_path: Path
) -> None:
    """Both notices at once: a damaged content file left out, and a damaged bookmarks file
    set aside. The recovery notice was the store's English sentence in every language."""
    root = copy_content(tmp_path / "content")
    damage_header(root)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "bookmarks.sqlite3").write_bytes(b"this is not a database" * 100)
    window = start_window(Library.load(root, lazy=True, lenient=True))
    label = window.notice_label
    assert window.bookmarks is not None
    recovery = window.bookmarks.store.recovery
    assert recovery is not None and recovery.kept is not None
    reason, kept = f"{LRI}{recovery.reason}{PDI}", f"{LRI}{recovery.kept}{PDI}"
    english = (f"The bookmarks file was damaged ({reason}) and was kept as {kept}. A new file "
               "holds what could be recovered (bookmarks: 0, folders: 0).")
    assert label.text() == f"{LEFT_OUT_EN} {english}"
    window.menus.language_actions["es"].trigger()
    assert not label.text().startswith("Some texts")
    assert (f"El archivo de marcadores estaba dañado ({reason}) y se ha conservado como "
            f"{kept}.") in label.text()
    assert label.toolTip().endswith("carpetas: 0).")
    window.menus.language_actions["zh"].trigger()
    assert f"书签文件已损坏（{reason}），已保留为 {kept}。" in label.text()
    window.menus.language_actions["en"].trigger()
    assert label.text() == f"{LEFT_OUT_EN} {english}"
    # The panel's own line says it in the interface language too (it was the store's
    # English sentence).
    assert window.bookmarks.status.text() == english
