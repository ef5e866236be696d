"""Opening a part of the Covenant (`iccpr:part-3`, as `open` and bookmarks give it) in the
reader: the part's articles are shown and marked as the current passage."""

from __future__ import annotations

from desktop.ui.main_window import MainWindow


def test_open_a_part(window: MainWindow) -> None:
    assert window.open_reference("iccpr:part-3")
    assert window.current_doc == "iccpr"
    assert window.reader.current == "part-3"
    assert window.reader.has("part-3") and not window.reader.has("part-9")
    assert window.open_reference("ICCPR Part IV")  # as the go-to box reads it
    assert window.reader.current == "part-4"
