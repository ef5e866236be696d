"""Plugs the parts built beside the reader into the main window: bookmarks, printing and
the presentation view ("Show to an official", desktop/ui/presentation.py).

Each is optional (the window works without it: a build may leave it out, or its module may
fail to import) and is wired only through the window's public surface: `add_side_panel`,
`menus`, `current_doc` / `current_lang` / `parallel_lang` / `current_passage` /
`selected_passages()`, `current_passage_changed`, `open_reference`, `on_finish`.
"""

from __future__ import annotations

import importlib.util
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


def install(window: MainWindow) -> None:
    for name, installer in (("bookmarks", install_bookmarks), ("printing", install_printing),
                            ("presentation", install_presentation), ("index", install_index)):
        try:
            installer(window)
        except Exception:  # a broken extra must not keep the texts from opening
            log.exception("could not add %s to the window", name)


def install_bookmarks(window: MainWindow) -> None:
    if not (_available("desktop.ui.bookmarks_panel") and _available("desktop.bookmarks")):
        return
    from desktop.bookmarks import Store
    from desktop.paths import user_paths
    from desktop.ui.bookmarks_panel import BookmarksPanel
    from desktop.ui.store_notice import store_notice

    # Protected: shown locked, the passphrase asked when the person wants them. Plain: a
    # damaged file is set aside and reported, never fatal.
    protected = user_paths().protected_db.exists()
    store = Store.locked("locked") if protected else Store.open()
    panel = BookmarksPanel(store, window.library, parent=window)
    window.bookmarks = panel
    window.add_side_panel(panel, panel.title())
    panel.open_requested.connect(window.open_reference)
    panel.message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    from desktop.ui.bookmark_marks import BookmarkMarks, bookmark_with_note

    # Ctrl+D: bookmark, then an optional note; read-only: says why nothing was saved.
    panel.bookmark_action.triggered.connect(lambda: bookmark_with_note(window, panel))

    def follow_language(_doc: str, lang: str, _pid: str) -> None:
        panel.set_language(lang)

    window.current_passage_changed.connect(follow_language)
    panel.set_language(window.current_lang)
    BookmarkMarks(window, panel)  # bookmarked passages marked in the reader
    menu = window.menus.bookmarks_menu
    for action in panel.menu_actions():
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    window.menus.show_bookmarks_menu()
    # The panel's own message line is only seen when its tab is open; a damaged or locked
    # store must be noticed at once, so it is also said in the window's status bar. Given
    # as a function: the window says it again when the interface language changes.
    if store.recovery is not None or store.read_only:
        window.show_notice(lambda: store_notice(store))

    from desktop.ui.protection import Protection

    protection = Protection(window, panel)
    window.protection = protection

    def close() -> None:
        # The panel goes before its store: a panel outliving the store would try to read
        # the closed database on the next language change or timer tick.
        import shiboken6

        current = panel.store  # the protected store, once unlocked
        protection.keep_session()  # history and searches, encrypted with the notes
        protection.shutdown()
        window.protection = None
        window.current_passage_changed.disconnect(follow_language)
        window.bookmarks = None
        if shiboken6.isValid(panel):
            shiboken6.delete(panel)
        current.close()

    window.on_finish.append(close)


def install_index(window: MainWindow) -> None:
    """The Index panel (the subject index A-Z) as a tab beside Contents and Search."""
    if not _available("desktop.ui.index_panel"):
        return
    from desktop.ui.i18n import interface_language
    from desktop.ui.index_panel import IndexPanel

    panel = IndexPanel(window.library, parent=window)
    panel.set_language(interface_language())
    window.index_panel = panel
    window.add_side_panel(panel, panel.title())
    panel.passage_requested.connect(lambda doc, pid: window.open_reference(f"{doc}:{pid}"))


def install_printing(window: MainWindow) -> None:
    if not (_available("desktop.ui.printing") and _available("desktop.printing.printout")):
        return
    from desktop.ui import printing

    m = window.menus
    m.print_action.triggered.connect(lambda: _print(window, "print"))
    m.print_document_action.triggered.connect(lambda: _print(window, "print", whole=True))
    m.print_preview_action.triggered.connect(lambda: _print(window, "preview"))
    m.print_range_action.triggered.connect(lambda: _print(window, "range"))
    m.export_pdf_action.triggered.connect(lambda: _print(window, "pdf"))
    m.export_pdf_document_action.triggered.connect(lambda: _print(window, "pdf", whole=True))
    m.copy_citation_action.triggered.connect(lambda: _copy_with_citation(window, printing))
    for action in (m.print_action, m.print_document_action, m.print_preview_action,
                   m.print_range_action, m.export_pdf_action, m.export_pdf_document_action,
                   m.copy_citation_action):
        action.setEnabled(True)


def install_presentation(window: MainWindow) -> None:
    """"Show to an official" (View menu, F5, tool bar) and "Print passage card…" (File)."""
    if not (_available("desktop.ui.presentation") and _available("desktop.ui.printing")):
        return
    from desktop.ui import presentation

    presentation.install(window)


def passages_to_print(window: MainWindow) -> list[str]:
    """What Print… and Export as PDF… take: the selected passages, else the current one
    (or article, or range), else the passage at the top of the view; the whole document
    has its own actions."""
    version = window.current_version()
    if version is None:
        return []
    chosen = window.selected_passages()
    if not chosen:
        top = window.reader.top_passage()
        chosen = [top] if top else []
    return chosen or version.ids()


def _asked(window: MainWindow, doc: str, shown: str) -> str:
    """The reading language when the document has no text in it (the Covenant in French:
    printouts and copies then carry the notice that says so), else the language shown."""
    from desktop.missing_language import never_included

    wanted = window.reading_language()
    return wanted if never_included(window.library, doc, wanted) else shown


def _print(window: MainWindow, how: str, whole: bool = False) -> None:
    from desktop.printing.printout import Part, build
    from desktop.ui import printing

    version = window.current_version()
    if version is None:
        return
    if how == "range":
        part = printing.ask_range(version, window)
        if part is None:
            return
    else:
        pids = version.ids() if whole else passages_to_print(window)
        part = Part(version.doc, tuple(pids))
    printout = build(window.library, [part], _asked(window, version.doc, version.lang),
                     parallel=window.parallel_lang or None,
                     warning=window.integrity_warning(version.doc))
    if how == "preview":
        printing.preview(printout, window)
    elif how == "pdf":
        path = printing.export_pdf_dialog(printout, window)
        if path is not None:
            text = QCoreApplication.translate("MainWindow", "Saved: {path}")
            window.statusBar().showMessage(text.replace("{path}", str(path)), 8000)
    else:
        printing.print_dialog(printout, window)


def _copy_with_citation(window: MainWindow, printing: object) -> None:
    version = window.current_version()
    pids = window.selected_passages() or ([window.current_passage]
                                          if window.current_passage else [])
    if version is None or not pids:
        text = QCoreApplication.translate("MainWindow", "Select a passage first")
        window.statusBar().showMessage(text, 5000)
        return
    text = printing.copy_with_citation(  # type: ignore[attr-defined]
        version, pids, _asked(window, version.doc, version.lang))
    window.ctx.clipboard.remember(text)
