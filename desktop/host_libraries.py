"""The system libraries Qt loads from the computer it runs on, and what to say when one is missing.

Run from source, PySide6's wheel brings Qt but not the X11, OpenGL, font, GLib and D-Bus
libraries under it. The standalone build brings most libraries but leaves these to the host
too, on purpose (packaging/bundle_rules.py, HOST_LIBRARIES, gives the reason for each). Where
one is missing, the dynamic loader refuses Qt and Python raises an ImportError whose text
names the file ("libdbus-1.so.3: cannot open shared object file: ..."). `explain` turns that
into the package to install instead of a traceback; `make run` checks the whole table before
it starts (desktop/tools/system_libraries.py).

No Qt here: this runs exactly when Qt cannot be loaded.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Collection, Mapping

#: Each library Qt (its xcb plugin, libQt6XcbQpa, libQt6Gui, libQt6DBus and the C++ runtime
#: under them) loads from the system, with the Debian/Ubuntu package that ships it.
#: tests/test_system_libraries.py checks the installed Qt needs nothing outside this table
#: (bar Qt's own and the C library's), and tests/packaging that the bundle leaves nothing else
#: to the host.
PACKAGES: Mapping[str, str] = {
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

#: The C++ runtime: every Linux desktop has it (GCC's), and it is named here only so that a
#: system without it is told which package brings it.
RUNTIME: Mapping[str, str] = {
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

# What the dynamic loader says, as Python's ImportError repeats it:
#   "libdbus-1.so.3: cannot open shared object file: No such file or directory"
_NOT_FOUND = re.compile(r"([\w.+-]+\.so(?:\.[\d.]+)?): cannot open shared object file")


def missing_library(exc: BaseException) -> str | None:
    """The file name of the system library whose absence made this import fail, or None when
    the ImportError is about something else (then it is a defect and must not be hidden)."""
    if not isinstance(exc, ImportError):
        return None
    match = _NOT_FOUND.search(str(exc))
    return match.group(1) if match else None


def package_of(soname: str) -> str | None:
    return PACKAGES.get(soname) or RUNTIME.get(soname)


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
    """The packages to install, each once and sorted, for the libraries of PACKAGES not found.
    `present`: the linker cache's names (None: ask `found` for each library)."""
    missing = {package for soname, package in PACKAGES.items()
               if not (soname in present if present is not None else found(soname))}
    return sorted(missing)


def message(packages: list[str]) -> str:
    return ("rights-at-hand: Qt cannot open a window on this system: these system packages "
            "are missing:\n  " + " ".join(packages) + "\nInstall them (Debian, Ubuntu):\n"
            "  sudo apt-get install " + " ".join(packages) + "\n")


def explain(exc: BaseException, present: Collection[str] | None = None) -> str | None:
    """What to tell a person whose computer lacks a library Qt needs, or None when `exc` is
    not that. Names every package of the table that is missing (one failed import shows only
    the first library), so one install is enough; `present` is the linker cache (read here
    when not given)."""
    soname = missing_library(exc)
    if soname is None:
        return None
    packages = set(missing_packages(linker_cache() if present is None else present))
    package = package_of(soname)
    if package is not None:
        packages.add(package)
    if packages:
        return message(sorted(packages)) + f"(the first one missing: {soname})\n"
    return (f"rights-at-hand: Qt cannot start on this system: the library {soname} is "
            "missing. Install the package that provides it with your system's package "
            "manager.\n")
