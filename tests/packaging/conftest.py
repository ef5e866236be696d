"""Load the build scripts in packaging/ as modules.

`packaging/` is a folder of scripts, not a package (and `packaging` is also the name of a
PyPI library), so the tests load each file by path under its own name.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    """packaging/<name>.py as a module (its siblings importable, as when run as a script)."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_rules() -> ModuleType:
    return load("bundle_rules")


@pytest.fixture(scope="session")
def build() -> ModuleType:
    return load("build")


@pytest.fixture(scope="session")
def icu_trim() -> ModuleType:
    return load("icu_trim")


@pytest.fixture(scope="session")
def icons() -> ModuleType:
    return load("icons")
