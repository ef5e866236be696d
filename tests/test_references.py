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


@settings(max_examples=300, deadline=None)
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
