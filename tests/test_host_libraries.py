"""A computer without a system library Qt loads gets the package to install, not a traceback.

The standalone build leaves D-Bus, fontconfig, FreeType, GLib, libX11 and the C++ runtime to
the host (packaging/bundle_rules.py says why); when one is missing, importing Qt fails with the
dynamic loader's words inside an ImportError, and the app turns them into an install line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from desktop import host_libraries

ROOT = Path(__file__).resolve().parent.parent

# The words CPython's ImportError carries when the loader cannot find a library Qt links to.
LOADER_SAYS = "libdbus-1.so.3: cannot open shared object file: No such file or directory"


def test_the_missing_library_is_read_from_the_loaders_words() -> None:
    assert host_libraries.missing_library(ImportError(LOADER_SAYS)) == "libdbus-1.so.3"
    assert host_libraries.missing_library(ImportError(
        "libstdc++.so.6: cannot open shared object file: No such file or directory"
    )) == "libstdc++.so.6"
    # Anything else is a defect, to be raised as such.
    assert host_libraries.missing_library(ImportError("No module named 'whoosh'")) is None
    assert host_libraries.missing_library(OSError(LOADER_SAYS)) is None


def test_every_missing_package_is_named_in_one_install_line() -> None:
    present = set(host_libraries.PACKAGES) - {"libdbus-1.so.3", "libfreetype.so.6"}
    text = host_libraries.explain(ImportError(LOADER_SAYS), present)
    assert text is not None
    assert "sudo apt-get install libdbus-1-3 libfreetype6\n" in text
    assert "(the first one missing: libdbus-1.so.3)" in text
    assert host_libraries.explain(ImportError("No module named 'x'"), present) is None


def test_a_library_outside_the_table_is_still_named() -> None:
    text = host_libraries.explain(ImportError(
        "libfoo.so.9: cannot open shared object file: No such file or directory"),
        set(host_libraries.PACKAGES))
    assert text is not None and "libfoo.so.9 is missing" in text


def _start_where_importing(module: str, fails_with: str,
                           home: Path) -> subprocess.CompletedProcess[str]:
    """The real start (`rights-at-hand` with no arguments, as a double-click runs it), in a
    process where importing `module` raises ImportError(`fails_with`)."""
    script = textwrap.dedent(f"""
        import sys
        from importlib.abc import MetaPathFinder

        class Refuse(MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name == {module!r}:
                    raise ImportError({fails_with!r})
                return None

        sys.meta_path.insert(0, Refuse())
        from desktop.cli import main
        sys.exit(main([]))
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_app_started_without_a_host_library_says_what_to_install(tmp_path: Path) -> None:
    """On a system where the loader refuses Qt (here: libQt6Gui's libdbus-1.so.3 is missing):
    exit 1, the package named, no traceback."""
    out = _start_where_importing("PySide6.QtGui", LOADER_SAYS, tmp_path)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    assert "libdbus-1-3" in out.stderr and "sudo apt-get install" in out.stderr
    assert out.stdout == ""


def test_another_import_error_is_not_hidden(tmp_path: Path) -> None:
    out = _start_where_importing(
        "PySide6.QtWidgets", "cannot import name 'QFoo' from 'PySide6.QtWidgets'", tmp_path)
    assert out.returncode != 0
    assert "Traceback" in out.stderr and "QFoo" in out.stderr
