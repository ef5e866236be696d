"""The library panel: documents -> preamble / articles (or parts -> articles, for a text
whose headings carry ids: the Covenant's PART I ... PART VI) -> paragraphs, guidance, topics.

A tree a person can walk with the arrow keys; Enter, a click or a double-click opens the
item in the reader (signal `passage_requested(doc, pid)`). It never changes the reader
itself: the main window wires the two.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.citations import short_pinpoint
from desktop.contentfile import Marker
from desktop.languages import is_rtl
from desktop.library import Document, Library, Passage, Version
from desktop.topics import Topic
from desktop.ui.render import passage_label

#: Qt.ItemDataRole.UserRole (256) and the next one, as numbers: naming the enum would build
#: PySide's Python classes for the whole Qt namespace (~20 ms) before the first paint.
DOC_ROLE = 256
PID_ROLE = DOC_ROLE + 1
#: Qt.ItemDataRole.AccessibleTextRole: what a screen reader reads for a row.
ACCESSIBLE_TEXT_ROLE = 11

#: How much of a passage's text names it in the tree.
_EXCERPT = 60


def _excerpt(text: str) -> str:
    # Drop the paragraph number or item letter the label already shows ("2. ", "(a) ").
    text = re.sub(r"^\s*(?:\d+\.|\(?[a-zа-яأ-ي]\))\s+", "", text)
    return text if len(text) <= _EXCERPT else text[:_EXCERPT].rsplit(" ", 1)[0] + "…"


def _part_at(passage: Passage, part: Marker | None) -> Marker | None:
    """The part (a heading with an id) an article starting at `passage` is in: one whose
    heading stands before it, else `part` it was in, unless a heading of the same level or
    higher without an id stands before it (that part has ended)."""
    for marker in passage.before:
        if marker.id:
            part = marker
        elif part is not None and 0 < marker.level <= part.level:
            part = None
    return part


def _group_key(pid: str) -> str:
    """Which branch of the tree a passage belongs to."""
    if pid.startswith("art-"):
        # The article's number ("art-12.1" -> "art-12"), read without a pattern: compiling
        # one at import cost more than every call before the first paint together.
        rest = pid[4:]
        number = rest[:len(rest) - len(rest.lstrip("0123456789"))]
        if number:
            return f"art-{number}"
    for prefix in ("res-", "pp-", "op-", "fn-"):
        if pid.startswith(prefix):
            return prefix.rstrip("-")
    return ""


class LibraryPanel(QWidget):
    passage_requested = Signal(str, str)  # document id, passage id (or group id)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.topics: list[Topic] = []
        self.language = "en"
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setObjectName("LibraryTree")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.tree.itemExpanded.connect(self._populate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        #: Items whose children are built when first opened (a document, a topic), with
        #: the function that builds them: the tree stays quick to show however large the
        #: library is.
        self._pending: dict[int, tuple[QTreeWidgetItem, object]] = {}
        #: The part each article of a document with parts is under ((doc, "art-12") ->
        #: "part-3"): its row is built when the part is opened, or when it is looked for.
        self._part_of: dict[tuple[str, str], str] = {}
        self._built = False  # the tree is built on the first set_topics / set_language
        self._own_direction: QStyledItemDelegate | None = None
        self.retranslate()

    # -- building -------------------------------------------------------------------------

    def set_topics(self, topics: list[Topic]) -> None:
        self.topics = topics
        self.rebuild()

    def set_language(self, lang: str) -> None:
        """Titles and headings in the tree follow the reading language where it exists."""
        self.language = lang
        self._follow_row_direction()
        self.rebuild()

    def _follow_row_direction(self) -> None:
        """Rows of the other direction than the interface's are laid out, and cut, by their
        own (desktop/ui/own_direction.py); the plain delegate otherwise."""
        if is_rtl(self.language) != self.isRightToLeft():
            if self._own_direction is None:
                from desktop.ui.own_direction import OwnDirectionDelegate

                self._own_direction = OwnDirectionDelegate(self.tree)
                self.tree.setItemDelegate(self._own_direction)
        elif self._own_direction is not None:
            from PySide6.QtWidgets import QStyledItemDelegate

            self._own_direction = None
            self.tree.setItemDelegate(QStyledItemDelegate(self.tree))

    def rebuild(self) -> None:
        self._built = True
        expanded = {
            key for key, item in self._items.items() if item.isExpanded()
        }
        selected = self.tree.currentItem()
        selected_key = (
            (selected.data(0, DOC_ROLE), selected.data(0, PID_ROLE)) if selected else None)
        self.tree.clear()
        self._items = {}
        self._pending = {}
        self._part_of = {}
        guidance = [d for d in self.library if d.kind == "guidance"]
        for doc in self.library:
            if doc.kind != "guidance":
                self.tree.addTopLevelItem(self._document_item(doc))
        if guidance:
            group = self._item(self.tr("Guidance"), "", "", bold=True)
            self.tree.addTopLevelItem(group)
            for doc in guidance:
                group.addChild(self._document_item(doc))
            group.setExpanded(True)
        if self.topics:
            group = self._item(self.tr("Topics"), "", "", bold=True)
            self.tree.addTopLevelItem(group)
            for topic in self.topics:
                group.addChild(self._topic_item(topic))
        # A document before its parts, a part before its articles.
        for key in sorted(expanded, key=lambda k: (k[1] != "", not k[1].startswith("part-"))):
            if key[0] in self.library:
                self._reveal(*key)
            if key in self._items:
                self._items[key].setExpanded(True)
        if selected_key in self._items:
            self.tree.setCurrentItem(self._items[selected_key])

    def _version(self, doc: Document) -> Version:
        return doc.versions.get(self.language) or doc.reference_version

    def _item(self, text: str, doc: str, pid: str, *, bold: bool = False,
              tooltip: str = "") -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, DOC_ROLE, doc)
        item.setData(0, PID_ROLE, pid)
        item.setToolTip(0, tooltip or text)
        if bold:
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        if doc and (doc, pid) not in self._items:
            self._items[(doc, pid)] = item
        return item

    def _lazy(self, item: QTreeWidgetItem, build: object) -> None:
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._pending[id(item)] = (item, build)

    def _populate(self, item: QTreeWidgetItem) -> None:
        entry = self._pending.pop(id(item), None)
        if entry is not None:
            item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
            entry[1](item)  # type: ignore[operator]

    def _populate_document(self, doc_id: str) -> None:
        item = self._items.get((doc_id, ""))
        if item is not None:
            self._populate(item)

    def _reveal(self, doc_id: str, pid: str) -> None:
        """Build the rows down to passage `pid`: its document's, and its part's."""
        self._populate_document(doc_id)
        part = self._part_of.get((doc_id, _group_key(pid)))
        if part is not None and (doc_id, part) in self._items:
            self._populate(self._items[(doc_id, part)])

    def _document_item(self, doc: Document) -> QTreeWidgetItem:
        version = self._version(doc)
        top = self._item(version.short_title, doc.id, "", bold=True, tooltip=version.title)
        self._lazy(top, lambda item, d=doc: self._document_children(d, item))
        return top

    def _document_children(self, doc: Document, top: QTreeWidgetItem) -> None:
        version = self._version(doc)
        groups: dict[str, QTreeWidgetItem] = {}
        # A heading with an id (the Covenant's `## [part-3] PART III`) is a level of its
        # own: its articles go under it, built when it is opened (`_part_item`).
        part: Marker | None = None
        in_part: dict[str, list[Passage]] = {}
        part_rows: dict[str, QTreeWidgetItem] = {}
        last_key = ""
        for passage in version.passages:
            key = _group_key(passage.id)
            if doc.kind == "guidance" or not key:
                top.addChild(self._section_item(version, passage))
                continue
            if key.startswith("art-"):
                if key != last_key:  # an article's first passage: under a new part?
                    last_key, part = key, _part_at(passage, part)
                if part is not None:
                    if part.id not in in_part:
                        in_part[part.id] = []
                        part_rows[part.id] = self._part_item(version, part, in_part[part.id])
                        top.addChild(part_rows[part.id])
                    in_part[part.id].append(passage)
                    self._part_of[(doc.id, key)] = part.id
                    continue
                parent = groups.get("articles")
                if parent is None:
                    parent = groups["articles"] = self._item(self.tr("Articles"), doc.id,
                                                             "#articles")
                    top.addChild(parent)
                self._add_article_passage(version, parent, groups, passage, key)
                continue
            part, last_key = None, key
            parent = groups.get(key)
            if parent is None:
                parent = groups[key] = self._item(self._group_title(doc, key), doc.id, "#" + key)
                top.addChild(parent)
            parent.addChild(self._passage_item(version, passage))
        for hid, row in part_rows.items():
            self._describe_part(row, in_part[hid])

    def _add_article_passage(self, version: Version, parent: QTreeWidgetItem,
                             groups: dict[str, QTreeWidgetItem], passage: Passage,
                             key: str) -> None:
        """A passage of article `key` under the article's row (made under `parent` for its
        first passage); an article of one passage is that row alone."""
        article = groups.get(key)
        if article is None:
            article = groups[key] = self._item(
                self._article_title(version, passage, key), version.doc, key)
            parent.addChild(article)
        if passage.id != key or len(version.select(key)) > 1:
            article.addChild(self._passage_item(version, passage))

    def _part_item(self, version: Version, part: Marker, passages: list[Passage]
                   ) -> QTreeWidgetItem:
        """A part's row: its heading as the text has it ("PART III"), opening the whole part;
        its articles are built when it is first opened (`passages` is filled meanwhile)."""
        item = self._item(part.text, version.doc, part.id, bold=True)
        self._lazy(item, lambda it: self._part_children(version, passages, it))
        return item

    def _describe_part(self, item: QTreeWidgetItem, passages: list[Passage]) -> None:
        numbers = [key[4:] for key in map(_group_key, (p.id for p in passages))
                   if key.startswith("art-")]
        if numbers:
            # Which articles it holds, said in the interface's language (the heading itself
            # is the text's): a tooltip, and what a screen reader reads for the row.
            heading = f"\u2068{item.text(0)}\u2069"
            if numbers[0] == numbers[-1]:
                spoken = self.tr("{part}: article {n}").replace("{n}", numbers[0])
            else:
                spoken = self.tr("{part}: articles {first} to {last}").replace(
                    "{first}", numbers[0]).replace("{last}", numbers[-1])
            spoken = spoken.replace("{part}", heading)
            item.setToolTip(0, spoken)
            item.setData(0, ACCESSIBLE_TEXT_ROLE, spoken)

    def _part_children(self, version: Version, passages: list[Passage],
                       item: QTreeWidgetItem) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for passage in passages:
            self._add_article_passage(version, item, groups, passage,
                                      _group_key(passage.id))

    def _group_title(self, doc: Document, key: str) -> str:
        if key == "res":
            return self.tr("Adopting resolution")
        if key == "pp":
            return self.tr("Preamble")
        if key == "op":
            return self.tr("Operative paragraphs")
        if key == "fn":
            return self.tr("Footnotes")
        return key

    def _article_title(self, version: Version, passage: Passage, key: str) -> str:
        # The heading just before the article's first passage is its title in this
        # language ("Article 12", "Статья 12", "المادة 12").
        for marker in reversed(passage.before):
            if marker.level > 0:
                return marker.text
        return self.tr("Article {n}").replace("{n}", key.split("-", 1)[1])

    def _passage_item(self, version: Version, passage: Passage) -> QTreeWidgetItem:
        label = passage_label(version, passage.id)
        text = f"{label}  {_excerpt(passage.paragraphs[0])}" if label else _excerpt(
            passage.paragraphs[0])
        return self._item(text, version.doc, passage.id, tooltip=passage.paragraphs[0][:300])

    def _section_item(self, version: Version, passage: Passage) -> QTreeWidgetItem:
        headings = [m.text for m in passage.before if m.level > 0]
        title = headings[-1] if headings else _excerpt(passage.paragraphs[0])
        return self._item(title, version.doc, passage.id, tooltip=passage.paragraphs[0][:300])

    def _topic_item(self, topic: Topic) -> QTreeWidgetItem:
        item = self._item(topic.title(self.language), "", "")
        self._lazy(item, lambda it, t=topic: self._topic_children(t, it))
        return item

    def _topic_children(self, topic: Topic, item: QTreeWidgetItem) -> None:
        for ref in topic.passages:
            doc_id, _, pid = ref.partition(":")
            if doc_id not in self.library:
                continue
            version = self._version(self.library.document(doc_id))
            if not version.select(pid):
                continue
            name = short_pinpoint(version, pid, passage_label(version, pid) or pid)
            child = QTreeWidgetItem([name])
            child.setData(0, DOC_ROLE, doc_id)
            child.setData(0, PID_ROLE, pid)
            child.setToolTip(0, version.select(pid)[0].paragraphs[0][:300])
            item.addChild(child)

    # -- use ------------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        doc = item.data(0, DOC_ROLE)
        pid = item.data(0, PID_ROLE)
        if not doc:
            item.setExpanded(not item.isExpanded())
            return
        if pid and pid.startswith("#"):
            # A group such as "Preamble": open its first passage.
            first = item.child(0)
            if first is None:
                return
            pid = first.data(0, PID_ROLE)
        self.passage_requested.emit(doc, pid or "")

    def select(self, doc: str, pid: str) -> None:
        """Follow the reader: show where the current passage is, without opening anything."""
        if pid:
            self._reveal(doc, pid)
        item = self._items.get((doc, pid))
        if item is None and "." in pid:
            item = self._items.get((doc, pid.split(".")[0]))
        if item is None:
            item = self._items.get((doc, ""))
        if item is None:
            return
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        self.tree.blockSignals(False)

    def current_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, DOC_ROLE), item.data(0, PID_ROLE)

    def find_item(self, doc: str, pid: str) -> QTreeWidgetItem | None:
        self._reveal(doc, pid)
        return self._items.get((doc, pid))

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.setAccessibleDescription(self.tr(
            "Documents, their parts, articles and paragraphs, guidance and topics. "
            "Arrow keys move, Enter opens."))
        if self._built:
            self.rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_row_direction()
        super().changeEvent(event)
