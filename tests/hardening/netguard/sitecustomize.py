"""A network guard loaded into a child process through PYTHONPATH (see test_no_network.py).

Python imports `sitecustomize` at start-up, before the app's own code. This one replaces
the ways Python reaches the internet with functions that write what was attempted to the
file named by RIGHTS_AT_HAND_NET_GUARD and then fail, so the app sees a dead network rather
than a working one and the test sees every attempt, even one the app caught and ignored.
At exit it also writes which networking modules and libraries the process had loaded.
"""

from __future__ import annotations

import atexit
import os
import socket
import sys
from typing import Any

_LOG = os.environ.get("RIGHTS_AT_HAND_NET_GUARD", "")
_INET = (socket.AF_INET, socket.AF_INET6)
#: Python modules whose only purpose is talking to other machines.
NETWORK_MODULES = (
    "PySide6.QtNetwork",
    "http.client",
    "urllib.request",
    "ssl",
    "ftplib",
    "smtplib",
    "xmlrpc.client",
    "asyncio",
    "socketserver",
    "requests",
    "urllib3",
)


def _record(line: str) -> None:
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(line.replace("\n", " ") + "\n")


class _GuardedSocket(socket.socket):
    def __init__(
        self,
        family: Any = -1,
        type: Any = -1,
        proto: Any = -1,  # noqa: A002
        fileno: Any = None,
    ) -> None:
        effective = socket.AF_INET if family == -1 else family
        if fileno is None and effective in _INET:
            _record(f"attempt socket.socket family={effective!r} type={type!r}")
            raise OSError("network access blocked by the test guard")
        super().__init__(family, type, proto, fileno)


def _blocked(name: str) -> Any:
    def guard(*args: Any, **kwargs: Any) -> Any:
        _record(f"attempt socket.{name} args={args[:2]!r}")
        raise OSError(f"network access blocked by the test guard ({name})")

    return guard


def _at_exit() -> None:
    loaded = [m for m in NETWORK_MODULES if m in sys.modules]
    for name in loaded:
        _record(f"module {name}")
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            libs = {line.split()[-1] for line in maps if "Network" in line or "libssl" in line}
    except OSError:
        libs = set()
    for lib in sorted(libs):
        _record(f"library {lib}")
    _record("exit")


if _LOG:
    socket.socket = _GuardedSocket  # type: ignore[misc]
    for _name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getnameinfo",
        "create_server",
    ):
        setattr(socket, _name, _blocked(_name))
    atexit.register(_at_exit)
    _record("guard installed")
