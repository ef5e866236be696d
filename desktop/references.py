"""Turning what a person types into a canonical reference such as `declaration:art-12.2`.

Accepted: canonical ids (`declaration:art-12.2`, `res-64-163:op-7`, `art-9.3.c`) and loose
forms in the six languages: "art 12(2)", "article 18(1)", "53/144 art. 5", "64/163 para 7",
"op 7", "pp 3", "artículo 12, párrafo 2", "статья 12 п. 2", "المادة ١٢", "第十二条第二款",
"article premier". Parsing never raises anything but `BadReference` (or its subclass
`UnknownReference` when the syntax is fine but the passage does not exist).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.library import Library


class BadReference(UserError, ValueError):
    """Text that cannot be read as a reference."""


class UnknownReference(BadReference):
    """A well-formed reference to a passage that does not exist."""


@dataclass(frozen=True)
class Reference:
    doc: str | None  # None when the text named no document
    pid: str  # a passage id, or the id of a group of passages (`art-12` = all of article 12)

    def canonical(self, default_doc: str = "declaration") -> str:
        return f"{self.doc or default_doc}:{self.pid}"


# Longest first: "a/res/53/144" must be taken whole before "53/144".
DOC_ALIASES: dict[str, str] = {
    "a/res/53/144": "declaration",
    "a/res/64/163": "res-64-163",
    "53/144": "declaration",
    "64/163": "res-64-163",
}
_DOC_WORDS: tuple[tuple[str, str], ...] = (
    (r"\bdeclaration\b", "declaration"),
    (r"\bdéclaration\b", "declaration"),
    (r"\bdeclaración\b", "declaration"),
    (r"\bdeclaracion\b", "declaration"),
    (r"декларац\w*", "declaration"),
    (r"宣言", "declaration"),
    (r"الإعلان", "declaration"),
)

# Keyword -> kind. Order matters: longer words first so "paragraphe" is not read as "para".
_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"operative\s+paragraph|operative\s+para\.?|\bop\.?(?=[\s\d]|$)", "OP"),
    (
        r"preambular\s+paragraph|preambular\s+para\.?|preamble|préambule|preámbulo|"
        r"преамбул\w*|الديباجة|序言(?:部分)?|\bpp\.?(?=[\s\d]|$)",
        "PP",
    ),
    (r"footnote|\bfn\.?(?=[\s\d]|$)|\bnote\b|\bnota\b|сноска|сноски|الحاشية|脚注", "FN"),
    (
        r"articles?|artículos?|articulos?|\barts?\.?(?=[\s\d]|$)|стать[яиеюей]\w*|\bст\.?(?=[\s\d]|$)|"
        r"المادة|مادة|للمادة|والمادة",
        "ART",
    ),
    (
        r"paragraphe|paragraph|párrafo|parrafo|párr\.?|parr\.?|\bpar\.?(?=[\s\d]|$)|"
        r"\bparas?\.?(?=[\s\d]|$)|§|пункт\w*|\bп\.?(?=[\s\d]|$)|الفقرة|فقرة|"
        r"\babs(?:atz)?\.?(?=[\s\d]|$)",
        "PARA",
    ),
)

_CJK_NUM = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ITEM_LETTERS = {
    # Cyrillic and Arabic item letters, as the Russian and Arabic texts number items.
    "а": "a",
    "б": "b",
    "в": "c",
    "г": "d",
    "д": "e",
    "أ": "a",
    "ا": "a",
    "ب": "b",
    "ج": "c",
    "د": "d",
    "ه": "e",
    "هـ": "e",
}
_ORDINAL_WORDS = {"premier": "1", "première": "1", "primero": "1", "first": "1"}

_CANONICAL_RE = re.compile(r"^([a-z][a-z0-9-]*):([a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*)$")
_ID_RE = re.compile(r"^(?:res-pp|res-op|pp|op|fn|art)-\d+(?:\.[0-9a-z]+)*$")
MAX_LENGTH = 200


def _cjk_to_int(s: str) -> int:
    """Chinese numerals up to 99: 十二 -> 12, 二十 -> 20, 二十三 -> 23, 5 -> 5."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CJK_NUM.get(tens, 1) if tens else 1) * 10 + (
            _CJK_NUM.get(units, 0) if units else 0
        )
    return _CJK_NUM[s]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    # NFKC keeps Arabic-Indic digits; map them (and Persian ones) to 0-9 explicitly.
    text = text.translate({0x660 + i: 0x30 + i for i in range(10)})
    text = text.translate({0x6F0 + i: 0x30 + i for i in range(10)})
    text = "".join(
        ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc", "Mn") or ch == "\n"
    )
    text = text.replace("\u00a0", " ").strip().lower()
    # Chinese: 第十二条第二款(三)项 -> art 12 para 2 ...
    num = r"([0-9零〇一二两三四五六七八九十]+)"
    text = re.sub(rf"第{num}条", lambda m: f" art {_cjk_to_int(m.group(1))} ", text)
    text = re.sub(rf"第{num}[款段]", lambda m: f" para {_cjk_to_int(m.group(1))} ", text)
    text = re.sub(rf"第{num}项", lambda m: f" {_cjk_to_int(m.group(1))} ", text)
    return text


