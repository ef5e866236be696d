"""Build the subset Noto fonts in `resources/fonts/` (run again when the content gains characters).

    python -m desktop.tools.build_fonts [--source DIR ...] [--out resources/fonts]

Why subsets: Chinese renders as boxes, and vanishes from PDFs, on machines without a CJK font,
but the full Noto CJK collection is ~20 MB per weight. Each bundled font keeps:

- its fixed Unicode ranges (Latin, Latin-1, Latin Extended-A, Cyrillic, general punctuation;
  Arabic and the Arabic presentation forms; CJK punctuation and the 6,763 GB2312 hanzi, so
  what a person types into the search box renders too), and
- every character used in `content/`, in the Qt Linguist sources `resources/translations/*.ts`
  and in the string literals of `desktop/` (citation words, language names),

each intersected with what the source font actually has. OpenType layout features are all kept:
Arabic shaping (init/medi/fina, ligatures) depends on them.

Each subset is renamed (`rename_font`) to a family of its own, `desktop.printing.fonts.FAMILIES`
("Rights at Hand Sans", "... Sans Arabic", "... Sans SC"): under Noto's own names a machine
with the full Noto fonts installed resolves the family to the system's copy instead of the
bundled one, and the full Noto Sans CJK draws 人 and the Kangxi radical U+2F08 with one
glyph, so Qt's PDF writer maps 14 common hanzi back to radicals and a Chinese PDF cannot be
searched. OFL 1.1 allows the renaming (no source font declares a Reserved Font Name).

Sources: the Debian packages `fonts-noto-core` and `fonts-noto-cjk` (`apt-get install -y
fonts-noto-core fonts-noto-cjk`). The script also writes `LICENSES.md` naming the source file,
package version, font version and SHA-256 of every output (`OFL.txt` is committed once).
`tests/test_fonts.py` fails when a character of `content/` is in none of the bundled fonts.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

from desktop.printing.fonts import FAMILIES

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "resources" / "fonts"
DEFAULT_SOURCES = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
)

Range = tuple[int, int]

LATIN_RANGES: tuple[Range, ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0400, 0x04FF),  # Cyrillic
    (0x2000, 0x206F),  # General Punctuation
    (0x20AC, 0x20AC),  # euro sign
    (0x2116, 0x2116),  # numero sign (Russian "№")
    (0xFFFD, 0xFFFD),  # replacement character: shows a damaged text as damaged
    # The fi/ffi/... ligatures the shaper substitutes: in the cmap, Qt's PDF writer can map
    # them back to text; without, "Official" copies out of a PDF as "Ocial".
    (0xFB00, 0xFB06),
)
ARABIC_RANGES: tuple[Range, ...] = (
    (0x0020, 0x0040),  # space, digits and punctuation used inside Arabic lines
    (0x00A0, 0x00A0),
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x200B, 0x200F),  # zero-width joiners and direction marks
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)
CJK_PUNCTUATION: tuple[Range, ...] = (
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0x2018, 0x201D),  # quotation marks as used in Chinese text
    (0x2026, 0x2026),
    (0x00B7, 0x00B7),
)


@dataclass(frozen=True)
class FontSpec:
    """One bundled font: where it comes from and what it keeps."""

    out: str  # file name in resources/fonts/
    source: str  # file name in the Debian package
    package: str  # Debian package it comes from
    script: str  # latin | arabic | cjk (the key load_bundled_fonts() returns)
    ranges: tuple[Range, ...]
    gb2312: bool = False  # add every GB2312 hanzi (search box input)
    collection_name: str = ""  # family to pick from a .ttc collection


FONTS: tuple[FontSpec, ...] = (
    FontSpec("NotoSans-Regular.ttf", "NotoSans-Regular.ttf", "fonts-noto-core", "latin",
             LATIN_RANGES),
    FontSpec("NotoSans-Bold.ttf", "NotoSans-Bold.ttf", "fonts-noto-core", "latin",
             LATIN_RANGES),
    # Noto Sans Arabic rather than Noto Naskh Arabic: Naskh builds lam-alef from two
    # glyphs that are in no cmap, so Qt's PDFs lose those letters when text is copied or
    # searched ("الإعلان" comes out as "اعن"); Noto Sans Arabic uses the mapped ligatures.
    FontSpec("NotoSansArabic-Regular.ttf", "NotoSansArabic-Regular.ttf", "fonts-noto-core",
             "arabic", ARABIC_RANGES),
    FontSpec("NotoSansArabic-Bold.ttf", "NotoSansArabic-Bold.ttf", "fonts-noto-core",
             "arabic", ARABIC_RANGES),
    FontSpec("NotoSansCJKsc-Regular.otf", "NotoSansCJK-Regular.ttc", "fonts-noto-cjk", "cjk",
             CJK_PUNCTUATION, gb2312=True, collection_name="Noto Sans CJK SC"),
    # Bold is only used for headings and emphasis, which come from the content: the 6,763
    # GB2312 hanzi would add ~4 MB for text nobody types in bold.
    FontSpec("NotoSansCJKsc-Bold.otf", "NotoSansCJK-Bold.ttc", "fonts-noto-cjk", "cjk",
             CJK_PUNCTUATION, collection_name="Noto Sans CJK SC"),
)


def gb2312_hanzi() -> set[int]:
    """The 6,763 hanzi of GB2312 (rows 0xB0-0xF7), decoded with Python's own codec."""
    chars: set[int] = set()
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            # the five unassigned cells at the end of row 0xD7 raise
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(ord(bytes((hi, lo)).decode("gb2312")))
    return chars


