"""Self-test steps for printing: a passage to PDF, and copy with citation."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop.printing.printout import Part, build
from desktop.ui import printing
from desktop.ui.selftest.runner import SelfTest, StepFailed


def print_to_pdf(t: SelfTest) -> None:
    w = t.w
    w.show_passage("declaration", "art-12")
    t.wait(lambda: w.current_doc == "declaration", timeout=5, what="the Declaration")
    version = w.current_version()
    if version is None:
        raise StepFailed("no text in the reader")
    pids = [p.id for p in version.select("art-12")]
    printout = build(w.library, [Part("declaration", tuple(pids))], version.lang,
                     parallel=w.parallel_lang or None, warning=w.integrity_warning("declaration"))
    out = t.data_dir / "self-test.pdf"
    if not os.access(t.data_dir, os.W_OK):
        # A locked stick: print into a temporary folder (removed right after) instead.
        scratch = Path(tempfile.mkdtemp(prefix="rah-self-test-"))
        out = scratch / "self-test.pdf"
    try:
        pages = printing.export_pdf(printout, out)
        data = out.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise StepFailed(f"{out} is not a complete PDF ({len(data)} bytes)")
        drawn = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
        if pages < 1 or drawn != pages:
            raise StepFailed(f"{out}: {pages} pages laid out, {drawn} page objects written")
        if b"/FontFile2" not in data:
            raise StepFailed(f"{out}: no embedded font (the text would not print everywhere)")
    finally:
        # A check that failed is what the self-test must report; a PDF that cannot be
        # removed too (stick pulled out, folder gone read-only) would hide it, so it stays.
        with contextlib.suppress(OSError):
            out.unlink(missing_ok=True)
            if out.parent != t.data_dir:
                out.parent.rmdir()
    text = printing.copy_with_citation(version, ["art-12.2"])
    w.ctx.clipboard.remember(text)
    if "A/RES/53/144" not in text or not printing.clipboard_is_ours():
        raise StepFailed("copy with citation did not put the passage and citation on the "
                         "clipboard")
    if not printing.clear_clipboard_if_ours() or QGuiApplication.clipboard().text():
        raise StepFailed("the copied passage could not be cleared from the clipboard")
