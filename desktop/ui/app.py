"""Starting the desktop app: one QApplication, settings, fonts, language, theme, window.

`start()` builds everything and returns the shown window (the self-test and the tests use
it); `run()` also runs the event loop and saves the session at a normal exit. Nothing slow
happens before the window is shown: the search index is opened in the background after.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, __version__
from desktop.errors import UserError
from desktop.instance import InstanceLock
from desktop.languages import ltr
from desktop.library import Library
from desktop.paths import DataDirError, resources_dir
from desktop.settings import SETTINGS, Settings
from desktop.ui import themes
from desktop.ui.clipboard import ClipboardGuard, hand_over_to_qt
from desktop.ui.context import AppContext
from desktop.ui.i18n import Translations, system_language
from desktop.ui.main_window import MainWindow, screen_fits
from desktop.ui.search_service import SearcherFactory, SearchService

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication (created once)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Fractional scaling (150 %) is not rounded to 100 % or 200 %: Qt 6's default rounding
    # policy (PassThrough) is what a reader wants, so it is not set here. (Setting it would
    # also build PySide's Python classes for the whole Qt namespace, ~20 ms before the
    # first paint; see bench/README.md, Start-up.)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication([*(argv if argv is not None else [sys.argv[0]]), *themes.STYLE_ARGUMENTS])
    app.setProperty(themes.FUSION_PROPERTY, True)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"app-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull() and (folder / "app.svg").is_file():
        icon.addFile(str(folder / "app.svg"))
    return icon


def load_fonts(language: str = "en") -> dict[str, str]:
    """The bundled fonts the interface in `language` needs now (Latin and the language's
    own script), if the fonts module is there (the app starts without it). The others are
    loaded when text in their script is first shown: a start in English reads neither the
    Arabic nor the 3.9 MB Chinese font (desktop/ui/fonts.py)."""
    if importlib.util.find_spec("desktop.ui.fonts") is None:
        return {}
    from desktop.ui import fonts

    try:
        return fonts.load_bundled_fonts(scripts={"latin", *fonts.scripts_for(language)[:1]})
    except Exception:  # a damaged font file must not stop the texts from opening
        log.exception("bundled fonts could not be loaded")
        return {}


def start(
    start_ref: str | None = None,
    searcher_factory: SearcherFactory | None = None,
    library: Library | None = None,
    show: bool = True,
    explain_failure: bool = False,
) -> MainWindow:
    """Create (or reuse) the application and open a main window; returns it shown.

    When there is no text to show, raises the UserError that says why, after showing it
    in a message box if `explain_failure` (the app started by a person, not a test).
    """
    app = application()
    settings, translations, fonts = _prepare(app)
    # Only headers are read now; each document's passages when first shown, all of them
    # just after the first paint. A damaged file is left out, with a notice, whether its
    # header or its body is damaged; only a folder with nothing readable stops the app.
    if library is None:
        try:
            library = Library.load(lazy=True, lenient=True)
        except UserError as exc:
            if explain_failure:
                cannot_open(str(exc))
            raise
    search = SearchService(library, searcher_factory)
    ctx = AppContext(
        library=library,
        settings=settings,
        translations=translations,
        search=search,
        clipboard=ClipboardGuard(app, watch=False),
        topics=library.topics,  # read with the library
        fonts=fonts,
    )
    window = MainWindow(ctx)
    window.open_start(start_ref)
    # After the first paint, in this order: keyboard shortcuts, watching the clipboard,
    # reading the rest of the library (a damaged file is left out, with a notice), the
    # integrity check (a warning appears if a file was altered), bookmarks and printing,
    # the search panel, then the search thread and index, which may take seconds to build
    # on a first start.
    later = [
        window.install_shortcuts,
        keep_qt_settings_inside,
        ctx.clipboard.watch,
        # Before anything that may use the library from the search thread.
        lambda: _read_the_rest(window, library),
        window.reader.add_links,  # related provisions, links in guidance sentences
        lambda: window.set_altered(_altered_documents(library)),
        lambda: _install_extensions(window),
        window.ensure_search,
        search.warm_up,
    ]
    if show:
        window.show()
        screen_fits(window)
        for callback in later:
            window.when_painted(callback)
    else:
        for callback in later:
            QTimer.singleShot(0, callback)
    return window


def keep_qt_settings_inside() -> None:
    """Qt's own file dialog remembers its folders, history and sidebar in a `QtProject.conf`
    of the user's home (~/.config): on a stick, the host's home; anywhere, a list of where
    exports went. It is sent to the app's config folder instead, which the person controls
    (and quick exit and erase can remove). Before any file dialog can be opened."""
    from PySide6.QtCore import QSettings

    from desktop.paths import user_paths

    folder = str(user_paths().config / "qt")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


def _prepare(app: QApplication) -> tuple[Settings, Translations, dict[str, str]]:
    """Icon, settings, interface language, fonts and theme: what even a message box that
    says the app cannot open is shown with."""
    settings = Settings.load()
    translations, fonts = _dress(app, settings.get("ui_language") or system_language(),
                                 settings.get("theme"))
    return settings, translations, fonts


def _dress(app: QApplication, language: str, theme: str
           ) -> tuple[Translations, dict[str, str]]:
    """Icon, interface language, fonts and theme, for the window or a message box alone."""
    if app.windowIcon().isNull():  # an application created elsewhere (tests, self-test)
        app.setWindowIcon(app_icon())
    translations = Translations()
    translations.install(language)
    fonts = load_fonts(translations.language)
    if fonts:
        from desktop.ui.fonts import interface_font

        ui_font = interface_font(translations.language)
        ui_font.setPointSizeF(app.font().pointSizeF())
        app.setFont(ui_font)
    themes.apply(app, theme)
    return translations, fonts


def explain_cannot_open(reason: str) -> None:
    """The message box `start(explain_failure=True)` shows when there is no text to show,
    for a caller that found out before starting the window (`open` reads the library
    first, to check its reference), in the person's language and theme."""
    # Kept until the box is closed: Qt forgets a translator once Python frees it, and the
    # box came out in English on a French system.
    _settings, translations, _fonts = _prepare(application())
    cannot_open(reason)
    del translations


