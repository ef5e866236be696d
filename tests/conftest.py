"""Shared test set-up: Qt offscreen, and a private data folder per test when asked.

QT_QPA_PLATFORM must be set before Qt is imported anywhere, hence at the top of the
top-level conftest (pytest imports it before any test module).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Before any Qt call: protects CPython 3.11 from PySide6's None reference bug
# (see desktop/ui/__init__.py). Importing it loads no Qt module.
import desktop.ui  # noqa: E402,F401
from desktop import paths  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    # The offscreen platform has no window manager to pass size hints to and says so as a
    # warning; that is the test platform talking, not the app.
    config.addinivalue_line("qt_log_ignore", "This plugin does not support propagateSizeHints")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the bundled content, to damage (tests/hardening's `content_copy`
    also writes it a manifest of its own, for tests about altered texts)."""
    root = tmp_path / "content"
    shutil.copytree(paths.content_dir(), root)
    return root


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A fresh `--data-dir` for this test (settings, bookmarks, index cache live there)."""
    folder = tmp_path / "data"
    previous = paths._current
    paths.configure(folder)
    yield folder
    paths._current = previous
