"""Citation lines a police officer, a lawyer or a judge can check.

    Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12(2)
    General Assembly resolution 64/163 (A/RES/64/163), para. 7

The instrument's name comes from the content file of that language (`citation-title`, and
`resolution-title` for the adopting resolution of the Declaration); the words for "art.",
"para." and so on from the language's file (resources/languages/<code>.json). A project
translation is always marked as an unofficial translation, guidance as project guidance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop import languages
from desktop.language_data import FALLBACK, Tables, table
from desktop.library import Version

#: Each language's words used in citations, from the `citations` table of its file
#: (resources/languages/<code>.json, read by desktop.language_data). Keys: art, para, pp
#: (preambular paragraph), fn (footnote), unnumbered and ordinals (an unnumbered paragraph,
#: by position), unofficial, guidance, section, sep (between the title and the pinpoint);
#: optional: sub and item (how a paragraph and an item follow an article: "({n})",
#: "({x})" when absent), wrap (how a note follows a citation: " ({label})"), letters (the
#: language's own item letters: "abcd=أبجد"); part and part_numerals (a part of an
#: instrument, `part-3`: "Part {n}" with the third of "I|II|III|...").
LABELS: Tables = Tables("citations", lambda: languages.LANGUAGES)

_ART_RE = re.compile(r"^art-(\d+)((?:\.[0-9a-z]+)*)$")
_PART_RE = re.compile(r"^part-(\d+)$")
_NUM_RE = re.compile(r"^(res-pp|res-op|pp|op|fn)-(\d+)((?:\.[0-9a-z]+)*)$")


def labels(lang: str) -> dict[str, str]:
    """The citation words of `lang` (English for a language without a file)."""
    return table(lang, "citations")


def _sub_parts(rest: str) -> list[str]:
    return [p for p in rest.split(".") if p]


def _bracketed(parts: list[str], lab: dict[str, str] | None = None) -> str:
    """`(2)(c)` in most languages; Chinese writes 第2款(c)项."""
    lab = lab or table(FALLBACK, "citations")
    out = []
    for p in parts:
        if p.isdigit():
            out.append(lab.get("sub", "({n})").format(n=p))
        else:
            latin, _, local = lab.get("letters", "=").partition("=")
            letter = local[latin.index(p)] if p in latin and local else p
            out.append(lab.get("item", "({x})").format(x=letter))
    return "".join(out)


def _wrap(lab: dict[str, str], label: str) -> str:
    return lab.get("wrap", " ({label})").format(label=label)


def pinpoint(version: Version, pid: str) -> str:
    """The pinpoint part of a citation: `art. 12(2)`, `para. 7`, `preambular para. 3`."""
    lab = labels(version.lang)
    m = _ART_RE.match(pid)
    if m:
        art, parts = m.group(1), _sub_parts(m.group(2))
        head = lab["art"].format(n=art)
        if parts and parts[0].isdigit() and not _is_numbered(version, pid, parts[0]):
            # Article 11 has two paragraphs that carry no number in the official text;
            # citing "art. 11(1)" would point at a number that is not printed.
            ordinals = lab["ordinals"].split("|")
            idx = int(parts[0]) - 1
            ordinal = ordinals[idx] if idx < len(ordinals) else parts[0]
            return (
                head
                + lab["sep"]
                + lab["unnumbered"].format(ordinal=ordinal)
                + _bracketed(parts[1:], lab)
            )
        return head + _bracketed(parts, lab)
    m = _PART_RE.match(pid)
    if m:
        numerals = lab["part_numerals"].split("|")
        number = int(m.group(1))
        written = numerals[number - 1] if 0 < number <= len(numerals) else str(number)
        return lab["part"].format(n=written)
    m = _NUM_RE.match(pid)
    if m:
        kind, n, parts = m.group(1), m.group(2), _sub_parts(m.group(3))
        key = {"res-pp": "pp", "res-op": "para", "pp": "pp", "op": "para", "fn": "fn"}[kind]
        return lab[key].format(n=n) + _bracketed(parts, lab)
    if version.status == "project-guidance":
        # A guidance section has no number: it is named by its heading, never by its
        # internal id ("about-art-6"), wherever a pinpoint is shown or spoken.
        return _section_heading(version, pid) or pid
    return pid


def short_pinpoint(version: Version, pid: str, label: str | None = None,
                   qualified: bool = False) -> str:
    """A pinpoint that says which text it is in, for a link or a list of passages: "art. 5"
    in the text a bare reference is read in (`loose-references: default`, the Declaration),
    "UDHR, art. 19" in another (its `abbreviation`, else its symbol or short title).
    `qualified`: always name the text (a link from another text to the Declaration names
    it by its short title)."""
    label = pinpoint(version, pid) if label is None else label
    header = version.header
    sep = labels(version.lang)["sep"]  # "، " in Arabic, "，" in Chinese
    if qualified:
        return f"{header.get('abbreviation') or version.short_title}{sep}{label}"
    if header.get("loose-references") == "default":
        return label
    return f"{header.get('abbreviation') or version.symbol or version.short_title}{sep}{label}"


def _is_numbered(version: Version, pid: str, number: str) -> bool:
    """Whether paragraph `number` of an article is printed with its number in the text."""
    # The paragraph itself (art-8.3 of art-8.3.c.iii), whose text starts with its number.
    first = version.select(".".join(pid.split(".")[:2]))
    if not first:
        return True
    text = first[0].paragraphs[0] if first[0].paragraphs else ""
    return not text or starts_with_number(text, number)


def starts_with_number(text: str, number: str) -> bool:
    """Whether `text` starts with `number` followed by "." or ")", an opening "(" and spaces
    allowed around the number (the regex `\\s*\\(?\\s*N\\s*[.)]`), or with the ideograph
    ㈠, ㈡ ... for 1, 2 ... Plain string tests: a pattern per number would be compiled
    for each new number, ~0.1 ms each, and the reader labels every passage of the first
    page before it is shown."""
    start = text.lstrip()
    if start[:1] == "(":  # "(2)" (the English UDHR), "( 2 )" (the Arabic)
        start = start[1:].lstrip()
    elif start and start[0] in _CIRCLED and number.isdigit():  # "㈡" (the Chinese UDHR)
        return _CIRCLED.index(start[0]) + 1 == int(number)
    return start.startswith(number) and start[len(number):].lstrip()[:1] in (".", ")")


#: The parenthesised ideographs ㈠ to ㈩ that number paragraphs in Chinese texts.
_CIRCLED = "".join(chr(c) for c in range(0x3220, 0x322A))


def citation(version: Version, pid: str) -> str:
    """The full citation line for passage (or group) `pid` of this language version."""
    lab = labels(version.lang)
    if version.status == "project-guidance":
        title = version.header.get("citation-title") or version.short_title
        heading = _section_heading(version, pid)
        parts = [title, lab["section"].format(s=heading or pid)]
        return lab["sep"].join(parts) + _wrap(lab, lab["guidance"])
    return _cited(version, _title(version, pid) + lab["sep"] + pinpoint(version, pid))


def _title(version: Version, pid: str) -> str:
    header = version.header
    if pid.startswith("res-") and header.get("resolution-title"):
        return header["resolution-title"]
    return header.get("citation-title") or version.short_title


def _cited(version: Version, text: str) -> str:
    """`text` marked as an unofficial translation when it is one."""
    if version.status == "unofficial-translation":
        lab = labels(version.lang)
        text += _wrap(lab, lab["unofficial"])
    return text


def span_citation(version: Version, pids: Sequence[str]) -> str:
    """One line naming the passages `pids` (a range such as art-12.1..art-12.3, in order),
    for the status bar and a screen reader: the part they make ("..., Part III"), the whole
    article ("..., art. 12"), else the first and the last ("..., art. 12(1) – art. 12(3)",
    as the bookmarks list names a range). A printout cites passage by passage instead
    (`desktop.printing.printout.citation_lines`): a line there must not claim more."""
    if not pids:
        return ""
    if len(pids) == 1:
        return citation(version, pids[0])
    whole = _whole(version, pids)
    if whole:
        return citation(version, whole)
    if version.status == "project-guidance":
        return f"{citation(version, pids[0])} – {pinpoint(version, pids[-1])}"
    sep = labels(version.lang)["sep"]
    return _cited(version, _title(version, pids[0]) + sep + span_pinpoint(version, pids))


def span_pinpoint(version: Version, pids: Sequence[str]) -> str:
    """The pinpoint part of `span_citation`: "Part III", "art. 12", "art. 12(1) – art. 12(2)"."""
    if len(pids) == 1:
        return pinpoint(version, pids[0])
    whole = _whole(version, pids)
    if whole:
        return pinpoint(version, whole)
    return f"{pinpoint(version, pids[0])} – {pinpoint(version, pids[-1])}"


def _whole(version: Version, pids: Sequence[str]) -> str:
    """The id of the part (`part-3`) or the article (`art-12`) `pids` are exactly, or ""."""
    from desktop.headings import spanned_heading  # only for a range: not at start-up

    heading = spanned_heading(version, pids)
    if heading is not None:
        return heading.id
    unit = pids[0].split(".", 1)[0]
    return unit if [p.id for p in version.select(unit)] == list(pids) else ""


def _section_heading(version: Version, pid: str) -> str:
    passage = version.passage(pid)
    if passage is None:
        return ""
    headings = [m.text for m in passage.before if m.level > 0]
    return headings[-1] if headings else ""
