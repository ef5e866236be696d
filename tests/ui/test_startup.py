"""Start-up (issue 4): what happens before the first paint, in a fresh process.

Timing is measured by bench/startup.py; here only what must stay true for it: the window is
painted with the Declaration and its menus, and PySide6 has not had to build its Python
classes for the Qt namespace or QStyle by then (their enums cost tens of ms on CPython
3.11). Once painted, the window gets its keyboard shortcuts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, os, sys, tempfile
from desktop import paths
paths.configure(sys.argv[1])
import desktop.ui
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop.ui.app import application, start
from desktop.settings import Settings
settings = Settings.load()
settings.set("ui_language", sys.argv[2])
settings.save()
app = application()
window = start()
seen = {}

def after_paint():
    seen["later_after"] = [m for m in ("desktop.bookmarks.store", "desktop.search.searcher",
                                       "desktop.related") if m in sys.modules]
    seen["shortcut_after"] = window.menus.quick_exit_action.shortcut().toString()
    print(json.dumps(seen), flush=True)
    os._exit(0)

def painted():
    # Posted while the expose was being delivered: runs once it has been handled, i.e. once
    # the window has been painted (paintEvents included), before the work the app does after
    # its first paint (posted during the paint).
    # Modules only needed later (the bookmarks store and SQLCipher, search and its subject
    # index, the related provisions, reference parsing): none is imported by the first paint.
    seen["later_modules"] = sorted(m for m in sys.modules if m.split(".")[0] in (
        "sqlcipher3", "sqlite3") or m.startswith(("desktop.bookmarks", "desktop.search",
        "desktop.subject_index", "desktop.related", "desktop.references")))
    seen["built"] = [n for m, n in ((PySide6.QtCore, "Qt"), (PySide6.QtWidgets, "QStyle"),
                                    (PySide6.QtGui, "QAccessible")) if n in vars(m)]
    # What the first paint showed at the top of the text (the scroll to the text's own
    # title is done when the reader is shown, at its size, not while it is built).
    from PySide6.QtCore import QPoint
    top = window.reader.browser.cursorForPosition(QPoint(40, 20)).block()
    seen["top"] = [top.text(), top.next().text(), top.next().next().text()]

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and "doc" not in seen:
            QTimer.singleShot(0, painted)
            seen["doc"] = window.current_doc
            seen["text"] = window.reader.text()[:200]
            seen["menus"] = [a.text() for a in window.menuBar().actions()]
            seen["shortcut_before"] = window.menus.shortcuts_installed
            QTimer.singleShot(300, after_paint)
        return False

watch = Watch()
window.windowHandle().installEventFilter(watch)
app.exec()
"""


def _start(tmp_path: Path, ui_language: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path), ui_language], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_first_paint_needs_no_slow_pyside_classes(tmp_path: Path) -> None:
    seen = _start(tmp_path, "en")
    assert seen["doc"] == "declaration"
    assert "Declaration on the Right and Responsibility" in str(seen["text"])
    assert "&File" in seen["menus"] and "&Help" in seen["menus"]  # type: ignore[operator]
    # A module that names Qt.Something or uses a QStyle before or while the first paint is
    # done undoes ~30 ms of start-up: name enum values through setProperty, and no Python
    # paintEvent may call an overloaded method that takes a Qt enum (QPainter.setPen(QColor)
    # did, +118 M instructions); see bench/README.md. QAccessible (its Role, Event ... enums,
    # ~20 M) is for screen readers, who hear the first page once it is on screen.
    assert seen["built"] == [], seen["built"]
    # The first paint shows the text's own title at the top (the cover page above it).
    top = seen["top"]
    assert "ANNEX" in top[:2] and top.index("ANNEX") < 2, top  # type: ignore[union-attr]
    assert top[top.index("ANNEX") + 1].startswith(  # type: ignore[union-attr]
        "Declaration on the Right and Responsibility of Individuals"), top
    assert seen["later_modules"] == [], seen["later_modules"]
    # ...and they are there just after it (the bookmarks store is opened then).
    assert seen["later_after"] == ["desktop.bookmarks.store", "desktop.search.searcher",
                                   "desktop.related"]
    assert seen["shortcut_before"] is False  # keys come right after the paint
    assert seen["shortcut_after"] == "Ctrl+Shift+Q" or sys.platform == "darwin"


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_first_paint_in_arabic_and_chinese(tmp_path: Path, lang: str) -> None:
    seen = _start(tmp_path, lang)
    assert seen["doc"] == "declaration"
    script = range(0x0600, 0x0700) if lang == "ar" else range(0x4E00, 0xA000)
    assert any(ord(c) in script for c in str(seen["text"]))  # the text in that language
    assert "&File" not in seen["menus"]  # type: ignore[operator]
    assert any(ord(c) in script for c in "".join(seen["menus"]))  # type: ignore[arg-type]


def test_pyside_module_check_gives_pysides_own_answers(tmp_path: Path) -> None:
    """desktop.ui swaps PySide6's "does this module use PySide6?" import check for a quicker
    one (bench/README.md, Start-up); the answers must be the ones PySide's own gives."""
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "no_qt.py").write_text("VALUE = 'PySide2 only'\n", encoding="utf-8")
    # Modules without a .py file: bytecode only, and source inside a zip archive (as in
    # the PyInstaller bundle, whose modules come from an archive).
    import py_compile
    import zipfile

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "compiled_qt.py").write_text("import PySide6\n", encoding="utf-8")
    py_compile.compile(str(tmp_path / "src" / "compiled_qt.py"),
                       cfile=str(tmp_path / "compiled_qt.pyc"))
    with zipfile.ZipFile(tmp_path / "mods.zip", "w") as archive:
        archive.writestr("zipped_qt.py", "import PySide6.QtCore\n")
        archive.writestr("zipped_plain.py", "X = 1\n")
    code = r"""
import json, sys
import PySide6
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
import desktop.ui
quick = feature._mod_uses_pyside
assert quick is not original
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/mods.zip")
import uses_qt, no_qt, compiled_qt, zipped_qt, zipped_plain, math, _json
import desktop.library, desktop.ui.reader
modules = [uses_qt, no_qt, compiled_qt, zipped_qt, zipped_plain, math, _json, sys,
           desktop.library, desktop.ui.reader]
print(json.dumps([[m.__name__, original(m), quick(m)] for m in modules]))
"""
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    answers = {name: (orig, quick) for name, orig, quick in json.loads(done.stdout)}
    assert answers["uses_qt"] == (True, True)
    assert answers["no_qt"] == (False, False)
    assert answers["compiled_qt"] == (False, False)  # no source to look at
    assert answers["zipped_qt"] == (True, True)
    assert answers["zipped_plain"] == (False, False)
    assert answers["math"] == (False, False)
    assert answers["_json"] == (False, False)
    assert answers["sys"] == (False, False)
    assert answers["desktop.library"] == (False, False)
    assert answers["desktop.ui.reader"] == (True, True)
