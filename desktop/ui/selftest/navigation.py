"""Self-test steps for moving through the texts: the go-to box."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def goto(t: SelfTest) -> None:
    w = t.w
    w.toolbar.goto.setText("art 12(2)")
    w.toolbar.goto.returnPressed.emit()
    t.wait(lambda: w.current_passage == "art-12.2", timeout=5, what="article 12(2)")
    expect(w.current_doc == "declaration", f"went to {w.current_doc}, not the Declaration")
    version = w.current_version()
    passage = version.passage("art-12.2") if version is not None else None
    expect(passage is not None and passage.paragraphs[0] in w.reader.text(),
           "the text of article 12(2) is not in the reader")
    w.toolbar.goto.setText("64/163 para 7")
    w.toolbar.goto.returnPressed.emit()
    t.wait(lambda: (w.current_doc, w.current_passage) == ("res-64-163", "op-7"), timeout=5,
           what="resolution 64/163 para 7")
