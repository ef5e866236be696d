"""Self-test step for the presentation view ("Show to an official"): open it and leave it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from desktop.ui.selftest.runner import SelfTest, expect


def show_to_an_official(t: SelfTest) -> None:
    """Article 5(a) in the view, with its lead-in and beside a second language; Esc leaves
    and the window is back on the passage."""
    from desktop.ui.presentation import PresentationView

    w = t.w
    w.set_parallel_language("")
    w.show_passage("declaration", "art-5.a")
    action = w.findChild(QAction, "ShowToOfficial")
    expect(action is not None, "no Show to an official action in the window")
    assert action is not None
    action.trigger()
    view = w.findChild(PresentationView)
    expect(view is not None and view.isVisible(), "the presentation view did not open")
    assert view is not None
    t.wait(lambda: view.isVisible(), timeout=5, what="the presentation view")
    version = w.library.version("declaration", view.lang)
    for pid in ("art-5", "art-5.a"):  # the item and the lead-in it continues
        expect(version.passage(pid).text in view.text(),  # type: ignore[union-attr]
               f"{pid} in {view.lang} is not in the presentation view")
    if version.status != "official":
        expect(view.second is not None, "a translation is shown without the official text")
    QTest.keyClick(view.browser, Qt.Key.Key_Escape)
    t.wait(lambda: w.findChild(PresentationView) is None or not view.isVisible(), timeout=5,
           what="Esc to close the presentation view")
    expect(w.current_passage == "art-5.a", "the window is not back on article 5(a)")
