"""Keep the standard library's URL fetching out of the app's process.

whoosh's compat module runs `from urllib.request import urlretrieve` at import time and never
calls it. The real module would load HTTP, TLS, mail parsing and proxy handling into an app
that never opens a connection. `install()` registers a stand-in whose every function refuses,
so that import succeeds and nothing in the app can fetch a URL. The CLI installs it before any
command runs; the frozen build installs it from a runtime hook.
"""

from __future__ import annotations

import sys
import types
from typing import NoReturn

MESSAGE = "Rights at Hand never uses the network"


def _refuse(*args: object, **kwargs: object) -> NoReturn:
    raise OSError(MESSAGE)


class _Refusing(types.ModuleType):
    """`urllib.request` stand-in: any function taken from it refuses when called."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        return _refuse


def install() -> bool:
    """Register the stand-in unless the real module is already loaded; True if installed."""
    if "urllib.request" in sys.modules:
        return False
    stub = _Refusing("urllib.request", "Stand-in: " + MESSAGE + ".")
    sys.modules["urllib.request"] = stub
    package = sys.modules.get("urllib")  # the empty package; set its attribute if loaded
    if package is not None:
        package.request = stub  # type: ignore[attr-defined]
    return True
