"""PyInstaller runtime hook: a stand-in for `urllib.request`, which the bundle leaves out.

whoosh's compat module runs `from urllib.request import urlretrieve` at import time and never
calls it. The real module would bring HTTP, mail parsing and proxy handling into an app that
never opens a connection. This registers a module whose only function refuses, so the import
succeeds and nothing in the frozen app can fetch a URL.
"""


def _install_stub() -> None:
    import sys
    import types
    import urllib

    stub = types.ModuleType("urllib.request", "Stand-in: Rights at Hand never uses the network.")

    def urlretrieve(*args: object, **kwargs: object) -> None:
        raise OSError("Rights at Hand never uses the network")

    stub.urlretrieve = urlretrieve  # type: ignore[attr-defined]
    sys.modules.setdefault("urllib.request", stub)
    urllib.request = sys.modules["urllib.request"]  # type: ignore[attr-defined]


_install_stub()
del _install_stub
