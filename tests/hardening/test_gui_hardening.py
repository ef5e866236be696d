"""The real main window under stress: altered content, and a seeded monkey.

The monkey clicks, types (Latin, Arabic, Chinese, Cyrillic, bidi marks, emoji) and presses
keys and shortcuts at random on the real window for a bounded time. pytest-qt fails the
test on any exception raised in a Qt callback and on any Qt warning (qt_log_level_fail);
the app's own error log is checked too. Quick exit and Quit are switched off for the run:
they end the session, which is their job, and would end the test early.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QWidget

from desktop.library import Library
from tests.hardening.gui_probe import DialogCloser, visible_texts
from tests.hardening.test_integrity import ALTERED_DOC, alter
from tests.windows import NoSearch


@pytest.fixture
def start_window(qapp: QApplication, qtbot: Any, data_dir: Path) -> Iterator[Any]:
    from tests.windows import started_windows

    with started_windows(qapp, qtbot) as start:

        def make(ref: str | None = None, real_search: bool = False) -> Any:
            return start(ref, searcher_factory=None if real_search else (lambda _: NoSearch()))

        yield make


def _names(library: Library, doc: str) -> list[str]:
    version = library.version(doc, "en")
    return [n for n in (doc, version.title, version.short_title, version.symbol) if n]


def _warnings_naming(texts: list[str], names: list[str]) -> list[str]:
    words = ("altered", "differs", "changed", "tamper", "not the text shipped")
    return [t for t in texts if any(w in t.lower() for w in words) and any(n in t for n in names)]


def test_window_on_pristine_content_shows_no_alteration_warning(
    start_window: Any, content_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(content_copy))
    window = start_window(f"{ALTERED_DOC}:op-7")
    qtbot.wait(300)
    library = window.library
    all_names = [n for d in library for n in _names(library, d.id)]
    assert _warnings_naming(visible_texts(window), all_names) == []


def test_window_warns_persistently_about_the_altered_document(
    start_window: Any, content_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    alter(content_copy)
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(content_copy))
    window = start_window(f"{ALTERED_DOC}:op-7")
    names = _names(window.library, ALTERED_DOC)
    qtbot.waitUntil(lambda: bool(_warnings_naming(visible_texts(window), names)), timeout=3000)
    # Persistent: still there after reading elsewhere and coming back, and not a status bar
    # message that times out.
    window.show_passage("declaration", "art-1")
    qtbot.wait(200)
    window.show_passage(ALTERED_DOC, "op-2")
    qtbot.wait(200)
    window.statusBar().clearMessage()
    assert _warnings_naming(visible_texts(window), names)


def test_open_checks_the_content_once_for_the_terminal_and_the_window(
    content_copy: Path, data_dir: Path, qapp: QApplication, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """`open REF` hashes the content for its line on the terminal; the window it opens
    warns on that same report instead of hashing the content again after its first paint."""
    import argparse

    from desktop import integrity
    from desktop.ui.main_window import MainWindow
    from desktop.verbs import open as open_verb
    from tests.windows import started_windows

    alter(content_copy)
    calls: list[Path] = []
    check = integrity.check_content
    monkeypatch.setattr(integrity, "check_content",
                        lambda root: calls.append(root) or check(root))
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(content_copy))
    windows: list[MainWindow] = []
    with started_windows(qapp, qtbot) as start:

        def run(ref: str, **kwargs: Any) -> int:  # the app's run(), without its event loop
            windows.append(start(ref, searcher_factory=lambda _: NoSearch(), **kwargs))
            return 0

        monkeypatch.setattr("desktop.ui.app.run", run)
        assert open_verb.run(argparse.Namespace(ref=f"{ALTERED_DOC}:op-7")) == 0
        (window,) = windows
        assert window.current_doc == ALTERED_DOC
        # The window warns, as the terminal did.
        assert window.ctx.altered == {ALTERED_DOC}
        names = _names(window.library, ALTERED_DOC)
        assert _warnings_naming(visible_texts(window), names)
    assert calls == [content_copy]
    assert "may have been altered" in capsys.readouterr().err


def test_a_text_that_cannot_be_read_is_left_out_with_a_notice(
    start_window: Any, content_copy: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    """The window reads each text's passages when first needed and the rest just after it
    is shown; a damaged file then is left out and named, and the others stay readable."""
    damaged = content_copy / "declaration" / "fr.txt"
    lines = damaged.read_text(encoding="utf-8").split("\n")
    body = lines.index("---") + 1
    at = next(i for i in range(body, len(lines)) if lines[i].startswith("[art-5"))
    lines[at] = "[art-5 broken"
    damaged.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(content_copy))

    window = start_window("declaration:art-1")
    qtbot.waitUntil(lambda: window.notice_label.isVisible(), timeout=5000)
    assert "declaration/fr.txt" in window.notice_label.text()
    assert f"fr.txt:{at + 1}:" in window.notice_label.toolTip()
    assert "fr" not in window.library.document("declaration").versions
    languages = [window.toolbar.lang.itemData(i) for i in range(window.toolbar.lang.count())]
    assert "fr" not in languages and "en" in languages and "es" in languages
    # The other texts, French included, still open.
    assert window.show_passage("declaration", "art-12", lang="es")
    assert window.current_lang == "es"
    assert window.show_passage("res-64-163", "op-1", lang="fr")
    assert window.current_lang == "fr"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    # Not NFKC-normalised: print turns ligatures off, so the PDF text is the passage's own.
    return " ".join(text.split())


def _export_from_window(window: Any, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Export as PDF, with the file dialog answered by the test."""
    from PySide6.QtWidgets import QFileDialog

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return str(out), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    assert window.menus.export_pdf_action.isEnabled()
    window.menus.export_pdf_action.trigger()
    assert out.is_file(), "no PDF was written"


