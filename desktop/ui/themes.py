"""Light, dark and high-contrast themes: a palette for the widgets, a small style sheet
(`resources/styles/<theme>.qss`) for the few named widgets, and the reader's colours.

The Fusion style is used in every theme: native styles (Windows 11, macOS) ignore parts of
the palette, which would make the dark and high-contrast themes unreadable there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop.paths import resources_dir

THEMES: tuple[str, ...] = ("light", "dark", "high-contrast")


@dataclass(frozen=True)
class ReaderColors:
    """Colours used inside the reader's document (not covered by the palette)."""

    current: str  # background of the current passage
    hit: str  # search words found in the passage
    hit_text: str
    find: str  # find-in-page matches
    find_current: str
    label: str  # passage numbers, front matter
    link: str


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    alternate: str
    text: str
    button: str
    highlight: str
    highlighted_text: str
    disabled: str
    reader: ReaderColors


_THEMES: dict[str, Theme] = {
    "light": Theme(
        "light", window="#f4f4f1", base="#ffffff", alternate="#f0f0ec", text="#1b1b1b",
        button="#ebebe7", highlight="#2a5db0", highlighted_text="#ffffff", disabled="#8a8a8a",
        reader=ReaderColors(current="#fff4c8", hit="#ffd54a", hit_text="#000000",
                            find="#b9dcff", find_current="#ff9f43", label="#6b6b6b",
                            link="#1d4fa0"),
    ),
    "dark": Theme(
        "dark", window="#232427", base="#1a1b1e", alternate="#26272b", text="#e8e8e6",
        button="#2f3034", highlight="#4a7fd4", highlighted_text="#ffffff", disabled="#7d7d7d",
        reader=ReaderColors(current="#3b3621", hit="#8a6d00", hit_text="#ffffff",
                            find="#24486e", find_current="#b35c00", label="#a5a5a5",
                            link="#8ab4f8"),
    ),
    "high-contrast": Theme(
        "high-contrast", window="#000000", base="#000000", alternate="#000000",
        text="#ffffff", button="#000000", highlight="#ffff00", highlighted_text="#000000",
        disabled="#c0c0c0",
        reader=ReaderColors(current="#00305a", hit="#ffff00", hit_text="#000000",
                            find="#00ffff", find_current="#ff00ff", label="#ffffff",
                            link="#00ffff"),
    ),
}


def theme(name: str) -> Theme:
    return _THEMES.get(name, _THEMES["light"])


def palette(t: Theme) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for r, colour in (
        (role.Window, t.window), (role.WindowText, t.text), (role.Base, t.base),
        (role.AlternateBase, t.alternate), (role.Text, t.text), (role.Button, t.button),
        (role.ButtonText, t.text), (role.Highlight, t.highlight),
        (role.HighlightedText, t.highlighted_text), (role.ToolTipBase, t.base),
        (role.ToolTipText, t.text), (role.Link, t.reader.link),
        (role.PlaceholderText, t.reader.label), (role.BrightText, t.highlight),
    ):
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(t.disabled))
    return p


def style_sheet(name: str) -> str:
    path = resources_dir() / "styles" / f"{name}.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing style sheet only loses some colours


def apply(app: QApplication, name: str) -> Theme:
    t = theme(name)
    style = QStyleFactory.create("Fusion")
    if style is not None and app.style().name().lower() != "fusion":
        app.setStyle(style)
    app.setPalette(palette(t))
    app.setStyleSheet(style_sheet(t.name))
    return t
