"""The Universal Declaration of Human Rights from its two copies in `shared/sources/udhr/`.

Two independent copies of the six official texts are held (SOURCES.md): the "UDHR in
Unicode" XML (structured: preamble, articles, numbered paragraphs) and the text extracted
from the UN's own .docx (the UN's punctuation, e.g. the Chinese full-width marks, but with
extraction damage: spaces between Chinese characters, a Traditional-character title line,
line breaks inside paragraphs). Neither is taken on trust:

* the text is the .docx's (its punctuation, letter case and spelling are the UN file's),
  its lines joined where the XML shows one paragraph, its damage repaired;
* the two are compared word by word (letter case, accents, Arabic diacritics and the
  hamza on a connecting alif aside: those are "forms", taken from the .docx and counted);
* every other difference must have a decision in `DECISIONS` (which copy, and why), or the
  import stops and names it. The decisions are written into each file's `cleaning` field
  and listed by `report()` for content/README.md.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from desktop.contentfile import ContentFile, Marker, RawPassage

LANGS = ("en", "fr", "es", "ru", "zh", "ar")
_NS = "{http://efele.net/udhr}"

#: Official titles, as the official texts write them, and the citation title per language
#: (the resolution's number as each language's text writes it: "217 А (III)" in Russian,
#: "第217A(III)号决议" in Chinese, "217 ألف (د-3)" in Arabic).
HEADERS: dict[str, dict[str, str]] = {
    "en": {
        "abbreviation": "UDHR",
        "aliases": "UDHR, Universal Declaration of Human Rights, Universal Declaration, "
        "A/RES/217(III), 217 A (III)",
        "title": "Universal Declaration of Human Rights",
        "short-title": "Universal Declaration of Human Rights",
        "citation-title": "Universal Declaration of Human Rights "
        "(General Assembly resolution 217 A (III))",
    },
    "fr": {
        "abbreviation": "DUDH",
        "aliases": "DUDH, Déclaration universelle des droits de l'homme, Déclaration universelle",
        "title": "Déclaration universelle des droits de l'homme",
        "short-title": "Déclaration universelle des droits de l'homme",
        "citation-title": "Déclaration universelle des droits de l'homme "
        "(résolution 217 A (III) de l'Assemblée générale)",
    },
    "es": {
        "abbreviation": "DUDH",
        "aliases": "DUDH, Declaración Universal de Derechos Humanos, Declaración Universal",
        "title": "Declaración Universal de Derechos Humanos",
        "short-title": "Declaración Universal de Derechos Humanos",
        "citation-title": "Declaración Universal de Derechos Humanos "
        "(resolución 217 A (III) de la Asamblea General)",
    },
    "ru": {
        "abbreviation": "ВДПЧ",
        "aliases": "ВДПЧ, Всеобщая декларация прав человека, Всеобщей декларации прав "
        "человека, Всеобщая декларация, Всеобщей декларации",
        "title": "Всеобщая декларация прав человека",
        "short-title": "Всеобщая декларация прав человека",
        # "217 А (III)" with the Cyrillic А, as the Russian text writes it.
        "citation-title": "Всеобщая декларация прав человека "
        "(резолюция 217 \u0410 (III) Генеральной Ассамблеи)",
    },
    "zh": {
        "abbreviation": "世界人权宣言",
        "aliases": "世界人权宣言",
        "title": "世界人权宣言",
        "short-title": "世界人权宣言",
        "citation-title": "《世界人权宣言》（大会第217A(III)号决议）",  # as the Chinese text
    },
    "ar": {
        "abbreviation": "الإعلان العالمي",
        "aliases": "الإعلان العالمي لحقوق الإنسان, الإعلان العالمي",
        "title": "الإعلان العالمي لحقوق الإنسان",
        "short-title": "الإعلان العالمي لحقوق الإنسان",
        "citation-title": "الإعلان العالمي لحقوق الإنسان (قرار الجمعية العامة 217 ألف (د-3))",
    },
}


class Decision(NamedTuple):
    take: str  # "docx", "xml" (the XML's words replace the .docx's) or "xml-paragraph"
    reason: str


#: (language, section, the XML's words, the .docx's words) -> decision. Sections are
#: `pre` (the preamble) and `art-N`. The words are those of one difference as `differences`
#: finds it; an XML paragraph the .docx lacks has its first words and "…".
DECISIONS: dict[tuple[str, str, str, str], Decision] = {
    ("en", "art-3", "the", ""): Decision(
        "docx", "A/RES/217(III) reads 'life, liberty and security of person'"),
    ("fr", "art-9", "ni", "ou"): Decision(
        "docx", "the UN's French text reads 'arrêté, détenu ou exilé'"),
    ("fr", "art-29", "seul", "seule"): Decision(
        "xml", "'seul' agrees with 'le libre et plein développement' (masculine); "
        "'seule' is a typing error of the .docx"),
    ("es", "art-29", "Estos derechos y libertades no podrán en ningún caso ser ejercidos en "
     "oposición a los propósitos y principios de las Naciones Unidas", ""): Decision(
        "xml-paragraph", "the .docx lost paragraph 3 (every other language has it); "
        "taken from the XML copy, numbered '3.' as the .docx numbers paragraphs 1 and 2"),
    ("es", "pre", "Ahora por tanto", ""): Decision(
        "docx", "not in the UN's .docx; the XML follows the 2023 text of the UN Spanish web "
        "site, which adds it: the UN file is kept, the difference recorded"),
    ("es", "pre", "los", ""): Decision(
        "docx", "the Declaration's official title is 'Declaración Universal de Derechos "
        "Humanos', without 'los'"),
    ("ar", "pre", "", "ولما كان من الجوهري تعزيز تنمية العلاقات الودية بين الدول"): Decision(
        "docx", "the XML copy lost the fourth preambular paragraph (friendly relations "
        "between nations, in every other language)"),
    ("ar", "art-4", "لا يجوز", "لايجوز"): Decision(
        "xml", "same words; 'لا' is written apart in standard spelling"),
    ("ar", "art-5", "لا يعرض", "لايعرض"): Decision(
        "xml", "same words; 'لا' is written apart in standard spelling"),
    ("ar", "art-7", "تمييز", "تميز"): Decision(
        "xml", "'تمييز' (discrimination) as in the rest of the article; 'تميز' is a typing "
        "error of the .docx"),
    ("ar", "art-10", "له", "إليه"): Decision(
        "docx", "both are grammatical ('توجه إليه' / 'توجه له'): the UN's own file decides"),
    ("ar", "art-11", "أداء", "أداة"): Decision(
        "xml", "'أداء عمل' (performing an act); 'أداة' (a tool) is a typing error"),
    ("ar", "art-13", "النقل", "التنقل"): Decision(
        "docx", "'حرية التنقل' is freedom of movement; 'النقل' (transport) is an error"),
    ("ar", "art-14", "", "في"): Decision(
        "docx", "'الحق في أن يلجأ' (the right to), as 'الحق في' elsewhere in the text"),
    ("ar", "art-16", "متا", "متى"): Decision("docx", "'متى' (when) is the correct spelling"),
    ("ar", "art-21", "ما", "إما"): Decision("docx", "'إما مباشرة وإما' (either ... or)"),
    ("ar", "art-22", "لا غنى", "لاغنى"): Decision(
        "xml", "same words; 'لا' is written apart in standard spelling"),
    ("ar", "art-23", "ينشأ", "ينشئ"): Decision(
        "docx", "'ينشئ' (to form, a trade union); 'ينشأ' (to arise) is an error"),
    ("ar", "art-24", "أو في", "وفي"): Decision(
        "docx", "'الراحة وفي أوقات الفراغ' (rest and leisure: both, as in the other "
        "languages), not 'or'"),
    ("ar", "art-24", "ولا سيما", "ولاسيما"): Decision(
        "xml", "same words; 'لا' is written apart in standard spelling"),
    ("ar", "art-25", "أم", "أو"): Decision(
        "docx", "both are grammatical after 'سواء' ('أم' / 'أو'): the UN's own file decides"),
    ("ar", "art-29", "ممارسته", "ممارسة"): Decision(
        "docx", "'في ممارسة حقوقه وحرياته' (rights and freedoms), as the other languages"),
    ("ar", "art-29", "", "وحرياته"): Decision(
        "docx", "'حقوقه وحرياته' (rights and freedoms): the XML copy lost 'وحرياته'"),
    ("ar", "art-29", "", "لا"): Decision(
        "docx", "'لا يصح بحال' (may in no case): the XML copy lost the negation"),
}

#: Forms of the .docx that are typing errors, not another spelling: (language, XML form,
#: .docx form) -> why the XML's form is taken.
FORM_FIXES: dict[tuple[str, str, str], str] = {
    ("ar", "حرا", "حراُ"): "a damma after the alif where the word takes tanween (حراً)",
}

#: Repairs of the .docx's extraction damage, per language (all recorded in `cleaning`).
_DAMAGE = {
    "zh": "the .docx extraction put a space between every Chinese character and indented "
    "paragraphs with ideographic spaces: removed; its title line is in Traditional "
    "characters (世界人權宣言) while the body is Simplified: the title is the official "
    "Simplified 世界人权宣言. The XML copy writes ASCII commas where the .docx has the "
    "UN's full-width '，': the .docx's punctuation is kept",
    "ru": "a bullet '•' before the numbers of art. 15: removed",
}

_ARTICLE_HEAD = {
    "en": r"Article (\d+)\.",
    "fr": r"Article (\d+|premier)",
    "es": r"Artículo (\d+)",
    "ru": r"Статья (\d+)\.?",
    "zh": r"第([一二三四五六七八九十]+)条",
    "ar": r"المادة (\d+)\.?",
}
_NUMBER = re.compile(r"^(?:\(\s*\d+\s*\)|\d+\.|[\u3220-\u3229])\s*")
_TOKEN = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670]+")
_ZH_DIGITS = "一二三四五六七八九"


def _zh_number(text: str) -> int:
    if "十" not in text:
        return _ZH_DIGITS.index(text) + 1
    tens, _, units = text.partition("十")
    return (_ZH_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
        _ZH_DIGITS.index(units) + 1 if units else 0
    )


class Copy(NamedTuple):
    """One copy of one language: preamble paragraphs and each article's paragraphs."""

    preamble: list[str]
    articles: dict[int, list[str]]
    numbered: dict[int, bool]  # whether the article's paragraphs are a numbered list
    headings: dict[str, str]  # 'preamble', 'art-N' -> the heading as the XML writes it