@pytest.mark.parametrize("altered", [True, False], ids=["altered", "pristine"])
def test_pdf_exported_from_the_window_carries_the_warning(
    start_window: Any,
    content_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    altered: bool,
) -> None:
    from desktop.integrity import IntegrityReport

    if altered:
        alter(content_copy)
    monkeypatch.setenv("RIGHTS_AT_HAND_CONTENT_DIR", str(content_copy))
    window = start_window(f"{ALTERED_DOC}:op-7")
    out = tmp_path / "export.pdf"
    _export_from_window(window, out, monkeypatch)
    warning = IntegrityReport(altered_documents={ALTERED_DOC}).warning_for(ALTERED_DOC)
    assert warning
    text = _pdf_text(out)
    assert "para. 7" in text or "op-7" in text or "7." in text  # the passage is there
    assert (" ".join(warning.split()) in text) == altered, text[:500]


def test_links_open_nothing_by_themselves(start_window: Any, qtbot: Any) -> None:
    """A link in a text (or a crafted one) never reaches the browser or the file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QLabel, QTextBrowser

    window = start_window("guide-app-safety")
    for label in window.findChildren(QLabel):
        assert not label.openExternalLinks(), label.objectName() or label.text()[:40]
    for browser in window.findChildren(QTextBrowser):
        assert not browser.openExternalLinks() and not browser.openLinks()
    links = _LinkRecorder()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, links, "open")  # type: ignore[arg-type]
    try:
        before = (window.current_doc, window.current_passage)
        for url in (
            "https://example.invalid/",
            "file:///etc/passwd",
            "mailto:a@example.invalid",
            "javascript:alert(1)",
            "ftp://example.invalid/x",
        ):
            window.reader.browser.anchorClicked.emit(QUrl(url))
            qtbot.wait(20)
        assert links.opened == []
        assert (window.current_doc, window.current_passage) == before
    finally:
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)


def test_print_dialog_is_not_left_behind(start_window: Any, qtbot: Any) -> None:
    """File > Print…, cancelled: the dialog must go, not stay as a hidden child of the window.

    A QPrintDialog left behind points at the QPrinter that print_dialog() made, which is
    deleted when the function returns; anything that later reaches the hidden dialog (its
    Properties button, say) uses freed memory and the app dies with SIGSEGV. Found by the
    monkey, whose keys went to the focus the closed dialog kept.
    """
    import gc

    from PySide6.QtPrintSupport import QPrintDialog

    window = start_window("declaration:art-12.2")
    closer = DialogCloser()
    try:
        for _ in range(2):
            window.menus.print_action.trigger()  # returns once the closer has cancelled it
            qtbot.wait(50)
        gc.collect()
        QApplication.processEvents()
    finally:
        closer.stop()
    assert any("QPrintDialog" in seen for seen in closer.seen), closer.seen
    assert window.findChildren(QPrintDialog) == []


# --- the monkey ------------------------------------------------------------------------------

#: Environment knobs for exploring: a longer run, another seed, and a file that gets each
#: step's description before the step runs (flushed, so a crash names its step).
SECONDS = float(os.environ.get("RIGHTS_AT_HAND_MONKEY_SECONDS", "20"))
SEED = int(os.environ.get("RIGHTS_AT_HAND_MONKEY_SEED", "20261128"))

TEXTS = [
    "art 12(2)",
    "64/163 para 7",
    "المادة 12",
    "الفقرة 2 من المادة 12",
    "第十二条",
    "第12条第2款",
    "статья 12, пункт 2",
    "artículo 12",
    "article premier",
    "réunir pacifiquement",
    "defensores",
    "人权维护者",
    "حماية المدافعين",
    "право на мирные собрания",
    '"peaceful',
    "(police OR army",
    "NOT",
    "*",
    "~",
    "assemble~2",
    "\u200fمرحبا\u200e abc",
    "🙂🙂",
    "x" * 300,
    "declaration:art-9.3.c",
    "res-64-163:op-2..op-4",
    "",
    " ",
    "\t",
    "ـــ",
    "ﻻ",
]
CHARS = 'abcxyzéçñöäßАБВжщыйЁمحلاةى٣第十二条人权维护者、。!?()"*~:-. \u200f\u200e\u064b'
KEYS = [
    (Qt.Key.Key_Tab, 0),
    (Qt.Key.Key_Backtab, 0),
    (Qt.Key.Key_Up, 0),
    (Qt.Key.Key_Down, 0),
    (Qt.Key.Key_Left, 0),
    (Qt.Key.Key_Right, 0),
    (Qt.Key.Key_PageUp, 0),
    (Qt.Key.Key_PageDown, 0),
    (Qt.Key.Key_Home, 0),
    (Qt.Key.Key_End, 0),
    (Qt.Key.Key_Return, 0),
    (Qt.Key.Key_Enter, 0),
    (Qt.Key.Key_Escape, 0),
    (Qt.Key.Key_Space, 0),
    (Qt.Key.Key_Backspace, 0),
    (Qt.Key.Key_Delete, 0),
    (Qt.Key.Key_A, 0),
    (Qt.Key.Key_Z, 0),
    (Qt.Key.Key_1, 0),
    (Qt.Key.Key_F1, 0),
    (Qt.Key.Key_F3, 0),
    (Qt.Key.Key_F, 1),
    (Qt.Key.Key_L, 1),
    (Qt.Key.Key_C, 1),
    (Qt.Key.Key_A, 1),
    (Qt.Key.Key_P, 1),
    (Qt.Key.Key_Plus, 1),
    (Qt.Key.Key_Minus, 1),
    (Qt.Key.Key_0, 1),
    (Qt.Key.Key_F, 3),
    (Qt.Key.Key_P, 3),
    (Qt.Key.Key_L, 3),
    (Qt.Key.Key_C, 3),
    (Qt.Key.Key_Up, 4),
    (Qt.Key.Key_Down, 4),
    (Qt.Key.Key_Left, 4),
    (Qt.Key.Key_Right, 4),
]
MODIFIERS = {
    0: Qt.KeyboardModifier.NoModifier,
    1: Qt.KeyboardModifier.ControlModifier,
    3: Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    4: Qt.KeyboardModifier.AltModifier,
}


SCHEMES = ("http", "https", "file", "mailto", "ftp", "javascript")


class _LinkRecorder(QObject):
    """Receives every URL the app asks the desktop to open (none should be)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


