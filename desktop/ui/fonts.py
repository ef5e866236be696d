"""Register the bundled Noto subsets with Qt and pick the font for a language.

Fonts are registered when first needed, after the QGuiApplication exists: `font_for(lang)`
loads `lang`'s script, `ensure_text(text)` the scripts `text` is written in, and printing
loads them all (`load_bundled_fonts()` with no arguments; idempotent). At start the app loads
only the interface language's script and Latin, so a start in English reads none of the
Arabic or Chinese fonts. Then::

    widget.setFont(font_for("zh"))                # a QFont whose family list suits Chinese
    document.setDefaultFont(font_for(lang, 11))   # printouts

Why bundled fonts: Chinese renders as boxes, and vanishes from PDFs, on machines without a
CJK font; Arabic needs a font with its shaping tables.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import resources_dir
from desktop.printing.fonts import FAMILIES, FILES, families_for, scripts_for

log = logging.getLogger(__name__)

#: script -> family registered with Qt, for the scripts loaded so far.
_loaded: dict[str, str] = {}
#: Scripts whose files were tried (loaded or not): each is read from disk once at most.
_tried: set[str] = set()

__all__ = ["ensure_scripts", "ensure_text", "families_for", "fonts_dir",
           "font_for",
           "load_bundled_fonts", "loaded_files", "scripts_for"]

#: Where each script's letters are in Unicode: what `ensure_text` looks for. Arabic and its
#: presentation forms; CJK punctuation, kana and ideographs, and the full-width forms.
_SCRIPT_RANGES = {
    "arabic": ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
               (0xFE70, 0xFEFF)),
    "cjk": ((0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
            (0xF900, 0xFAFF), (0xFF00, 0xFFEF)),
}

#: Files loaded, in order (for bench/startup.py: what was read before the first window).
_files_read: list[Path] = []


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def load_bundled_fonts(folder: Path | None = None,
                       scripts: Iterable[str] | None = None) -> dict[str, str]:
    """Add bundled fonts to Qt's font database; returns script -> family loaded so far.

    `scripts`: only these ("latin", "arabic", "cjk"); all of them when None. Each script's
    files are read once: the Chinese font alone is 3.9 MB, and a start in English with
    English text on screen needs none of it (see `ensure_scripts`, called when text in a
    script is first shown or printed). A missing or unreadable file is logged and skipped
    (Qt then falls back to system fonts), never fatal: the texts must open even from a
    damaged copy.
    """
    wanted = set(FILES.values()) if scripts is None else set(scripts)
    if folder is None:
        wanted -= _tried
        _tried.update(wanted)
    folder = folder or fonts_dir()
    for name, script in FILES.items():
        if script not in wanted:
            continue
        path = folder / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("bundled font not loaded: %s", path)
            continue
        _files_read.append(path)
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            # Regular and bold of one family give the same name; the first one wins.
            _loaded.setdefault(script, families[0])
    return dict(_loaded)


def ensure_scripts(scripts: Iterable[str]) -> None:
    """Load the bundled fonts of `scripts` now if they are not yet (cheap when they are)."""
    missing = [s for s in scripts if s not in _tried]
    if missing:
        later = bool(_tried)  # the first fonts come before any box holds text
        load_bundled_fonts(scripts=missing)
        if later:
            _reshape_line_edits(set(missing))


def _reshape_line_edits(scripts: set[str]) -> None:
    """Make every line edit that already holds text in `scripts` shape it again.

    A QLineEdit keeps the glyph numbers it shaped its text with. Text in a script whose
    bundled font was not loaded yet (Chinese typed into the find bar or a note of an English
    session) was shaped with a system font or none; once the bundled font is loaded, for a
    Chinese text opened later, the same numbers drawn with the bundled subset are other
    letters ("المادة" as "المادم") or, past the subset's glyph count, nothing (Qt: "load
    glyph failed err=6 ... glyph=20834", 条 in the system's CJK collection). A line edit
    also shapes what is typed before it says the text changed, so the search box, which
    loads a script's font when its text changes, is shaped again here too. Sent the font
    change, a line edit shapes its text again. Only line edits keep shaped text: labels,
    trees and lists lay their text out as they paint it, and the reader's documents are
    built with explicit fonts. At start every box is empty, so this sends nothing."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        if isinstance(widget, QLineEdit) and scripts_in(widget.text()) & scripts:
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))


def scripts_in(text: str) -> set[str]:
    """The non-Latin scripts (of the bundled fonts) that `text` has letters of."""
    found: set[str] = set()
    for char in text:
        code = ord(char)
        if code < 0x0600:
            continue
        for script, ranges in _SCRIPT_RANGES.items():
            if script not in found and any(lo <= code <= hi for lo, hi in ranges):
                found.add(script)
    return found


