"""What the main window's parts share: the attributes `MainWindow.__init__` sets up, declared
once for the type checker.

The window's behaviour is split by what it is about (`window_navigation`: where the reader
is and how it moves; `window_view`: text size, theme and languages; `window_session`: what
is kept between starts and what private mode and quick exit forget; `window_notices`:
what the status bar says about the person's data). Each part is a class the window
inherits; they work on the same window, so they all see what is declared here.
The parts import this module for the type checker only; at run time they subclass
`object` (one module less to import at start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

    from desktop.contentfile import ContentError
    from desktop.library import Library, Version
    from desktop.settings import Settings
    from desktop.ui.actions import Actions
    from desktop.ui.context import AppContext
    from desktop.ui.library_panel import LibraryPanel
    from desktop.ui.navigation import History
    from desktop.ui.reader import ReaderPane
    from desktop.ui.search_panel import SearchPanel
    from desktop.ui.toolbar import NavigationBar

    _Base = QMainWindow
else:
    _Base = object


class WindowPart(_Base):
    if TYPE_CHECKING:
        current_passage_changed: ClassVar[Signal]
        ctx: AppContext
        library: Library
        settings: Settings
        menus: Actions
        toolbar: NavigationBar
        contents: LibraryPanel
        reader: ReaderPane
        side: QTabWidget
        search_slot: QWidget
        splitter: QSplitter
        citation_label: QLabel
        notice_label: QLabel
        _left_out: list[ContentError]  # files left out of the library, said first
        _other_notice: Callable[[], str]  # the last show_notice(), as the function saying it
        history: History
        current_doc: str
        current_lang: str
        parallel_lang: str
        _view_lang: str  # the reading language chosen for this session (search hits change it)
        _search: SearchPanel | None
        quitting_quickly: bool
        _painted: bool  # the window has been painted once (MainWindow.when_painted)
        on_quick_exit: list[Callable[[], None]]

        @property
        def search(self) -> SearchPanel: ...
        @property
        def current_passage(self) -> str: ...
        @property
        def ui_language(self) -> str: ...
        def current_version(self) -> Version | None: ...
        def reading_language(self) -> str: ...
        def focus_search(self) -> None: ...
        def show_passage(self, doc: str, pid: str = "", lang: str | None = None,
                         terms: list[str] | None = None, record: bool = True) -> bool: ...
        def _update_history_actions(self) -> None: ...
        def _update_language_ui(self) -> None: ...
        def _update_notice(self) -> None: ...
        def when_painted(self, callback: Callable[[], None]) -> None: ...