def _type_text(text: str, target: QWidget) -> None:
    for ch in text:
        # Non-ASCII text goes in as key events carrying the text (never QTest.keyClicks).
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


Step = tuple[str, Callable[[], object]]


def _monkey_step(rng: random.Random, window: Any, forbidden: set[Any]) -> Step:
    """The next random step: what it is (for the log) and how to do it."""
    widgets = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.width() > 2
        and w.height() > 2
        and w not in forbidden
        and not any(isinstance(f, QWidget) and f.isAncestorOf(w) for f in forbidden)
    ]
    roll = rng.random()
    if roll < 0.35 and widgets:
        w = rng.choice(widgets)
        pos = QPoint(rng.randrange(w.width()), rng.randrange(w.height()))
        button = rng.choice([Qt.MouseButton.LeftButton] * 5 + [Qt.MouseButton.RightButton])
        click = QTest.mouseDClick if rng.random() < 0.15 else QTest.mouseClick
        what = (
            f"click{'x2' if click is QTest.mouseDClick else ''} {_name(w)} {button.name} "
            f"at {pos.x()},{pos.y()}"
        )
        return what, lambda: click(w, button, Qt.KeyboardModifier.NoModifier, pos)
    if roll < 0.55:
        key, mod = rng.choice(KEYS)
        target = _keyboard_target(window, forbidden)
        sequence = QKeySequence(MODIFIERS[mod].value | key.value).toString()
        return f"key {sequence} to {_name(target)}", lambda: QTest.keyClick(
            target, key, MODIFIERS[mod]
        )
    if roll < 0.75:
        edits = [w for w in widgets if isinstance(w, QLineEdit)]
        if edits:
            edit = rng.choice(edits)
            text = rng.choice(TEXTS)
            enter = rng.random() < 0.6

            def set_text() -> None:
                edit.setFocus()
                edit.setText(text)
                if enter:
                    QTest.keyClick(edit, Qt.Key.Key_Return)

            return f"setText {_name(edit)} {text!r}{' + Return' if enter else ''}", set_text
    if roll < 0.85:
        target = _keyboard_target(window, forbidden)
        text = "".join(rng.choice(CHARS) for _ in range(rng.randrange(1, 12)))
        return f"type {text!r} into {_name(target)}", lambda: _type_text(text, target)
    actions = [a for a in window.menus.all_actions() if a.isEnabled() and a not in forbidden]
    if actions:
        action = rng.choice(actions)
        return f"action {action.text()!r}", action.trigger
    return "nothing", lambda: None


