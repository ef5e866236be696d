"""The bookmarks panel: folders, bookmarks with notes, filter, undo, export/import, print.

Self-contained: it talks to the main window through one signal and a few methods::

    panel = BookmarksPanel(Store.open(), library, parent=window)
    window.add_side_panel(panel, panel.title())
    panel.open_requested.connect(window.open_reference) # str: "declaration:art-12.2" or a
                                                        # range "declaration:art-12.1..art-12.3"
    panel.bookmark_action.triggered.connect(            # Ctrl+D (bookmark_marks.py)
        lambda: panel.add_passages(window.current_doc, window.current_lang,
                                   window.reader.bookmark_ends()))
    for action in panel.menu_actions():
        window.menus.bookmarks_menu.addAction(action)

Everything is keyboard usable: the tree takes arrows, Enter (open), F2 (rename), Delete,
Ctrl+Z / Ctrl+Shift+Z (undo / redo, while the panel has focus); every control has an
accessible name. A read-only or recovered store is announced in the panel's message line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.bookmarks import Bookmark, Folder, ImportReport, Store, Target
from desktop.citations import labels, pinpoint
from desktop.errors import UserError
from desktop.headings import spanned_heading, starts_heading
from desktop.library import Library
from desktop.ui.elided_label import ElidedLabel, is_rtl_text
from desktop.ui.store_notice import store_notice

if TYPE_CHECKING:
    from desktop.ui.own_direction import OwnDirectionDelegate

KIND_ROLE = Qt.ItemDataRole.UserRole  # "folder" | "bookmark"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
POLL_MS = 2000  # how often to look for changes made by another window or instance
#: rows of the list kept in sight: below this the offer and the message fold to one line
MIN_ROWS = 4
_FAILED = object()  # what _do returns when the store refused


class BookmarksPanel(QWidget):
    #: a canonical reference or range to show in the reader
    open_requested = Signal(str)
    #: one line for the status bar (what was done, or why it could not be done)
    message = Signal(str)
    #: a bookmark was added through the panel (the first one offers protection)
    bookmark_added = Signal()
    #: the tree was built again from the store (a bookmark added, changed, deleted...)
    changed = Signal()
    #: the person asked to unlock the protected bookmarks (button, or Ctrl+D while locked)
    unlock_requested = Signal()
    #: the interface language changed (the File menu's protection entries follow it)
    language_changed = Signal()

    def __init__(self, store: Store, library: Library | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookmarksPanel")
        self.store = store
        self.library = library
        self.language = "en"
        self._building = False
        self._note_for: int | None = None  # bookmark whose note is in the editor
        self._saving = False

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _: self.refresh())

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("BookmarksTree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemChanged.connect(self._renamed_in_place)
        self.tree.currentItemChanged.connect(
            lambda *_: None if self._building else self._current_changed())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._own_direction: OwnDirectionDelegate | None = None  # see _follow_row_direction

        self.note_label = QLabel(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self.note_edit.installEventFilter(self)
        self.note_label.setBuddy(self.note_edit)

        # Wrapped while there is room; on a short panel one line cut at its end (its whole
        # text stays its text, so its screen-reader name, and its tooltip); a click, or
        # Enter, opens it. See _fit.
        self.status = ElidedLabel(self, elided=False)
        self.status.setObjectName("BookmarksStatus")
        self.status.activated.connect(lambda: self._open_folded(self.status))
        self._passing = False  # the status holds a passing message (see _say)
        self._compact = False
        self._fitting = False
        self._opened: set[QLabel] = set()  # folded lines the person opened

        # Shown instead of the tree while protected bookmarks are locked.
        self.locked_box = QWidget(self)
        self.locked_box.setObjectName("BookmarksLocked")
        self.locked_label = QLabel(self.locked_box)
        self.locked_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.locked_box)
        self.unlock_button.setObjectName("UnlockBookmarks")
        self.unlock_button.clicked.connect(self.unlock_requested.emit)
        locked_layout = QVBoxLayout(self.locked_box)
        locked_layout.addWidget(self.locked_label)
        locked_layout.addWidget(self.unlock_button)
        locked_layout.addStretch(1)
        self.locked_box.hide()

        # The offer to protect, shown in the panel after the first bookmark (not a dialog
        # that would stop the person in the middle of their work).
        self.offer_box = QWidget(self)
        self.offer_box.setObjectName("OfferProtection")
        self.offer_label = ElidedLabel(self.offer_box, elided=False)  # folds as the status
        self.offer_label.activated.connect(lambda: self._open_folded(self.offer_label))
        self.offer_yes = QPushButton(self.offer_box)
        self.offer_no = QPushButton(self.offer_box)
        self.offer_no.clicked.connect(self.offer_box.hide)
        offer_layout = QVBoxLayout(self.offer_box)
        offer_layout.setContentsMargins(0, 0, 0, 0)
        offer_layout.addWidget(self.offer_label)
        offer_buttons = QHBoxLayout()
        offer_buttons.addWidget(self.offer_yes)
        offer_buttons.addWidget(self.offer_no)
        offer_buttons.addStretch(1)
        offer_layout.addLayout(offer_buttons)
        self.offer_box.hide()
        self.offer_box.installEventFilter(self)  # shown or hidden: the list's room changes

        # Actions: in the toolbar row, the context menu and the main Bookmarks menu.
        def action(slot: object,
                   shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
                   icon: QStyle.StandardPixmap | None = None) -> QAction:
            a = QAction(self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                # Only while the panel has focus: Delete and Ctrl+Z mean other things
                # elsewhere in the window.
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if icon is not None:
                a.setIcon(self.style().standardIcon(icon))
            # triggered(bool) would pass `checked` as the first argument of the slot.
            a.triggered.connect(lambda _checked=False, f=slot: f())
            self.addAction(a)
            return a

        SP = QStyle.StandardPixmap
        self.bookmark_action = QAction(self)  # wired by the main window (it knows the passage)
        self.bookmark_action.setShortcut(QKeySequence("Ctrl+D"))
        self.addAction(self.bookmark_action)
        self.open_action = action(self.open_current, None, SP.SP_DialogOpenButton)
        self.new_folder_action = action(self.new_folder, None, SP.SP_FileDialogNewFolder)
        self.rename_action = action(self.rename_current, "F2")
        self.move_action = action(self.move_current)
        self.delete_action = action(self.delete_current, QKeySequence.StandardKey.Delete,
                                    SP.SP_TrashIcon)
        self.undo_action = action(self.undo, QKeySequence.StandardKey.Undo, SP.SP_ArrowBack)
        self.redo_action = action(self.redo, QKeySequence.StandardKey.Redo, SP.SP_ArrowForward)
        self.export_action = action(self.export_bookmarks)
        self.import_action = action(self.import_bookmarks)
        self.print_action = action(self.print_folder)
        self.pdf_action = action(self.export_folder_pdf)

        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, act in (("open", self.open_action), ("new_folder", self.new_folder_action),
                          ("delete", self.delete_action), ("undo", self.undo_action),
                          ("redo", self.redo_action)):
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.buttons[name] = button
            row.addWidget(button)
        self.more_menu = QMenu(self)
        for entry in (self.rename_action, self.move_action, None, self.print_action,
                      self.pdf_action, None, self.export_action, self.import_action):
            if entry is None:
                self.more_menu.addSeparator()
            else:
                self.more_menu.addAction(entry)
        more = QToolButton(self)
        more.setMenu(self.more_menu)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.buttons["more"] = more
        row.addWidget(more)
        row.addStretch(1)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.locked_box)
        layout.addWidget(self.filter_edit)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.offer_box)
        layout.addWidget(self.status)
        self._unlocked_widgets = [self.filter_edit, self.tree, self.note_label, self.note_edit,
                                  *self.buttons.values()]

        self.store.subscribe(self.refresh)
        self._show_locked(self.store.is_locked)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_store)
        self._poll.start()
        self.retranslate()
        self.refresh()
        self._announce_store_state()

    # -- text -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Bookmarks")

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by note…"))
        self.filter_edit.setAccessibleName(self.tr("Filter bookmarks by the text of their notes"))
        self.tree.setHeaderLabels([self.tr("Bookmark"), self.tr("Note")])
        self.tree.setAccessibleName(self.tr("Bookmarks and folders"))
        self.tree.setAccessibleDescription(self.tr(
            "Enter opens a bookmark, F2 renames, Delete deletes, Ctrl+Z undoes"))
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setAccessibleName(self.tr("Note of the selected bookmark"))
        self.note_edit.setPlaceholderText(self.tr("Your note (saved when you leave this box)"))
        # Named by what it says (Qt's default for a label); what it is, in the description.
        self.status.setAccessibleDescription(self.tr("Bookmarks messages"))
        self.locked_label.setText(self.tr(
            "Your bookmarks are protected with a passphrase and are locked. The texts can "
            "be read without it."))
        self.unlock_button.setText(self.tr("&Unlock bookmarks…"))
        self.unlock_button.setAccessibleName(self.tr("Unlock bookmarks"))
        self.offer_label.setText(self.tr(
            "Anyone who gets this computer or stick can read your bookmarks and notes. "
            "Protect them with a passphrase? (Also in the File menu, at any time.)"))
        self.offer_label.setAccessibleName(self.offer_label.text())
        self.offer_yes.setText(self.tr("&Set a passphrase…"))
        self.offer_no.setText(self.tr("Not &now"))
        texts = {
            self.bookmark_action: (self.tr("&Bookmark this passage"), self.tr(
                "Bookmark the current passage or the selected passages")),
            self.open_action: (self.tr("&Open"), self.tr("Show the bookmarked passages")),
            self.new_folder_action: (self.tr("Ne&w folder…"), self.tr("Make a new folder")),
            self.rename_action: (self.tr("Re&name…"), self.tr("Rename the bookmark or folder")),
            self.move_action: (self.tr("&Move to folder…"), self.tr("Move to another folder")),
            self.delete_action: (self.tr("&Delete"), self.tr("Delete (can be undone)")),
            self.undo_action: (self.tr("&Undo"), self.tr("Undo the last change to the bookmarks")),
            self.redo_action: (self.tr("&Redo"), self.tr("Redo the change just undone")),
            self.export_action: (self.tr("&Export bookmarks…"),
                                 self.tr("Save all bookmarks and notes to a file")),
            self.import_action: (self.tr("&Import bookmarks…"),
                                 self.tr("Add bookmarks from a file made by Export")),
            self.print_action: (self.tr("&Print folder…"),
                                self.tr("Print the folder with its notes")),
            self.pdf_action: (self.tr("&Folder as PDF…"),
                              self.tr("Save the folder with its notes as a PDF file")),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip)
            act.setStatusTip(tip)
        for button in self.buttons.values():
            act = button.defaultAction()
            if act is not None:
                button.setAccessibleName(act.text().replace("&", "").rstrip("…"))
        self.buttons["more"].setText(self.tr("More"))
        self.buttons["more"].setAccessibleName(self.tr("More bookmark actions"))
        self.buttons["more"].setToolTip(self.tr("Rename, move, print, export and import"))
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
            if self._passing:
                # "Bookmarked: …" was said in the old language and is done with: it goes,
                # as the status bar's passing message does. What the store's state is
                # stays.
                self.status.clear()
            self._fit()  # the sentences' lengths changed with their language
            if self.store.is_locked:  # said again in the new language
                self._announce_store_state()
            self.language_changed.emit()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_row_direction()  # rows that now read against the interface
        super().changeEvent(event)

    def set_store(self, store: Store) -> None:
        """Show another store: the protected one once unlocked, the locked stand-in when
        it locks. A note being typed is saved to the old store first."""
        self._save_note()
        self._note_for = None
        self.store = store
        store.subscribe(self.refresh)
        self._show_locked(store.is_locked)
        self.filter_edit.clear()
        self.status.clear()  # "locked" (or a message about the old store) no longer holds
        self._fit()
        self.refresh()
        self._announce_store_state()

    def _show_locked(self, locked: bool) -> None:
        for widget in self._unlocked_widgets:
            widget.setVisible(not locked)
        self.locked_box.setVisible(locked)
        if locked:
            self.note_edit.clear()

    def set_language(self, lang: str) -> None:
        """Citations in the tree (and printouts) follow the reading language."""
        self.language = lang
        self.refresh()

    def menu_actions(self) -> list[QAction | None]:
        """For the main Bookmarks menu (None = a separator)."""
        return [self.bookmark_action, None, self.open_action, self.new_folder_action,
                self.rename_action, self.move_action, self.delete_action, None,
                self.undo_action, self.redo_action, None, self.print_action, self.pdf_action,
                None, self.export_action, self.import_action]

    # -- showing the store ------------------------------------------------------------------

    def display_name(self, bm: Bookmark) -> str:
        if bm.title:
            return bm.title
        return self._passages_name(Target(bm.doc, bm.start_pid, bm.end_pid), bm.lang or "")

    def _passages_name(self, target: Target, lang: str = "") -> str:
        """`Declaration on Human Rights Defenders, art. 12(2)`: title and pinpoint(s)."""
        if self.library is None or target.doc not in self.library:
            return target.ref
        doc = self.library.document(target.doc)
        lang = next((c for c in (self.language, lang, "en") if c in doc.versions),
                    doc.languages[0])
        version = doc.versions[lang]
        sep = labels(version.lang)["sep"]  # the comma of its language ("، ", "，")
        if target.is_range and starts_heading(version, target.start):
            # A range that holds exactly a part (one made before parts had ids,
            # art-6.1..art-27) is the part, named so as its printout cites it.
            part = spanned_heading(version, target.passage_ids(version))
            if part is not None:
                return version.short_title + sep + pinpoint(version, part.id)
        name = version.short_title + sep + pinpoint(version, target.start)
        if target.end != target.start:
            name += f" – {pinpoint(version, target.end)}"
        return name

    def _step_name(self, label: str) -> str:
        """An undo step as the person reads it (the store's labels are English, with
        internal references)."""
        from desktop.ui.undo_names import step_name

        def passages(ref: str) -> str:
            try:
                return self._passages_name(Target.parse(ref))
            except UserError:
                return ref

        return step_name(label, passages)

    def refresh(self) -> None:
        """Rebuild the tree from the store, keeping what was open and selected."""
        self._save_note()
        keep = self._current_key()
        expanded = {self._key(item) for item in self._all_items() if item.isExpanded()}
        first_time = self.tree.topLevelItemCount() == 0
        text = self.filter_edit.text().strip()
        wanted = {b.id for b in self.store.find(text)} if text else None
        self._building = True
        try:
            self.tree.clear()
            items: dict[int | None, QTreeWidgetItem | None] = {None: None}
            folders = self.store.folders()
            shown_folders = self._folders_to_show(folders, wanted)
            for folder in self._ordered(folders):
                if folder.id not in shown_folders:
                    continue
                parent = items.get(folder.parent_id)
                item = self._folder_item(folder, parent)
                items[folder.id] = item
            for bm in self.store.bookmarks():
                if wanted is not None and bm.id not in wanted:
                    continue
                self._bookmark_item(bm, items.get(bm.folder_id))
            for item in self._all_items():
                if item.data(0, KIND_ROLE) == "folder":
                    item.setExpanded(first_time or text != "" or self._key(item) in expanded)
            from desktop.ui.fonts import ensure_text

            # Titles, notes, folder names in any script: their fonts, if not loaded yet.
            ensure_text(*(item.text(c) for item in self._all_items() for c in (0, 1)))
            self._follow_row_direction()
            self.tree.resizeColumnToContents(0)
            self._leave_room_for_notes()
        finally:
            self._building = False
        self._select_key(keep)
        self._current_changed()
        self.changed.emit()

    def _follow_row_direction(self) -> None:
        """Names and notes are in whatever language the person typed, whatever the
        interface's: once a row reads in the other direction, each row is laid out, and
        cut, in its own (desktop/ui/own_direction.py). An English name in the Arabic
        interface was cut at its end but drawn right to left, "…Protection against
        retaliati". Not before: the delegate's Python and Qt classes would delay the search
        that starts after the bookmarks, for a list that may hold no such row."""
        if self._own_direction is not None:
            return
        rtl = self.isRightToLeft()
        if any(is_rtl_text(text) != rtl for item in self._all_items() for c in (0, 1)
               if (text := item.text(c))):
            from desktop.ui.own_direction import OwnDirectionDelegate

            self._own_direction = OwnDirectionDelegate(self.tree)
            self.tree.setItemDelegate(self._own_direction)

    def _leave_room_for_notes(self) -> None:
        """The Bookmark column takes at most 60 % of the tree: long titles took it all and
        left the Note column a sliver at the panel's default width."""
        room = self.tree.viewport().width()
        if room > 0 and self.tree.columnWidth(0) > room * 0.6:
            self.tree.setColumnWidth(0, int(room * 0.6))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()
        if self.tree.topLevelItemCount():
            self.tree.resizeColumnToContents(0)
            self._leave_room_for_notes()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._fit()

    # -- room for the list ------------------------------------------------------------------

    def _note_height(self, lines: int) -> int:
        return self.note_edit.fontMetrics().lineSpacing() * lines + 12  # frame and margins

    def _row_height(self) -> int:
        row = self.tree.sizeHintForRow(0)
        return row if row > 0 else self.tree.fontMetrics().height() + 6

    def tree_rows(self) -> int:
        """How many rows of the list are in sight."""
        return self.tree.viewport().height() // self._row_height()

    def _fit(self) -> None:
        """Keep MIN_ROWS rows of the list in sight. The offer to protect, a message and the
        note box took the rest of a short panel: in Arabic at 800 x 600 (taller lines,
        longer wrapped sentences) the list kept one row. Then the offer's sentence and the
        message fold to one line each (a click or Enter opens them; the offer's buttons
        stay) and the note box shrinks to two lines. Decided on the layout as it would be
        unfolded, so that it opens again when the window grows."""
        if self._fitting or not self.isVisible() or self.tree.isHidden():
            return
        self._fitting = True
        try:
            self._set_compact(False)
            self._layout.activate()
            if self.tree_rows() < MIN_ROWS:
                self._set_compact(True)
                self._layout.activate()
        finally:
            self._fitting = False

    def _set_compact(self, on: bool) -> None:
        self._compact = on
        self.note_edit.setMaximumHeight(self._note_height(2) if on else 110)
        for label in (self.offer_label, self.status):
            folded = on and label not in self._opened
            label.set_elided(folded)
            # Folded, the whole text is its tooltip, and Tab reaches it (Enter opens it);
            # its screen-reader name is the whole text either way.
            label.setToolTip(label.text() if folded else "")
            label.setFocusPolicy(Qt.FocusPolicy.TabFocus if folded and label.text()
                                 else Qt.FocusPolicy.NoFocus)

    def _open_folded(self, label: QLabel) -> None:
        """A click (or Enter) on a folded line opens it; on an opened one folds it again."""
        if not self._compact:
            return
        if label in self._opened:
            self._opened.discard(label)
        else:
            self._opened.add(label)
        self._set_compact(True)

    def _ordered(self, folders: list[Folder]) -> list[Folder]:
        out: list[Folder] = []

        def walk(parent: int | None) -> None:
            for f in folders:
                if f.parent_id == parent:
                    out.append(f)
                    walk(f.id)

        walk(None)
        return out

    def _folders_to_show(self, folders: list[Folder], wanted: set[int] | None) -> set[int]:
        if wanted is None:
            return {f.id for f in folders}
        by_id = {f.id: f for f in folders}
        show: set[int] = set()
        for bm in self.store.bookmarks():
            fid = bm.folder_id if bm.id in wanted else None
            while fid is not None and fid not in show:
                show.add(fid)
                fid = by_id[fid].parent_id if fid in by_id else None
        return show

    def _folder_item(self, folder: Folder, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([folder.name, ""])
        item.setData(0, KIND_ROLE, "folder")
        item.setData(0, ID_ROLE, folder.id)
        item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Folder %1").replace(
            "%1", folder.name))
        # The empty note column is a cell a screen reader lands on: it is named too.
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("Folder %1").replace(
            "%1", folder.name))
        self._attach(item, parent)
        return item

    def _bookmark_item(self, bm: Bookmark, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        name = self.display_name(bm)
        note_line = " ".join(bm.note.split())
        item = QTreeWidgetItem([name, note_line[:80] + ("…" if len(note_line) > 80 else "")])
        item.setData(0, KIND_ROLE, "bookmark")
        item.setData(0, ID_ROLE, bm.id)
        item.setToolTip(0, bm.ref)
        item.setToolTip(1, bm.note)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        spoken = f"{name}. {note_line}" if note_line else name
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        if not note_line:
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, self.tr("No note"))
        self._attach(item, parent)
        return item

    def _attach(self, item: QTreeWidgetItem, parent: QTreeWidgetItem | None) -> None:
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        todo = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while todo:
            item = todo.pop(0)
            if item is None:
                continue
            out.append(item)
            todo.extend(item.child(i) for i in range(item.childCount()))
        return out

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> tuple[str, int] | None:
        if item is None:
            return None
        return (str(item.data(0, KIND_ROLE)), int(item.data(0, ID_ROLE)))

    def _current_key(self) -> tuple[str, int] | None:
        return self._key(self.tree.currentItem())

    def _select_key(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        for item in self._all_items():
            if self._key(item) == key:
                self.tree.setCurrentItem(item)
                return

    def select_bookmark(self, bookmark_id: int) -> None:
        self._select_key(("bookmark", bookmark_id))

    def select_folder(self, folder_id: int) -> None:
        self._select_key(("folder", folder_id))

    def current_bookmark(self) -> Bookmark | None:
        key = self._current_key()
        if key is None or key[0] != "bookmark":
            return None
        try:
            return self.store.bookmark(key[1])
        except UserError:
            return None

    def current_folder_id(self) -> int | None:
        """The selected folder, or the folder of the selected bookmark (None: top level)."""
        key = self._current_key()
        if key is None:
            return None
        if key[0] == "folder":
            return key[1]
        bm = self.current_bookmark()
        return bm.folder_id if bm else None

    def visible_bookmarks(self) -> list[str]:
        """Names of the bookmarks shown (after the filter), in order: for tests and self-test."""
        return [str(i.text(0)) for i in self._all_items() if i.data(0, KIND_ROLE) == "bookmark"]

    # -- acting -----------------------------------------------------------------------------

    def _do(self, what: object, *args: object) -> object:
        """Run a store operation; a refusal is shown (returns _FAILED), never raised into Qt."""
        try:
            result = what(*args)  # type: ignore[operator]
        except UserError as exc:
            self._say(str(exc), error=True)
            return _FAILED
        self._update_actions()
        return result

    def _say(self, text: str, error: bool = False, passing: bool = True) -> None:
        """`passing`: about something just done ("Bookmarked: …"), not about the store."""
        self.status.setText(text)
        self.status.setProperty("error", error)
        self._passing = passing
        self._opened.discard(self.status)  # a new message starts folded, if folding
        self._fit()
        self.message.emit(text)

    def add_passages(self, doc: str, lang: str, pids: list[str], note: str = "",
                     folder_id: int | None = None) -> Bookmark | None:
        """Bookmark one passage (or group: `art-12`, `part-3`), or the range from the
        first to the last of `pids`."""
        pids = [p for p in pids if p]
        if self.store.is_locked:
            self.unlock_requested.emit()  # asks for the passphrase
            if self.store.is_locked:
                return None
        if not doc or not pids:
            self._say(self.tr("Open a passage first, then bookmark it."), error=True)
            return None
        target = Target(doc, pids[0], pids[-1])
        if folder_id is None:
            folder_id = self.current_folder_id()
        bm = self._do(self.store.add, target, note, folder_id, "", lang)
        if isinstance(bm, Bookmark):
            self.select_bookmark(bm.id)
            # Isolated: an Arabic name in an English sentence (or the reverse) keeps its own
            # order ("المادة 5 (أ)" kept its "(أ)" at its end, not moved to the front).
            self._say(self.tr("Bookmarked: %1").replace(
                "%1", f"\u2068{self.display_name(bm)}\u2069"))
            self.bookmark_added.emit()
            return bm
        return None

    def open_current(self) -> None:
        bm = self.current_bookmark()
        if bm is not None:
            self.open_requested.emit(bm.ref)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "bookmark":
            self.open_current()
        else:
            item.setExpanded(not item.isExpanded())

    def new_folder(self, name: str | None = None) -> Folder | None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New folder"), self.tr("Folder name:"))
            if not ok:
                return None
        key = self._current_key()
        parent = key[1] if key and key[0] == "folder" else None
        folder = self._do(self.store.add_folder, name, parent)
        if isinstance(folder, Folder):
            self.select_folder(folder.id)
            return folder
        return None

    def rename_current(self, name: str | None = None) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if name is None:
            self.tree.editItem(item, 0)  # in place; _renamed_in_place saves it
            return
        self._rename(item, name)

    def _renamed_in_place(self, item: QTreeWidgetItem, column: int) -> None:
        if self._building or column != 0:
            return
        self._rename(item, item.text(0))

    def _rename(self, item: QTreeWidgetItem, name: str) -> None:
        kind, item_id = self._key(item) or ("", 0)
        if kind == "folder":
            if name.strip() != self.store.folder(item_id).name:
                self._do(self.store.rename_folder, item_id, name)
        elif kind == "bookmark":
            bm = self.store.bookmark(item_id)
            # Typing the shown citation back (or nothing) keeps the automatic name.
            title = "" if name.strip() in ("", self.display_name(bm)) and not bm.title else name
            if title != bm.title:
                self._do(self.store.rename, item_id, title)
        self.refresh()

    def move_current(self, folder_id: int | None | str = "ask") -> None:
        key = self._current_key()
        if key is None:
            return
        if folder_id == "ask":
            choices: list[tuple[str, int | None]] = [(self.tr("(Top level)"), None)]
            for f in self._ordered(self.store.folders()):
                if key[0] == "folder" and (f.id == key[1] or f.id in
                                           self.store.descendants(key[1])):
                    continue
                choices.append((" / ".join(self.store.folder_path(f.id)), f.id))
            names = [c[0] for c in choices]
            name, ok = QInputDialog.getItem(self, self.tr("Move to folder"),
                                            self.tr("Folder:"), names, 0, False)
            if not ok:
                return
            folder_id = choices[names.index(name)][1]
        assert folder_id is None or isinstance(folder_id, int)
        if key[0] == "folder":
            self._do(self.store.move_folder, key[1], folder_id)
        else:
            self._do(self.store.move, key[1], folder_id)
        self._select_key(key)

    def delete_current(self) -> None:
        key = self._current_key()
        if key is None:
            return
        if key[0] == "folder":
            name = self.store.folder(key[1]).name
            done = self._do(self.store.delete_folder, key[1])
        else:
            name = self.display_name(self.store.bookmark(key[1]))
            done = self._do(self.store.delete, key[1])
        if done is not _FAILED:
            self._say(self.tr("Deleted “%1”. Undo with Ctrl+Z.").replace(
                "%1", f"\u2068{name}\u2069"))

    def undo(self) -> None:
        self._save_note()  # a note being typed becomes its own step, undone first
        label = self._do(self.store.undo)
        if label and label is not _FAILED:
            self._say(self.tr("Undone: %1").replace("%1", self._step_name(str(label))))

    def redo(self) -> None:
        self._save_note()
        label = self._do(self.store.redo)
        if label and label is not _FAILED:
            self._say(self.tr("Redone: %1").replace("%1", self._step_name(str(label))))

    # -- notes ------------------------------------------------------------------------------

    def _current_changed(self) -> None:
        self._save_note()
        bm = self.current_bookmark()
        self._note_for = bm.id if bm else None
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(bm.note if bm else "")
        self.note_edit.document().setModified(False)
        self.note_edit.blockSignals(False)
        self.note_edit.setEnabled(bm is not None and not self.store.read_only)
        self._update_actions()

    def _save_note(self) -> None:
        """Save the note being edited, as one undo step, if the person changed it.

        Only an edit made in the box is saved: after an undo, or a change from another
        window, the box still shows the old text until it is reloaded, and that must not
        be written back over the store.
        """
        if (self._note_for is None or self._saving or self.store.read_only
                or not self.note_edit.document().isModified()):
            return
        self._saving = True  # saving refreshes the tree, which would save again
        try:
            bm = self.store.bookmark(self._note_for)
            text = self.note_edit.toPlainText()
            self.note_edit.document().setModified(False)
            if text != bm.note:
                self._do(self.store.set_note, bm.id, text)
        except UserError:
            pass  # deleted meanwhile (another window); nothing to save it to
        finally:
            self._saving = False

    def set_note(self, text: str) -> None:
        """Type a note for the selected bookmark and save it (as leaving the box does)."""
        self.note_edit.setPlainText(text)
        self.note_edit.document().setModified(True)
        self._save_note()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.note_edit and event.type() == QEvent.Type.FocusOut:
            self._save_note()
        elif watched is self.offer_box and event.type() in (QEvent.Type.Show,
                                                              QEvent.Type.Hide):
            self._opened.discard(self.offer_label)
            QTimer.singleShot(0, self._fit)  # once the layout knows it is shown or gone
        return super().eventFilter(watched, event)

    # -- export, import, print --------------------------------------------------------------

    def export_bookmarks(self, path: Path | None = None,
                         passphrase: str | None = None) -> Path | None:
        """Write every bookmark to a file: readable JSON, or encrypted with `passphrase`.

        Asked without a path, for protected bookmarks it first warns that a JSON file can be
        read by anyone who finds it, and offers the encrypted file instead."""
        if path is None:
            from desktop.paths import ensure_dir, user_paths

            if self.store.protected:
                choice = self._ask_export_kind()
                if choice is None:
                    return None
                if choice:
                    passphrase = self._ask_export_passphrase()
                    if passphrase is None:
                        return None
            folder = user_paths().exports
            ensure_dir(folder)
            from desktop.bookmarks.sealed import SUFFIX

            suggested = "bookmarks" + (SUFFIX if passphrase is not None else ".json")
            filters = (self.tr("Encrypted bookmarks (*.bookmarks)") if passphrase is not None
                       else self.tr("Bookmarks (*.json)"))
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export bookmarks"), str(folder / suggested), filters)
            if not name:
                return None
            path = Path(name)
        try:
            if passphrase is not None:
                count = self.store.export_sealed(path, passphrase)
            else:
                count = self.store.export_file(path)
        except OSError as exc:
            self._say(f"{path}: {exc.strerror or exc}", error=True)
            return None
        except UserError as exc:
            self._say(str(exc), error=True)
            return None
        self._say(self.tr("%1 bookmarks saved to %2").replace("%1", str(count))
                  .replace("%2", str(path)))
        return path

    def _ask_export_kind(self) -> bool | None:
        """True: encrypted; False: readable JSON; None: cancelled."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, self.tr(
            "Your bookmarks are protected, but a bookmarks file in JSON can be read by anyone "
            "who gets it."), parent=self)
        box.setObjectName("ExportKind")
        box.setInformativeText(self.tr(
            "An encrypted file can only be imported with the passphrase you choose for it."))
        sealed = box.addButton(self.tr("&Encrypted file…"), QMessageBox.ButtonRole.AcceptRole)
        readable = box.addButton(self.tr("&Readable JSON file…"),
                                 QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sealed)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is sealed else False if clicked is readable else None

    def _ask_export_passphrase(self) -> str | None:
        from desktop.ui.protection import PassphraseDialog

        dialog = PassphraseDialog(self, self.tr("Encrypt the bookmarks file"), self.tr(
            "Choose a passphrase for this file. It is needed to import it; tell it to the "
            "person who will import it another way than the file itself."),
            new=True, check=lambda _p: "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.accepted_passphrase

    def import_bookmarks(self, path: Path | None = None, passphrase: str | None = None) -> bool:
        """Merge a bookmarks file; an encrypted one asks for its passphrase (unless given)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import bookmarks"), "",
                self.tr("Bookmarks (*.json *.bookmarks);;All files (*)"))
            if not name:
                return False
            path = Path(name)
        from desktop.bookmarks.exchange import NeedsPassphrase

        try:
            try:
                report = self.store.import_file(path, passphrase)
            except NeedsPassphrase:
                if not self.isVisible():
                    raise
                opened = self._import_with_passphrase(path)
                if opened is None:
                    return False
                report = opened
        except UserError as exc:
            self._say(str(exc), error=True)
            if self.isVisible():
                QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        self._say(report.message)
        return True

    def _import_with_passphrase(self, path: Path) -> ImportReport | None:
        """Ask for an encrypted file's passphrase until it opens it (or the person cancels)."""
        from desktop.bookmarks import WrongPassphrase
        from desktop.ui.protection import PassphraseDialog

        done: list[ImportReport] = []

        def attempt(passphrase: str) -> str:
            try:
                done.append(self.store.import_file(path, passphrase))
            except WrongPassphrase:
                return self.tr("That passphrase does not open this file. Nothing was changed.")
            except UserError as exc:
                return str(exc)
            return ""

        dialog = PassphraseDialog(self, self.tr("Import bookmarks"), self.tr(
            "This bookmarks file is encrypted. Type its passphrase."), new=False, check=attempt)
        dialog.exec()
        return done[0] if done else None

    def _folder_printout(self) -> object:
        from desktop.printing.printout import build_bookmarks

        assert self.library is not None
        return build_bookmarks(self.library, self.store, self.current_folder_id(), self.language)

    def print_folder(self) -> None:
        from desktop.printing.printout import Printout
        from desktop.ui import printing

        printout = self._folder_printout()
        assert isinstance(printout, Printout)
        printing.preview(printout, self)

    def export_folder_pdf(self, path: Path | None = None) -> Path | None:
        from desktop.printing.printout import Printout
        from desktop.ui import printing

        printout = self._folder_printout()
        assert isinstance(printout, Printout)
        if path is None:
            return printing.export_pdf_dialog(printout, self)
        printing.export_pdf(printout, path)
        return path

    # -- state ------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        writable = not self.store.read_only
        key = self._current_key()
        for act in (self.rename_action, self.move_action, self.delete_action):
            act.setEnabled(writable and key is not None)
        self.open_action.setEnabled(key is not None and key[0] == "bookmark")
        self.new_folder_action.setEnabled(writable)
        # Enabled even read-only: Ctrl+D then says why nothing was saved.
        self.bookmark_action.setEnabled(True)
        self.import_action.setEnabled(writable)
        self.undo_action.setEnabled(self.store.can_undo)
        self.redo_action.setEnabled(self.store.can_redo)
        self.print_action.setEnabled(self.library is not None)
        self.pdf_action.setEnabled(self.library is not None)
        if self.store.can_undo:
            self.undo_action.setToolTip(self.tr("Undo: %1").replace(
                "%1", self._step_name(self.store.undo_label)))

    def _announce_store_state(self) -> None:
        if self.store.is_locked:
            self._say(self.tr("Bookmarks are locked."), passing=False)
        elif self.store.recovery is not None:
            # In the interface language, as the status bar says it (the store's own message
            # is English, for logs and the command line).
            self._say(store_notice(self.store), error=True, passing=False)
        elif self.store.read_only:
            self._say(self.tr("Bookmarks are read-only: %1").replace(
                "%1", self.store.read_only_reason), error=True, passing=False)
        elif self.store.upgraded_from is not None:
            self._say(self.tr("Your bookmarks were updated to the new format."),
                      passing=False)

    def _poll_store(self) -> None:
        if self.store.closed:
            self._poll.stop()  # the app is shutting down
        elif self.store.changed_elsewhere():
            self.refresh()

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for act in self.menu_actions()[2:]:
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