def parse(text: str) -> Reference:
    """Read a reference without a library (no check that the passage exists)."""
    if not isinstance(text, str):
        raise BadReference("a reference must be text")
    if len(text) > MAX_LENGTH:
        raise BadReference("reference too long")
    raw = _normalise(text)
    if not raw:
        raise BadReference("empty reference")
    m = _CANONICAL_RE.match(raw)
    if m:
        return Reference(m.group(1), m.group(2))
    if _ID_RE.match(raw):
        return Reference(None, raw)

    doc: str | None = None
    for alias, doc_id in DOC_ALIASES.items():
        if alias in raw:
            doc = doc_id
            raw = raw.replace(alias, " ")
            break
    if doc is None:
        for pattern, doc_id in _DOC_WORDS:
            if re.search(pattern, raw):
                doc = doc_id
                raw = re.sub(pattern, " ", raw)
                break
    for word, digit in _ORDINAL_WORDS.items():
        raw = re.sub(rf"\b{word}\b", f" {digit} ", raw)
    for pattern, kind in _KEYWORDS:
        raw = re.sub(pattern, f" {kind} ", raw)
    # 12(2)(c), 12.2.c, 12 2 c -> separate tokens
    raw = re.sub(r"[()\[\],;:.\-–—/،]", " ", raw)
    tokens = raw.split()
    if not tokens:
        raise BadReference(f"cannot read {text!r} as a reference")

    kinds: dict[str, int] = {}
    numbers: list[str] = []  # numbers not claimed by a keyword, in order
    letter: str | None = None
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("ART", "PARA", "OP", "PP", "FN"):
            if i + 1 < len(tokens) and tokens[i + 1].isdigit():
                if tok in kinds:
                    raise BadReference(f"{text!r} names two {tok.lower()} numbers")
                kinds[tok] = int(tokens[i + 1])
                i += 2
                continue
            i += 1
            continue
        if tok.isdigit():
            numbers.append(tok)
        elif len(tok) == 1 and (tok.isascii() and tok.isalpha()):
            letter = tok
        elif tok in _ITEM_LETTERS:
            letter = _ITEM_LETTERS[tok]
        elif tok in ("и", "y", "et", "and", "of", "de", "del", "из", "من", "in", "en", "в"):
            pass
        else:
            raise BadReference(f"cannot read {text!r} as a reference (at {tok!r})")
        i += 1

    for n in [*kinds.values(), *(int(x) for x in numbers)]:
        if n <= 0 or n > 999:
            raise BadReference(f"no passage is numbered {n}")

    if "ART" in kinds or (not kinds and numbers and doc in (None, "declaration")):
        art = kinds["ART"] if "ART" in kinds else int(numbers.pop(0))
        parts = [str(art)]
        para = kinds.get("PARA")
        if para is None and numbers:
            para = int(numbers.pop(0))
        if para is not None:
            parts.append(str(para))
        if letter:
            parts.append(letter)
        if numbers or "OP" in kinds or "PP" in kinds or "FN" in kinds:
            raise BadReference(f"cannot read {text!r} as a reference: too many numbers")
        return Reference(doc, "art-" + ".".join(parts))
    if "PP" in kinds or "OP" in kinds or "PARA" in kinds or "FN" in kinds or numbers:
        if len(kinds) > 1:
            raise BadReference(f"cannot read {text!r} as a reference: mixed kinds")
        kind = next(iter(kinds), "PARA")
        n = kinds.get(kind) or int(numbers.pop(0))
        if numbers:
            sub = numbers.pop(0)
            suffix = f".{sub}" + (f".{letter}" if letter else "")
        else:
            suffix = f".{letter}" if letter else ""
        if numbers:
            raise BadReference(f"cannot read {text!r} as a reference: too many numbers")
        prefix = {"PP": "pp", "OP": "op", "PARA": "op", "FN": "fn"}[kind]
        if doc == "declaration" and prefix == "op":
            prefix = "res-op"  # the Declaration's own paragraphs are in articles
        return Reference(doc, f"{prefix}-{n}{suffix}")
    raise BadReference(f"cannot read {text!r} as a reference: no article or paragraph number")


def resolve(text: str, library: Library, context_doc: str | None = None) -> Reference:
    """Parse and check against the library; the document is filled in.

    Without a document in the text, the context document is tried first (the one on
    screen, or the Declaration), then the others in library order.
    """
    ref = parse(text)
    if ref.doc is not None:
        if ref.doc not in library:
            raise UnknownReference(
                f"unknown document {ref.doc!r} in {text!r}; documents: "
                + ", ".join(library.document_ids)
            )
        candidates = [ref.doc]
    else:
        order = library.document_ids
        first = context_doc if context_doc and context_doc in library else "declaration"
        candidates = [first] + [d for d in order if d != first]
    for doc_id in candidates:
        if doc_id not in library:
            continue
        version = library.document(doc_id).reference_version
        if version.select(ref.pid):
            return Reference(doc_id, ref.pid)
    where = ref.doc or "any document"
    raise UnknownReference(f"no passage {ref.pid} in {where} (from {text!r})")


def canonical(text: str, library: Library, context_doc: str | None = None) -> str:
    """The canonical form of a reference or range; UserError if it names nothing.
    `context_doc`: the document a reference without one is looked up in first."""
    if ".." not in text:
        # BadReference / UnknownReference for text that names nothing
        return resolve(text, library, context_doc=context_doc).canonical()
    from desktop.bookmarks.refs import Target  # ranges are written as bookmarks write them

    if ":" not in text:  # `art-12.1..art-12.3`: in the document on screen
        text = f"{context_doc or 'declaration'}:{text}"
    target = Target.parse(text)  # BadTarget (a UserError) for anything else
    doc = library.document(target.doc)  # UnknownDocument (a UserError)
    if not target.passage_ids(doc.reference_version):
        raise UnknownReference(f"{target.ref}: no such passages in {doc.id}")
    return target.ref
