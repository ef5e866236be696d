"""The app leaves cleanly: a crash on the way out looks, to the person, like a broken app.

Found by the monkey test (fixed in b310910): after "Copy with citation" (Ctrl+Shift+C),
closing the window ended the process with SIGSEGV. The clipboard still owned a QMimeData
made in Python; Qt deletes it from a C++ exit handler after the interpreter has
finalized, and PySide6's wrapper bookkeeping then touches Python state that is gone.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.cli_helpers import ROOT

COPY_THEN_CLOSE = textwrap.dedent(
    """
    import sys
    from desktop import paths
    paths.configure(sys.argv[1])
    import desktop.ui  # noqa: F401
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.ui.app import application, run
    from desktop.ui.main_window import MainWindow

    app = application()

    def act():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.menus.copy_citation_action.trigger()  # what Ctrl+Shift+C does
        print("clipboard:", QApplication.clipboard().text().replace("\\n", " "), flush=True)
        window.close()  # the person closes the window: a normal exit

    QTimer.singleShot(300, act)
    sys.exit(run("declaration:art-12.2"))
    """
)


def test_closing_after_copy_with_citation_exits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", COPY_THEN_CLOSE, str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "art. 12(2)" in done.stdout, done.stdout + done.stderr  # the copy happened
    assert done.returncode == 0, f"exit code {done.returncode} (-11 is SIGSEGV)"
