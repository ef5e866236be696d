"""The desktop interface: the only package that imports PySide6.

Importing it first protects the process against a reference-count bug (see below); every
module that uses Qt lives in this package, so the protection is always in place first.
"""

from __future__ import annotations

import ctypes
import sys


def _make_none_immortal() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every call of a Qt method that returns
    nothing (`setText`, `setTopMargin`, ...) takes one reference from `None` and never gives
    it back. None starts with a few thousand references, so after a few thousand such calls
    CPython aborts with "Fatal Python error: none_dealloc" (measured: -1 per call, abort
    after ~3,700 calls of QTextBlockFormat.setTopMargin). CPython 3.12+ makes None immortal,
    which hides the bug; on 3.11 we do the same by hand, giving None 2**60 references, more
    than any session can spend.

    True and False get the same: some other path loses references to them, and a long
    session (the whole UI, printing and bookmarks test suites in one process) ended in
    "Fatal Python error: bool_dealloc" while the interpreter was shutting down.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        if before > 1 << 59:
            continue  # already done
        # In release builds of CPython the reference count is the first field of the object.
        counter = ctypes.c_ssize_t.from_address(id(obj))
        if abs(counter.value - before) > 16:
            return  # not the layout we expect (a debug build): leave it alone
        counter.value += 1 << 60


_make_none_immortal()
