"""Issue 5, point 3, from the window: what File > Print… and Export as PDF… take, and every
kind of printout reachable from the menus with the keyboard alone.

The print and save dialogs are replaced by recorders: what reaches them is the printout a
person would get (its HTML holds the passages and their citations).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop.integrity import IntegrityReport
from desktop.printing.labels import LABELS
from desktop.printing.printout import Printout
from desktop.ui.main_window import MainWindow


class Recorder:
    def __init__(self) -> None:
        self.printouts: list[tuple[str, Printout]] = []

    def print_dialog(self, printout: Printout, parent: Any = None) -> bool:
        self.printouts.append(("print", printout))
        return True

    def preview(self, printout: Printout, parent: Any = None) -> None:
        self.printouts.append(("preview", printout))

    def export_pdf_dialog(self, printout: Printout, parent: Any = None,
                          folder: Path | None = None) -> Path | None:
        self.printouts.append(("pdf", printout))
        return None

    @property
    def last(self) -> Printout:
        return self.printouts[-1][1]


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    from desktop.ui import printing

    rec = Recorder()
    for name in ("print_dialog", "preview", "export_pdf_dialog"):
        monkeypatch.setattr(printing, name, getattr(rec, name))
    return rec


def _texts(window: MainWindow, *pids: str) -> list[str]:
    version = window.current_version()
    assert version is not None
    return [version.passage(pid).paragraphs[0] for pid in pids]  # type: ignore[union-attr]


def _holds(printout: Printout, texts: list[str]) -> list[bool]:
    import html

    return [html.escape(t, quote=True) in printout.html for t in texts]


def test_print_with_nothing_selected_prints_the_current_passage(
    make_window: Any, recorder: Recorder
) -> None:
    window = make_window("declaration:art-12.2")
    window.menus.print_action.trigger()
    assert recorder.printouts[-1][0] == "print"
    assert _holds(recorder.last, _texts(window, "art-12.2")) == [True]
    assert _holds(recorder.last, _texts(window, "art-12.1", "art-12.3", "art-1")) == [False] * 3
    assert "art. 12(2)" in recorder.last.html  # its citation


def test_print_a_selection(window: MainWindow, recorder: Recorder) -> None:
    window.show_passage("declaration", "art-5")
    r = window.reader.rendered
    assert r is not None
    cursor = QTextCursor(r.document)
    cursor.setPosition(r.spans["art-6"][0][0] + 3)
    cursor.setPosition(r.spans["art-7"][0][0] + 3, QTextCursor.MoveMode.KeepAnchor)
    window.reader.browser.setTextCursor(cursor)
    window.menus.print_action.trigger()
    assert _holds(recorder.last, _texts(window, "art-6", "art-7")) == [True, True]
    assert _holds(recorder.last, _texts(window, "art-5", "art-8.1")) == [False, False]


def test_print_and_export_the_whole_document(make_window: Any, recorder: Recorder) -> None:
    window = make_window("declaration:art-12.2")  # a current passage: the whole still prints
    for action, kind in ((window.menus.print_document_action, "print"),
                         (window.menus.export_pdf_document_action, "pdf")):
        action.trigger()
        assert recorder.printouts[-1][0] == kind
        assert all(_holds(recorder.last, _texts(window, "art-1", "art-12.2", "art-20")))


def test_export_pdf_takes_the_current_passage(make_window: Any, recorder: Recorder) -> None:
    window = make_window("res-64-163:op-7")
    window.menus.export_pdf_action.trigger()
    assert recorder.printouts[-1][0] == "pdf"
    assert _holds(recorder.last, _texts(window, "op-7")) == [True]
    assert _holds(recorder.last, _texts(window, "op-6", "op-8")) == [False, False]


def test_at_the_top_of_a_text_print_takes_the_first_passage_in_view(
    window: MainWindow, recorder: Recorder
) -> None:
    assert window.current_passage == ""  # opened at the top: nothing chosen yet
    top = window.reader.top_passage()
    assert top
    window.menus.print_action.trigger()
    assert _holds(recorder.last, _texts(window, top)) == [True]
    assert not all(_holds(recorder.last, _texts(window, "art-20")))


def test_file_menu_offers_both_scopes_and_every_printout(window: MainWindow) -> None:
    m = window.menus
    entries = [a for a in m.file_menu.actions() if not a.isSeparator()]
    for action in (m.print_action, m.print_document_action, m.print_range_action,
                   m.print_preview_action, m.export_pdf_action, m.export_pdf_document_action):
        assert action in entries and action.isEnabled()
        assert "&" in action.text()  # reachable by its letter once the menu is open
    texts = [a.text().replace("&", "") for a in entries]
    assert "Print whole document…" in texts and "Export whole document as PDF…" in texts
    assert m.print_action.shortcut().toString() == "Ctrl+P"
    bookmarks = window.menus.bookmarks_menu
    assert any(a.text() == "&Print folder…" and a.isEnabled() for a in bookmarks.actions())


def test_every_printout_of_issue_5_by_keyboard(
    window: MainWindow, recorder: Recorder, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The current passage, a selection, a range of articles, the whole document, the
    parallel view and a bookmark folder, each with keys only."""
    from desktop.ui import printing

    b = window.reader.browser
    window.menus.next_passage_action.trigger()  # Alt+Down: a current passage
    window.menus.print_action.trigger()  # Ctrl+P
    first = recorder.last
    assert window.current_passage
    assert all(_holds(first, _texts(window, window.current_passage)))
    # A selection made with the keyboard in the text itself.
    b.setFocus()
    cursor = b.textCursor()
    cursor.setPosition(window.reader.rendered.spans["art-3"][0][0])  # type: ignore[union-attr]
    b.setTextCursor(cursor)
    # Shift+Down until the selection reaches into the next passage (how many lines that
    # takes depends on the window's width and the fonts, so count nothing).
    for _ in range(80):
        qtbot.keyClick(b, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        if len(window.selected_passages()) >= 2:
            break
    chosen = window.selected_passages()
    assert len(chosen) >= 2 and chosen[0] == "art-3"
    window.menus.print_action.trigger()
    assert all(_holds(recorder.last, _texts(window, *chosen)))
    # A range of articles, through the range dialog (answered here).
    monkeypatch.setattr(printing, "ask_range",
                        lambda version, parent=None: printing.range_part(version, "art-9",
                                                                         "art-11"))
    window.menus.print_range_action.trigger()
    assert all(_holds(recorder.last, _texts(window, "art-9.1", "art-10", "art-11.2")))
    # The parallel view (Ctrl+Shift+P), then the whole document.
    window.menus.parallel_action.trigger()
    assert window.parallel_lang
    window.menus.print_document_action.trigger()
    second = window.library.version("declaration", window.parallel_lang)
    assert all(_holds(recorder.last, [second.title, second.passage("art-20").paragraphs[0]]))  # type: ignore[union-attr]
    # A bookmark folder, from the Bookmarks menu.
    panel = window.bookmarks
    assert panel is not None
    panel.add_passages("declaration", "en", ["art-12.2"], note="to show the judge")
    panel.print_action.trigger()
    assert "to show the judge" in recorder.last.html


def test_range_dialog_labels_are_translated(window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel

    from desktop.ui import printing

    window.set_ui_language("fr")
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QDialog) and w.isVisible())
        form = dialog.findChild(QFormLayout)
        assert form is not None
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                seen.append(item.widget().text())
        dialog.reject()

    QTimer.singleShot(100, answer)
    version = window.current_version()
    assert version is not None
    assert printing.ask_range(version, window) is None
    assert len(seen) == 2 and "&From:" not in seen and "&To:" not in seen, seen
    assert all("&" in label for label in seen)  # Alt+letter reaches each box
    assert window.findChildren(QDialog) == []  # not left behind


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh", "ar"])
def test_the_integrity_warning_is_printed_in_the_printouts_language(
    make_window: Any, recorder: Recorder, lang: str
) -> None:
    window = make_window("declaration:art-1")
    window.ctx.altered = {"declaration"}
    window.set_reading_language(lang)
    window.menus.print_action.trigger()
    english = IntegrityReport(altered_documents={"declaration"}).warning_for("declaration")
    assert english == LABELS["en"]["altered"]  # the same words as the integrity check
    expected = LABELS[lang]["altered"]
    import html

    assert html.escape(expected, quote=True) in recorder.last.html
    assert (html.escape(english, quote=True) in recorder.last.html) == (lang == "en")


def test_self_test_pdf_step_reports_the_failure_when_the_cleanup_fails_too(
        window: MainWindow, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The export fails and what it left cannot be removed (a folder stands where the PDF
    would be): the step reports the export's error, not the cleanup's."""
    import errno

    from desktop.ui import printing
    from desktop.ui.selftest import printing as printing_steps
    from desktop.ui.selftest.runner import SelfTest

    def full_disk(printout: Printout, path: Path | str, page_layout: Any = None) -> int:
        Path(path).mkdir()  # out.unlink() in the step's cleanup now fails
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(printing, "export_pdf", full_disk)
    t = SelfTest(tmp_path)
    t.app, t.window = qapp, window
    with pytest.raises(OSError) as caught:
        printing_steps.print_to_pdf(t)
    assert caught.value.errno == errno.ENOSPC, caught.value
