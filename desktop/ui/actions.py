"""Menus, actions and their shortcuts, in one place, apart from the main window.

Every action has a standard shortcut where one exists (QKeySequence.StandardKey), so the
keys are the ones people know on their platform. Menus are rebuilt text-only on language
change (`retranslate`); the QAction objects stay the same, so whoever connected to them
(printing, bookmarks) stays connected.

The shortcuts are given to the actions just after the window's first paint
(`install_shortcuts`, called by app.start): the first QAction.setShortcut makes PySide6
build Python enum classes for the whole Qt namespace (~20 ms), and no key can be pressed
in a window that is not on screen yet.

Quick exit is Ctrl+Shift+Q, but Control+Shift+Q on macOS (`QUICK_EXIT_KEYS`): there Qt
reads "Ctrl" as the Command key, and Command+Shift+Q is the system's "Log out".

Places for other parts of the app (connected and enabled in extensions.py):
  * File: `print_action` (the selected passages, else the current one),
    `print_document_action` (the whole document), `print_preview_action`,
    `print_range_action`, `export_pdf_action` and `export_pdf_document_action` (the same
    two scopes as printing); Edit: `copy_citation_action` (Ctrl+Shift+C):
    desktop/ui/printing.py.
  * `bookmarks_menu` (between Go and Language): the actions of desktop/ui/bookmarks_panel.py
    ("Bookmark this passage", Ctrl+D ...); the panel itself goes beside Contents and Search
    with `MainWindow.add_side_panel(panel, title)`.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.languages import LANGUAGES, NATIVE_NAMES
from desktop.ui.language_box import dress_language_menu

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: A shortcut as written here: a QKeySequence.StandardKey member's name ("Print"), or keys
#: ("Ctrl+Shift+E"); several for one action in a tuple, the first one shown in menus.
Keys = str | tuple[str, ...]

def quick_exit_keys(platform: str = sys.platform) -> tuple[str, str]:
    """Quick exit's keys for QKeySequence, and as a person reads them on the keyboard.

    On macOS Qt reads "Ctrl" as the Command key, and Command+Shift+Q logs the person out of
    the computer; "Meta" is the Control key there. Elsewhere Meta is the Windows key, so
    Ctrl+Shift+Q stays.
    """
    if platform == "darwin":
        return "Meta+Shift+Q", "Control+Shift+Q"
    return "Ctrl+Shift+Q", "Ctrl+Shift+Q"


QUICK_EXIT_KEYS, QUICK_EXIT_KEYS_TEXT = quick_exit_keys()

#: QKeySequence.StandardKey names used below (resolved in install_shortcuts).
_STANDARD = {"Print", "Quit", "Copy", "SelectAll", "Find", "FindNext", "FindPrevious",
             "ZoomIn", "ZoomOut", "Back", "Forward", "HelpContents"}


class Actions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        #: action -> its shortcut(s), given by install_shortcuts()
        self.shortcuts: dict[QAction, Keys] = {}
        self.shortcuts_installed = False

        def action(slot: object = None, shortcut: Keys | None = None,
                   checkable: bool = False) -> QAction:
            a = QAction(window)
            if shortcut is not None:
                self.shortcuts[a] = shortcut
            a.setCheckable(checkable)
            if slot is not None:
                a.triggered.connect(slot)
            window.addAction(a)  # shortcuts work even when the menu bar is hidden
            return a

        w = window
        # File
        # Connected and enabled by extensions.py when printing is available.
        self.print_action = action(shortcut="Print")
        self.print_document_action = action()
        self.print_preview_action = action()
        self.print_range_action = action()
        self.export_pdf_action = action(shortcut="Ctrl+Shift+E")
        self.export_pdf_document_action = action()
        for a in (self.print_action, self.print_document_action, self.print_preview_action,
                  self.print_range_action, self.export_pdf_action,
                  self.export_pdf_document_action):
            a.setEnabled(False)
        self.private_action = action(w.set_private_mode, checkable=True)
        self.quick_exit_action = action(w.quick_exit, QUICK_EXIT_KEYS)
        self.quit_action = action(w.close, "Quit")
        # Edit
        self.copy_action = action(w.copy, "Copy")
        self.copy_citation_action = action(shortcut="Ctrl+Shift+C")  # connected by printing.py
        self.copy_citation_action.setEnabled(False)
        self.select_all_action = action(w.select_all, "SelectAll")
        self.find_action = action(w.open_find, "Find")
        self.find_next_action = action(w.find_next, "FindNext")
        self.find_previous_action = action(w.find_previous, "FindPrevious")
        # View
        # Ctrl+= as well: on most keyboards "+" needs Shift, "=" is the same key without.
        self.zoom_in_action = action(w.zoom_in, ("ZoomIn", "Ctrl+="))
        self.zoom_out_action = action(w.zoom_out, "ZoomOut")
        self.zoom_reset_action = action(w.zoom_reset, "Ctrl+0")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name in ("light", "dark", "high-contrast"):
            a = action(checkable=True)
            a.setData(name)
            a.triggered.connect(lambda _checked=False, n=name: w.set_theme(n))
            self.theme_group.addAction(a)
            self.theme_actions[name] = a
        self.parallel_action = action(w.toggle_parallel, "Ctrl+Shift+P", checkable=True)
        self.contents_action = action(w.show_contents, "Ctrl+Shift+L")
        # Go
        self.back_action = action(w.back, "Back")
        self.forward_action = action(w.forward, "Forward")
        self.goto_action = action(w.focus_goto, "Ctrl+L")
        self.search_action = action(w.focus_search, "Ctrl+Shift+F")
        self.next_passage_action = action(w.next_passage, "Alt+Down")
        self.previous_passage_action = action(w.previous_passage, "Alt+Up")
        # For screen readers: say again which passage this is and what its text is.
        self.where_action = action(w.say_where, "Ctrl+I")
        # Language
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            a = action(checkable=True)
            a.setText(NATIVE_NAMES[code])  # always in its own language: findable by anyone
            a.setData(code)
            a.triggered.connect(lambda _checked=False, c=code: w.set_ui_language(c))
            self.language_group.addAction(a)
            self.language_actions[code] = a
        # Help
        self.shortcuts_action = action(w.show_shortcuts, "HelpContents")
        self.about_action = action(w.about)

        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.theme_menu = QMenu(window)
        self.go_menu = QMenu(window)
        self.bookmarks_menu = QMenu(window)  # filled by bookmarks_panel.py
        self.language_menu = QMenu(window)
        self.help_menu = QMenu(window)

    def install_shortcuts(self) -> None:
        """Give every action its shortcut (once, just after the first paint)."""
        if self.shortcuts_installed:
            return
        from PySide6.QtGui import QKeySequence

        for a, keys in self.shortcuts.items():
            sequences = []
            for key in (keys,) if isinstance(keys, str) else keys:
                if key in _STANDARD:
                    sequences.append(QKeySequence(getattr(QKeySequence.StandardKey, key)))
                else:
                    sequences.append(QKeySequence(key))
            a.setShortcuts([seq for seq in sequences if not seq.isEmpty()])
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # Windows has no standard
        self.shortcuts_installed = True

    def build_menus(self, bar: QMenuBar) -> None:
        m = self.file_menu
        m.addAction(self.print_action)
        m.addAction(self.print_document_action)
        m.addAction(self.print_range_action)
        m.addAction(self.print_preview_action)
        m.addSeparator()
        m.addAction(self.export_pdf_action)
        m.addAction(self.export_pdf_document_action)
        m.addSeparator()
        m.addAction(self.private_action)
        m.addSeparator()
        m.addAction(self.quick_exit_action)
        m.addAction(self.quit_action)
        m = self.edit_menu
        m.addAction(self.copy_action)
        m.addAction(self.copy_citation_action)
        m.addAction(self.select_all_action)
        m.addSeparator()
        m.addAction(self.find_action)
        m.addAction(self.find_next_action)
        m.addAction(self.find_previous_action)
        m = self.view_menu
        m.addAction(self.zoom_in_action)
        m.addAction(self.zoom_out_action)
        m.addAction(self.zoom_reset_action)
        m.addSeparator()
        for a in self.theme_actions.values():
            self.theme_menu.addAction(a)
        m.addMenu(self.theme_menu)
        m.addSeparator()
        m.addAction(self.parallel_action)
        m.addAction(self.contents_action)
        m = self.go_menu
        m.addAction(self.back_action)
        m.addAction(self.forward_action)
        m.addSeparator()
        m.addAction(self.goto_action)
        m.addAction(self.search_action)
        m.addSeparator()
        m.addAction(self.previous_passage_action)
        m.addAction(self.next_passage_action)
        m.addAction(self.where_action)
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.language_menu.aboutToShow.connect(lambda: dress_language_menu(self.language_menu))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.go_menu,
                     self.bookmarks_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)
        # An empty Bookmarks menu would confuse: it appears once something is in it.
        self.bookmarks_menu.menuAction().setVisible(False)

    def show_bookmarks_menu(self) -> None:
        """Called by bookmarks_panel.py after it has added its actions."""
        self.bookmarks_menu.menuAction().setVisible(True)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.bookmarks_menu.setTitle(self.tr("&Bookmarks"))
        # The language menu's title is shown in English too: someone who cannot read the
        # current interface language must still be able to find it.
        title = self.tr("&Language")
        self.language_menu.setTitle(title if title == "&Language" else f"{title} (Language)")
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.print_action: (self.tr("&Print…"), self.tr(
                "Print the selected passages, or the current passage, with citations")),
            self.print_document_action: (self.tr("Print &whole document…"), self.tr(
                "Print the whole document on screen with citations")),
            self.print_preview_action: (self.tr("Print pre&view…"),
                                        self.tr("See the pages before printing")),
            self.print_range_action: (self.tr("Print a &range…"),
                                      self.tr("Print from one article or paragraph to another")),
            self.export_pdf_action: (self.tr("&Export as PDF…"), self.tr(
                "Save the selected passages, or the current passage, as a PDF file")),
            self.export_pdf_document_action: (self.tr("Export whole &document as PDF…"),
                                              self.tr("Save the whole document on screen "
                                                      "as a PDF file")),
            self.private_action: (self.tr("Pr&ivate mode"), self.tr(
                "Keep no history, last position or recent searches")),
            self.quick_exit_action: (self.tr("&Quick exit"), self.tr(
                "Close at once, clear copied text, save nothing about this session")),
            self.quit_action: (self.tr("Q&uit"), self.tr("Close the app")),
            self.copy_action: (self.tr("&Copy"), self.tr("Copy the selected text")),
            self.copy_citation_action: (self.tr("Copy with c&itation"), self.tr(
                "Copy the selected passages with their citation")),
            self.select_all_action: (self.tr("Select &all"), self.tr("Select the whole text")),
            self.find_action: (self.tr("&Find in page…"), self.tr("Find words in this text")),
            self.find_next_action: (self.tr("Find &next"), self.tr("Next match")),
            self.find_previous_action: (self.tr("Find pre&vious"), self.tr("Previous match")),
            self.zoom_in_action: (self.tr("Zoom &in"), self.tr("Larger text")),
            self.zoom_out_action: (self.tr("Zoom &out"), self.tr("Smaller text")),
            self.zoom_reset_action: (self.tr("&Normal size"), self.tr("Text at normal size")),
            self.parallel_action: (self.tr("&Side by side"), self.tr(
                "Show a second language beside the text")),
            self.contents_action: (self.tr("&Contents"), self.tr("Show the list of documents")),
            self.back_action: (self.tr("&Back"), self.tr("Go back to the previous passage")),
            self.forward_action: (self.tr("&Forward"), self.tr("Go forward again")),
            self.goto_action: (self.tr("&Go to passage…"), self.tr(
                "Type a reference such as “art 12” or “64/163 para 7”")),
            self.search_action: (self.tr("&Search all texts…"), self.tr(
                "Search every document in every language")),
            self.next_passage_action: (self.tr("Ne&xt passage"), self.tr("Next passage")),
            self.where_action: (self.tr("Say &where I am"), self.tr(
                "Say the citation of the passage at the caret and the status of its text")),
            self.previous_passage_action: (self.tr("Pre&vious passage"),
                                           self.tr("Previous passage")),
            self.shortcuts_action: (self.tr("&Keyboard shortcuts"),
                                    self.tr("List the keyboard shortcuts")),
            self.about_action: (self.tr("&About Rights at Hand"),
                                self.tr("Version, sources and licence")),
        }
        names = {
            "light": self.tr("&Light"),
            "dark": self.tr("&Dark"),
            "high-contrast": self.tr("&High contrast"),
        }
        for name, a in self.theme_actions.items():
            texts[a] = (names[name], self.tr("Colour theme"))
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setStatusTip(tip)
            a.setToolTip(tip)

    def all_actions(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)] + list(
            self.theme_actions.values()) + list(self.language_actions.values())
