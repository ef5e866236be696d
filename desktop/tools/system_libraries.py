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
import sys
from collections.abc import Mapping

# The table and the look-ups live with the app (desktop/host_libraries.py: the frozen app
# needs them when Qt cannot load); this module is what `make run` calls first.
from desktop.host_libraries import linker_cache, message, missing_packages


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
