"""Register the bundled Noto subsets with Qt and pick the font for a language.

Call `load_bundled_fonts()` once after the QGuiApplication exists (the app does it at start;
printing and the `export-pdf` verb do it too, it is idempotent). Then::

    widget.setFont(font_for("zh"))                # a QFont whose family list suits Chinese
    document.setDefaultFont(font_for(lang, 11))   # printouts

Why bundled fonts: Chinese renders as boxes, and vanishes from PDFs, on machines without a
CJK font; Arabic needs a font with its shaping tables.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import resources_dir
from desktop.printing.fonts import FAMILIES, FILES, families_for, scripts_for

log = logging.getLogger(__name__)

_loaded: dict[str, str] | None = None

__all__ = ["families_for", "fonts_dir", "font_for", "load_bundled_fonts", "scripts_for"]


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def load_bundled_fonts(folder: Path | None = None) -> dict[str, str]:
    """Add the bundled fonts to Qt's font database; returns script -> family actually loaded.

    A missing or unreadable file is logged and skipped (Qt then falls back to system fonts),
    never fatal: the texts must open even from a damaged copy.
    """
    global _loaded
    if _loaded is not None and folder is None:
        return dict(_loaded)
    folder = folder or fonts_dir()
    loaded: dict[str, str] = {}
    for name, script in FILES.items():
        path = folder / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("bundled font not loaded: %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            # Regular and bold of one family give the same name; the first one wins.
            loaded.setdefault(script, families[0])
    _loaded = loaded
    return dict(loaded)


#: OpenType features turned off in print. `liga` (and `clig`) draw "ffi" as one glyph that
#: a PDF gives back as the character U+FB03: "Oﬃcial" is not found by a search for
#: "Official". Arabic joining (init/medi/fina) and lam-alef (rlig) are other features and
#: stay on; Noto Sans Arabic has no `liga`.
PRINT_OFF_FEATURES = ("liga", "clig")


def print_features(font: QFont) -> QFont:
    """`font` with the ligature features off (see PRINT_OFF_FEATURES); changed in place."""
    for tag in PRINT_OFF_FEATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font


def font_for(lang: str, point_size: float | None = None, for_print: bool = False) -> QFont:
    """A QFont for text in `lang`: the bundled families in the right order, then the system's.

    `for_print`: the family order of print (see `scripts_for`) and no ligatures.
    """
    loaded = load_bundled_fonts()
    font = QFont()
    font.setFamilies(families_for(lang, loaded, for_print) or [FAMILIES["latin"]])
    if point_size is not None:
        font.setPointSizeF(point_size)
    return print_features(font) if for_print else font
