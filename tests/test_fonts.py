"""The bundled fonts draw every character the app shows (rebuild them when this fails)."""

from __future__ import annotations

import contextlib
import unicodedata
from pathlib import Path
from typing import cast

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
    files += sorted((ROOT / "content" / "subject-index").glob("*.idx"))  # the Index panel
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
    latin, arabic, cjk = FAMILIES["latin"], FAMILIES["arabic"], FAMILIES["cjk"]
    assert families_for("zh")[0] == cjk
    assert families_for("ar")[0] == arabic
    assert families_for("ru")[0] == latin
    assert css_font_family("zh", for_print=False).startswith(f"'{cjk}'")
    # In print, Latin runs in Chinese text must not use the CJK font (see scripts_for).
    assert families_for("zh", for_print=True)[:2] == [latin, cjk]


def test_bundled_fonts_have_names_of_their_own() -> None:
    """No installed font can take a bundled font's place: none is called "Noto ...".

    Under Noto's names, a machine with fonts-noto-cjk drew Chinese with the system's full
    font, and its PDFs gave 人 back as the Kangxi radical U+2F08.
    """
    for name, script in FILES.items():
        font = TTFont(FONTS / name)
        names = {r.nameID: r.toUnicode() for r in font["name"].names if r.nameID in (1, 4, 6)}
        assert FAMILIES[script].startswith("Rights at Hand Sans"), FAMILIES[script]
        assert not any("Noto" in value for value in names.values()), (name, names)
        every_family = {r.toUnicode() for r in font["name"].names if r.nameID in (1, 16)}
        assert every_family == {FAMILIES[script]}, (name, every_family)  # all languages
        assert names[6].startswith("RightsAtHandSans"), (name, names[6])
        if "CFF " in font:
            cff = font["CFF "].cff
            assert cff.fontNames == [names[6]], name
            assert cff.topDictIndex[0].FamilyName == FAMILIES[script], name
    licences = (FONTS / "LICENSES.md").read_text(encoding="utf-8")
    assert "family names were changed" in licences and "Reserved Font Name" in licences


def test_no_two_characters_share_a_glyph() -> None:
    """Qt's PDF writer maps a glyph back to one character: sharing would change the text."""
    for name in FILES:
        by_glyph: dict[str, list[int]] = {}
        for cp, glyph in TTFont(FONTS / name).getBestCmap().items():
            by_glyph.setdefault(glyph, []).append(cp)
        shared = {g: [f"U+{cp:04X}" for cp in cps] for g, cps in by_glyph.items() if len(cps) > 1}
        assert not shared, f"{name}: {shared}; {REBUILD}"
    radicals = [cp for cp in _cmap("NotoSansCJKsc-Regular.otf") if 0x2E80 <= cp <= 0x2FDF]
    assert not radicals, [f"U+{cp:04X}" for cp in radicals]


def test_one_character_per_glyph_keeps_the_plain_character() -> None:
    from desktop.tools.build_fonts import one_character_per_glyph

    class Font:
        def getBestCmap(self) -> dict[int, str]:  # noqa: N802 (fontTools' name)
            return {0x2F08: "cid9749", 0x4EBA: "cid9749", 0x20: "sp", 0xA0: "sp", 0x41: "A"}

    font = cast(TTFont, Font())
    keep = {0x2F08, 0x4EBA, 0x20, 0xA0, 0x41}
    # The radical, though lower and used (in a comment, say), loses to 人; nbsp to the space.
    assert one_character_per_glyph(font, keep, used=keep) == {0x4EBA, 0x20, 0x41}
    # A character the app uses wins over one it does not.
    assert one_character_per_glyph(font, keep, used={0xA0}) == {0x4EBA, 0xA0, 0x41}


@pytest.mark.usefixtures("qapp")
def test_qt_registers_the_bundled_families() -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from desktop.ui.fonts import font_for, load_bundled_fonts

    loaded = load_bundled_fonts()
    assert loaded == FAMILIES
    for family in FAMILIES.values():
        assert family in QFontDatabase.families()
    assert QFontInfo(font_for("zh")).family() == FAMILIES["cjk"]
    assert font_for("ar", 12).families()[0] == FAMILIES["arabic"]


@pytest.mark.usefixtures("qapp")
def test_print_fonts_turn_ligatures_off_and_keep_arabic_shaping() -> None:
    from PySide6.QtGui import QFont

    from desktop.ui.fonts import font_for

    liga = QFont.Tag("liga")
    for lang in ("en", "zh", "ar"):
        printed = font_for(lang, 11, for_print=True)
        assert printed.isFeatureSet(liga) and printed.featureValue(liga) == 0, lang
        for tag in ("init", "medi", "fina", "rlig"):
            assert not printed.isFeatureSet(QFont.Tag(tag)), (lang, tag)
    # On screen ligatures are harmless (copying takes the text, not the glyphs).
    assert not font_for("en", 11).isFeatureSet(liga)
