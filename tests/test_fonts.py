"""The bundled fonts draw every character the app shows (rebuild them when this fails)."""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from desktop.printing.fonts import FAMILIES, FILES, css_font_family, families_for

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
REBUILD = "run `make fonts` (python -m desktop.tools.build_fonts) and commit resources/fonts/"


def _cmap(name: str) -> set[int]:
    return set(TTFont(FONTS / name).getBestCmap())


def _shown_characters(paths: list[Path]) -> dict[int, Path]:
    """Every character that must be drawn, with one file that uses it (for the message)."""
    seen: dict[int, Path] = {}
    for path in paths:
        for ch in path.read_text(encoding="utf-8"):
            if unicodedata.category(ch) not in ("Cc", "Zl", "Zp"):
                seen.setdefault(ord(ch), path)
    return seen


def test_every_bundled_file_is_there_with_its_family() -> None:
    for name, script in FILES.items():
        font = TTFont(FONTS / name)
        assert font["name"].getDebugName(1) == FAMILIES[script], name


def test_every_character_of_the_content_is_in_a_bundled_font() -> None:
    covered: set[int] = set()
    for name in FILES:
        if "Regular" in name:
            covered |= _cmap(name)
    files = sorted((ROOT / "content").glob("*/*.txt")) + sorted((ROOT / "content").glob("*.txt"))
    files += sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert len(files) > 5
    missing = {cp: path for cp, path in _shown_characters(files).items() if cp not in covered}
    described = [f"U+{cp:04X} {unicodedata.name(chr(cp), '?')} ({path.relative_to(ROOT)})"
                 for cp, path in sorted(missing.items())[:15]]
    assert not missing, f"{len(missing)} characters in no bundled font: {described}; {REBUILD}"


def test_bold_covers_the_content_too() -> None:
    """Headings are bold; a bold face missing a character would fall back to a system font."""
    shown = _shown_characters(sorted((ROOT / "content").glob("*/*.txt")))
    for script in ("latin", "arabic", "cjk"):
        regular = next(n for n, s in FILES.items() if s == script and "Regular" in n)
        bold = next(n for n, s in FILES.items() if s == script and "Bold" in n)
        lacking = (set(shown) & _cmap(regular)) - _cmap(bold)
        assert not lacking, f"{bold} lacks {len(lacking)} characters of {regular}; {REBUILD}"


def test_chinese_font_has_every_gb2312_hanzi() -> None:
    """What people type in the search box renders even when the content does not use it."""
    cmap = _cmap("NotoSansCJKsc-Regular.otf")
    hanzi = set()
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            # the five unassigned cells at the end of row 0xD7 raise
            with contextlib.suppress(UnicodeDecodeError):
                hanzi.add(ord(bytes((hi, lo)).decode("gb2312")))
    assert len(hanzi) == 6763
    assert hanzi <= cmap


def test_arabic_font_keeps_its_shaping_features() -> None:
    font = TTFont(FONTS / "NotoSansArabic-Regular.ttf")
    features = {rec.FeatureTag for rec in font["GSUB"].table.FeatureList.FeatureRecord}
    assert {"init", "medi", "fina", "rlig"} <= features
    assert set(range(0xFE70, 0xFEFD)) & _cmap("NotoSansArabic-Regular.ttf")


def test_licences_name_every_font() -> None:
    licences = (FONTS / "LICENSES.md").read_text(encoding="utf-8")
    assert "SIL Open Font License" in (FONTS / "OFL.txt").read_text(encoding="utf-8")
    for name in FILES:
        assert name in licences
    assert "fonts-noto-core" in licences and "fonts-noto-cjk" in licences


def test_family_order_puts_the_language_script_first() -> None:
    assert families_for("zh")[0] == "Noto Sans CJK SC"
    assert families_for("ar")[0] == "Noto Sans Arabic"
    assert families_for("ru")[0] == "Noto Sans"
    assert css_font_family("zh", for_print=False).startswith("'Noto Sans CJK SC'")
    # In print, Latin runs in Chinese text must not use the CJK font (see scripts_for).
    assert families_for("zh", for_print=True)[:2] == ["Noto Sans", "Noto Sans CJK SC"]


@pytest.mark.usefixtures("qapp")
def test_qt_registers_the_bundled_families() -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from desktop.ui.fonts import font_for, load_bundled_fonts

    loaded = load_bundled_fonts()
    assert loaded == FAMILIES
    for family in FAMILIES.values():
        assert family in QFontDatabase.families()
    assert QFontInfo(font_for("zh")).family() == "Noto Sans CJK SC"
    assert font_for("ar", 12).families()[0] == "Noto Sans Arabic"