def read_xml(path: Path) -> Copy:
    root = ET.parse(path).getroot()
    pre = root.find(_NS + "preamble")
    assert pre is not None
    headings = {"preamble": (pre.findtext(_NS + "title") or "").strip()}
    articles: dict[int, list[str]] = {}
    numbered: dict[int, bool] = {}
    for art in root.findall(_NS + "article"):
        n = int(art.get("number", "0"))
        headings[f"art-{n}"] = (art.findtext(_NS + "title") or "").strip()
        paras: list[str] = []
        for child in art:
            if child.tag == _NS + "para":
                paras.append(child.text or "")
            elif child.tag == _NS + "orderedlist":
                numbered[n] = True
                for item in child.findall(_NS + "listitem"):
                    paras.append(" ".join(p.text or "" for p in item.iter(_NS + "para")))
        articles[n] = paras
        numbered.setdefault(n, False)
    preamble = [p.text or "" for p in pre.iter(_NS + "para")]
    return Copy(preamble, articles, numbered, headings)


def _docx_lines(path: Path, lang: str) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.replace("\ufeff", "")
        if line.startswith("%") or not line.strip():
            continue
        if lang == "zh":
            line = line.replace(" ", "").replace("\u3000", "")
        if lang == "ru":
            line = line.lstrip("•")
        lines.append(line.strip())
    return lines


