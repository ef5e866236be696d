"""Fonts when needed (issue 17, point 12): the Chinese and Arabic fonts are read when text in
those scripts is first shown, not before the first window. A start in English read all six
font files (3.9 MB of them the Chinese regular) though no Chinese was on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli_helpers import ROOT

PROBE = r"""
import json, os, sys
from pathlib import Path
from desktop import paths
paths.configure(Path(sys.argv[1]))
from desktop.ui.app import application, start
from desktop.ui import fonts
app = application()
def spin():
    for _ in range(30):
        app.processEvents()
def read():
    return sorted(p.name for p in fonts.loaded_files())
steps = {}
window = start(None)
steps["first window"] = read()
spin()
steps["after the first paint"] = read()
window.set_reading_language("zh")
spin()
steps["Chinese text shown"] = read()
window.menus.language_menu.aboutToShow.emit()
steps["language menu opened"] = read()
print(json.dumps(steps))
os._exit(0)
"""

LATIN = ["NotoSans-Bold.ttf", "NotoSans-Regular.ttf"]
CJK = ["NotoSansCJKsc-Bold.otf", "NotoSansCJKsc-Regular.otf"]
ARABIC = ["NotoSansArabic-Bold.ttf", "NotoSansArabic-Regular.ttf"]


def _steps(tmp_path: Path, language: str) -> dict[str, list[str]]:
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.json").write_text(
        json.dumps({"ui_language": language}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(data)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    steps: dict[str, list[str]] = json.loads(out.stdout.strip().splitlines()[-1])
    return steps


def test_an_english_start_reads_only_the_latin_font_until_other_scripts_show(
        tmp_path: Path) -> None:
    steps = _steps(tmp_path, "en")
    assert steps["first window"] == LATIN
    assert steps["after the first paint"] == LATIN
    assert steps["Chinese text shown"] == sorted(LATIN + CJK)
    # The language menu names العربية in its own script: its font comes with the menu.
    assert steps["language menu opened"] == sorted(LATIN + CJK + ARABIC)


def test_a_chinese_interface_has_its_font_for_the_first_window(tmp_path: Path) -> None:
    steps = _steps(tmp_path, "zh")
    assert steps["first window"] == sorted(LATIN + CJK)


#: The first Chinese and Arabic typed into the search box of an English start: the box shaped
#: its text before the fonts of those scripts were loaded (they load when the text changes).
TYPED = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import qInstallMessageHandler
from desktop import paths
paths.configure(Path(sys.argv[1]))
messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
from desktop.ui.app import application, start
from desktop.ui import fonts
app = application()
window = start(None)
window.resize(1366, 768)
window.side.setCurrentWidget(window.search_slot)  # the search panel on screen
box = window.search.query
def settle():
    for _ in range(200):
        app.processEvents()
        if not window.search.is_searching():
            break
        time.sleep(0.02)
    app.processEvents()
settle()
before = sorted(p.name for p in fonts.loaded_files())
box.setText(sys.argv[2])
settle()
typed = box.grab().toImage()
box.setText("")  # shaped afresh, the fonts now loaded: what the text looks like
box.setText(sys.argv[2])
settle()
fresh = box.grab().toImage()
print(json.dumps({"before": before, "after": sorted(p.name for p in fonts.loaded_files()),
                  "same": typed == fresh, "width": typed.width(), "messages": messages}))
os._exit(0)
"""


def test_first_chinese_and_arabic_typed_are_drawn_with_their_fonts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    query = "art 5 OR article OR статья OR 条 OR المادة"
    out = subprocess.run([sys.executable, "-c", TYPED, str(data), query], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == LATIN  # the case at hand: typed before the fonts were loaded
    assert result["after"] == sorted(LATIN + CJK + ARABIC)
    # Without the new shaping: 条 was a box (or, with Noto CJK installed, nothing and Qt's
    # "load glyph failed") and المادة other Arabic letters, until the next key.
    assert result["width"] > 300  # the whole query in sight
    assert result["same"], "the typed text was drawn with glyphs shaped for other fonts"
    assert not [m for m in result["messages"] if "glyph" in m]


#: Chinese and Arabic typed into the reader's find bar of an English start, before any text
#: in those scripts was shown: the bundled fonts come later, with a Chinese text opened and
#: the language menu (العربية) opened.
LATER = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import qInstallMessageHandler
from desktop import paths
paths.configure(Path(sys.argv[1]))
messages = []
qInstallMessageHandler(lambda kind, context, text: messages.append(text))
from desktop.ui.app import application, start
from desktop.ui import fonts
app = application()
app.setCursorFlashTime(0)  # a steady text cursor: a blink would differ between the looks
window = start(None)
window.resize(1366, 768)
def settle():  # the find bar searches on a timer: let it, before each look
    end = time.monotonic() + 0.6
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
settle()
window.reader.open_find()
box = window.reader.find_bar.edit
box.setText(sys.argv[2])
settle()
before = sorted(p.name for p in fonts.loaded_files())
window.set_reading_language("zh")   # a Chinese text: the Chinese font is loaded
fonts.ensure_language("ar")         # as the language menu does for العربية
settle()
shown = box.grab().toImage()
box.setText("")  # shaped afresh, the fonts now loaded: what the text looks like
box.setText(sys.argv[2])
settle()
fresh = box.grab().toImage()
print(json.dumps({"before": before, "after": sorted(p.name for p in fonts.loaded_files()),
                  "same": shown == fresh, "messages": messages}))
os._exit(0)
"""


def test_text_typed_before_its_font_is_drawn_with_it_once_loaded(tmp_path: Path) -> None:
    """Not only the search box: any line edit holding Chinese or Arabic when that script's
    font is loaded later is shaped again (the find bar here)."""
    data = tmp_path / "data"
    (data / "config").mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    out = subprocess.run([sys.executable, "-c", LATER, str(data), "条 المادة"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == LATIN  # the find bar's text was shaped without them
    assert result["after"] == sorted(LATIN + CJK + ARABIC)
    assert result["same"], "the find bar kept glyphs shaped for other fonts"
    assert not [m for m in result["messages"] if "glyph" in m]
