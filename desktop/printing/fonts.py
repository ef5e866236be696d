"""Which bundled font family draws which language (Qt-free: the HTML of printouts needs it too).

The fonts themselves are renamed subsets of Noto in `resources/fonts/` (built by
`python -m desktop.tools.build_fonts`); `desktop.ui.fonts` registers them with Qt.
"""

from __future__ import annotations

from desktop.languages import REGISTRY

#: Script -> the family name inside the bundled font files. Names of their own, not Noto's:
#: with the same name as an installed Noto font, the system's copy won (fontconfig picks it),
#: and the full Noto Sans CJK makes Qt's PDFs give 人 back as the Kangxi radical U+2F08 (see
#: `desktop.tools.build_fonts`, which writes these names into the subsets).
FAMILIES: dict[str, str] = {
    "latin": "Rights at Hand Sans",
    "arabic": "Rights at Hand Sans Arabic",
    "cjk": "Rights at Hand Sans SC",
}

#: Bundled file -> script. Regular and bold of each family; Qt picks the weight itself.
FILES: dict[str, str] = {
    "NotoSans-Regular.ttf": "latin",
    "NotoSans-Bold.ttf": "latin",
    "NotoSansArabic-Regular.ttf": "arabic",
    "NotoSansArabic-Bold.ttf": "arabic",
    "NotoSansCJKsc-Regular.otf": "cjk",
    "NotoSansCJKsc-Bold.otf": "cjk",
}

_BY_CODE = {lang.code: lang for lang in REGISTRY}

#: Generic fallback appended to every list, for a character none of the bundled fonts has.
FALLBACK = "sans-serif"


def scripts_for(lang: str, for_print: bool = False) -> list[str]:
    """Scripts in the order their fonts are tried for text in `lang`.

    On screen the language's own script comes first so digits and punctuation inside
    Chinese or Arabic lines match the surrounding text; the others follow for quoted words
    (a Latin UN symbol in an Arabic line, a Chinese word in a search).

    The language's font is `Language.font` in `desktop.languages`; the others follow in the
    order of FAMILIES. In print, Chinese puts the Latin font first (`Language.print_font`):
    Noto Sans CJK swaps the digits of Latin runs ("A/RES/53/144") for alternates through
    `locl`, and Qt's PDF writer cannot map those back to characters, so the symbol would
    not be searchable or copyable in the PDF.
    """
    declared = _BY_CODE.get(lang)
    first = [declared.print_font if for_print and declared.print_font else declared.font,
             declared.font] if declared is not None else []
    return list(dict.fromkeys([*first, *FAMILIES]))


def families_for(lang: str, families: dict[str, str] | None = None,
                 for_print: bool = False) -> list[str]:
    """Font families, best first, for text in `lang` (`families`: script -> family loaded)."""
    table = FAMILIES if families is None else {**FAMILIES, **families}
    return [table[s] for s in scripts_for(lang, for_print) if s in table]


def css_font_family(lang: str, for_print: bool = True) -> str:
    """A CSS `font-family` value for `lang`, e.g. `'Rights at Hand Sans', ..., sans-serif`."""
    return ", ".join([*(f"'{f}'" for f in families_for(lang, for_print=for_print)), FALLBACK])