def _from_ranges(ranges: Iterable[Range]) -> set[int]:
    return {cp for lo, hi in ranges for cp in range(lo, hi + 1)}


def needs_glyph(ch: str) -> bool:
    """Whether a character must be drawn: not a control character, not a line break."""
    return unicodedata.category(ch) not in ("Cc", "Zl", "Zp")


def content_files(root: Path = ROOT) -> list[Path]:
    return sorted((root / "content").glob("*/*.txt"))


def used_characters(root: Path = ROOT) -> set[int]:
    """Every character the app can show from its own files."""
    files = [*content_files(root), *sorted((root / "content").glob("*.txt"))]
    files += sorted((root / "content" / "subject-index").glob("*.idx"))  # the Index panel
    files += sorted((root / "resources" / "translations").glob("*.ts"))
    # Citation words and language names are string literals in the Python code.
    files += sorted((root / "desktop").rglob("*.py"))
    chars: set[int] = set()
    for path in files:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        chars.update(ord(ch) for ch in text if needs_glyph(ch))
    return chars


def find_source(name: str, dirs: Sequence[Path]) -> Path:
    for folder in dirs:
        path = folder / name
        if path.is_file():
            return path
    searched = ", ".join(str(d) for d in dirs)
    raise SystemExit(
        f"build_fonts: {name} not found in {searched}; install it with "
        "`apt-get install -y fonts-noto-core fonts-noto-cjk` or pass --source DIR"
    )


def open_font(path: Path, collection_name: str) -> TTFont:
    # recalcTimestamp=False: a rebuild with the same inputs gives the same bytes (no git churn).
    if path.suffix.lower() == ".ttc":
        collection = TTCollection(str(path), recalcTimestamp=False)
        for font in collection.fonts:
            if font["name"].getDebugName(1) == collection_name:
                return font
        raise SystemExit(f"build_fonts: no {collection_name!r} in {path}")
    return TTFont(str(path), recalcTimestamp=False)


def package_version(package: str) -> str:
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True, text=True, check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not installed with dpkg)"
    return out.stdout.strip()


def subset_font(font: TTFont, codepoints: set[int]) -> TTFont:
    options = subset.Options()
    options.layout_features = ["*"]  # Arabic shaping, CJK locl/vert
    options.name_IDs = ["*"]  # keep copyright and licence strings (OFL)
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    return font


