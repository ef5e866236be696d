"""Import the official UN texts from `shared/sources/` into `content/` (run once per source change).

    python -m desktop.tools.import_un_sources ../shared/sources content
    python -m desktop.tools.import_un_sources --udhr-report ../shared/sources

The second prints every difference between the two copies of the Universal Declaration
and how it was decided (for content/README.md); see `udhr_sources`.

The wording is copied verbatim; this only decides which line is which passage id. The
French and Spanish files of A/RES/53/144 have the same lines as the English one (checked
here), so the ids found in the English are given to the same lines in the other two.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from desktop.contentfile import ContentFile, Marker, RawPassage, format_file
from desktop.tools import iccpr_source, udhr_sources

CONTENT_VERSION = "2026.11.29"

#: The nine hyphens lost in the extraction of A/RES/64/163 (SOURCES.md), and nothing else.
HYPHEN_RESTORATIONS: dict[str, str] = {
    "nonderogable": "non-derogable",
    "followup": "follow-up",
    "genderbased": "gender-based",
    "nonState": "non-State",
    "nongovernmental": "non-governmental",
    "nondiscriminatory": "non-discriminatory",
    "reregistration": "re-registration",
    "sixtysixth": "sixty-sixth",
    "counterterrorism": "counter-terrorism",
}

DECLARATION_HEADERS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Declaration on the Right and Responsibility of Individuals, Groups and Organs "
        "of Society to Promote and Protect Universally Recognized Human Rights and "
        "Fundamental Freedoms",
        "short-title": "Declaration on Human Rights Defenders",
        "citation-title": "Declaration on Human Rights Defenders (A/RES/53/144, annex)",
        "resolution-title": "General Assembly resolution 53/144 (A/RES/53/144)",
        "source": "UN document A/RES/53/144 (8 March 1999), English version (UN job 99-77089): "
        "plain-text extraction of the official UN PDF held in the olanto/MYCAT repository "
        "(blob 1d79c983), checked word by word against the official PDF.",
        "cleaning": "Page furniture removed (running heads, job number, logo); paragraphs "
        "broken across pages re-joined; one paragraph per passage; footnote markers written "
        "[1] to [3], footnote texts moved to the end; 'nondiscriminatory' corrected to "
        "'non-discriminatory' (art. 8(1)) and one apostrophe to U+2019 (art. 9(2)), both as "
        "in the PDF.",
    },
    "fr": {
        "title": "Déclaration sur le droit et la responsabilité des individus, groupes et "
        "organes de la société de promouvoir et protéger les droits de l'homme et les "
        "libertés fondamentales universellement reconnus",
        "short-title": "Déclaration sur les défenseurs des droits de l'homme",
        "citation-title": "Déclaration sur les défenseurs des droits de l'homme "
        "(A/RES/53/144, annexe)",
        "resolution-title": "Résolution 53/144 de l'Assemblée générale (A/RES/53/144)",
        "source": "UN document A/RES/53/144 (8 March 1999), French version (UN job 99-77090): "
        "plain-text extraction of the official UN PDF held in the olanto/MYCAT repository "
        "(blob 9beb2678).",
        "cleaning": "Page furniture removed; paragraphs broken across pages re-joined; one "
        "paragraph per passage; footnote markers written [1] to [3]. The extraction had lost "
        "every accented letter (458 characters); each was restored by hand from a checked "
        "token map and cross-checked by an independent second restoration. To be compared "
        "once with the official UN PDF.",
        "note": "Les lettres accentuées de ce texte ont été restaurées à la main à partir "
        "d'une extraction endommagée du PDF officiel de l'ONU ; le libellé est celui de "
        "l'ONU. En cas de doute, comparez avec le document officiel A/RES/53/144.",
    },
    "es": {
        "title": "Declaración sobre el derecho y el deber de los individuos, los grupos y las "
        "instituciones de promover y proteger los derechos humanos y las libertades "
        "fundamentales universalmente reconocidos",
        "short-title": "Declaración sobre los defensores de los derechos humanos",
        "citation-title": "Declaración sobre los defensores de los derechos humanos "
        "(A/RES/53/144, anexo)",
        "resolution-title": "Resolución 53/144 de la Asamblea General (A/RES/53/144)",
        "source": "UN document A/RES/53/144 (8 March 1999), Spanish version (UN job 99-77092): "
        "plain-text extraction of the official UN PDF held in the olanto/MYCAT repository "
        "(blob f4a9d0f6).",
        "cleaning": "Page furniture removed; paragraphs broken across pages re-joined; one "
        "paragraph per passage; footnote markers written [1] to [3]. The extraction had lost "
        "every accented letter (248 characters); each was restored by hand from a checked "
        "token map and cross-checked by an independent second restoration. To be compared "
        "once with the official UN PDF.",
        "note": "Las letras acentuadas de este texto se restauraron a mano a partir de una "
        "extracción dañada del PDF oficial de las Naciones Unidas; la redacción es la de las "
        "Naciones Unidas. En caso de duda, compárelo con el documento oficial A/RES/53/144.",
    },
}

#: What a person types to name the Declaration (references.Names): its symbol in every
#: file, its name in that file's language. The Declaration is the document a reference
#: naming none is read in (`loose-references: default`).
DECLARATION_ALIASES: dict[str, str] = {
    "en": "A/RES/53/144, 53/144, Declaration",
    "fr": "A/RES/53/144, 53/144, Déclaration",
    "es": "A/RES/53/144, 53/144, Declaración, Declaracion",
    "ru": "A/RES/53/144, 53/144, Декларац*",
    "zh": "A/RES/53/144, 53/144, 宣言",
    "ar": "A/RES/53/144, 53/144, الإعلان",
}
RES_64_163_ALIASES = "A/RES/64/163, 64/163, res-64-163"

RES_64_163_HEADER: dict[str, str] = {
    "title": "Declaration on the Right and Responsibility of Individuals, Groups and Organs of "
    "Society to Promote and Protect Universally Recognized Human Rights and Fundamental "
    "Freedoms (resolution 64/163)",
    "short-title": "Resolution 64/163 on human rights defenders",
    "citation-title": "General Assembly resolution 64/163 (A/RES/64/163)",
    "source": "UN document A/RES/64/163, adopted 18 December 2009 (65th plenary meeting) on the "
    "report of the Third Committee (A/64/439/Add.2 (Part II)), English: the seed text of the "
    "project (shared/sources/resolution-64-163/en.txt).",
    "cleaning": "Split into preambular and operative paragraphs. The extraction had lost nine "
    "hyphens, restored as in UN editorial style: non-derogable, follow-up (twice), "
    "gender-based, non-State, non-governmental, non-discriminatory, re-registration, "
    "sixty-sixth, counter-terrorism. Nothing else changed.",
}

_ITEM_RE = re.compile(r"^\(?([a-z])\) ")
_PARA_RE = re.compile(r"^(\d+)\. ")
_ARTICLE_RE = re.compile(r"^Article (\d+)$")


def _nonblank(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]


def declaration_structure(en_lines: list[str]) -> list[tuple[str, str]]:
    """For each non-blank English line: ('front', ''), ('h1', ''), ('h2', '') or ('p', id)."""
    out: list[tuple[str, str]] = []
    section = "masthead"
    article = 0
    para: str | None = None
    res_pp = res_op = pp = 0
    # Article 11 has two unnumbered paragraphs; they become art-11.1 and art-11.2.
    unnumbered_count: dict[int, int] = {}
    for i, line in enumerate(en_lines):
        if line.startswith("53/144. "):
            out.append(("h1", ""))
            section = "resolution"
            continue
        if line == "ANNEX":
            out.append(("h1", ""))
            section = "annex-title"
            continue
        if section == "annex-title":
            out.append(("h1", ""))
            section = "annex"
            continue
        if line.startswith("__________"):
            out.append(("front", ""))
            section = "footnotes"
            continue
        m = _ARTICLE_RE.match(line)
        if m:
            out.append(("h2", ""))
            section, article, para = "article", int(m.group(1)), None
            continue
        if section in ("masthead",) or line in ("The General Assembly,", "Declares:"):
            out.append(("front", ""))
            continue
        if line.startswith("85th plenary meeting"):
            out.append(("front", ""))
            continue
        if section == "resolution":
            mp = _PARA_RE.match(line)
            if mp:
                res_op += 1
                out.append(("p", f"res-op-{res_op}"))
            else:
                res_pp += 1
                out.append(("p", f"res-pp-{res_pp}"))
            continue
        if section == "annex":
            pp += 1
            out.append(("p", f"pp-{pp}"))
            continue
        if section == "footnotes":
            n = re.match(r"^\[(\d+)\]", line)
            assert n, line
            out.append(("p", f"fn-{n.group(1)}"))
            continue
        if section == "article":
            mp, mi = _PARA_RE.match(line), _ITEM_RE.match(line)
            if mp:
                para = f"art-{article}.{mp.group(1)}"
                out.append(("p", para))
            elif mi:
                base = para or f"art-{article}"
                out.append(("p", f"{base}.{mi.group(1)}"))
            else:
                nxt = en_lines[i + 1] if i + 1 < len(en_lines) else ""
                is_chapeau = bool(_ITEM_RE.match(nxt))
                plain_next = not (_ARTICLE_RE.match(nxt) or nxt.startswith("__") or is_chapeau)
                count = unnumbered_count.get(article, 0)
                if count or (plain_next and nxt and not _PARA_RE.match(nxt)):
                    unnumbered_count[article] = count + 1
                    out.append(("p", f"art-{article}.{count + 1}"))
                else:
                    out.append(("p", f"art-{article}"))
            continue
        raise AssertionError(f"unplaced line {i}: {line[:60]}")
    return out


def build_declaration(src: Path, lang: str, structure: list[tuple[str, str]]) -> ContentFile:
    lines = _nonblank(src / "declaration-53-144" / f"{lang}.txt")
    if len(lines) != len(structure):
        raise SystemExit(f"{lang}: {len(lines)} lines, English has {len(structure)}")
    header = {
        "document": "declaration",
        "language": lang,
        "order": "1",
        "symbol": "A/RES/53/144",
        "adopted": "1998-12-09",
        "status": "official",
        "loose-references": "default",
        "aliases": DECLARATION_ALIASES[lang],
        **DECLARATION_HEADERS[lang],
        "content-version": CONTENT_VERSION,
    }
    return _assemble(src / "declaration-53-144" / f"{lang}.txt", header, lines, structure)


def _assemble(
    path: Path, header: dict[str, str], lines: list[str], structure: list[tuple[str, str]]
) -> ContentFile:
    cf = ContentFile(path=str(path), header=header)
    pending: list[Marker] = []
    for line, (kind, pid) in zip(lines, structure, strict=True):
        if kind == "front":
            pending.append(Marker(0, line))
        elif kind in ("h1", "h2"):
            pending.append(Marker(int(kind[1]), line))
        else:
            cf.passages.append(RawPassage(pid, (line,), tuple(pending)))
            pending = []
    cf.closing = tuple(pending)
    return cf


def restore_hyphens(text: str) -> str:
    for wrong, right in HYPHEN_RESTORATIONS.items():
        text = re.sub(rf"\b{wrong}\b", right, text)
    return text


def split_res_64_163(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Split the one-line English text into its front lines and paragraphs."""
    text = restore_hyphens(text.strip())
    head, sep, rest = text.partition(" The General Assembly, ")
    assert sep, "no 'The General Assembly,'"
    m1 = re.match(
        r"^(Resolution adopted by the General Assembly on \d+ \w+ \d{4}) (\[.*?\)\]) (.*)$", head
    )
    assert m1, head[:80]
    lines = [m1.group(1), m1.group(2), m1.group(3), "The General Assembly,"]
    structure = [("front", ""), ("front", ""), ("h1", ""), ("front", "")]
    body, sep, closing = rest.partition(" 65th plenary meeting ")
    assert sep
    first_op = re.search(r" 1\. (?=[A-Z])", body)
    assert first_op
    preamble, operative = body[: first_op.start()], body[first_op.start() + 1 :]
    starters = "Recalling|Noting|Gravely|Stressing|Recognizing|Welcoming|Emphasizing"
    pps = re.split(rf"(?<=,) (?=(?:{starters}) )", preamble)
    for n, p in enumerate(pps, 1):
        lines.append(p)
        structure.append(("p", f"pp-{n}"))
    ops = re.split(r" (?=\d{1,2}\. [A-Z])", operative)
    for n, p in enumerate(ops, 1):
        assert p.startswith(f"{n}. "), p[:20]
        lines.append(p)
        structure.append(("p", f"op-{n}"))
    lines += ["65th plenary meeting", closing]
    structure += [("front", ""), ("front", "")]
    return lines, structure


