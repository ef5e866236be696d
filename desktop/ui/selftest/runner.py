"""Running self-test steps: what a step gets, how a failure is told, and the run itself.

A step is a function that gets the running `SelfTest` and raises `StepFailed` (or any
exception) when something is wrong; the first failure stops the run and is printed on one
line with the step's name (and, for an unexpected error, where in the app it happened).
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.search.searcher import SearchResults
    from desktop.ui.main_window import MainWindow


class StepFailed(Exception):
    """A check failed; the message says what was expected and what was seen."""


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[SelfTest], None]


class SelfTest:
    """What a step can use: the app, the window, and ways to wait for it."""

    def __init__(self, data_dir: Path, out: TextIO | None = None) -> None:
        self.data_dir = data_dir
        self.out = out if out is not None else sys.stdout
        self.app: QApplication | None = None
        self.window: MainWindow | None = None

    @property
    def w(self) -> MainWindow:
        if self.window is None:
            raise StepFailed("the main window was not started")
        return self.window

    def wait(self, condition: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
        """Process events until `condition()` holds, or fail after `timeout` seconds."""
        assert self.app is not None
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise StepFailed(f"timed out after {timeout:g} s waiting for {what or 'the app'}")
            self.app.processEvents()
            time.sleep(0.005)
        self.app.processEvents()

    def search(self, query: str, lang: str) -> SearchResults:
        """Type a query in the search panel with a language filter; wait for the results."""
        w = self.w
        w.focus_search()
        w.search.set_filters(lang, "")
        w.search.query.setText(query)
        w.search.search_now()
        self.wait(lambda: not w.search.is_searching(), what=f"results for {query!r}")
        results = w.search.last_results
        if results is None:
            raise StepFailed(f"no answer for {query!r}: {w.search.status.text()}")
        return results


def expect(condition: bool, message: str) -> None:
    """Fail the step with `message` unless `condition` holds."""
    if not condition:
        raise StepFailed(message)


def _where(exc: BaseException) -> str:
    """` (at desktop/ui/printing.py:440)`: the last line of the app's own code on the way to
    `exc` (not a library's, where the app's mistake would not be), else the last line."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    here = Path(__file__).resolve()
    package = here.parents[2]  # desktop/
    for frame in reversed(frames):
        path = Path(frame.filename)
        if path.is_relative_to(package) and path != here:  # not run_steps, which called it
            return f" (at {path.relative_to(package.parent).as_posix()}:{frame.lineno})"
    return f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})"


def run_steps(t: SelfTest, steps: Sequence[Step]) -> tuple[bool, str]:
    """Run the steps in order; (ok, name of the failed step or "")."""
    for step in steps:
        started = time.perf_counter()
        try:
            step.run(t)
        except StepFailed as exc:
            print(f"FAIL  {step.name}: {exc}", file=t.out)
            return False, step.name
        except Exception as exc:
            # A step that breaks is reported like one that fails, by its name, on one line
            # (no traceback for a person to read); where it broke is enough to find it.
            print(f"FAIL  {step.name}: {exc.__class__.__name__}: {exc}{_where(exc)}",
                  file=t.out)
            return False, step.name
        print(f"ok    {step.name} ({(time.perf_counter() - started) * 1000:.0f} ms)", file=t.out)
    return True, ""


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it cannot pass size hints to a window manager it
    does not have; that is not a problem of the app."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _finish(t: SelfTest) -> None:
    if t.window is not None:
        from desktop.ui.app import finish

        t.window.close()
        finish(t.window)


def run_all(data_dir: Path, steps: Sequence[Step]) -> bool:
    """The steps (`steps.STEPS`), in the given data folder (already configured as the
    app's); then the window is closed as the app closes it. True when all passed; the
    output says so."""
    _quiet_offscreen_warnings()
    t = SelfTest(data_dir)
    print(f"self-test in {data_dir}", file=t.out)
    try:
        ok, failed = run_steps(t, steps)
    finally:
        _finish(t)
    if ok:
        print("self-test passed", file=t.out)
    else:
        print(f"self-test FAILED at step: {failed}", file=t.out)
    return ok
