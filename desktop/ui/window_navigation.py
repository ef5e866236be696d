"""The main window's navigation: showing a passage, the go-to box, links and search hits,
back and forward through the history, the next and previous passage, and the citation of
the passage being read (in the status bar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import APP_NAME
from desktop.errors import UserError
from desktop.ui.navigation import Location

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowPart
else:
    WindowPart = object  # the declarations are for the type checker: one import less at start


class Navigation(WindowPart):
    #: What the go-to box last failed to find: Enter again on it searches the texts.
    _goto_not_found: str | None = None
    _goto_message = ""  # the "Not found" said in the status bar, cleared by a good go-to

    def open_reference(self, ref: str) -> bool:
        """A canonical reference (`declaration:art-12.2`), a group (`declaration:art-12`) or
        a range (`declaration:art-12.1..art-12.3`); anything else is read like the go-to box."""
        doc, sep, pid = ref.partition(":")
        if sep and doc in self.library:
            return self.show_passage(doc, pid)
        return self.goto(ref)

    def show_passage(self, doc: str, pid: str = "", lang: str | None = None,
                     terms: list[str] | None = None, record: bool = True) -> bool:
        """Open document `doc` at passage (or group) `pid`; True if it is shown."""
        if doc not in self.library:
            return False
        if lang:
            self._view_lang = lang
        wanted = self.reading_language()
        # A text not read yet is read now; a damaged one is left out (the notice names it
        # just after the first paint) and the next choice is tried.
        version = self.library.readable_version(doc, wanted)
        if version is None:  # no readable version left
            return False
        document, shown = self.library.document(doc), version.lang
        parallel = self.parallel_lang if (self.parallel_lang in document.versions
                                          and self.parallel_lang != shown) else ""
        if parallel and not self.library.readable(document.versions[parallel]):
            parallel = ""
        versions = [document.versions[shown]] + ([document.versions[parallel]] if parallel else [])
        fallback = wanted if shown != wanted else ""
        if [v.path for v in versions] != [v.path for v in self.reader.versions]:
            self.reader.show_versions(versions, fallback_from=fallback)
            altered = doc in self.ctx.altered or "*" in self.ctx.altered
            for banner in self.reader.banners:
                banner.set_altered(altered)
        else:
            self.reader.set_fallback(fallback)
        self.current_doc, self.current_lang = doc, shown
        self.toolbar.set_languages(document.languages, shown, parallel)
        self.menus.parallel_action.setChecked(bool(parallel))
        if self.contents.language != shown:
            self.contents.set_language(shown)
        self.setWindowTitle(f"{versions[0].short_title} — {APP_NAME}")
        if pid and not self.reader.has(pid):
            pid = ""
        if record:
            self.history.visit(Location(doc, pid))
            self._update_history_actions()
        self.set_current(pid or None)
        if not pid:
            # A text opens on its own title where a cover page and an adopting resolution
            # come first (the Declaration, in the annex of 53/144): they stay above it.
            from desktop.ui.render import opening_passage

            opening = opening_passage(versions[0])
            if opening and self.reader.has(opening):
                self.reader.scroll_to(opening, when_shown=True)
            else:
                self.reader.browser.verticalScrollBar().setValue(0)
        self.reader.put_caret(pid or None)
        self._announce_opened()
        if terms:
            self.reader.highlight_terms(terms, pid or None)
        else:
            self.reader.clear_hits()
        return True

    def set_current(self, pid: str | None, scroll: bool = True) -> None:
        self.reader.set_current(pid, scroll=scroll)
        # The reader moved: a "Not found" from before is about somewhere else now.
        self.toolbar.set_goto_error("")
        self._goto_not_found = None
        self.current_passage_changed.emit(self.current_doc, self.current_lang, pid or "")

    def goto(self, text: str) -> bool:
        """The "go to" box: a loose reference in any language, a range as bookmarks write it
        (`declaration:art-12.1..art-12.3`), or a title or section name ("staying safe",
        "Special Rapporteur"). Other text is offered to search: Enter again searches it."""
        text = text.strip()
        if not text:
            return False
        if text == self._goto_not_found:
            self._goto_not_found = None
            self.toolbar.set_goto_error("")
            self.focus_search()
            self.search.query.setText(text)
            return False
        try:
            from desktop.references import canonical  # first use, not start-up

            doc, _, pid = canonical(text, self.library,
                                    context_doc=self.current_doc or None).partition(":")
        except UserError as exc:
            from desktop.sections import find_section

            found = find_section(text, self.library, self.reading_language())
            if found is None:
                return self._goto_failed(text, getattr(exc, "doc", None))
            doc, pid = found[0], found[1]
        self.toolbar.set_goto_error("")
        if self._goto_message and self.statusBar().currentMessage() == self._goto_message:
            self.statusBar().clearMessage()  # an earlier "Not found" is no longer true
        self._goto_not_found = None
        self.show_passage(doc, pid)
        self.reader.browser.setFocus()
        return True

    def _goto_failed(self, text: str, doc: str | None = None) -> bool:
        # What the person typed (isolated: any direction), not the core's English reason.
        typed = f"\u2068{text}\u2069"
        version = self.library.readable_version(doc, self.ui_language) if (
            doc and doc in self.library) else None
        if version is not None:
            # A text it names ("UDHR 31"): that text has no such passage; searching the
            # words would not find it either.
            message = QCoreApplication.translate(
                "MainWindow", "Not found: “{text}”: {title} has no such article or "
                "paragraph.").replace("{text}", typed).replace(
                    "{title}", f"\u2068{version.short_title}\u2069")
            self._goto_not_found = None
        else:
            message = QCoreApplication.translate(
                "MainWindow", "Not found: “{text}” is not a reference or a title here. Press "
                "Enter again to search the texts for it.").replace("{text}", typed)
            self._goto_not_found = text
        self.toolbar.set_goto_error(QCoreApplication.translate("MainWindow", "Not found"))
        self._goto_message = message
        self.statusBar().showMessage(message, 15000)
        return False

    def _show_where(self) -> None:
        """The go-to box says where the reader is now (after a search hit or a link)."""
        version = self.current_version()
        if version is None:
            return
        from desktop.sections import goto_text

        self.toolbar.set_goto_text(goto_text(self.library, version, self.current_passage))

    def _open_hit(self, doc: str, pid: str, lang: str, terms: list[str]) -> None:
        # A hit in a text left out since the index was made: a language left out falls back
        # to another one (the reader says so); a document left out entirely is said here.
        if not self.show_passage(doc, pid, lang=lang, terms=terms):
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Not found: {reason}").replace(
                    "{reason}", f"{doc}:{pid}"), 8000)
            return
        self._show_where()

    def _open_link(self, ref: str) -> None:
        doc, _, pid = ref.partition(":")
        if self.show_passage(doc, pid):
            self._show_where()

    def back(self) -> None:
        loc = self.history.back()
        if loc is not None:
            self.show_passage(loc.doc, loc.pid, record=False)
        self._update_history_actions()

    def forward(self) -> None:
        loc = self.history.forward()
        if loc is not None:
            self.show_passage(loc.doc, loc.pid, record=False)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.menus.back_action.setEnabled(self.history.can_back())
        self.menus.forward_action.setEnabled(self.history.can_forward())

    def _step_passage(self, delta: int) -> None:
        r = self.reader.rendered
        if r is None or not r.order:
            return
        group = self.reader._group(self.current_passage) if self.current_passage else []
        if not group:
            target = r.order[0]
        else:
            i = r.order.index(group[-1] if delta > 0 else group[0]) + delta
            target = r.order[max(0, min(len(r.order) - 1, i))]
        self.show_passage(self.current_doc, target)

    def next_passage(self) -> None:
        self._step_passage(1)

    def previous_passage(self) -> None:
        self._step_passage(-1)

    def _passage_changed(self, doc: str, lang: str, pid: str) -> None:
        version = self.current_version()
        text = ""
        if version is not None and ".." in pid:
            # A range (art-12.1..art-12.3) is named as one, not by its raw id.
            from desktop.citations import span_citation

            text = span_citation(version, self.reader._group(pid))
        elif version is not None and pid:
            from desktop.citations import citation

            text = citation(version, pid)
        self.citation_label.setText(text)
        self._name_citation()
        self.contents.select(doc, pid)

    def _name_citation(self) -> None:
        """The citation is its own accessible name (what the status bar shows is what a
        screen reader reads); what it is goes in the description."""
        what = QCoreApplication.translate("MainWindow", "Citation of the current passage")
        self.citation_label.setAccessibleName(self.citation_label.text() or what)
        self.citation_label.setAccessibleDescription(what)

    def say_where(self) -> None:
        """Go › Say where I am (Ctrl+I): the citation of the passage at the text's caret
        (where a screen reader is reading), else of the current passage, and its status."""
        version = self.current_version()
        pid = self.reader.caret_passage() or self.current_passage
        if version is None:
            return
        from desktop.citations import citation

        self._announce_opened(citation(version, pid) if pid else "")

    def _announce_opened(self, where: str = "") -> None:
        """Say which passage is now in the reader, and what its text is (official UN
        text, unofficial translation, guidance): the caret is at its start."""
        from desktop.ui import announce

        version = self.current_version()
        if version is None:
            return
        where = where or self.citation_label.text() or version.short_title
        shown = len(self.reader.versions)
        statuses = [b.status_text() for b in self.reader.banners[:shown]]
        text = announce.remember(". ".join([where, *statuses]))
        if not text:
            return
        # The first page is said once the window is on screen, just after its first paint:
        # before that there is no window for the screen reader to be in, and asking Qt
        # whether one listens costs the first paint ~20 M instructions (bench/README.md).
        browser = self.reader.browser
        if self._painted:
            announce.send(browser, text)
        else:
            self.when_painted(lambda: announce.send(browser, text))

    def open_start(self, ref: str | None = None) -> None:
        """First page: `ref` (from `open REF`), else the last position, else the first
        document (by its `order`: the Declaration)."""
        if ref:
            loc = Location.from_ref(ref)
        else:
            first_doc = next(iter(self.library.document_ids), "")
            loc = Location.from_ref(self.settings.get("last_passage") or first_doc)
        if not self.show_passage(loc.doc, loc.pid, record=True):
            first = next(iter(self.library), None)
            if first is not None:
                self.show_passage(first.id)