def _keyboard_target(window: Any, forbidden: set[Any]) -> QWidget:
    """Where a person's keys would go: the focus widget, if they can see it.

    Offscreen there is no window manager to give the main window back its focus when a
    dialog closes, so Qt's focus widget can stay on a hidden, closed dialog; a person could
    not type there, so the monkey does not either.
    """
    target = QApplication.focusWidget()
    if target is None or not target.isVisible() or target in forbidden:
        return window
    return target


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()})"


# The offscreen platform cannot raise windows or grab the keyboard for popups (menus,
# completers) and says so; that is the test platform talking, like propagateSizeHints.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)", "This plugin does not support grabbing the keyboard"
)
def test_monkey_on_the_real_main_window(start_window: Any, qtbot: Any) -> None:
    window = start_window(real_search=True)
    menus = window.menus
    # Switched off for the run, and checked afterwards: the monkey must not end the session.
    menus.quick_exit_action.setEnabled(False)
    menus.quit_action.setEnabled(False)
    forbidden: set[Any] = {menus.quick_exit_action, menus.quit_action, window.toolbar.quick_exit}
    forbidden |= {b for b in window.findChildren(QToolButton) if b.defaultAction() in forbidden}
    links = _LinkRecorder()
    for scheme in SCHEMES:
        # The stubs say bytes; PySide6 6.12 accepts only str here (bytes: ValueError).
        QDesktopServices.setUrlHandler(scheme, links, "open")  # type: ignore[arg-type]
    QDesktopServices.openUrl(QUrl("https://example.invalid/"))  # the recorder works
    assert links.opened == ["https://example.invalid/"]
    links.opened.clear()
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    closer = DialogCloser()
    rng = random.Random(SEED)
    done: list[str] = []
    log_path = os.environ.get("RIGHTS_AT_HAND_MONKEY_LOG")
    log = open(log_path, "w", encoding="utf-8") if log_path else None  # noqa: SIM115
    try:
        end = time.monotonic() + SECONDS
        while time.monotonic() < end:
            what, do = _monkey_step(rng, window, forbidden)
            if log is not None:  # written before the step: a hard crash still names it
                log.write(what + "\n")
                log.flush()
            do()
            done.append(what)
            for _ in range(rng.randrange(1, 4)):
                QApplication.processEvents()
            if rng.random() < 0.1:
                qtbot.wait(rng.randrange(5, 60))
            assert window.isVisible() and not window.quitting_quickly, done[-20:]
        qtbot.waitUntil(lambda: not window.search.is_searching(), timeout=10000)
    finally:
        if log is not None:
            log.close()
        closer.stop()
        logging.getLogger().removeHandler(errors)
        # Copy with citation leaves a QMimeData made in Python on the clipboard; the app
        # hands it back to Qt on a normal exit (test_clean_exit.py), which a test window
        # never reaches, so do the same here or the pytest process crashes at exit.
        from desktop.ui.clipboard import hand_over_to_qt

        hand_over_to_qt()
        for scheme in SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
    assert len(done) > 100, f"only {len(done)} monkey steps in {SECONDS} s"
    print(f"monkey: {len(done)} steps in {SECONDS:g} s, seed {SEED}")
    kinds = {step.split(" ", 1)[0] for step in done}
    assert kinds >= {"click", "key", "setText", "type", "action"}, kinds
    assert errors.messages == [], (errors.messages[:5], done[-20:])
    assert links.opened == [], "the app asked the desktop to open a link"
    assert window.isVisible() and not window.quitting_quickly