def read_docx(path: Path, lang: str) -> tuple[list[str], dict[int, list[str]]]:
    """The preamble's lines and each article's lines (title and 'Preamble' lines dropped)."""
    head = re.compile(_ARTICLE_HEAD[lang])
    lines = _docx_lines(path, lang)
    preamble: list[str] = []
    articles: dict[int, list[str]] = {}
    current: list[str] = preamble
    for line in lines[2:]:
        m = head.fullmatch(line)
        if m:
            g = m.group(1)
            n = 1 if g == "premier" else _zh_number(g) if lang == "zh" else int(g)
            current = articles[n] = []
        else:
            current.append(line)
    if sorted(articles) != list(range(1, 31)):
        raise SystemExit(f"{path}: articles found {sorted(articles)}, not 1 to 30")
    return preamble, articles


def _key(word: str) -> str:
    """What two copies must agree on: the word without case, accents, Arabic diacritics
    or the hamza of a connecting alif (إسترقاق/استرقاق), which are forms."""
    base = "".join(
        c for c in unicodedata.normalize("NFD", unicodedata.normalize("NFKC", word))
        if unicodedata.category(c) != "Mn"
    )
    return base.casefold().translate(str.maketrans("أإآ", "ااا", "ـ"))


class Token(NamedTuple):
    para: int
    start: int
    end: int
    word: str


def _tokens(paras: list[str], lang: str) -> list[Token]:
    out = []
    for i, text in enumerate(paras):
        m = _NUMBER.match(text)
        offset = m.end() if m else 0
        if lang == "zh":
            out += [Token(i, j, j + 1, c) for j, c in enumerate(text) if j >= offset
                    and c.isalnum()]
        else:
            out += [Token(i, t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, offset)]
    return out


class Difference(NamedTuple):
    lang: str
    section: str
    xml: str
    docx: str
    decision: Decision | None