def ensure_text(*texts: str) -> bool:
    """Load the fonts that text about to be shown needs (a search hit in Chinese, a note
    in Arabic, the language names in a menu). True when a font was loaded just now."""
    needed = set().union(*(scripts_in(t) for t in texts)) - _tried
    if needed:
        ensure_scripts(needed)
    return bool(needed)


def ensure_language(lang: str) -> None:
    """The bundled font of `lang`'s own script (text in that language is about to show)."""
    ensure_scripts(scripts_for(lang)[:1])


#: A letter of each script with no ascender or descender: its ink height is the script's body,
#: what the eye compares (a Latin x-height, the tooth of Arabic letters).
_BODY_SAMPLE = {"latin": "x", "arabic": "\u0640\u0639\u0640"}  # x, and a medial ain
_body_scales: dict[tuple[str, float], float] = {}


def _body_height(family_lang: str, sample: str, size: float) -> float:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath

    font = QFont()
    font.setFamilies(families_for(family_lang, dict(_loaded)))
    font.setPointSizeF(size)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, sample)
    return path.boundingRect().height()


def body_scale(lang: str, size: float = 48) -> float:
    """How much larger than Latin text `lang`'s text must be set to look as large.

    The bundled Arabic letters' body is ~0.40 em high against a Latin x-height of ~0.53 em:
    at the same point size "العربية" looked a size smaller than "English" beside it. Chinese
    ideographs fill the em already (larger than Latin capitals): 1. Measured once per
    script from the fonts themselves."""
    script = scripts_for(lang)[0]
    sample = _BODY_SAMPLE.get(script)
    if script == "latin" or sample is None:
        return 1.0
    key = (script, size)
    if key not in _body_scales:
        ensure_scripts(["latin", script])
        latin = _body_height("en", _BODY_SAMPLE["latin"], size)
        own = _body_height(lang, sample, size)
        _body_scales[key] = min(1.5, max(1.0, latin / own)) if own > 0 else 1.0
    return _body_scales[key]


def name_font(base: QFont, lang: str) -> QFont:
    """`base` for a language's name written in its own script ("العربية", "中文" in a menu of
    languages): that script's font first, sized to look as large as the Latin names."""
    ensure_language(lang)
    font = QFont(base)
    font.setFamilies(families_for(lang, dict(_loaded)))
    scale = body_scale(lang)
    if scale != 1.0 and base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    return font


def font_in(base: QFont, lang: str) -> QFont:
    """`base` for text written in `lang`: that language's families first (its punctuation
    from its own font), size and weight kept."""
    if not _loaded:  # no bundled fonts (a damaged copy): Qt's choice, as everywhere else
        return base
    ensure_language(lang)
    font = QFont(base)
    font.setFamilies(families_for(lang, dict(_loaded)))
    return font


def interface_families(lang: str) -> list[str]:
    """Font families for the interface (menus, labels, trees, the status bar) in `lang`.

    As for text in `lang`, except Chinese, whose interface puts the Latin font first: the
    Chinese font draws the quotes, apostrophes and ellipsis Latin shares with Chinese full
    width, and the interface shows much Latin text (a French note, an English source line,
    UN symbols, a French passage in the tree): "de l’ ONU" read with a wide gap. Chinese
    letters and the full-width punctuation that is Chinese only (，。：《》) still come from
    the Chinese font; the reader and printouts keep Chinese text's own order."""
    ensure_language(lang)
    return families_for(lang, dict(_loaded), for_print=(lang == "zh"))


def loaded_files() -> list[Path]:
    """The font files read so far, in order."""
    return list(_files_read)


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


def interface_font(lang: str) -> QFont:
    """A QFont for the interface in `lang` (see `interface_families`)."""
    font = QFont()
    font.setFamilies(interface_families(lang) or [FAMILIES["latin"]])
    return font


def font_for(lang: str, point_size: float | None = None, for_print: bool = False) -> QFont:
    """A QFont for text in `lang`: the bundled families in the right order, then the system's.

    `for_print`: the family order of print (see `scripts_for`) and no ligatures.
    """
    if for_print:  # a printout holds anything: every script at hand, as it will embed it
        ensure_scripts(FILES.values())
    else:
        ensure_language(lang)
    loaded = dict(_loaded)
    font = QFont()
    font.setFamilies(families_for(lang, loaded, for_print) or [FAMILIES["latin"]])
    if point_size is not None:
        font.setPointSizeF(point_size)
    return print_features(font) if for_print else font
