"""Search off the GUI thread: each request supersedes the previous one.

The panel calls `request()` on every keystroke (after a short pause). Requests are numbered;
the worker skips a request that has been superseded before it starts, and the service drops
results of any request but the newest, so a slow early query can never overwrite the
results of what the person typed last. The worker never touches widgets: results come back
by signal. The searcher is opened in the worker too (it may build an index, which takes
seconds), right after the window is shown; the library is fully loaded, in the GUI thread,
before the worker starts (see `_started`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.errors import UserError
from desktop.library import Library

if TYPE_CHECKING:  # the search package (whoosh) is imported in the worker, when it opens
    from desktop.search.searcher import SearchResults

log = logging.getLogger(__name__)


class TextSearcher(Protocol):
    """What the service asks of a searcher (`desktop.search.Searcher`, or a test's)."""

    def search(self, query: str, lang: str | None = None, doc: str | None = None,
               limit: int = 20) -> SearchResults: ...


SearcherFactory = Callable[[Library], TextSearcher]


def default_factory(library: Library) -> TextSearcher:
    from desktop.search import open_searcher

    return open_searcher(library)


class _Worker(QObject):
    done = Signal(int, object)  # request id, SearchResults
    failed = Signal(int, str)  # request id, message for the person
    opened = Signal(bool, str)  # searcher ready?, message

    def __init__(self, library: Library, factory: SearcherFactory) -> None:
        super().__init__()
        self.library = library
        self.factory = factory
        self.searcher: TextSearcher | None = None
        self.open_error = ""
        #: Newest request id; written by the GUI thread (a plain int: assignment is atomic).
        self.latest = 0

    def _ensure(self) -> bool:
        if self.searcher is None and not self.open_error:
            try:
                self.searcher = self.factory(self.library)
                self.opened.emit(True, "")
            except Exception as exc:  # the app stays usable for reading without search
                log.exception("search index could not be opened")
                self.open_error = str(exc) or exc.__class__.__name__
                self.opened.emit(False, self.open_error)
        return self.searcher is not None

    @Slot()
    def warm_up(self) -> None:
        self._ensure()

    @Slot(int, str, str, str, int)
    def run(self, rid: int, query: str, lang: str, doc: str, limit: int) -> None:
        if rid != self.latest:
            return  # superseded while waiting in the queue
        if not self._ensure() or self.searcher is None:
            self.failed.emit(rid, self.open_error)
            return
        try:
            results = self.searcher.search(query, lang=lang or None, doc=doc or None,
                                           limit=limit)
        except UserError as exc:
            self.failed.emit(rid, str(exc))
            return
        except Exception as exc:
            log.exception("search failed for %r", query)
            self.failed.emit(rid, str(exc) or exc.__class__.__name__)
            return
        if rid == self.latest:
            self.done.emit(rid, results)

    @Slot()
    def close(self) -> None:
        if self.searcher is not None and hasattr(self.searcher, "close"):
            try:
                self.searcher.close()
            except Exception:
                log.exception("closing the searcher")
        self.searcher = None


class SearchService(QObject):
    """Owns the worker thread. Signals carry only the newest request's outcome."""

    results = Signal(object)  # SearchResults
    failed = Signal(str)
    ready = Signal(bool, str)  # the index opened (True) or could not be (False, why)

    _run = Signal(int, str, str, str, int)
    _warm = Signal()
    _close = Signal()

    def __init__(self, library: Library, factory: SearcherFactory | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._factory = factory or default_factory
        # The thread and its worker are made on first use (warm_up, just after the first
        # paint, or a search): starting a thread costs start-up time the first paint does
        # not need (bench/README.md, Start-up).
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._latest = 0
        self.is_ready = False
        self.ready.connect(self._set_ready)

    def _started(self) -> _Worker:
        if self._worker is None:
            # Every text is parsed here, in the GUI thread, before the worker can touch the
            # library: parsing leaves a damaged version out of it (a change to the
            # library), which must not happen while the worker builds or opens the index
            # from it. The app does this just after the first paint anyway; a search asked
            # for before that (or a window started without it) would otherwise race it,
            # and could leave search unavailable for the session. A second call is free.
            self._library.load_all()
            self._thread = QThread()
            self._thread.setObjectName("search")
            self._worker = _Worker(self._library, self._factory)
            self._worker.moveToThread(self._thread)
            self._run.connect(self._worker.run)
            self._warm.connect(self._worker.warm_up)
            self._close.connect(self._worker.close)
            self._worker.done.connect(self._done)
            self._worker.failed.connect(self._failed)
            self._worker.opened.connect(self.ready)
            self._thread.finished.connect(self._worker.deleteLater)
            self._thread.start()
        return self._worker

    def _set_ready(self, ok: bool, _message: str) -> None:
        self.is_ready = ok

    def warm_up(self) -> None:
        """Open the index now, in the background, so the first search is quick."""
        self._started()
        self._warm.emit()

    def request(self, query: str, lang: str | None = None, doc: str | None = None,
                limit: int = 50) -> int:
        worker = self._started()
        self._latest += 1
        worker.latest = self._latest
        self._run.emit(self._latest, query, lang or "", doc or "", limit)
        return self._latest

    def cancel(self) -> None:
        """Forget any request in flight (the query box was emptied)."""
        self._latest += 1
        if self._worker is not None:
            self._worker.latest = self._latest

    @property
    def latest(self) -> int:
        return self._latest

    def _done(self, rid: int, results: SearchResults) -> None:
        if rid == self._latest:
            self.results.emit(results)

    def _failed(self, rid: int, message: str) -> None:
        if rid == self._latest:
            self.failed.emit(message)

    def shutdown(self, wait_ms: int = 2000) -> bool:
        """Stop the thread; a search in progress may finish (it takes ms). False if the
        thread is still busy after `wait_ms` (opening or building the index)."""
        if self._thread is None or not self._thread.isRunning():
            return True
        self.cancel()
        self._close.emit()
        self._thread.quit()
        if not self._thread.wait(wait_ms):
            log.warning("search thread did not stop in %d ms", wait_ms)
            return False
        return True