def explain_no_data_folder(error: DataDirError) -> None:
    """Say in a window that the folder for user data was refused (`paths.configure`): the
    plain start and `open REF` are what a launcher or a double-click runs, and no one reads
    their stderr. The settings live in that very folder, so the box speaks the system's
    language, in the default theme."""
    # Kept until the box is closed (see explain_cannot_open).
    translations, _fonts = _dress(application(), system_language(), SETTINGS["theme"].default)
    if error.blocker is not None:
        details = QCoreApplication.translate(
            "MainWindow", "A file stands where that folder should be:\n%1\nMove or rename "
            "the file, then start the app again.").replace("%1", ltr(str(error.blocker)))
    else:  # no folder was named at all (an empty --data-dir): the line says it best
        details = str(error)
    _refuse("NoDataFolder", QCoreApplication.translate(
        "MainWindow", "There is no folder for your bookmarks and settings, so the app "
        "cannot open."), details)
    del translations


def _read_the_rest(window: MainWindow, library: Library) -> None:
    library.load_all()
    # Every file left out so far, damaged headers and topics included, not only the
    # bodies read just now.
    window.leave_out_unreadable(library.problems)


def cannot_open(reason: str) -> None:
    """Say in a window that there is no text to show, and why."""
    _refuse("CannotOpen", QCoreApplication.translate(
        "MainWindow", "The texts could not be read, so the app cannot open."), reason)


def _refuse(name: str, text: str, details: str) -> None:
    """The message box that says why the app cannot open: someone who started it with a
    double-click never sees stderr, where the command line prints the same reason."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    box.setInformativeText(details)
    box.setObjectName(name)
    box.exec()


def _install_extensions(window: MainWindow) -> None:
    from desktop.ui import extensions  # after the first paint: bookmarks, printing

    extensions.install(window)
    window.extensions_installed = True


def _altered_documents(library: Library) -> set[str]:
    """Documents whose files differ from the manifest: the reader warns on each (ms).

    A verb that already checked this very library (`open REF` warns on the terminal first)
    has its report kept by `integrity.content_report`, and the window takes that one: the content is
    hashed once, and the window cannot disagree with the line the terminal printed.
    """
    try:
        from desktop.integrity import content_report

        return set(content_report(library).altered_documents)
    except Exception:  # the check must never stop the texts from opening
        log.exception("content integrity could not be checked")
        return set()


def finish(window: MainWindow) -> bool:
    """Close what the window opened (bookmarks store, search thread); False if the search
    thread is still busy (building an index)."""
    if not window.quitting_quickly:
        for hook in window.on_finish:
            try:
                hook()
            except Exception:
                log.exception("closing %r", hook)
    window.on_finish.clear()
    return window.ctx.search.shutdown(wait_ms=200 if window.quitting_quickly else 3000)


def run(start_ref: str | None = None, library: Library | None = None) -> int:
    from desktop import instance
    from desktop.paths import user_paths

    folder = user_paths().data
    lock = instance.acquire(folder)
    if lock is None:  # the app is open on this data folder already: hand over to it
        return _hand_over(folder, start_ref)
    app = application()
    window = start(start_ref, library=library, explain_failure=True)
    from desktop.ui.instance_watch import InstanceWatch

    InstanceWatch(window, folder)
    return _run_window(app, window, lock)


def _hand_over(folder: Path, start_ref: str | None) -> int:
    """Bring the running window forward (at `start_ref`) instead of opening a second one
    that would write the same bookmarks; where it does not answer, say it is open. Exit 0:
    nothing went wrong."""
    from desktop import instance
    from desktop.verbs import say

    if instance.ask_to_show(folder, start_ref):
        say("already open on this data folder; its window was brought forward")
        return 0
    say("already open on this data folder; switch to its window (or close it first)")
    from PySide6.QtWidgets import QMessageBox

    _settings, translations, _fonts = _prepare(application())
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
        "MainWindow", "Rights at Hand is already open with the same bookmarks and settings. "
        "Switch to its window: it may be minimised or on another desktop."))
    box.setObjectName("AlreadyOpen")
    box.exec()
    del translations
    return 0


def _run_window(app: QApplication, window: MainWindow, lock: InstanceLock) -> int:
    code = app.exec()
    if not window.quitting_quickly:
        hand_over_to_qt()
    stopped = finish(window)
    # Before Python finalizes: PySide deletes the remaining Python-made objects at exit in
    # no set order, and a translator deleted then is removed from the application, which
    # retranslates (QGuiApplication::setLayoutDirection calls tr()) through another
    # translator whose translate() is Python code -- run while the interpreter is being
    # torn down: a segmentation fault in some normal closes after a language change.
    window.ctx.translations.uninstall()
    lock.release()  # after the store is closed; before os._exit, which skips finally
    if window.quitting_quickly or not stopped:
        # Leave without running destructors that could write or wait; a search thread
        # still building an index would otherwise abort the process on the way out.
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(code)
    return code
