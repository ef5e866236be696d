"""The core works in a plain Python: every non-UI module imports with PySide6 blocked."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parent.parent

# Modules that are allowed to need Qt: the UI package and the verbs that open windows or print.
QT_MODULES = (
    "desktop.ui",
    "desktop.verbs.gui",
    "desktop.verbs.open",
    "desktop.verbs.self_test",
    "desktop.verbs.export_pdf",
)

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("PySide6 is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if info.name.startswith(QT_MODULES) or info.name == "desktop.__main__":
            continue
        names.append(info.name)
    return names


def test_every_core_module_imports_without_pyside6() -> None:
    names = core_modules()
    assert "desktop.library" in names and "desktop.references" in names
    out = subprocess.run(
        [sys.executable, "-c", BLOCKER, *names], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"imported {len(names)}"


def test_the_blocker_really_blocks() -> None:
    out = subprocess.run(
        [sys.executable, "-c", BLOCKER, "PySide6.QtCore"], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode != 0 and "blocked" in out.stderr
