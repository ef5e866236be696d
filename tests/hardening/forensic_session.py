"""A realistic session of the real app, run as a script by test_forensic.py.

    python forensic_session.py MODE EXIT [STICK]

MODE: `system` (the usual per-user folders under $HOME), `private` (the same, private mode
on) or `portable` (a `portable` marker in the folder STICK, as on a USB stick). EXIT:
`close` (a normal close), `quick` (quick exit) or `erase` (quick exit and erase).

With protection on (set first, as a person would from the File menu): a search, a result
opened, a bookmark with a note in a folder, a second bookmark deleted again, the reading
history kept (turned on), a PDF exported, the interface language changed and back. Then it
leaves as EXIT says, and prints `session done` on the way.
"""

from __future__ import annotations

import sys
from pathlib import Path

NOTE = "MEETING WITH WITNESS AHMED 42"
FOLDER = "ZEBRA FOLDER 7781"
DELETED = "DELETED QUOKKA 99"
QUERY = "peacefully OR QUOKKASEARCH"  # it has hits: an opened hit records the search
PASSPHRASE = "horse battery 5151"


def main(mode: str, how: str, stick: str | None) -> int:
    from desktop import paths

    if mode == "portable":
        assert stick is not None
        marker = Path(stick) / "portable"
        marker.write_text("")
        # As on the stick: the marker beside the app (a source checkout has it at its root).
        paths.find_portable_marker = lambda: marker  # type: ignore[assignment]
    up = paths.configure()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import desktop.ui  # noqa: F401
    from desktop.ui.app import application, run
    from desktop.ui.main_window import MainWindow

    application()

    def window() -> MainWindow:
        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def session() -> None:
        w = window()
        if not w.extensions_installed or w.search.is_searching():
            QTimer.singleShot(50, session)
            return
        protection, panel = w.protection, w.bookmarks
        assert protection is not None and panel is not None
        if mode == "private":
            w.set_private_mode(True)
        protection.apply_privacy(True, 10, how == "erase")  # history kept: turned on
        assert protection.protect(PASSPHRASE), panel.status.text()
        w.focus_search()
        w.search.query.setText(QUERY)
        w.search.search_now()
        QTimer.singleShot(50, lambda: after_search(w))

    def after_search(w: MainWindow) -> None:
        if w.search.is_searching():
            QTimer.singleShot(50, lambda: after_search(w))
            return
        from desktop.printing.printout import Part, build
        from desktop.ui import printing

        w.search.open_result(0)  # the search is now a recent search, and in the history
        w.show_passage("declaration", "art-12.2")
        panel = w.bookmarks
        assert panel is not None
        folder = panel.new_folder(FOLDER)
        assert folder is not None
        bm = panel.add_passages("declaration", "en", ["art-12.2"], folder_id=folder.id)
        assert bm is not None
        panel.set_note(NOTE)
        gone = panel.add_passages("declaration", "en", ["art-5"], note=DELETED)
        assert gone is not None
        panel.store.delete(gone.id)
        w.show_passage("declaration", "art-9")
        version = w.current_version()
        assert version is not None
        up.exports.mkdir(parents=True, exist_ok=True)
        printout = build(w.library, [Part("declaration", ("art-9.1",))], version.lang)
        printing.export_pdf(printout, up.exports / "passage-2026-12-06.pdf")
        w.set_ui_language("fr")
        w.set_ui_language("en")
        print("session done", flush=True)
        if how == "close":
            w.close()
        else:
            w.quick_exit()

    QTimer.singleShot(200, session)
    return run("declaration:art-1")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))
