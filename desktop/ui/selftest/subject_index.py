"""Self-test step for the subject index (issue 14): the Index panel opens an entry on its
passages, and an everyday word reaches the passage to cite."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def index_opens_protest(t: SelfTest) -> None:
    from desktop.ui.index_panel import IndexPanel

    w = t.w
    panel = w.index_panel
    expect(isinstance(panel, IndexPanel), "the Index panel is missing")
    assert isinstance(panel, IndexPanel)
    w.side.setCurrentWidget(panel)
    expect(panel.open_entry("protest"), "the Index has no entry Protest")
    item = panel.tree.currentItem()
    expect(item is not None and item.childCount() > 0, "Protest shows no passages")
    t.wait(lambda: (w.current_doc, w.current_passage) == ("declaration", "art-5.a"),
           timeout=5, what="art. 5(a) opened from the Index entry Protest")
    results = t.search("foreign funding for our NGO", "en")
    top = [f"{h.doc}:{h.passage}" for h in results.hits[:3]]
    expect("declaration:art-13" in top, f"art. 13 not in the first three hits: {top}")
