"""The search service's worker thread meets a library that no longer changes under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread

from desktop.library import Library
from desktop.ui.search_service import SearchService
from tests.search.conftest import FIXTURE_FILES, write_content


class _Found:
    def __init__(self, query: str) -> None:
        self.query, self.hits, self.suggestion, self.degraded = query, [], None, False


class _Searcher:
    def search(self, query: str, **_kwargs: Any) -> _Found:
        return _Found(query)

    def close(self) -> None:
        pass


def test_a_search_before_the_library_is_read_waits_for_it(qtbot: Any, tmp_path: Path) -> None:
    """A search asked for before the app's after-paint `load_all` (which leaves damaged
    texts out of the library) must not build the index while the GUI thread changes the
    library: the service reads the rest of the library first, in the GUI thread."""
    root = write_content(tmp_path / "content", FIXTURE_FILES)
    damaged = root / "fixture" / "ru.txt"
    damaged.write_text(damaged.read_text("utf-8").replace("[", "[Bad ", 1), "utf-8")
    library = Library.load(root, lazy=True, lenient=True)
    versions = [v for d in library for v in d.versions.values()]
    seen: dict[str, Any] = {}

    def factory(lib: Library) -> _Searcher:
        seen["in the worker"] = QThread.currentThread() is not qtbot_thread
        seen["all parsed"] = all(v.parsed for d in lib for v in d.versions.values())
        seen["languages"] = lib.document("fixture").languages
        return _Searcher()

    qtbot_thread = QThread.currentThread()
    service = SearchService(library, factory)
    # Nothing is read before the service is used (start-up stays lazy).
    assert not any(v.parsed for v in versions)
    try:
        with qtbot.waitSignal(service.results, timeout=5000) as signal:
            service.request("violence")
        assert signal.args[0].query == "violence"
        assert seen == {"in the worker": True, "all parsed": True,
                        "languages": ["en", "zh", "ar"]}
        assert [Path(e.path).name for e in library.problems] == ["ru.txt"]
        # The app's own call after the first paint then has nothing left to do.
        assert library.load_all() == []
    finally:
        assert service.shutdown()
