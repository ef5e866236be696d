"""Self-test steps for the main window itself: it starts, and it is drawn."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def start_window(t: SelfTest) -> None:
    from desktop.ui.app import application, start

    t.app = application()
    t.window = start()
    t.wait(lambda: t.w.isVisible() and t.w.reader.rendered is not None, what="the window")
    t.wait(lambda: t.w.extensions_installed, timeout=10, what="bookmarks and printing")
    # By now the window has read every text (just after its first paint), so this names
    # every file left out, as `show` and `search` do: the other steps run without them.
    from desktop.verbs import warn_left_out

    warn_left_out(t.w.library.problems)
    expect(bool(t.w.reader.text().strip()), "the reader shows no text")


def grab(t: SelfTest) -> None:
    """The window, drawn, is not blank; its image is kept as self-test.png."""
    w = t.w
    t.wait(lambda: True)
    image = w.grab().toImage()
    expect(not image.isNull() and image.width() > 200 and image.height() > 200,
           "the window image is empty")
    small = image.scaled(64, 64)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    expect(len(colours) > 8, f"the window looks blank ({len(colours)} colours)")
    out = t.data_dir / "self-test.png"
    image.save(str(out))