def build_res_64_163(src: Path) -> ContentFile:
    path = src / "resolution-64-163" / "en.txt"
    lines, structure = split_res_64_163(path.read_text(encoding="utf-8"))
    header = {
        "document": "res-64-163",
        "language": "en",
        "order": "2",
        "symbol": "A/RES/64/163",
        "adopted": "2009-12-18",
        "status": "official",
        "aliases": RES_64_163_ALIASES,
        **RES_64_163_HEADER,
        "content-version": CONTENT_VERSION,
    }
    return _assemble(path, header, lines, structure)


def _write(path: Path, cf: ContentFile) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(format_file(cf), encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--udhr-report"]:
        sys.stdout.write(udhr_sources.report(Path(argv[1]), CONTENT_VERSION))
        return 0
    src, dest = Path(argv[0]), Path(argv[1])
    en = _nonblank(src / "declaration-53-144" / "en.txt")
    structure = declaration_structure(en)
    for lang in ("en", "fr", "es"):
        out = dest / "declaration" / f"{lang}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(format_file(build_declaration(src, lang, structure)), encoding="utf-8")
    out = dest / "res-64-163" / "en.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(format_file(build_res_64_163(src)), encoding="utf-8")
    for lang in udhr_sources.LANGS:
        _write(dest / "udhr" / f"{lang}.txt", udhr_sources.build(src, lang, CONTENT_VERSION).file)
    _write(dest / "iccpr" / "en.txt", iccpr_source.build(src, CONTENT_VERSION))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
