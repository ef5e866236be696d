"""The International Covenant on Civil and Political Rights (English) from `shared/sources/iccpr/`.

The wording is copied verbatim from `iccpr/en.txt` (the mirror's text with the seven
corrections SOURCES.md lists); this only decides which line is which passage id:
parts are headings, articles `art-N`, paragraphs `art-N.M`, items `art-N.M.x` (or `art-N.x`
under an unnumbered article), and the roman sub-items under an item `art-8.3.c.i`.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.contentfile import ContentFile, Marker, RawPassage

HEADER: dict[str, str] = {
    "document": "iccpr",
    "language": "en",
    "order": "4",
    "symbol": "A/RES/2200(XXI)",
    "adopted": "1966-12-16",
    "status": "official",
    "loose-references": "named",
    # The Covenant is cited by these names in every language, though only its English
    # text is included: a French reader types "PIDCP art. 21".
    "abbreviation": "ICCPR",
    "aliases": "ICCPR, International Covenant on Civil and Political Rights, Covenant on Civil "
    "and Political Rights",
    "aliases-fr": "PIDCP, Pacte international relatif aux droits civils et politiques",
    "aliases-es": "PIDCP, Pacto Internacional de Derechos Civiles y Políticos",
    "aliases-ru": "МПГПП, ПГПП, Международный пакт о гражданских и политических правах",
    "aliases-zh": "公民权利和政治权利国际公约, 公民及政治权利国际公约",
    "aliases-ar": "العهد الدولي الخاص بالحقوق المدنية والسياسية, العهد الدولي",
    "title": "International Covenant on Civil and Political Rights",
    "short-title": "International Covenant on Civil and Political Rights",
    "citation-title": "International Covenant on Civil and Political Rights",
    "source": "International Covenant on Civil and Political Rights, adopted by General "
    "Assembly resolution 2200 A (XXI) of 16 December 1966, English authentic text, as "
    "mirrored from the Dutch government treaty database (github.com/statengeneraal/"
    "laws-markdown commit 26ef0fbf, BWBV0001017), the English lines only; see "
    "shared/sources/SOURCES.md. Only the English text is included: no official text of the "
    "Covenant in another language could be had.",
    "cleaning": "One paragraph, item or sub-item per passage; the preamble split at each "
    "'Considering', 'Recognizing' and 'Realizing'. Seven transcription errors of the mirror "
    "corrected, each confirmed by a second, OCR'd copy of the UN text: art. 2(2) "
    "'legislative' -> 'laws' (in 'to adopt such laws'); art. 8(3)(c)(iii) 'life of' -> "
    "'life or'; art. 15(1) 'a lighter' -> 'the lighter'; art. 20(2) 'religion' -> "
    "'religious'; art. 41(2) 'had made' -> 'has made'; art. 42(7) 'then' -> 'than'; "
    "art. 42(7)(a) 'to brief' -> 'to a brief'. Known differences from the UN print, left "
    "as the mirror has them: 'sub-paragraph' where the UN print has 'subparagraph', and "
    "full stops where the UN text has semicolons in arts. 41 and 42.",
}

_PART = re.compile(r"^PART [IVX]+$")
_ARTICLE = re.compile(r"^Article (\d+)$")
_PARA = re.compile(r"^(\d+)\.(?: |$)")
_ITEM = re.compile(r"^\(([a-z]+)\) ")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
_PREAMBLE_STARTS = re.compile(r" (?=(?:Considering|Recognizing|Realizing) )")


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(numeral, numeral[1:] + " ", strict=True):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total


def _number(pattern: re.Pattern[str], line: str) -> str:
    m = pattern.match(line)
    assert m is not None, line
    return m.group(1)


def _items(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, line) for the body: kind 'part', 'article', 'para', 'letter', 'roman', 'text'."""
    out = []
    for i, line in enumerate(lines):
        if _PART.match(line):
            out.append(("part", line))
        elif _ARTICLE.match(line):
            out.append(("article", line))
        elif _PARA.match(line):
            out.append(("para", line))
        elif m := _ITEM.match(line):
            x = m.group(1)
            # "(i)" is a roman sub-item when "(ii)" follows it; otherwise the letter i.
            later = [ln for ln in lines[i + 1 :] if _ITEM.match(ln)][:1]
            roman = x in _ROMAN and (x != "i" or bool(later and later[0].startswith("(ii) ")))
            out.append(("roman" if roman else "letter", line))
        else:
            out.append(("text", line))
    return out


def build(src: Path, content_version: str) -> ContentFile:
    path = src / "iccpr" / "en.txt"
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
    title, preamble, body = lines[0], lines[1], lines[2:]
    head, sep, _ = preamble.partition(", ")
    if not sep or head != "The States Parties to the present Covenant":
        raise SystemExit(f"{path}: unexpected preamble opening {head[:60]!r}")
    considering, _, agree = preamble[len(head) + 2 :].rpartition(", Agree ")
    pps = _PREAMBLE_STARTS.split(considering + ",")
    cf = ContentFile(str(path), {**HEADER, "content-version": content_version})
    before: list[Marker] = [Marker(1, title), Marker(0, head + ",")]
    for n, text in enumerate(pps, 1):
        cf.passages.append(RawPassage(f"pp-{n}", (text,), tuple(before)))
        before = []
    before = [Marker(0, "Agree " + agree)]
    article = ""
    para = letter = ""
    for kind, line in _items(body):
        if kind == "part":
            # The part's id (part-1 ... part-6) names its articles: "ICCPR Part III".
            before.append(Marker(2, line, f"part-{_roman_value(line.split()[1])}"))
            continue
        if kind == "article":
            before.append(Marker(3, line))
            article, para, letter = f"art-{_number(_ARTICLE, line)}", "", ""
            continue
        if not article:
            raise SystemExit(f"{path}: text before the first article: {line[:60]!r}")
        if kind == "para":
            para = f"{article}.{_number(_PARA, line)}"
            letter = ""
            pid = para
        elif kind == "letter":
            letter = f"{para or article}.{_number(_ITEM, line)}"
            pid = letter
        elif kind == "roman":
            if not letter:
                raise SystemExit(f"{path}: a roman sub-item outside an item: {line[:60]!r}")
            pid = f"{letter}.{_number(_ITEM, line)}"
        elif line.startswith("IN FAITH WHEREOF"):
            before.append(Marker(0, line))
            continue
        elif not para and not letter and not any(
            p.id == article for p in cf.passages
        ):
            pid = article
        else:
            raise SystemExit(f"{path}: cannot place {line[:60]!r} in {article}")
        cf.passages.append(RawPassage(pid, (line,), tuple(before)))
        before = []
    cf.closing = tuple(before)
    return cf
