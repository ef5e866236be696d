"""Say which system packages Qt's window system needs before Qt aborts without them.

    python -m desktop.tools.system_libraries      (run by `make run` before the app)

On a minimal Debian or Ubuntu, Qt's xcb platform plugin (PySide6's wheel bundles Qt, not the
X11 client libraries) fails to load and the app aborts with "Could not load the Qt platform
plugin xcb", naming no missing library (the real ones were libxcb-icccm4 and
libxcb-keysyms1). This check finds the libraries with the system's dynamic linker cache
(`ldconfig -p`; `ctypes.util.find_library` where there is none), without loading Qt, and
names the packages to install, then exits 1. Exit 0, silently, when everything is there, on
other systems, and where Qt will not use xcb (QT_QPA_PLATFORM set to another platform).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Collection, Mapping

#: What Qt's xcb plugin and libQt6XcbQpa (and libQt6Gui under them) load from the system,
#: with the Debian/Ubuntu package that ships each. tests/test_system_libraries.py checks the
#: installed plugin needs nothing outside this table (bar Qt's own and the C library's).
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
}


def linker_cache() -> set[str] | None:
    """The library file names the dynamic linker knows (`ldconfig -p`), or None where it
    cannot be asked (no ldconfig: not glibc, not Linux)."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.access(p, os.X_OK)), None)
    if ldconfig is None:
        return None
    try:
        out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, timeout=20,
                             check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # Lines read "\tlibxcb.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb.so.1".
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def _found_by_ctypes(soname: str) -> bool:
    from ctypes.util import find_library

    stem = soname.removeprefix("lib").split(".so", 1)[0]
    return find_library(stem) == soname


def missing_packages(present: Collection[str] | None = None,
                     found: Callable[[str], bool] = _found_by_ctypes) -> list[str]:
    """The packages to install, each once and sorted, for the libraries not found.
    `present`: the linker cache's names (None: ask `found` for each library)."""
    missing = {package for soname, package in XCB_LIBRARIES.items()
               if not (soname in present if present is not None else found(soname))}
    return sorted(missing)


def message(packages: list[str]) -> str:
    return ("rights-at-hand: Qt cannot open a window on this system: these system packages "
            "are missing:\n  " + " ".join(packages) + "\nInstall them (Debian, Ubuntu):\n"
            "  sudo apt-get install " + " ".join(packages) + "\n")


def needs_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will load its xcb plugin: on Linux, unless told to use another platform
    (offscreen, wayland) by QT_QPA_PLATFORM (a list such as "wayland;xcb" tries the first)."""
    if not platform.startswith("linux"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if wanted:
        return wanted == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def main(environ: Mapping[str, str] = os.environ) -> int:
    if not needs_xcb(environ):
        return 0
    packages = missing_packages(linker_cache())
    if not packages:
        return 0
    sys.stderr.write(message(packages))
    return 1


if __name__ == "__main__":
    sys.exit(main())
