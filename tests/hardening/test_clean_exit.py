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


SESSION_THEN_CLOSE = textwrap.dedent(
    """
    import sys
    from desktop import paths
    paths.configure(sys.argv[1])
    import desktop.ui  # noqa: F401
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.ui.app import application, run
    from desktop.ui.main_window import MainWindow

    application()

    def act():
        w = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        if not w.extensions_installed:
            QTimer.singleShot(30, act)
            return
        # A search answered: the index is open (a close while it is still being built
        # leaves by os._exit, which is not the path under test).
        w.search.query.setText("assemble peacefully")
        w.search.search_now()
        QTimer.singleShot(30, lambda: searched(w))

    def searched(w):
        if w.search.is_searching() or w.search.last_results is None:
            QTimer.singleShot(30, lambda: searched(w))
            return
        w.search.open_result(0)
        w.bookmarks.add_passages("declaration", "en", ["art-12.2"], note="a note")
        w.set_ui_language(sys.argv[2])  # the language is still installed at the close
        QTimer.singleShot(int(sys.argv[3]), w.close)  # the person closes the window

    QTimer.singleShot(100, act)
    code = run("declaration:art-12.2")
    # The normal exit took the translators out while Python could still run them.
    print("after run:", QCoreApplication.translate("MainWindow", "Contents"), flush=True)
    sys.exit(code)
    """
)


def test_opening_and_closing_the_window_again_and_again_never_crashes(tmp_path: Path) -> None:
    """Issue 19, point 6: two of three closes after a language change ended in SIGSEGV.

    PySide deletes Python-made objects at exit in no set order; a translator deleted then
    is removed from the application, which retranslates through another translator whose
    translate() is Python code, run while the interpreter is torn down. The exit path now
    removes the translators first. Each close here is a fresh process, as a person's is."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    codes = []
    for i in range(10):
        done = subprocess.run(
            [sys.executable, "-c", SESSION_THEN_CLOSE, str(tmp_path / f"data{i}"),
             ("fr", "ar", "zh", "ru", "es")[i % 5], str(20 * i)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert "after run: Contents" in done.stdout, done.stdout + done.stderr
        codes.append(done.returncode)
    assert codes == [0] * 10, f"exit codes {codes} (-11 is SIGSEGV)"
