"""`rights-at-hand self-test`: drive the real main window offscreen, step by step.

Each step is a named function that gets the running `SelfTest` (window, app, helpers) and
raises `StepFailed` (or any exception) when something is wrong; the first failure stops the
run, is printed with the step's name, and the exit code is 1. Other features add their own
steps with `register_step` (bookmarks, printing), e.g. in their module::

    from desktop.verbs.self_test import SelfTest, StepFailed, register_step

    @register_step("bookmark a passage", after="open the parallel view")
    def _bookmark(t: SelfTest) -> None:
        ...

User data goes to `--data-dir` when given; otherwise to a temporary folder that is removed
afterwards, so a self-test never touches the person's own settings or bookmarks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow


class StepFailed(Exception):
    """A check failed; the message says what was expected and what was seen."""


@dataclass
class Step:
    name: str
    run: Callable[[SelfTest], None]


STEPS: list[Step] = []


def register_step(name: str, after: str | None = None
                  ) -> Callable[[Callable[[SelfTest], None]], Callable[[SelfTest], None]]:
    """Add a step (at the end, or right after the step named `after`)."""

    def add(fn: Callable[[SelfTest], None]) -> Callable[[SelfTest], None]:
        step = Step(name, fn)
        names = [s.name for s in STEPS]
        if name in names:
            STEPS[names.index(name)] = step
        elif after in names:
            STEPS.insert(names.index(after) + 1, step)
        else:
            STEPS.append(step)
        return fn

    return add


class SelfTest:
    """What a step can use: the app, the window, and ways to wait for it."""

    def __init__(self, data_dir: Path, out: Any = None) -> None:
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

    def search(self, query: str, lang: str) -> Any:
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


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# -- the steps ---------------------------------------------------------------------------------


@register_step("start the main window")
def _start(t: SelfTest) -> None:
    from desktop.ui.app import application, start

    t.app = application()
    t.window = start()
    t.wait(lambda: t.w.isVisible() and t.w.reader.rendered is not None, what="the window")
    t.wait(lambda: t.w.extensions_installed, timeout=10, what="bookmarks and printing")
    # By now the window has read every text (just after its first paint), so this names
    # every file left out, as `show` and `search` do: the other steps run without them.
    from desktop.verbs import warn_left_out

    warn_left_out(t.w.library.problems)
    _expect(bool(t.w.reader.text().strip()), "the reader shows no text")


@register_step("go to a reference")
def _goto(t: SelfTest) -> None:
    w = t.w
    w.toolbar.goto.setText("art 12(2)")
    w.toolbar.goto.returnPressed.emit()
    t.wait(lambda: w.current_passage == "art-12.2", timeout=5, what="article 12(2)")
    _expect(w.current_doc == "declaration", f"went to {w.current_doc}, not the Declaration")
    version = w.current_version()
    passage = version.passage("art-12.2") if version is not None else None
    _expect(passage is not None and passage.paragraphs[0] in w.reader.text(),
            "the text of article 12(2) is not in the reader")
    w.toolbar.goto.setText("64/163 para 7")
    w.toolbar.goto.returnPressed.emit()
    t.wait(lambda: (w.current_doc, w.current_passage) == ("res-64-163", "op-7"), timeout=5,
           what="resolution 64/163 para 7")


def _search_and_open(t: SelfTest, query: str, lang: str) -> None:
    w = t.w
    results = t.search(query, lang)
    _expect(bool(results.hits), f"no hits for {query!r} in {lang}: {w.search.status.text()}")
    _expect(all(h.lang == lang for h in results.hits), f"hits outside {lang} for {query!r}")
    hit = results.hits[0]
    w.search.results.setFocus()
    w.search.open_result(0)
    t.wait(lambda: (w.current_doc, w.current_passage) == (hit.doc, hit.passage), timeout=5,
           what=f"the passage of the first hit for {query!r}")
    _expect(w.current_lang == lang, f"the hit opened in {w.current_lang}, not {lang}")
    _expect(bool(w.reader.highlighted_words()),
            f"the words of {query!r} are not highlighted in the reader")


@register_step("search in English and open a result")
def _search_en(t: SelfTest) -> None:
    _search_and_open(t, "assemble peacefully", "en")


@register_step("search in French and open a result")
def _search_fr(t: SelfTest) -> None:
    _search_and_open(t, "réunir pacifiquement", "fr")


@register_step("switch the interface to Arabic and back")
def _arabic(t: SelfTest) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    w = t.w
    english_title = w.menus.file_menu.title()
    w.set_ui_language("ar")
    t.wait(lambda: True)
    _expect(QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            "the interface is not right to left in Arabic")
    _expect(w.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            "the main window is not right to left in Arabic")
    _expect(w.menus.file_menu.title() != english_title,
            f"the menus are not translated into Arabic ({w.menus.file_menu.title()!r})")
    w.set_ui_language("en")
    t.wait(lambda: True)
    _expect(QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight,
            "the interface is not left to right again in English")
    _expect(w.menus.file_menu.title() == english_title, "the menus are not English again")


@register_step("open the parallel view")
def _parallel(t: SelfTest) -> None:
    w = t.w
    w.set_reading_language("en")
    doc = t.w.library.document("declaration")
    second = "ar" if "ar" in doc.versions else next(c for c in doc.languages if c != "en")
    w.show_passage("declaration", "art-5.a")
    w.set_parallel_language(second)
    t.wait(lambda: w.reader.rendered is not None and w.reader.rendered.parallel,
           timeout=5, what="the side-by-side view")
    langs = [v.lang for v in w.reader.versions]
    _expect(langs == ["en", second], f"side by side shows {langs}, not en and {second}")
    tops = w.reader.column_tops("art-5.a")
    _expect(len(tops) == 2 and abs(tops[0] - tops[1]) <= 2,
            f"article 5(a) is not aligned in the two columns (tops {tops})")
    for version in w.reader.versions:
        _expect(version.passage("art-5.a").paragraphs[0] in w.reader.text(),  # type: ignore[union-attr]
                f"article 5(a) in {version.lang} is missing from the side-by-side view")


@register_step("grab the window and check it is not blank")
def _grab(t: SelfTest) -> None:
    w = t.w
    t.wait(lambda: True)
    image = w.grab().toImage()
    _expect(not image.isNull() and image.width() > 200 and image.height() > 200,
            "the window image is empty")
    small = image.scaled(64, 64)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    _expect(len(colours) > 8, f"the window looks blank ({len(colours)} colours)")
    out = t.data_dir / "self-test.png"
    image.save(str(out))


def _finish(t: SelfTest) -> None:
    if t.window is not None:
        from desktop.ui.app import finish

        t.window.close()
        finish(t.window)


def _where(exc: BaseException) -> str:
    """` (at desktop/ui/printing.py:440)`: the last line of the app's own code on the way to
    `exc` (not a library's, where the app's mistake would not be), else the last line."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    here = Path(__file__).resolve()
    package = here.parent.parent
    for frame in reversed(frames):
        path = Path(frame.filename)
        if path.is_relative_to(package) and path != here:  # not run_steps, which called it
            return f" (at {path.relative_to(package.parent).as_posix()}:{frame.lineno})"
    return f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})"


