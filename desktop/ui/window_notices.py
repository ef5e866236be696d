"""The main window's notices about the person's data, in the status bar until the app
closes: texts left out because they could not be read, a damaged or read-only bookmarks
store (`show_notice`), and the warning printouts of an altered text carry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop import APP_NAME
from desktop.contentfile import ContentError

if TYPE_CHECKING:
    from desktop.ui.window_parts import WindowPart
else:
    WindowPart = object  # the declarations are for the type checker: one import less at start


class Notices(WindowPart):
    def show_notice(self, text: str | Callable[[], str]) -> None:
        """Something the person must know about their data (damaged, read-only): shown in the
        status bar until the app closes, not as a message that fades. `text` is in the
        interface language; given as a function, it is asked again when the interface
        language changes, so the notice is said in the new one. Files left out of the
        library are said beside it, by `leave_out_unreadable`."""
        self._other_notice = text if callable(text) else (lambda: text)
        self._update_notice()

    def leave_out_unreadable(self, errors: list[ContentError]) -> None:
        """Content files that could not be read (a damaged header is met when the library
        is loaded, a damaged body when its passages are first needed, at the latest just
        after the first paint; a damaged topic index when loaded): they are left out of the
        library, and the status bar says which, until the app closes."""
        if not errors:
            return
        # The errors are kept, not the sentence: it is said again in the new language when
        # the interface language changes (retranslate).
        self._left_out = list(errors)
        self._update_notice()
        self.contents.rebuild()
        if self.current_doc in self.library:
            self.toolbar.set_languages(self.library.document(self.current_doc).languages,
                                       self.current_lang, self.parallel_lang)

    def _left_out_text(self) -> str:
        errors = self._left_out
        topics = str(self.library.topics_path)
        texts = [e for e in errors if e.path != topics]
        parts = []
        if texts:
            names = ", ".join(f"{Path(e.path).parent.name}/{Path(e.path).name}" for e in texts)
            parts.append(QCoreApplication.translate(
                "MainWindow", "Some texts could not be read and are left out: {files}").replace(
                    "{files}", names))
        if len(texts) < len(errors):
            parts.append(QCoreApplication.translate(
                "MainWindow", "The list of topics could not be read and is left out: {file}"
            ).replace(
                    "{file}", self.library.topics_path.name))
        return " ".join(parts)

    def _update_notice(self) -> None:
        """The status-bar notice: the files left out, then any other notice; the tooltip
        (and the screen reader's description) gives each left-out file's error."""
        other = self._other_notice()
        text = " ".join(t for t in (self._left_out_text(), other) if t)
        details = "\n".join([str(e) for e in self._left_out] + ([other] if other else []))
        said = self.notice_label.text()
        self.notice_label.setText(text)
        self.notice_label.setToolTip(details)
        self.notice_label.setAccessibleName(text)
        self.notice_label.setAccessibleDescription(details)
        self.notice_label.setVisible(bool(text))
        # Reached with Tab (Enter opens the details) while there is something to read.
        self.notice_label.setProperty("focusPolicy", "TabFocus" if text else "NoFocus")
        if text != said:
            self._announce_message(text)

    def show_notice_details(self) -> None:
        """The whole notice, and each left-out file's error, in a box (the status bar shows
        one line of it)."""
        from PySide6.QtCore import Qt  # not at import: see bench/README.md, Start-up
        from PySide6.QtWidgets import QMessageBox

        text = self.notice_label.text()
        if not text:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.setObjectName("NoticeDetails")
        details = self.notice_label.toolTip()
        if details and details != text:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _announce_message(self, text: str) -> None:
        from desktop.ui.announce import announce

        announce(self.statusBar(), text)

    def integrity_warning(self, doc: str) -> str | None:
        """The warning printouts of an altered document carry (None: the file is intact)."""
        if doc not in self.ctx.altered and "*" not in self.ctx.altered:
            return None
        from desktop.integrity import IntegrityReport

        return IntegrityReport(altered_documents={doc}).warning_for(doc)
