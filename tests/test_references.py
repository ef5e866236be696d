"""Loose references people type resolve to canonical ones; nothing else ever escapes."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.library import Library
from desktop.references import BadReference, UnknownReference, parse, resolve

CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(CONTENT)


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("declaration:art-12.2", "declaration:art-12.2"),
        ("res-64-163:op-7", "res-64-163:op-7"),
        ("art-9.3.c", "declaration:art-9.3.c"),
        ("art 12(2)", "declaration:art-12.2"),
        ("Art. 12 (2)", "declaration:art-12.2"),
        ("article 18(1)", "declaration:art-18.1"),
        ("53/144 art. 5", "declaration:art-5"),
        ("A/RES/53/144, article 5 (b)", "declaration:art-5.b"),
        ("64/163 para 7", "res-64-163:op-7"),
        ("A/RES/64/163 para. 16", "res-64-163:op-16"),
        ("op 7", "res-64-163:op-7"),
        ("64/163 pp 3", "res-64-163:pp-3"),
        ("53/144 para 1", "declaration:res-op-1"),
        ("preambular para 8", "declaration:pp-8"),
        ("footnote 2", "declaration:fn-2"),
        ("art. 9(3)(c)", "declaration:art-9.3.c"),
        ("art 9.3.c", "declaration:art-9.3.c"),
        ("12", "declaration:art-12"),
        ("artículo 12", "declaration:art-12"),
        ("artículo 12, párrafo 2", "declaration:art-12.2"),
        ("article premier", "declaration:art-1"),
        ("article 12, paragraphe 3", "declaration:art-12.3"),
        ("статья 12", "declaration:art-12"),
        ("статья 12, пункт 2", "declaration:art-12.2"),
        ("ст. 9 п. 3 в", "declaration:art-9.3.c"),
        ("المادة 12", "declaration:art-12"),
        ("المادة ١٢", "declaration:art-12"),
        ("الفقرة 2 من المادة 12", "declaration:art-12.2"),
        ("第十二条", "declaration:art-12"),
        ("第12条第2款", "declaration:art-12.2"),
        ("第九条第三款", "declaration:art-9.3"),
        ("宣言第二十条", "declaration:art-20"),
        # Ordinals: French first article, article 11's unnumbered paragraphs by position.
        ("art. 1er", "declaration:art-1"),
        ("art.1er", "declaration:art-1"),
        ("artículo 1.º", "declaration:art-1"),
        ("art. 11, second paragraph", "declaration:art-11.2"),
        ("the 2nd paragraph of art 11", "declaration:art-11.2"),
        ("art. 11, premier alinéa", "declaration:art-11.1"),
        ("ст. 11, второй абзац", "declaration:art-11.2"),
        ("المادة 11، الفقرة الثانية", "declaration:art-11.2"),
        ("第11条，第一段", "declaration:art-11.1"),
        # Items, as the Chinese citation writes them and as people say them.
        ("第9条第3款(c)项", "declaration:art-9.3.c"),
        ("第9条第3款（c）项", "declaration:art-9.3.c"),
        ("第九条第三款第三项", "declaration:art-9.3.c"),
        ("article 9, paragraph 3, subparagraph (c)", "declaration:art-9.3.c"),
        ("artículo 9, párrafo 3, apartado c)", "declaration:art-9.3.c"),
        ("المادة 9(3)(ج)", "declaration:art-9.3.c"),
        ("пункт 2 в статье 12", "declaration:art-12.2"),
        # The resolution that adopted the Declaration, and the Declaration itself.
        ("resolution 53/144 preambular para 3", "declaration:res-pp-3"),
        ("General Assembly resolution 53/144, para. 2", "declaration:res-op-2"),
        ("Резолюция 53/144 Генеральной Ассамблеи, п. 2", "declaration:res-op-2"),
        ("A/RES/53/144, annex, art. 5", "declaration:art-5"),
        ("GA resolution 64/163 para 7", "res-64-163:op-7"),
        ("第64/163号决议第7段", "res-64-163:op-7"),
        ("res-64-163 op 7", "res-64-163:op-7"),
        ("64/163 para 7 of the operative part", "res-64-163:op-7"),
        ("Declaration on Human Rights Defenders, art. 12(2)", "declaration:art-12.2"),
    ],
)
def test_loose_forms_resolve(library: Library, typed: str, canonical: str) -> None:
    assert resolve(typed, library).canonical() == canonical


def test_context_document_is_tried_first(library: Library) -> None:
    assert resolve("pp 3", library, context_doc="res-64-163").canonical() == "res-64-163:pp-3"
    assert resolve("pp 3", library).canonical() == "declaration:pp-3"


@pytest.mark.parametrize("typed", ["art 21", "op 17", "64/163 art 1", "art 5(2)", "nowhere:art-1"])
def test_unknown_passages(library: Library, typed: str) -> None:
    with pytest.raises(UnknownReference):
        resolve(typed, library)


@pytest.mark.parametrize("typed", ["", "   ", "hello", "art", "art 0", "art 12 op 3", "x" * 500])
def test_unreadable_text(library: Library, typed: str) -> None:
    with pytest.raises(BadReference):
        resolve(typed, library)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_raises_only_bad_reference(text: str) -> None:
    with contextlib.suppress(BadReference):
        parse(text)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "art",
                "article",
                "para",
                "op",
                "pp",
                "(",
                ")",
                "12",
                "2",
                "c",
                "статья",
                "المادة",
                "第",
                "十二",
                "条",
                "款",
                "53/144",
                "64/163",
                ".",
                ",",
                " ",
                "\u200f",
                "\x00",
                "🙂",
                # preamble qualifiers, ordinals, items, ranges, parts of 53/144
                "преамбулы",
                "п.",
                "序言部分",
                "段",
                "项",
                "الديباجة",
                "من",
                "préambule",
                "second",
                "1er",
                "-",
                "–",
                "..",
                "至",
                "resolution",
                "annex",
                "Declaration on Human Rights Defenders",
                "(unofficial translation by Rights at Hand)",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_reference_like_noise_never_escapes(library: Library, text: str) -> None:
    try:
        ref = resolve(text, library)
    except BadReference:
        return
    assert ref.doc in library
    assert library.document(ref.doc).reference_version.select(ref.pid)


def test_canonical_takes_references_and_ranges(library: Library) -> None:
    from desktop.errors import UserError
    from desktop.references import canonical

    assert canonical("art 12(2)", library) == "declaration:art-12.2"
    assert canonical("64/163 para 7", library) == "res-64-163:op-7"
    assert canonical("declaration:art-12.1..art-12.3", library) == \
        "declaration:art-12.1..art-12.3"
    # A range without a document is read in the document on screen.
    assert canonical("op-1..op-2", library, context_doc="res-64-163") == "res-64-163:op-1..op-2"
    for bad in ("declaration:art-99.1..art-99.2", "nowhere:art-1..art-2", "art 999"):
        with pytest.raises(UserError):
            canonical(bad, library)


# --------------------------------------------------------------------- preambular paragraphs

# How the app's citations write preambular paragraph 3 (citations "pp" of each language file),
# and how people put it in each language. Each must open the preamble, never op-3 or art-3.
_PREAMBLE_3 = [
    "preambular para. 3",
    "preambular paragraph 3",
    "paragraph 3 of the preamble",
    "para 3 of the preamble",
    "preamble, para. 3",
    "preamble 3",
    "third preambular paragraph",
    "3rd preambular paragraph",
    "pp 3",
    "alinéa 3 du préambule",
    "préambule, alinéa 3",
    "paragraphe 3 du préambule",
    "3e alinéa du préambule",
    "troisième alinéa du préambule",
    "considérant 3",
    "párrafo 3 del preámbulo",
    "párr. 3 del preámbulo",
    "preámbulo, párrafo 3",
    "tercer párrafo del preámbulo",
    "considerando 3",
    "п. 3 преамбулы",
    "пункт 3 преамбулы",
    "абзац 3 преамбулы",
    "третий абзац преамбулы",
    "3-й пункт преамбулы",
    "п. 3 в преамбуле",
    "преамбула, п. 3",
    "序言部分第3段",
    "序言第三段",
    "序言部分第三段",
    "الفقرة 3 من الديباجة",
    "الفقرة ٣ من الديباجة",
    "الفقرة الثالثة من الديباجة",
    "الديباجة، الفقرة 3",
]


@pytest.mark.parametrize("typed", _PREAMBLE_3)
def test_preambular_paragraph_in_every_language(library: Library, typed: str) -> None:
    assert resolve(typed, library).canonical() == "declaration:pp-3"
    # The document in front decides whose preamble; 53/144 alone is the Declaration's.
    assert resolve(f"64/163 {typed}", library).canonical() == "res-64-163:pp-3"
    assert resolve(f"A/RES/64/163, {typed}", library).canonical() == "res-64-163:pp-3"
    assert resolve(f"53/144 {typed}", library).canonical() == "declaration:pp-3"
    assert resolve(typed, library, context_doc="res-64-163").canonical() == "res-64-163:pp-3"


@pytest.mark.parametrize(
    "typed",
    [
        # a qualifier that is there but not understood (typos, unknown words) must fail,
        # not be dropped so that "paragraph 3" silently means operative paragraph 3
        "párrafo 3 del preámbolo",
        "para 3 of the prelude",
        "alinéa 3 du prambule",
        "п. 3 прямбулы",
        "الفقرة 3 من الديباجه",
        "序文第3段",
        "64/163 para 3 of the intro",
        # keywords without a number, or that contradict each other
        "art 12 para",
        "art 12 preamble",
        "op 3 preamble",
        "preamble",
        "art 12, paragraph",
        "article",
        "resolution para 3",
        "64/163 annex para 3",
        # ordinals that count nothing
        "art 12 second",
        # two passages are not one
        "art 12 and 13",
        "articles 9 et 10",
        "статьи 9 и 10",
    ],
)
def test_qualifiers_not_understood_make_the_reference_fail(library: Library, typed: str) -> None:
    with pytest.raises(BadReference):
        resolve(typed, library)


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(
        ["art 12(2)", "п. 3 преамбулы", "párrafo 3 del preámbulo", "64/163 para 7",
         "الفقرة 3 من الديباجة", "alinéa 3 du préambule", "art. 9(3)(c)"]
    ),
    word=st.text(alphabet="bhkqvwxz", min_size=2, max_size=6),
    where=st.floats(min_value=0, max_value=1),
)
def test_an_unknown_word_anywhere_makes_the_reference_fail(
    library: Library, base: str, word: str, where: float
) -> None:
    # Letters that start no keyword, filler or ordinal in any language, so "zq…" is
    # never a word the parser knows.
    tokens = base.split()
    at = round(where * len(tokens))
    typed = " ".join([*tokens[:at], "z" + word, *tokens[at:]])
    with pytest.raises(BadReference):
        resolve(typed, library)


# ---------------------------------------------------------------------- levels and ranges


@pytest.mark.parametrize(
    "typed", ["art 9(3)(a)(b)", "art 9.3.a.b", "article 9, paragraph 3 (c) (a)", "ст. 9 п. 3 в г"]
)
def test_too_many_levels_are_an_error(library: Library, typed: str) -> None:
    with pytest.raises(BadReference, match="too many levels"):
        resolve(typed, library)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("art 12-13", "declaration:art-12..art-13"),
        ("art 5–6", "declaration:art-5..art-6"),
        ("art 5 — 6", "declaration:art-5..art-6"),
        ("12-13", "declaration:art-12..art-13"),
        ("art-12-13", "declaration:art-12..art-13"),
        ("art 12..13", "declaration:art-12..art-13"),
        ("art 12(1)-(3)", "declaration:art-12.1..art-12.3"),
        ("art 12(1)-art 12(3)", "declaration:art-12.1..art-12.3"),
        ("art. 9(3)(a)-(c)", "declaration:art-9.3.a..art-9.3.c"),
        ("64/163 para 3-5", "res-64-163:op-3..op-5"),
        ("op 3–5", "res-64-163:op-3..op-5"),
        ("pp 3-12", "res-64-163:pp-3..pp-12"),  # the Declaration has 8
        ("статьи 12–13", "declaration:art-12..art-13"),
        ("المواد 12-13", "declaration:art-12..art-13"),
        ("第12条至第13条", "declaration:art-12..art-13"),
    ],
)
def test_a_dash_between_numbers_is_a_range(library: Library, typed: str, written: str) -> None:
    from desktop.references import canonical

    # Where ranges are taken (open, the go-to box) the loose range is read as one ...
    assert canonical(typed, library) == written
    # ... and where one passage is needed the message says how the range is written,
    # never "no passage art-12.13".
    with pytest.raises(BadReference) as caught:
        resolve(typed, library)
    assert written in str(caught.value)
    assert "art-12.13" not in str(caught.value) and "art-5.6" not in str(caught.value)


def test_loose_ranges_are_read_without_a_library() -> None:
    from desktop.references import Reference, parse_range

    assert parse_range("art 12(1)-(3)") == (
        Reference(None, "art-12.1"),
        Reference(None, "art-12.3"),
    )
    assert parse_range("64/163 para 3-5") == (
        Reference("res-64-163", "op-3"),
        Reference("res-64-163", "op-5"),
    )
    for single in ("art 12(2)", "res-64-163:op-7", "A/RES/53/144 art 5", "art. 12.."):
        assert parse_range(single) is None
    for bad in ("art 12-c", "art 9(3)-(c)", "art 12 - 53/144 art 13 64/163"):
        with pytest.raises(BadReference):
            parse_range(bad)
    with pytest.raises(BadReference, match="range"):
        parse("art 12-13")


def test_unknown_range_ends(library: Library) -> None:
    from desktop.references import canonical

    for bad in ("art 12-99", "op 15-17", "64/163 art 1-2"):
        with pytest.raises(UnknownReference):
            canonical(bad, library)


# ------------------------------------------------------------ the app's own citations, back


def _every_passage(library: Library) -> list[tuple[str, str, str]]:
    return [
        (doc.id, lang, passage.id)
        for doc in library
        for lang, version in doc.versions.items()
        for passage in version.passages
    ]


def test_every_citation_the_app_prints_resolves_back(library: Library) -> None:
    """Every passage of every document in every language: the citation line the app prints
    for it (title, pinpoint, translation note; guidance by section) names that passage."""
    from desktop.citations import citation
    from desktop.references import canonical

    failures = []
    cases = _every_passage(library)
    for doc, lang, pid in cases:
        line = citation(library.version(doc, lang), pid)
        for got in (
            resolve(line, library).canonical(),
            canonical(line, library),
            canonical(line, library, context_doc="res-64-163"),
        ):
            if got != f"{doc}:{pid}":
                failures.append((doc, lang, pid, line, got))
    assert len(cases) > 800
    assert not failures, failures[:10]


def test_every_pinpoint_resolves_back_in_its_document(library: Library) -> None:
    """The pinpoint alone ("art. 9(3)(c)", "п. 3 преамбулы", "第9条第3款(c)项", "para. 7"),
    typed in the go-to box while that document is on screen. The adopting resolution's
    paragraphs of the Declaration are left out: their pinpoint ("para. 1", "preambular
    para. 1") does not say which part it means; the whole citation line does (above)."""
    from desktop.citations import pinpoint

    failures = []
    seen = set()
    for doc, lang, pid in _every_passage(library):
        version = library.version(doc, lang)
        if version.status == "project-guidance" or pid.startswith("res-"):
            continue
        typed = pinpoint(version, pid)
        seen.add((lang, pid.split("-")[0]))
        got = resolve(typed, library, context_doc=doc).canonical()
        if got != f"{doc}:{pid}":
            failures.append((doc, lang, pid, typed, got))
    # every kind the citations print (article, preambular, operative, footnote), in six languages
    assert {kind for _, kind in seen} >= {"art", "pp", "op", "fn"}
    assert {lang for lang, _ in seen} == {"en", "fr", "es", "ru", "zh", "ar"}
    assert not failures, failures[:10]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_citations_round_trip_whatever_the_spacing_and_case(
    library: Library, data: st.DataObject
) -> None:
    """A citation pasted with other spacing, letter case or full-width brackets still
    resolves to its passage."""
    from desktop.citations import citation

    doc, lang, pid = data.draw(st.sampled_from(_every_passage(library)))
    line = citation(library.version(doc, lang), pid)
    if data.draw(st.booleans()):
        line = line.upper() if data.draw(st.booleans()) else line.lower()
    if data.draw(st.booleans()):
        line = line.replace("(", "（").replace(")", "）").replace(", ", "，")
    line = line.replace(" ", data.draw(st.sampled_from([" ", "  ", "\u00a0", " \u200f"])))
    assert resolve(line, library).canonical() == f"{doc}:{pid}"