def postscript_family(family: str) -> str:
    """The PostScript form of a family name: "Rights at Hand Sans SC" -> "RightsAtHandSansSC"."""
    return "".join(word[:1].upper() + word[1:] for word in family.split())


def rename_font(font: TTFont, family: str) -> None:
    """Give the font the family name `family` everywhere a font database or a PDF reads one.

    name IDs 1 (family), 16 and 21 (typographic and WWS family, when present) become `family`;
    4 and 18 (full names) have the old family replaced; 6 and 20 (PostScript names) become
    e.g. "RightsAtHandSans-Bold"; 3 (unique ID) names the new font and the source's version.
    Every platform and language is renamed: Noto CJK also has Chinese-locale records, which
    fontconfig reads as family names too. The subfamily (2, 17: "Regular", "Bold"), copyright,
    licence and trademark notices are kept as they are. A CFF font (.otf) carries its names
    once more in the CFF table, and those are what some PDF tools show.
    """
    names = font["name"]
    old_family = names.getDebugName(16) or names.getDebugName(1) or ""
    style = names.getDebugName(17) or names.getDebugName(2) or "Regular"
    ps_name = f"{postscript_family(family)}-{style.replace(' ', '')}"
    version = (names.getDebugName(3) or "").split(";")[0]
    for record in names.names:
        text = record.toUnicode()
        if record.nameID in (1, 16, 21):
            record.string = family
        elif record.nameID in (4, 18):
            record.string = (text.replace(old_family, family) if old_family in text
                             else f"{family} {style}")
        elif record.nameID in (6, 20):
            record.string = ps_name
        elif record.nameID == 3:
            record.string = f"{version};RightsAtHand;{ps_name}"
    if "CFF " in font:
        cff = font["CFF "].cff
        old_cff = cff.fontNames[0]
        cff.fontNames[0] = ps_name
        top = cff.topDictIndex[0]
        top.FullName = names.getDebugName(4) or f"{family} {style}"
        top.FamilyName = family
        # CID-keyed: one private dict per glyph group ("NotoSansCJKjp-Regular-Ideographs").
        for fd in getattr(top, "FDArray", None) or []:
            name = getattr(fd, "FontName", None)
            if name and name.startswith(old_cff):
                fd.FontName = ps_name + name[len(old_cff):]


def _nfkc_stable(cp: int) -> bool:
    return unicodedata.normalize("NFKC", chr(cp)) == chr(cp)


def one_character_per_glyph(font: TTFont, keep: set[int], used: set[int]) -> set[int]:
    """`keep` less every character that would share its glyph with another kept one.

    Qt's PDF writer maps each glyph back to the lowest code point the font maps to it, so two
    characters on one glyph copy out of a PDF as the same one. Noto Sans CJK draws 人 and the
    Kangxi radical U+2F08 with one glyph: with both in the subset, "人权" came out as
    radicals. Of each group the subset keeps one character: one the app uses before one it
    does not, a character NFKC leaves alone (人, a space) before a compatibility one (the
    radical, a no-break space), then the lowest. A used character left out is drawn by another
    bundled font (`tests/test_fonts.py` checks every used character is in one).
    """
    cmap = font.getBestCmap()
    by_glyph: dict[str, list[int]] = {}
    for cp in sorted(keep):
        by_glyph.setdefault(cmap[cp], []).append(cp)
    out = set(keep)
    for cps in by_glyph.values():
        if len(cps) > 1:
            chosen = min(cps, key=lambda cp: (cp not in used, not _nfkc_stable(cp), cp))
            out -= set(cps) - {chosen}
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(out_dir: Path, source_dirs: Sequence[Path], root: Path = ROOT) -> list[dict[str, str]]:
    used = used_characters(root)
    hanzi = gb2312_hanzi()
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, str]] = []
    covered: set[int] = set()
    for spec in FONTS:
        src = find_source(spec.source, source_dirs)
        font = open_font(src, spec.collection_name)
        cmap = set(font.getBestCmap())
        wanted = _from_ranges(spec.ranges) | used | (hanzi if spec.gb2312 else set())
        keep = one_character_per_glyph(font, wanted & cmap, used)
        version = font["name"].getDebugName(5) or ""
        source_family = font["name"].getDebugName(1) or ""
        subset_font(font, keep)
        rename_font(font, FAMILIES[spec.script])
        target = out_dir / spec.out
        font.save(str(target))
        covered |= keep
        rows.append({
            "file": spec.out,
            "family": FAMILIES[spec.script],
            "source_family": source_family,
            "script": spec.script,
            "source": str(src) + (f" ({spec.collection_name})" if spec.collection_name else ""),
            "package": f"{spec.package} {package_version(spec.package)}",
            "version": version.split(";")[0],
            "chars": str(len(keep)),
            "bytes": str(target.stat().st_size),
            "sha256": sha256(target),
        })
        print(f"{spec.out}: {len(keep)} characters, {target.stat().st_size:,} bytes")
    missing = sorted(cp for cp in used - covered if unicodedata.category(chr(cp)) != "Cf")
    if missing:
        shown = " ".join(f"U+{cp:04X}" for cp in missing[:20])
        print(f"warning: {len(missing)} used characters in no font: {shown}", file=sys.stderr)
    return rows