def _join(lang: str, a: str, b: str) -> str:
    return a + b if lang == "zh" else f"{a} {b}"


def _merge_lines(lang: str, lines: list[str], xml_paras: list[str], numbered: bool) -> list[str]:
    """The .docx's lines made into paragraphs: a line continues the one before unless the
    XML starts a paragraph there (for a numbered list: unless the line has a number)."""
    if numbered:
        out: list[str] = []
        for line in lines:
            if out and not _NUMBER.match(line):
                out[-1] = _join(lang, out[-1], line)
            else:
                out.append(line)
        return out
    # Unnumbered: find where the XML's paragraphs start, in words, through the alignment.
    xml_tokens = _tokens(xml_paras, lang)
    starts = {i for i, t in enumerate(xml_tokens) if i == 0 or xml_tokens[i - 1].para != t.para}
    docx_tokens = _tokens(lines, lang)
    matcher = difflib.SequenceMatcher(
        None, [_key(t.word) for t in xml_tokens], [_key(t.word) for t in docx_tokens],
        autojunk=False,
    )
    to_xml = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            to_xml[b + k] = a + k
    out = [lines[0]]
    for j, t in enumerate(docx_tokens):
        if j and t.para != docx_tokens[j - 1].para:
            if to_xml.get(j) in starts:
                out.append(lines[t.para])
            else:
                out[-1] = _join(lang, out[-1], lines[t.para])
    return out


def differences(lang: str, section: str, xml_paras: list[str], docx_paras: list[str]
                ) -> tuple[list[str], list[Difference], Counter[str]]:
    """The section's paragraphs with the decisions applied, every word difference, and the
    form differences (XML form -> .docx form) counted."""
    xt, dt = _tokens(xml_paras, lang), _tokens(docx_paras, lang)
    matcher = difflib.SequenceMatcher(
        None, [_key(t.word) for t in xt], [_key(t.word) for t in dt], autojunk=False
    )
    forms: Counter[str] = Counter()
    found: list[Difference] = []
    edits: list[tuple[Token, Token, str]] = []  # docx span (first, last token) -> new text
    extra: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for a, b in zip(xt[i1:i2], dt[j1:j2], strict=True):
                if a.word == b.word:
                    continue
                fix = FORM_FIXES.get((lang, a.word, b.word))
                if fix:
                    edits.append((b, b, a.word))
                    found.append(Difference(lang, section, a.word, b.word, Decision("xml", fix)))
                else:
                    forms[f"{a.word} → {b.word}"] += 1
            continue
        xw = " ".join(t.word for t in xt[i1:i2])
        dw = " ".join(t.word for t in dt[j1:j2])
        decision = DECISIONS.get((lang, section, xw, dw))
        found.append(Difference(lang, section, xw, dw, decision))
        if decision is None:
            continue
        if decision.take == "xml":
            first, last = xt[i1], xt[i2 - 1]
            if first.para != last.para or not j2 > j1:
                raise SystemExit(f"cannot apply {lang} {section} {xw!r}")
            edits.append((dt[j1], dt[j2 - 1], xml_paras[first.para][first.start:last.end]))
        elif decision.take == "xml-paragraph":
            paras = sorted({t.para for t in xt[i1:i2]})
            for p in paras:
                extra.append(f"{len(docx_paras) + len(extra) + 1}. {xml_paras[p]}")
    out = list(docx_paras)
    for first, last, text in reversed(edits):
        para = out[first.para]
        out[first.para] = para[: first.start] + text + para[last.end :]
    return out + extra, found, forms


class Result(NamedTuple):
    file: ContentFile
    differences: list[Difference]
    forms: Counter[str]


