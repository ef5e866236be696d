"""Self-test step for screen readers: what Orca, NVDA or VoiceOver would be told when a
passage is opened (tests/ui/test_atspi.py checks the same over the real AT-SPI bus)."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def passage_opened_for_a_screen_reader(t: SelfTest) -> None:
    from PySide6.QtWidgets import QTextBrowser

    from desktop.ui import announce

    w = t.w
    browser = w.reader.browser
    # Qt tells screen readers a QTextBrowser is a label; the text must be a text object.
    expect(not isinstance(browser, QTextBrowser), "the text is exposed as a label")
    w.open_reference("declaration:art-9.3")
    r = w.reader.rendered
    expect(r is not None and browser.textCursor().position() == r.spans["art-9.3"][0][0],
           "the caret is not at the start of the passage opened")
    said = announce.last[-1] if announce.last else ""
    citation = w.citation_label.text()
    status = w.reader.banners[0].status_text()
    expect(bool(citation) and said.startswith(" ".join(citation.split())),
           f"opening art. 9(3) announced {said!r}, not its citation")
    expect(" ".join(status.split()) in said, f"the status of the text is not announced: {said!r}")
    expect(w.citation_label.accessibleName() == citation,
           "the citation in the status bar is not its accessible name")
    expect(w.reader.banners[0].badge.accessibleName() == status,
           "the status line is not its accessible name")