LICENSES_HEAD = """\
# Bundled fonts

Subsets of the Noto fonts, made by `python -m desktop.tools.build_fonts` (see its docstring
for what each subset keeps and why). Every font here is licensed under the SIL Open Font
License, Version 1.1 (`OFL.txt` in this folder); the subsets are Modified Versions under that
licence.

The family names were changed: the subsets are called "Rights at Hand Sans", "Rights at Hand
Sans Arabic" and "Rights at Hand Sans SC" (PostScript names "RightsAtHandSans-Regular" and so
on) instead of "Noto Sans", "Noto Sans Arabic" and "Noto Sans CJK SC". Why: on a computer that
has the full Noto fonts installed, a bundled subset with the same family name lost to the
system's copy, and the full Noto Sans CJK draws common hanzi such as 人 with the same glyph as
a Kangxi radical (U+2F08), so Chinese text copied out of, or searched in, an exported PDF
came out wrong. A name of their own makes the app always use exactly these files. The OFL
allows the change; it would require it for a Reserved Font Name, which none of the source
fonts declares. Copyright, licence and trademark notices inside the fonts are unchanged.

Copyright: Noto Sans and Noto Sans Arabic © 2015-2020 Google LLC; Noto Sans CJK © 2014-2021
Adobe (http://www.adobe.com/), with Google as the Noto project. Upstream:
https://github.com/notofonts (Noto) and https://github.com/googlefonts/noto-cjk (Noto CJK).

| file | family (renamed from) | script | source (package) | version | chars | bytes | SHA-256 |
|---|---|---|---|---|---|---|---|
"""


def write_licenses(out_dir: Path, rows: list[dict[str, str]]) -> None:
    lines = [LICENSES_HEAD]
    for r in rows:
        lines.append(
            f"| {r['file']} | {r['family']} ({r['source_family']}) | {r['script']} "
            f"| `{r['source']}` ({r['package']}) | {r['version']} | {r['chars']} | {r['bytes']} "
            f"| `{r['sha256'][:16]}…` |\n"
        )
    (out_dir / "LICENSES.md").write_text("".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", action="append", type=Path, metavar="DIR",
                        help="folder holding the Noto source fonts (repeatable)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR")
    args = parser.parse_args(argv)
    dirs = tuple(args.source) if args.source else DEFAULT_SOURCES
    rows = build(args.out, dirs)
    write_licenses(args.out, rows)
    if not (args.out / "OFL.txt").is_file():
        # OFL.txt is committed once (the licence text does not change with the subsets).
        print("warning: OFL.txt missing beside the fonts; the licence requires it", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