def build(src: Path, lang: str, content_version: str) -> Result:
    """The content file of one language, after the word-by-word cross-check."""
    xml = read_xml(src / "udhr" / "unicode-udhr" / f"{lang}.xml")
    en = read_xml(src / "udhr" / "unicode-udhr" / "en.xml")
    docx_pre, docx_arts = read_docx(src / "udhr" / "un-docx" / f"{lang}.txt", lang)
    found: list[Difference] = []
    forms: Counter[str] = Counter()

    pre, diffs, f = differences(lang, "pre", xml.preamble, docx_pre)
    found += diffs
    forms += f
    if len(pre) < 8:
        raise SystemExit(f"udhr {lang}: {len(pre)} preamble lines, expected 8 or more")
    passages: list[RawPassage] = []
    title = HEADERS[lang]["title"]
    before: tuple[Marker, ...] = (Marker(1, title), Marker(2, xml.headings["preamble"]))
    for n, text in enumerate(pre[:7], 1):
        passages.append(RawPassage(f"pp-{n}", (text,), before))
        before = ()
    # What follows the seventh "whereas" (Now, therefore, the General Assembly proclaims
    # ...) is one passage; some languages print it on two or three lines.
    passages.append(RawPassage("pp-8", tuple(pre[7:])))
    for n in range(1, 31):
        section = f"art-{n}"
        numbered = en.numbered[n]
        paras = _merge_lines(lang, docx_arts[n], xml.articles[n], numbered)
        paras, diffs, f = differences(lang, section, xml.articles[n], paras)
        found += diffs
        forms += f
        heading = (Marker(2, xml.headings[section]),)
        if numbered:
            expected = len(en.articles[n])
            if len(paras) != expected:
                raise SystemExit(f"udhr {lang} {section}: {len(paras)} paragraphs, "
                                 f"the English has {expected}")
            for m, text in enumerate(paras, 1):
                passages.append(RawPassage(f"{section}.{m}", (text,), heading if m == 1 else ()))
        else:
            passages.append(RawPassage(section, tuple(paras), heading))
    undecided = [d for d in found if d.decision is None]
    if undecided:
        listing = "\n".join(f"  {d.lang} {d.section}: XML {d.xml!r} / docx {d.docx!r}"
                            for d in undecided)
        raise SystemExit("UDHR differences without a decision in DECISIONS:\n" + listing)
    header = {
        "document": "udhr",
        "language": lang,
        "order": "3",
        "symbol": "A/RES/217(III)",
        "adopted": "1948-12-10",
        "status": "official",
        "loose-references": "named",
        **HEADERS[lang],
        "source": source_field(lang),
        "cleaning": cleaning_field(lang, found, forms),
        "content-version": content_version,
    }
    path = src / "udhr" / "un-docx" / f"{lang}.txt"
    return Result(ContentFile(str(path), header, passages), found, forms)


def source_field(lang: str) -> str:
    return (
        "Universal Declaration of Human Rights, General Assembly resolution 217 A (III) of "
        f"10 December 1948, official {lang} text: the text extracted from the UN's own .docx "
        "(github.com/olanto/MYCAT commit 3c4bd3e5, HR_Declaration.docx.txt), cross-checked "
        "word by word against the OHCHR text of the 'UDHR in Unicode' project "
        "(github.com/eric-muller/udhr commit f93dd614); see shared/sources/SOURCES.md."
    )


def _quote(words: str) -> str:
    return f"'{words}'" if words else "nothing"


def cleaning_field(lang: str, found: list[Difference], forms: Counter[str]) -> str:
    parts = [
        "Text, punctuation, letter case and spelling from the UN .docx (the Chinese "
        "full-width marks are the UN's); lines broken inside a paragraph re-joined where the "
        "XML copy has one paragraph; paragraph numbers kept as the .docx prints them; "
        "headings as the XML copy writes them."
    ]
    if lang in _DAMAGE:
        parts.append("Extraction damage repaired: " + _DAMAGE[lang] + ".")
    if found:
        listed = "; ".join(
            f"{d.section}: XML {_quote(d.xml)}, .docx {_quote(d.docx)} -> "
            f"{'XML' if d.decision and d.decision.take != 'docx' else '.docx'} "
            f"({d.decision.reason if d.decision else ''})"
            for d in found
        )
        parts.append(f"Word differences between the two copies ({len(found)}), each decided: "
                     f"{listed}.")
    else:
        parts.append("The two copies agree on every word.")
    if forms:
        listed = ", ".join(f"{k} (x{v})" if v > 1 else k for k, v in sorted(forms.items()))
        parts.append(f"Forms that differ (XML -> .docx, the .docx's taken): {listed}.")
    return " ".join(parts)


def report(src: Path, content_version: str) -> str:
    """Every difference of the six languages, as a Markdown list for content/README.md."""
    lines = []
    for lang in LANGS:
        result = build(src, lang, content_version)
        lines.append(f"- **{lang}**: {len(result.differences)} word difference(s), "
                     f"{sum(result.forms.values())} form difference(s).")
        for d in result.differences:
            assert d.decision is not None
            taken = ".docx" if d.decision.take == "docx" else "XML"
            lines.append(f"  - {d.section}: XML {_quote(d.xml)} / .docx {_quote(d.docx)}: "
                         f"{taken} ({d.decision.reason})")
        if result.forms:
            listed = ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(result.forms.items()))
            lines.append(f"  - forms (XML → .docx, the .docx's taken): {listed}")
    return "\n".join(lines) + "\n"