def run_steps(t: SelfTest, steps: list[Step] | None = None) -> tuple[bool, str]:
    """Run the steps in order; (ok, name of the failed step or "")."""
    for step in steps if steps is not None else STEPS:
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


#: Modules that add their own steps with `register_step` when imported (if present).
EXTRA_STEP_MODULES: tuple[str, ...] = ("desktop.ui.bookmarks_panel", "desktop.ui.printing")


def _load_extra_steps() -> None:
    import importlib
    import importlib.util

    for name in EXTRA_STEP_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def run(args: argparse.Namespace) -> int:
    # Offscreen: no display is needed, nothing appears on screen.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop import paths

    temporary = None
    if args.data_dir:
        data_dir = paths.user_paths().data
    else:
        temporary = tempfile.mkdtemp(prefix="rights-at-hand-self-test-")
        paths.configure(temporary)
        data_dir = Path(temporary)
    paths.ensure_dir(data_dir)
    import desktop.ui  # noqa: F401  (before any Qt call: see desktop/ui/__init__.py)

    _quiet_offscreen_warnings()
    _load_extra_steps()
    t = SelfTest(data_dir)
    print(f"self-test in {data_dir}", file=t.out)
    try:
        ok, failed = run_steps(t)
    finally:
        _finish(t)
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
    if ok:
        print("self-test passed", file=t.out)
        return 0
    print(f"self-test FAILED at step: {failed}", file=t.out)
    return 1
