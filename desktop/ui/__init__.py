"""The desktop interface: the only package that imports PySide6.

Importing it first protects the process against a reference-count bug, and makes a PySide6
import hook cheaper (see below); every module that uses Qt lives in this package, so both
are in place before any of them is imported.
"""

from __future__ import annotations

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
    # ctypes' C core only: the `ctypes` package around it defines dozens of types and costs
    # ~1.5 ms more at start-up (bench/README.md, Start-up). Py_ssize_t is a C long
    # everywhere but 64-bit Windows, where it is a long long.
    import _ctypes

    class SsizeT(_ctypes._SimpleCData):  # what ctypes.c_ssize_t is
        _type_ = "q" if sys.platform == "win32" and sys.maxsize > 2**32 else "l"

    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        if before > 1 << 59:
            continue  # already done
        # In release builds of CPython the reference count is the first field of the object.
        counter = SsizeT.from_address(id(obj))
        if abs(counter.value - before) > 16:
            return  # not the layout we expect (a debug build): leave it alone
        counter.value += 1 << 60


_make_none_immortal()


def _quicker_pyside_import_hook() -> None:
    """Make PySide6's check of every newly imported module cheaper.

    Once PySide6 is loaded, its `__feature__` support (PYSIDE-2029) looks at each module
    imported for the first time after it and asks "does its source mention PySide6?" using
    `inspect.getsource`, which tokenizes the file and splits it into lines. The app imports
    ~60 modules after PySide6 before its window is shown: 6.9 ms of that start-up went into
    this check (measured, bench/README.md, Start-up). The same question is answered here by
    reading the file's bytes, or, for a module without a `.py` file (the PyInstaller
    bundle's archive, a zip, bytecode only), the source its loader gives; built-in modules
    and anything unexpected go to PySide's own function. The answer, and so PySide's
    behaviour, is unchanged: the same substring search over the same source.
    """
    import PySide6  # noqa: F401  (loads shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "_rights_at_hand", False):
        return

    def mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        # No .py file (the PyInstaller bundle's archive, a zip, bytecode only): the source
        # is what the module's loader gives, as inspect would find it; none means False.
        spec = getattr(module, "__spec__", None)
        get_source = getattr(getattr(spec, "loader", None), "get_source", None)
        if path is not None and get_source is not None:
            try:
                text = get_source(spec.name)  # type: ignore[union-attr]
            except Exception:
                return bool(original(module))
            return isinstance(text, str) and "PySide6" in text
        return bool(original(module))

    mod_uses_pyside._rights_at_hand = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]


_quicker_pyside_import_hook()
