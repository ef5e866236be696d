"""Fixtures for the GUI tests: the real main window, offscreen, in its own data folder.

The real search index is opened once per session (building it takes a moment) and shared;
each window gets a wrapper that does not close it. Tests that need a controllable searcher
(stale queries) pass their own factory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.library import Library
from desktop.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def library() -> Library:
    return Library.load()


class _Shared:
    """A searcher used by many windows: the worker's close() must not close it."""

    def __init__(self, searcher: Any) -> None:
        self._searcher = searcher

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._searcher.search(*args, **kwargs)

    def close(self) -> None:
        pass


@pytest.fixture(scope="session")
def real_searcher(library: Library, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from desktop.search import open_searcher

    previous = paths._current
    paths.configure(tmp_path_factory.mktemp("index-data"))
    searcher = open_searcher(library)
    paths._current = previous
    yield searcher
    searcher.close()


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qapp: QApplication, qtbot: Any, data_dir: Path, library: Library,
                real_searcher: Any) -> Iterator[MakeWindow]:
    """Start a main window (as the app does); closed, and the app reset, afterwards."""
    from tests.windows import started_windows

    with started_windows(qapp, qtbot, activate=True) as start:

        def make(start_ref: str | None = None, searcher_factory: Any = None) -> MainWindow:
            factory = searcher_factory or (lambda _lib: _Shared(real_searcher))
            return start(start_ref, searcher_factory=factory, library=library)

        yield make


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
