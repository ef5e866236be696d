"""Issue 19, point 4: less to find on a seized computer.

The real app in a subprocess with a HOME of its own: a PDF exported through the File menu's
dialog gets a neutral default name, no title, creator, time or document id in its metadata,
and is private to the user (0600) like every file and folder the app makes (0700); Qt's
file dialog keeps its history in the app's config folder, not in the home folder; on a
stick without a session bus, nothing is started on D-Bus and nothing lands on the host.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from tests.cli_helpers import ROOT
from tests.hardening.conftest import own_home

EXPORT_THROUGH_THE_DIALOG = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop import cli

    def act():
        from PySide6.QtWidgets import QApplication, QFileDialog
        from desktop.ui.main_window import MainWindow
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        if not window.extensions_installed:
            QTimer.singleShot(50, act)
            return

        def answer():
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if isinstance(w, QFileDialog) and w.isVisible())
            print("suggested:", Path(dialog.selectedFiles()[0]).name, flush=True)
            dialog.setDirectory(sys.argv[2])  # the folder chosen; the name as suggested
            dialog.accept()

        QTimer.singleShot(300, answer)
        window.menus.export_pdf_action.trigger()  # File > Export as PDF...
        window.close()

    import desktop.ui  # noqa: F401
    from PySide6.QtCore import QTimer
    from desktop.ui.app import application
    application()  # as cli.main would make it, so the timer has an event loop to run in
    QTimer.singleShot(200, act)
    sys.exit(cli.main(["--data-dir", sys.argv[1], "open", "declaration:art-12"])
             if sys.argv[3] == "explicit" else cli.main(["open", "declaration:art-12"]))
    """
)


def _run(tmp_path: Path, mode: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Path]]:
    places, env = own_home(tmp_path, "out")
    done = subprocess.run(
        [sys.executable, "-c", EXPORT_THROUGH_THE_DIALOG, str(tmp_path / "data"),
         str(places["out"]), mode],
        cwd=places["tmp"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done, places


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_export_says_nothing_more_than_its_pages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    done, places = _run(tmp_path, "system")
    assert f"suggested: passage-{date.today().isoformat()}.pdf" in done.stdout
    pdf = places["out"] / f"passage-{date.today().isoformat()}.pdf"
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    data = pdf.read_bytes()
    info = PdfReader(pdf).metadata or {}
    assert not info.get("/Title") and not info.get("/Creator")
    assert not (info.get("/Producer") or "").strip()
    assert str(info.get("/CreationDate", "")).endswith("000000Z")  # the day, not the time
    for telling in (b"Rights at Hand", b"Declaration on Human Rights Defenders", b"Qt 6",
                    b"xmp:CreateDate", b"uuid:"):
        # (The passage's own heading is drawn on the page, but as glyphs, not this text.)
        assert telling not in data, telling
    home = places["home"]
    assert not (home / ".config" / "QtProject.conf").exists()
    data_dir = home / ".local" / "share" / "rights-at-hand"
    config = home / ".config" / "rights-at-hand"
    assert (config / "qt" / "QtProject.conf").exists()
    for folder in (data_dir, config, config / "qt"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    made = [p for p in (data_dir, config) for p in p.rglob("*") if p.is_file()]
    assert made
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_stick_without_a_session_bus_starts_none() -> None:
    """`paths.configure` in portable mode, run as the app runs it, in a fresh process."""
    code = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from desktop import paths
        marker = Path(sys.argv[1]) / "portable"
        marker.write_text("")
        paths.find_portable_marker = lambda: marker
        paths.configure()
        print(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
        """
    )
    import tempfile

    with tempfile.TemporaryDirectory() as stick:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
        env["PYTHONPATH"] = str(ROOT)
        out = subprocess.run([sys.executable, "-c", code, stick], env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.stdout.strip() == "disabled:", out.stderr
        env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/run/user/1000/bus"  # a bus that exists
        out = subprocess.run([sys.executable, "-c", code, stick], env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.stdout.strip() == "unix:path=/run/user/1000/bus", out.stderr
