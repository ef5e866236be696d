"""The search panel: results as you type, one row per passage, filters, keyboard use.

Keys: type in the box; Down (or Tab) moves into the results; Up/Down/Page keys move; Enter
opens the passage in the reader; Escape goes back to the box. Each row shows the citation,
the language and the snippet with the matched words in bold; screen readers get the same
as plain text.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.languages import NATIVE_NAMES, is_rtl, language_name
from desktop.library import Library
from desktop.ui.language_box import LanguageBox
from desktop.ui.search_service import SearchService

if TYPE_CHECKING:
    from desktop.search.searcher import Hit, SearchResults
    from desktop.subject_index import SubjectIndex

HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
LANG_ROLE = Qt.ItemDataRole.UserRole + 2
#: Pause after a keystroke before searching: long enough to skip most intermediate words,
#: short enough to feel immediate.
TYPING_PAUSE_MS = 120


def _split(snippet: str) -> list[tuple[str, bool]]:
    # Imported here: the search package (whoosh) is first needed when results come.
    from desktop.search.highlight import split_marks

    return list(split_marks(snippet))


def snippet_plain(snippet: str) -> str:
    return "".join(text for text, _ in _split(snippet))


def snippet_html(snippet: str) -> str:
    return "".join(f"<b><u>{html.escape(t)}</u></b>" if hit else html.escape(t)
                   for t, hit in _split(snippet))


def _keep_numbers(text: str) -> str:
    """`text` with a no-break space before each number: "art. 7", "المادة 5", "para. 3"
    never split at the end of a line."""
    import re

    return re.sub(r" (?=\d)", "\u00a0", text)


class HitDelegate(QStyledItemDelegate):
    """Paints a result as rich text: citation and language, then the snippet."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: float) -> QTextDocument:
        doc = QTextDocument()
        lang = index.data(LANG_ROLE) or "en"
        from desktop.ui.fonts import font_in

        # The hit's language's font first: a French hit in the Chinese interface keeps its
        # Latin apostrophes and quotes (the application font would draw them full width).
        doc.setDefaultFont(font_in(option.font, lang))
        doc.setDocumentMargin(4)
        direction = "rtl" if is_rtl(lang) else "ltr"
        doc.setHtml(f'<div dir="{direction}">{index.data(HTML_ROLE) or ""}</div>')
        doc.setTextWidth(width)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        doc = self._document(opt, index, rect.width())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QListWidget) else 300
        doc = self._document(option, index, max(100, width - 4))
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class ResultsList(QListWidget):
    """Enter opens a result; Up on the first row and Escape go back to the query box."""

    back_to_query = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.itemActivated.emit(item)
            return
        if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.currentRow() <= 0):
            self.back_to_query.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    #: doc, passage id, language, words to highlight
    result_activated = Signal(str, str, str, list)
    #: a query the person used (opened a result): for recent searches
    query_used = Signal(str)
    filters_changed = Signal(str, str)  # language ("" = all), document ("" = all)

    def __init__(self, library: Library, service: SearchService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.service = service
        self.ui_language = "en"
        self._subject_index: SubjectIndex | None = None  # read when a hit names an entry
        self.last_results: SearchResults | None = None
        self._searching = False

        self.query = QLineEdit(self)
        self.query.setObjectName("SearchQuery")
        self.query.setClearButtonEnabled(True)
        self.recent_model = QStringListModel(self)
        completer = QCompleter(self.recent_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.query.setCompleter(completer)
        self.lang_label = QLabel(self)
        self.lang_filter = LanguageBox(self)
        self.lang_label.setBuddy(self.lang_filter)
        self.doc_label = QLabel(self)
        self.doc_filter = QComboBox(self)
        self.doc_label.setBuddy(self.doc_filter)
        self.doc_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.doc_filter.setMinimumContentsLength(12)
        self.status = QLabel(self)
        self.status.setObjectName("SearchStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._use_suggestion)
        self.results = ResultsList(self)
        self.results.setObjectName("SearchResults")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.results.back_to_query.connect(self._focus_query)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.lang_label, self.lang_filter)
        form.addRow(self.doc_label, self.doc_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self._enter_in_query)
        self.query.installEventFilter(self)
        self.lang_filter.currentIndexChanged.connect(self._filters_changed)
        self.doc_filter.currentIndexChanged.connect(self._filters_changed)
        service.results.connect(self._show_results)
        service.failed.connect(self._show_failure)
        service.ready.connect(self._service_ready)
        self.retranslate()

    # -- filters --------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        lang, doc = self.filter_language(), self.filter_document()
        for combo in (self.lang_filter, self.doc_filter):
            combo.blockSignals(True)
            combo.clear()
        self.lang_filter.addItem(self.tr("All languages"), "")
        for code in self.library.languages():
            self.lang_filter.addItem(NATIVE_NAMES.get(code, code), code)
        self.doc_filter.addItem(self.tr("All documents"), "")
        for d in self.library:
            version = d.versions.get(self.ui_language) or d.reference_version
            self.doc_filter.addItem(version.short_title, d.id)
        self.set_filters(lang, doc, emit=False)
        for combo in (self.lang_filter, self.doc_filter):
            combo.blockSignals(False)

    def set_filters(self, lang: str, doc: str, emit: bool = True) -> None:
        for combo, value in ((self.lang_filter, lang), (self.doc_filter, doc)):
            i = combo.findData(value)
            combo.blockSignals(True)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)
        if emit:
            self._filters_changed()

    def filter_language(self) -> str:
        return self.lang_filter.currentData() or "" if self.lang_filter.count() else ""

    def filter_document(self) -> str:
        return self.doc_filter.currentData() or "" if self.doc_filter.count() else ""

    def _filters_changed(self) -> None:
        self.filters_changed.emit(self.filter_language(), self.filter_document())
        if self.query.text().strip():
            self.search_now()

    def set_recent(self, queries: list[str]) -> None:
        self.recent_model.setStringList(queries)

    # -- searching ------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        from desktop.ui.fonts import ensure_text

        # Typed in Chinese or Arabic: that script's font, if not yet; the box, like every
        # line edit holding such text, shapes it again with the font (fonts.ensure_scripts).
        ensure_text(text)
        if not text.strip():
            self._timer.stop()
            self.service.cancel()
            self.results.clear()
            self.last_results = None
            self._searching = False
            self._set_status("")
            return
        self._timer.start()

    def search_now(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        self._timer.stop()
        self._searching = True
        if not self.service.is_ready:
            self._set_status(html.escape(self.tr("Preparing the search index…")))
        self.service.request(text, self.filter_language() or None,
                             self.filter_document() or None)

    def is_searching(self) -> bool:
        return self._searching or self._timer.isActive()

    def _service_ready(self, ok: bool, message: str) -> None:
        if not ok:
            self._set_status(html.escape(
                self.tr("Search is not available: {reason}").replace("{reason}", message)))

    def _show_results(self, results: SearchResults) -> None:
        self._searching = False
        self.last_results = results
        self.results.clear()
        from desktop.ui.fonts import ensure_language

        for code in {hit.lang for hit in results.hits}:
            ensure_language(code)  # hits in Chinese or Arabic: their font, if not yet
        for hit in results.hits:
            plain = snippet_plain(hit.snippet)
            lang_name = language_name(hit.lang, self.ui_language)  # said in the interface's
            item = QListWidgetItem()
            # DisplayRole is what screen readers say; the delegate paints the rich version.
            # A hit in a text the language searched does not have (the Covenant in
            # English) says so under the snippet.
            missing = getattr(hit, "notice", "")
            # Why a passage without the typed words is there (issue 14).
            why = self._via_text(hit)
            item.setText(f"{hit.citation} ({lang_name})\n{plain}"
                         + (f"\n{missing}" if missing else "") + (f"\n{why}" if why else ""))
            item.setData(HIT_ROLE, hit)
            item.setData(LANG_ROLE, hit.lang)
            # No-break spaces where the header wraps: after the "·", which goes down with
            # the language it introduces instead of dangling at the end of the citation (an
            # English citation in the Arabic list ended its line with "·"); and before a
            # number, which stays with its word ("art." at the end of a line, "7" at the
            # start of the next, in the Arabic list at 800 x 600). The language's name is
            # isolated: in an English header the "·" was drawn at the right of "الإنكليزية",
            # after it, instead of before it (seen in the grabs, not asserted).
            cited = _keep_numbers(html.escape(hit.citation))
            item.setData(HTML_ROLE,
                         f"<small><b>{cited}</b> ·\u00a0"
                         f"\u2068{html.escape(lang_name)}\u2069"
                         f"</small><br>{snippet_html(hit.snippet)}"
                         + (f"<br><small><i>{html.escape(missing)}</i></small>"
                            if missing else "")
                         + (f"<br><small><i>{html.escape(why)}</i></small>" if why else ""))
            item.setToolTip(hit.citation)
            self.results.addItem(item)
        if results.hits:
            text = html.escape(self.tr("Results: {n}").replace("{n}", str(len(results.hits))))
        elif results.suggestion:
            text = html.escape(self.tr("No results. Did you mean:")) + \
                f' <a href="suggest">{html.escape(results.suggestion)}</a>'
        else:
            text = html.escape(self.tr("No results."))
        problem = getattr(results, "problem", "")
        if getattr(results, "degraded", False):
            text += " " + html.escape(self.tr("(searched as plain words)"))
        elif problem == "lone-not":
            # Nothing was searched: searching the word after NOT would give the very
            # passages the person asked to leave out.
            text += " " + html.escape(self.tr(
                "NOT needs a word before it, as in: police NOT arrest"))
        elif problem == "no-words":
            text += " " + html.escape(self.tr("The query has no words to search for."))
        elif problem == "too-long":
            from desktop.search.query import MAX_CHARS, MAX_TERMS

            text += " " + html.escape(self.tr(
                "The query is longer than {words} words or {chars} characters: only its "
                "beginning was searched.").replace("{words}", str(MAX_TERMS)).replace(
                    "{chars}", str(MAX_CHARS)))
        self._set_status(text)
        if results.hits:
            self.results.setCurrentRow(0)

    def _via_text(self, hit: Hit) -> str:
        """One line saying why a hit that does not hold the query's words was found: the
        subject index entry (in the interface language), or the guidance section linking
        it (its heading); "" for a direct match."""
        via = getattr(hit, "via", None)
        if not via:
            return ""
        kind, source = via
        if kind == "index":
            if self._subject_index is None:
                from desktop import subject_index

                self._subject_index = subject_index.load(self.library.root)
            concept = self._subject_index.by_id.get(source)
            entry = concept.heading(self.ui_language) if concept is not None else source
            return self.tr("Via the subject index (the project’s own work): {entry}").replace(
                "{entry}", entry)
        doc, _, pid = source.partition(":")
        version = self.library.readable_version(doc, hit.lang) if doc in self.library else None
        passage = version.passage(pid) if version is not None else None
        headings = [m.text for m in passage.before if m.level > 0] if passage else []
        return self.tr("Via the guidance section: {section}").replace(
            "{section}", headings[-1] if headings else source)

    def _show_failure(self, message: str) -> None:
        self._searching = False
        self.results.clear()
        self._set_status(html.escape(self.tr("Search failed: {reason}").replace(
            "{reason}", message)))

    def _set_status(self, rich: str) -> None:
        """Show the status line (rich text: a suggestion is a link); screen readers get
        the same words as its name, and hear them at once: the count of results, "No
        results", a problem with the query, wherever the focus is."""
        import re

        self.status.setText(rich)
        plain = html.unescape(re.sub(r"<[^>]*>", "", rich)).strip()
        self.status.setAccessibleName(plain or self.tr("Search status"))
        if plain:
            from desktop.ui.announce import announce

            announce(self.status, plain)

    def _use_suggestion(self, _link: str) -> None:
        if self.last_results is not None and self.last_results.suggestion:
            self.query.setText(self.last_results.suggestion)
            self.search_now()

    # -- opening --------------------------------------------------------------------------

    def _open_item(self, item: QListWidgetItem) -> None:
        hit: Hit | None = item.data(HIT_ROLE)  # put there by _show_results
        if hit is None:
            return
        self.query_used.emit(self.query.text().strip())
        self.result_activated.emit(hit.doc, hit.passage, hit.lang, sorted(hit.terms))

    def open_result(self, row: int) -> bool:
        item = self.results.item(row)
        if item is None:
            return False
        self.results.setCurrentItem(item)
        self._open_item(item)
        return True

    def _enter_in_query(self) -> None:
        if self._timer.isActive() or self._searching:
            self.search_now()
            return
        if self.results.count():
            self.open_result(max(0, self.results.currentRow()))

    # -- keyboard -------------------------------------------------------------------------

    def focus_query(self) -> None:
        self._focus_query()
        self.query.selectAll()

    def _focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, obj: object, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.results.count():
                popup = self.query.completer().popup() if self.query.completer() else None
                if popup is not None and popup.isVisible():
                    return False
                self.results.setFocus(Qt.FocusReason.TabFocusReason)
                if self.results.currentRow() < 0:
                    self.results.setCurrentRow(0)
                return True
        return False

    # -- language -------------------------------------------------------------------------

    def set_ui_language(self, lang: str) -> None:
        self.ui_language = lang
        self._fill_filters()
        if self.last_results is not None:  # entry names in "via" lines follow it
            self._show_results(self.last_results)

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Search all texts…"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setAccessibleDescription(self.tr(
            "Results appear as you type. Down arrow: go to the results; Enter: open."))
        self.lang_label.setText(self.tr("L&anguage:"))
        self.lang_filter.setAccessibleName(self.tr("Search in language"))
        self.lang_filter.setAccessibleDescription(self.tr("Search one language or all"))
        self.doc_label.setText(self.tr("&Document:"))
        self.doc_filter.setAccessibleName(self.tr("Search in document"))
        self.doc_filter.setAccessibleDescription(self.tr("Search one document or all"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr(
            "One passage per row. Enter opens it; Escape goes back to the search box."))
        self.status.setAccessibleDescription(self.tr("Search status"))
        if not self.status.text():
            self.status.setAccessibleName(self.tr("Search status"))
        self._fill_filters()
        if self.last_results is not None:
            self._show_results(self.last_results)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
