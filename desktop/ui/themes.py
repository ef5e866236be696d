"""Light, dark and high-contrast themes: a palette for the widgets, a small style sheet
(`resources/styles/<theme>.qss`) for the few named widgets, and the reader's colours.

The Fusion style is used in every theme: native styles (Windows 11, macOS) ignore parts of
the palette, which would make the dark and high-contrast themes unreadable there.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import resources_dir

THEMES: tuple[str, ...] = ("light", "dark", "high-contrast")


# Plain classes with slots rather than frozen dataclasses or NamedTuples: the same records,
# without building methods with exec() at every start (~1.5 ms a frozen dataclass, ~0.2 ms
# a NamedTuple; bench/README.md, Start-up). A theme is never changed once made.
class ReaderColors:
    """Colours used inside the reader's document (not covered by the palette)."""

    __slots__ = ("current", "hit", "hit_text", "find", "find_current", "label", "link", "mark",
                 "mark_text")

    def __init__(self, *, current: str, hit: str, hit_text: str, find: str,
                 find_current: str, label: str, link: str, mark: str = "#1d4fa0",
                 mark_text: str = "#ffffff") -> None:
        self.mark = mark  # the number of a bookmarked passage is set on this colour
        self.mark_text = mark_text
        self.current = current  # background of the current passage
        self.hit = hit  # search words found in the passage
        self.hit_text = hit_text
        self.find = find  # find-in-page matches
        self.find_current = find_current
        self.label = label  # passage numbers, front matter
        self.link = link


class Theme:
    __slots__ = ("name", "window", "base", "alternate", "text", "button", "highlight",
                 "highlighted_text", "disabled", "reader", "global_sheet")

    def __init__(self, name: str, *, window: str, base: str, alternate: str, text: str,
                 button: str, highlight: str, highlighted_text: str, disabled: str,
                 reader: ReaderColors, global_sheet: bool = False) -> None:
        self.name = name
        self.window = window
        self.base = base
        self.alternate = alternate
        self.text = text
        self.button = button
        self.highlight = highlight
        self.highlighted_text = highlighted_text
        self.disabled = disabled
        self.reader = reader
        #: Its style sheet styles every widget (else only the STYLED ones, see apply()).
        self.global_sheet = global_sheet


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
                            link="#8ab4f8", mark="#8ab4f8", mark_text="#1a1b1e"),
    ),
    "high-contrast": Theme(
        "high-contrast", window="#000000", base="#000000", alternate="#000000",
        text="#ffffff", button="#000000", highlight="#ffff00", highlighted_text="#000000",
        disabled="#c0c0c0",
        reader=ReaderColors(current="#00305a", hit="#ffff00", hit_text="#000000",
                            find="#00ffff", find_current="#ff00ff", label="#ffffff",
                            link="#00ffff", mark="#00ffff", mark_text="#000000"),
        global_sheet=True,
    ),
}

#: The widgets (object names) the light and dark style sheets are about.
STYLED = frozenset({"SourceBanner", "QuickExitButton", "GotoError", "PrivateBadge",
                    "NoticeLabel"})
_current = "light"
_sheets: dict[str, str] = {}


def theme(name: str) -> Theme:
    return _THEMES.get(name, _THEMES["light"])


def brush(colour: str) -> QBrush:
    """A solid brush of `colour` (for text formats in the reader).

    Taken from a palette rather than made with QBrush(QColor(colour)): PySide6 tells that
    constructor apart from its overloads taking Qt enums by building the Python classes of
    the whole Qt namespace (~20 ms), and the reader's first page needs none of them
    (bench/README.md, Start-up).
    """
    p = QPalette()
    p.setColor(QPalette.ColorRole.Text, QColor(colour))
    return p.brush(QPalette.ColorRole.Text)


def restyle(widget: QWidget) -> None:
    """The widget's style sheet selects on a dynamic property that has just changed: apply
    the rules again."""
    t = theme(_current)
    if not t.global_sheet:
        # Setting the sheet again makes Qt re-polish the widget itself; asking its style to
        # would build PySide's Python enums of QStyle (~9 ms before the first paint).
        widget.setStyleSheet(style_sheet(t.name))
    else:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


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
    if name not in _sheets:
        path = resources_dir() / "styles" / f"{name}.qss"
        try:
            _sheets[name] = path.read_text(encoding="utf-8")
        except OSError:
            _sheets[name] = ""  # a missing style sheet only loses some colours
    return _sheets[name]


def style(widget: QWidget) -> None:
    """Give a STYLED widget (its object name set) the current theme's style sheet.

    The light and dark sheets only style a few named widgets (the source banner, the quick
    exit button, error labels), so they are set on those widgets rather than on the whole
    application: an application-wide sheet makes Qt run every widget through its style
    sheet machinery, ~5 ms more to build the window and more to paint it (bench/README.md).
    """
    t = theme(_current)
    widget.setStyleSheet("" if t.global_sheet else style_sheet(t.name))


#: Given to QApplication by app.application(), so Qt makes the Fusion style itself at start
#: instead of a platform style that apply() would replace at once.
STYLE_ARGUMENTS = ["-style", "Fusion"]
#: Set on a QApplication made with STYLE_ARGUMENTS: its style needs no checking.
FUSION_PROPERTY = "rightsAtHandFusion"


def apply(app: QApplication, name: str) -> Theme:
    t = theme(name)
    # app.style() is not asked when the application was made with Fusion: the first
    # Python use of a QStyle builds its Python enum classes (~9 ms before the first paint).
    if not app.property(FUSION_PROPERTY) and app.style().name().lower() != "fusion":
        from PySide6.QtWidgets import QStyleFactory

        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
    global _current
    _current = t.name
    app.setPalette(palette(t))
    app.setStyleSheet(style_sheet(t.name) if t.global_sheet else "")
    for widget in app.allWidgets():  # none yet at start; on a change of theme, these
        if widget.objectName() in STYLED:
            style(widget)
    return t
