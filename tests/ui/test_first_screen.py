"""First screen (issue 17, point 11): the Declaration opens on its title and articles, not on
the UN cover page; the cover-page lines stay in the text, small and grey."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

from desktop.ui.main_window import MainWindow


def _top_text(window: MainWindow, lines: int = 6) -> str:
    """The text at the top of the reader's view, as a person sees it there: once painted
    (the page may just have been built again, as the links are added after the first paint,
    and Qt lays out a new document's view when it paints it)."""
    import time

    from PySide6.QtWidgets import QApplication

    browser = window.reader.browser
    deadline = time.monotonic() + 5
    while True:
        QApplication.processEvents()
        cursor = browser.cursorForPosition(browser.viewport().rect().topLeft())
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        for _ in range(lines):
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock,
                                QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() or time.monotonic() > deadline:
            return cursor.selectedText()
        time.sleep(0.02)


def test_a_first_start_opens_the_declaration_on_its_title(window: MainWindow) -> None:
    version = window.current_version()
    assert version is not None and window.current_doc == "declaration"
    top = _top_text(window)
    assert "ANNEX" in top
    assert " ".join(version.title.split()) in " ".join(top.replace("\u2029", " ").split())
    assert "Distr. GENERAL" not in top and "Agenda item" not in top
    # Still in the text: above, where the official document has it.
    text = window.reader.text()
    assert "Distr. GENERAL" in text and "Agenda item 110 (b)" in text


def test_opening_the_declaration_from_the_tree_does_the_same(window: MainWindow) -> None:
    window.show_passage("declaration", "art-20")
    window.show_passage("declaration", "")
    assert "ANNEX" in _top_text(window)


def test_cover_page_lines_are_small_and_grey(window: MainWindow) -> None:
    from desktop.ui.render import cover_lines

    version = window.current_version()
    assert version is not None
    assert len(cover_lines(version)) >= 8  # UNITED NATIONS ... [on the report of ...]
    doc = window.reader.rendered.document  # type: ignore[union-attr]

    def char_format(text: str) -> QTextCharFormat:
        cursor = doc.find(text)
        assert not cursor.isNull(), text
        cursor.movePosition(QTextCursor.MoveOperation.Left)  # inside, not after, the text
        return cursor.charFormat()

    grey = char_format("preambular para. 1").foreground().color()  # the labels' colour
    body = char_format("Reaffirming the importance").foreground()
    for line in ("Distr. GENERAL", "Agenda item 110 (b)", "UNITED NATIONS"):
        fmt = char_format(line)
        assert fmt.intProperty(QTextFormat.Property.FontSizeAdjustment) == -1, line
        assert fmt.foreground().color() == grey, line
        assert fmt.foreground() != body
    # The resolution's own opening words are no cover page: body size.
    fmt = char_format("The General Assembly,")
    assert fmt.intProperty(QTextFormat.Property.FontSizeAdjustment) == 0
