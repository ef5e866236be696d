"""The Index panel: the subject index A-Z, like the index at the back of a law book.

Entries (everyday words, content/subject-index/, the project's own work) are listed in the
interface language under their letter (Chinese: by radical and stroke, under the first
character; Arabic without the article ال). An entry's children are its passages, cited in
the interface language. Keys: type in the filter box to narrow the list, Down moves into
it; Enter on an entry opens it on its passages (expanded, first passage in the reader),
Enter on a passage opens that one. Signal `passage_requested(doc, pid)`; the window wires it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import subject_index
from desktop.citations import citation, pinpoint
from desktop.languages import is_rtl, ltr
from desktop.library import Library
from desktop.subject_index import Concept, SubjectIndex

CONCEPT_ROLE = 256  # Qt.ItemDataRole.UserRole
REF_ROLE = CONCEPT_ROLE + 1


class IndexPanel(QWidget):
    passage_requested = Signal(str, str)  # document id, passage id

    def __init__(self, library: Library, index: SubjectIndex | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IndexPanel")
        self.library = library
        self.index = index if index is not None else subject_index.load(library.root)
        self.language = "en"
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("IndexFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._open_first_shown)
        self.filter.installEventFilter(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("IndexTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._fill)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        self._entries: dict[str, QTreeWidgetItem] = {}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Index")

    # -- building -------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Headings and citations in the interface language `lang`."""
        if lang != self.language or not self._entries:
            self.language = lang
            self.rebuild()

    def rebuild(self) -> None:
        self.tree.clear()
        self._entries.clear()
        group_item: QTreeWidgetItem | None = None
        group = None
        for g, heading, concept in self.index.entries(self.language):
            if g != group or group_item is None:
                group = g
                group_item = QTreeWidgetItem(self.tree, [g])
                group_item.setFlags(group_item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item = QTreeWidgetItem(group_item, [heading])
            item.setData(0, CONCEPT_ROLE, concept.id)
            item.setToolTip(0, "; ".join(concept.terms.get(self.language, [])))
            # Its passages are listed when it is first opened: 168 entries x ~6 citations
            # would be built for nothing at every change of language.
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self._entries[concept.id] = item
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                top.setExpanded(True)  # the letters; entries open when asked
        self._apply_filter(self.filter.text())

    def _fill(self, item: QTreeWidgetItem) -> None:
        concept_id = item.data(0, CONCEPT_ROLE)
        if not concept_id or item.childCount():
            return
        concept = self.index.by_id[concept_id]
        for doc, pid, label, cited in self.passages(concept):
            child = QTreeWidgetItem(item, [label])
            child.setData(0, REF_ROLE, f"{doc}:{pid}")
            child.setToolTip(0, cited)
        item.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)

    def passages(self, concept: Concept) -> list[tuple[str, str, str, str]]:
        """(document, passage, label, full citation) of an entry's passages, in the interface
        language: the label puts the pinpoint first ("art. 5(a) — Declaration on Human
        Rights Defenders") so a narrow panel still shows which passage it is."""
        out: list[tuple[str, str, str, str]] = []
        for ref in concept.passages:
            doc, _, pid = ref.partition(":")
            version = self.library.readable_version(doc, self.language)
            if version is None:
                continue
            chosen = [pid] if version.has(pid) else [p.id for p in version.select(pid)]
            for p in chosen:
                label = f"{pinpoint(version, p)} — {version.short_title}"
                if is_rtl(self.language) and not is_rtl(version.lang):
                    # The Covenant's English in an Arabic list: kept left to right.
                    label = ltr(label)
                out.append((doc, p, label, citation(version, p)))
        return out

    # -- using ----------------------------------------------------------------------------

    def open_entry(self, concept_id: str) -> bool:
        """Show an entry opened on its passages, and its first passage in the reader."""
        item = self._entries.get(concept_id)
        if item is None:
            return False
        if item.isHidden():
            self.filter.clear()
        item.setExpanded(True)
        self._fill(item)
        self.tree.setCurrentItem(item)
        # The entry at the top, its passages below it in view.
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
        first = item.child(0)
        if first is not None:
            doc, _, pid = str(first.data(0, REF_ROLE)).partition(":")
            self.passage_requested.emit(doc, pid)
        return True

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, REF_ROLE)
        if ref:
            doc, _, pid = str(ref).partition(":")
            self.passage_requested.emit(doc, pid)
            return
        concept_id = item.data(0, CONCEPT_ROLE)
        if concept_id:
            self.open_entry(str(concept_id))

    def _apply_filter(self, text: str) -> None:
        want = subject_index.sort_key(self.language, text)[0]
        shown = 0
        for concept_id, item in self._entries.items():
            concept = self.index.by_id[concept_id]
            terms = concept.terms.get(self.language, [])
            visible = not want or any(
                want in subject_index.sort_key(self.language, t)[0] for t in terms)
            item.setHidden(not visible)
            shown += visible
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                children = [group.child(j) for j in range(group.childCount())]
                group.setHidden(all(c is None or c.isHidden() for c in children))
        self.count.setText(self.tr("Entries: {n}").replace("{n}", str(shown)))

    def _open_first_shown(self) -> None:
        for concept_id, item in self._entries.items():
            if not item.isHidden():
                self.open_entry(concept_id)
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                if self.tree.currentItem() is None:
                    first = next((i for i in self._entries.values() if not i.isHidden()), None)
                    if first is not None:
                        self.tree.setCurrentItem(first)
                return True
        return False

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Everyday words and the passages they concern. This index is the project’s own "
            "work, not UN text."))
        self.note.setAccessibleDescription(self.tr("About the subject index"))
        self.filter.setPlaceholderText(self.tr("Filter the index…"))
        self.filter.setAccessibleName(self.tr("Filter the index"))
        self.filter.setAccessibleDescription(self.tr(
            "Type a word to narrow the list. Down arrow: go to the list; Enter: open the "
            "first entry."))
        self.tree.setAccessibleName(self.tr("Subject index"))
        self.tree.setAccessibleDescription(self.tr(
            "Entries from A to Z under their letter. Enter on an entry opens its passages; "
            "Enter on a passage opens it in the reader."))
        # Named by what it says (Qt's default for a label); what it is, in the description.
        self.count.setAccessibleDescription(self.tr("Number of entries shown"))
        self._apply_filter(self.filter.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            from desktop.ui.i18n import interface_language

            self.retranslate()
            self.set_language(interface_language())
        super().changeEvent(event)
