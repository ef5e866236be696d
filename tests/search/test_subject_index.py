"""The subject index (content/subject-index/) and the search that uses it (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import subject_index
from desktop.languages import LANGUAGES
from desktop.library import Library
from desktop.search import Searcher, split_marks
from desktop.search.analysis import raw_terms, stem, stem_terms
from desktop.search.expansion import Expander, term_key
from desktop.subject_index import Concept, SubjectIndex
from desktop.validate import validate

CONTENT = Path(__file__).resolve().parents[2] / "content"


def refs(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [f"{h.doc}:{h.passage}" for h in hits]


# --- the content ------------------------------------------------------------------------------


def test_the_shipped_index_has_150_concepts_in_six_languages() -> None:
    index = subject_index.load(CONTENT)
    assert not index.problems
    assert len(index) >= 150
    for concept in index.concepts:
        assert all(concept.terms.get(lang) for lang in LANGUAGES), concept.id
        assert concept.passages, concept.id
    protest = index.by_id["protest"]
    assert protest.passages[0] == "declaration:art-5.a"
    assert protest.heading("en") == "Protest" and protest.heading("ru") == "Протест"
    # Every term can match something: none is made only of stopwords.
    for concept in index.concepts:
        for lang, terms in concept.terms.items():
            assert all(term_key(lang, t) != (frozenset(), ()) for t in terms), concept.id


def test_it_says_it_is_the_projects_own_work() -> None:
    for path in subject_index.files(CONTENT):
        assert "the project's own work, not UN text" in path.read_text("utf-8"), path


def _damaged_copy(tmp_path: Path, extra: str) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    (root / subject_index.FOLDER / "zz-test.idx").write_text(extra, "utf-8")
    return root


def test_a_missing_language_or_a_missing_passage_is_an_error(tmp_path: Path) -> None:
    root = _damaged_copy(tmp_path, """[test-concept]
passages: declaration:art-5.a, declaration:art-99, nowhere:art-1
en: Test concept; the
fr: Concept de test
es: Concepto de prueba
ru: Тестовое понятие
zh: 测试概念
""")
    problems = [str(p) for p in validate(root)]
    mine = [p for p in problems if "zz-test.idx" in p]
    assert any("concept [test-concept] has no terms in ar" in p for p in mine), problems
    assert any("points at declaration:art-99, which does not exist" in p for p in mine)
    assert any("points at nowhere:art-1, which does not exist" in p for p in mine)
    assert any("term 'the' (en) has only stopwords" in p for p in mine)
    assert len(mine) == 4, mine


def test_a_damaged_file_is_named_and_the_rest_still_loads(tmp_path: Path) -> None:
    root = _damaged_copy(tmp_path, "[protest]\nen: again\nthis is not a field\n")
    index = subject_index.load(root)
    assert len(index) >= 150  # the good files
    messages = [str(e) for e in index.problems]
    assert any("zz-test.idx:3" in m and "expected '[concept-id]'" in m for m in messages)
    assert any("zz-test.idx" in str(p) for p in validate(root))


def test_headings_sort_like_a_book_index_in_each_language() -> None:
    index = subject_index.load(CONTENT)
    en = [h for _g, h, _c in index.entries("en")]
    assert en == sorted(en, key=lambda h: subject_index.sort_key("en", h))
    assert en.index("Arrest") < en.index("Protest") < en.index("Torture")
    groups = [g for g, _h, _c in index.entries("ru")]
    assert groups[0] == "А" and "П" in groups
    # Arabic: the article ال is not counted: التعذيب (torture) is filed under ت.
    ar = {h: g for g, h, _c in index.entries("ar")}
    assert ar["التعذيب"] == "ت"
    zh = [h for _g, h, _c in index.entries("zh")]
    assert zh == sorted(zh)  # radical-stroke order of the CJK block


def test_find_a_term_in_any_language() -> None:
    index = subject_index.load(CONTENT)
    assert [c.id for c in index.find("protest", "en")] == ["protest"]
    assert "torture" in [c.id for c in index.find("ПЫТКИ")]
    assert "torture" in [c.id for c in index.find("tortura", "es")]
    assert index.find("") == [] and index.find("qqzzx") == []


# --- matching ---------------------------------------------------------------------------------


def test_terms_match_inflections_and_compounds() -> None:
    expander = Expander(subject_index.load(CONTENT))
    ids = {m.concept.id for m in expander.match("arrested for protesting")}
    assert {"arrest", "protest"} <= ids
    funding = [m for m in expander.match("foreign funding for our NGO") if m.lang == "en"]
    assert funding[0].concept.id == "foreign-funding"
    assert funding[0].coverage == pytest.approx(2 / 3)
    assert "counter-terrorism" in {m.concept.id for m in expander.match("counterterrorism")}
    assert "re-registration" in {m.concept.id for m in expander.match("reregistration")}
    assert "protest" in {m.concept.id for m in expander.match("因抗议被拘留")}
    assert "foreign-funding" in {m.concept.id for m in expander.match("تمويل اجنبي")}
    assert expander.match("the of and") == [] and expander.match("!!!") == []


@pytest.mark.parametrize("query", [
    "контртеррористический",  # adjective of контртерроризм: a stem of its own in Snowball
    "противотеррористическая операция",  # a compound no term lists, of a word one does
    "экстремистская организация",
    "counterterrorist",
    "antiterroriste",
    "contraterrorista",
])
def test_words_made_from_an_index_word_reach_its_concept(query: str) -> None:
    expander = Expander(subject_index.load(CONTENT))
    assert "counter-terrorism" in {m.concept.id for m in expander.match(query)}


def test_a_derived_word_stands_for_the_index_word_it_is_made_from() -> None:
    from desktop.search.derivation import Vocabulary

    words = Vocabulary("ru", [stem("ru", w) for w in ("терроризм", "террорист", "жертв",
                                                       "правозащитник")])
    related = {w: words.related(w, stem("ru", w)) for w in (
        "контртеррористический", "правозащитный", "жертвовать", "терроризм", "мир")}
    assert related == {
        "контртеррористический": "террорист",  # prefix off, then the adjective's start
        "правозащитный": "правозащитник",  # the index word goes two letters further
        "жертвовать": "жертвова",  # "to donate" is not "victim": five letters share too few
        "терроризм": "терроризм",  # an index word stays itself
        "мир": "мир",
    }
    # Arabic is not related by its start (light10 already takes off what can be).
    arabic = Vocabulary("ar", ["ارهاب"])
    assert arabic.related("ارهابيون", "ارهابيون") == "ارهابيون"


@pytest.mark.parametrize(("lang", "word", "not_this"), [
    ("ru", "протестанты", "протест"),  # Protestants: "-ант" makes a word of its own
    ("ru", "протестантский", "протест"),
    ("ru", "материнство", "материал"),  # motherhood is not material support
    ("ru", "признаются", "признак"),  # "are recognised" is not "a sign"
    ("ru", "действительно", "действ"),  # "really" is not an act
    ("en", "representatives", "repress"),
    ("en", "transport", "transpar"),
    ("en", "secretariat", "secret"),
    ("es", "representantes", "repres"),
    ("es", "especializados", "especial"),  # not the Special Rapporteur
    ("fr", "secretaire", "secret"),
])
def test_a_word_that_only_starts_like_an_index_word_does_not_reach_it(
        lang: str, word: str, not_this: str) -> None:
    expander = Expander(subject_index.load(CONTENT))
    vocabulary = expander._vocabulary[lang]
    assert not_this in vocabulary.stems
    # The shared-start rule related each of these to this index word, of another meaning.
    assert vocabulary.related(word, stem(lang, word), expander._typo) != not_this


def test_a_protestant_is_not_a_protest() -> None:
    expander = Expander(subject_index.load(CONTENT))
    assert "protest" in {m.concept.id for m in expander.match("протестующие", ("ru",))}
    for words in ("протестанты", "протестантская церковь"):  # Protestants, their church
        assert "protest" not in {m.concept.id for m in expander.match(words, ("ru",))}


@pytest.mark.parametrize(("lang", "word", "index_word"), [
    ("ru", "отключили", "отключен"),  # "they cut off": the participle of the index
    ("ru", "заставляют", "застав"),  # the other aspect
    ("ru", "американских", "америк"),
    ("ru", "экстремистская", "экстремист"),
    ("ru", "поддерживают", "поддержа"),
    ("en", "recognized", "recognit"),
    ("en", "rapporteurship", "rapporteur"),
    ("es", "utilizacion", "utiliz"),
    ("fr", "soutiennent", "soutien"),
])
def test_a_word_derived_by_an_ending_of_its_language_still_reaches_it(
        lang: str, word: str, index_word: str) -> None:
    expander = Expander(subject_index.load(CONTENT))
    assert expander._vocabulary[lang].related(word, stem(lang, word),
                                              expander._typo) == index_word


def test_an_arabic_word_with_a_pronoun_joined_reaches_its_concept() -> None:
    # light10 leaves "our", "me", "them" on the word: مكتبنا "our office" was not مكتب.
    from desktop.search.derivation import Vocabulary

    words = Vocabulary("ar", [stem("ar", w) for w in ("ضرب", "جمعيه", "مكتب", "اعتقلو")])
    assert [words.related(w, stem("ar", w)) for w in (
        "ضربوني",  # "they beat me": the verb's plural و and the pronoun off
        "جمعيتنا",  # "our association": ة is written ت before a pronoun
        "مكتبنا", "اعتقلوهم",
        "متهم",  # "accused": هم is no pronoun here, too little would be left
    )] == ["ضرب", stem("ar", "جمعيه"), "مكتب", "اعتقلو", stem("ar", "متهم")]
    expander = Expander(subject_index.load(CONTENT))
    assert "beating" in {m.concept.id for m in expander.match("ضربوني")}
    assert "association" in {m.concept.id for m in expander.match("جمعيتنا", ("ar",))}


@pytest.mark.parametrize(("query", "concept"), [
    # Everyday Chinese and Arabic words a defender uses that the index lacked (issue words).
    ("他被刑拘了", "arrest"),
    ("以寻衅滋事罪名", "criminalization"),
    ("被国保约谈", "national-security"),
    ("不让出国", "travel-ban"),
    ("海外捐款", "foreign-funding"),
    ("帖子被删了", "censorship"),
    ("逼供", "torture"),
    ("الحبس الاحتياطي", "arbitrary-detention"),
    ("داهموا البيت", "search-and-seizure"),
    ("سحبوا جوازي", "travel-ban"),
    ("اتهموني", "criminalization"),
])
def test_everyday_chinese_and_arabic_words_reach_their_concept(query: str, concept: str) -> None:
    expander = Expander(subject_index.load(CONTENT))
    assert concept in {m.concept.id for m in expander.match(query)}


# --- search ----------------------------------------------------------------------------------


def test_foreign_funding_for_our_ngo_finds_article_13(searcher: Searcher) -> None:
    hits = searcher.search("foreign funding for our NGO").hits
    assert "declaration:art-13" in refs(hits[:3])
    assert all(h.lang == "en" for h in hits[:3])


def test_torture_in_russian_finds_passages_and_suggests_nothing(searcher: Searcher) -> None:
    results = searcher.search("пытки")
    assert results.hits and results.suggestion is None
    # Russian passages; the Covenant, which has no Russian text here, in English.
    assert all(h.lang == "ru" or (h.doc, h.lang) == ("iccpr", "en") for h in results.hits)
    assert "iccpr:art-7" in refs(results.hits)
    # The Universal Declaration's art. 5 says it (пыткам); the Declaration on defenders
    # does not, and is reached through the subject index.
    assert refs(results.hits[:1]) == ["udhr:art-5"] and results.hits[0].via is None
    by_ref = {f"{h.doc}:{h.passage}": h for h in results.hits}
    assert by_ref["declaration:art-12.2"].via == ("index", "torture")
    # The same word in a search of the English texts: their passages, through the index.
    en = searcher.search("пытки", lang="en").hits
    assert en and all(h.lang == "en" and h.via == ("index", "torture") for h in en[:3])


def test_did_you_mean_never_replaces_an_index_term(searcher: Searcher) -> None:
    searcher.expand = False  # as before this issue: "пытки" matched nothing in the texts
    try:
        assert searcher.search("пытки").suggestion is None
        assert searcher.search("defendrs", lang="en").suggestion == "defenders"
    finally:
        searcher.expand = True


def test_via_says_why_and_is_absent_for_a_direct_match(searcher: Searcher) -> None:
    hits = searcher.search("arrested for protesting", lang="en").hits
    by_ref = {f"{h.doc}:{h.passage}": h for h in hits}
    assert by_ref["declaration:art-5.a"].via == ("index", "protest")
    assert by_ref["guide-safety:if-arrested"].via is None  # its text says "arrested"
    direct = searcher.search("peaceful assembly", lang="en").hits
    assert direct[0].via is None and "declaration:art-5.a" in refs(direct[:3])


def test_a_guidance_hit_brings_its_linked_passages(searcher: Searcher, library: Library) -> None:
    # "Quick exit" only appears in the app-safety guide; its @see lines are not about it,
    # so take a guidance section whose words are its own: the Council of Europe entry.
    hits = searcher.search("Commissioner for Human Rights of the Council", lang="en",
                           limit=40).hits
    linked = [h for h in hits if h.via and h.via[0] == "guidance"]
    assert linked
    for h in linked:
        doc, pid = h.via[1].split(":")  # type: ignore[index]
        section = library.version(doc, "en").passage(pid)
        assert section is not None and any(r.startswith(f"{h.doc}:") and
                                           (r == f"{h.doc}:{h.passage}" or
                                            h.passage.startswith(r.split(":")[1] + "."))
                                           for r in section.see)


def test_the_instrument_is_not_buried_under_guidance(searcher: Searcher) -> None:
    for query, lang in (("arrested", "en"), ("lawyer", "en"), ("avocat", "fr"),
                        ("тюрьма", "ru"), ("律师", "zh"), ("محامي", "ar")):
        hits = searcher.search(query, lang=lang).hits
        assert hits, query
        first = next(i for i, h in enumerate(hits) if not h.doc.startswith("guide-"))
        assert first <= 1, (query, refs(hits[:4]))


def test_quotes_and_operators_are_not_widened(searcher: Searcher) -> None:
    assert all(h.via is None for h in searcher.search('"foreign funding"', lang="en").hits)
    assert all(h.via is None for h in searcher.search("funding AND foreign", lang="en").hits)
    assert all(h.via is None for h in searcher.search("protest*", lang="en").hits)


# --- compounds --------------------------------------------------------------------------------


def test_hyphenated_compounds_are_also_indexed_joined() -> None:
    raw = [t for t, *_ in raw_terms("counter-terrorism and re-registration")]
    assert raw == ["counter", "terrorism", "counterterrorism", "and", "re", "registration",
                   "reregistration"]
    stems = [t for t, *_ in stem_terms("en", "non-discriminatory")]
    assert stem("en", "nondiscriminatory") in stems
    # The joined word sits at the first part's position: phrases still match the parts.
    positions = {t: p for t, p, _s, _e in stem_terms("en", "counter-terrorism laws")}
    assert positions[stem("en", "counterterrorism")] == positions["counter"]


@pytest.mark.parametrize(("query", "lang", "ref"), [
    ("counterterrorism", "en", "res-64-163:pp-4"),
    ("nondiscriminatory", "en", "res-64-163:op-5"),
    ("reregistration", "en", "res-64-163:op-5"),
    ("не-дискриминационными", "ru", "res-64-163:op-5"),
    ("anti-terroriste", "fr", "res-64-163:pp-4"),
    ("contraterrorismo", "es", "res-64-163:pp-4"),
])
def test_closed_and_hyphenated_spellings_find_each_other(
    searcher: Searcher, query: str, lang: str, ref: str
) -> None:
    hits = searcher.search(query, lang=lang).hits
    assert ref in refs(hits[:5]), refs(hits[:5])


def test_a_closed_spelling_marks_the_hyphenated_words(searcher: Searcher) -> None:
    hit = next(h for h in searcher.search("counterterrorism", lang="en").hits
               if h.passage == "pp-4")
    assert hit.via is None
    assert "counter-terrorism" in [t for t, marked in split_marks(hit.snippet) if marked]


@pytest.mark.parametrize(("query", "ref"), [
    ("nondiscriminatory", "res-64-163:op-5"), ("counterterrorism", "res-64-163:pp-4"),
    ("reregistration", "res-64-163:op-5")])
def test_the_closed_spelling_matches_the_text_itself(
    searcher: Searcher, query: str, ref: str
) -> None:
    """Found by the words of the passage (the joined compound), not only through the index."""
    searcher.expand = False
    try:
        assert ref in refs(searcher.search(query, lang="en").hits)
    finally:
        searcher.expand = True


@pytest.mark.parametrize(("typed", "meant"), [("tortrue", "torture"), ("protets", "protest"),
                                              ("manifestatoin", "manifestation")])
def test_did_you_mean_prefers_a_word_of_the_subject_index(
    searcher: Searcher, typed: str, meant: str
) -> None:
    results = searcher.search(typed, lang="en")
    assert results.hits == [] and results.suggestion == meant


def _concept(id: str, terms: list[str]) -> Concept:
    concept = Concept(id)
    concept.terms["en"] = terms
    return concept


def test_nearest_entries_at_equal_distance_share_the_longest_run_first() -> None:
    # "kamera" is one edit from "kamora" and from "camera"; "camera" shares "amera" with it,
    # "kamora" only "kam": the second is nearer, although "Alpha" comes first in A-Z.
    index = SubjectIndex([_concept("a", ["Alpha", "kamora"]), _concept("z", ["Zulu", "camera"])],
                         [])
    assert [c.id for c in Expander(index).similar("kamera", "en")] == ["z", "a"]


def test_nearest_entries_at_equal_distance_put_a_heading_before_a_listed_term() -> None:
    # "camerq" is as near to both "camera"s; one is the entry's heading, what it is for.
    index = SubjectIndex([_concept("a", ["Alpha", "camera"]), _concept("c", ["Camera"])], [])
    assert [c.id for c in Expander(index).similar("camerq", "en")] == ["c", "a"]


@pytest.mark.parametrize(("typed", "lang", "first"), [
    # 酷刑 Torture, 酷儿 (a term of LGBTI defenders) and 游行 (one of Protest) are all one
    # character from 酷行, each sharing one; 酷刑 is an entry's heading. Said before, A-Z:
    # 性少数群体、抗议、酷刑.
    ("酷行", "zh", "torture"),
    # "pétition" is a term of Complaint and Criticism as well: Critique came first.
    ("pétotion", "fr", "petition-signatures"),
    ("петицоя", "ru", "petition-signatures"),
])
def test_the_nearest_entry_a_person_meant_comes_first(typed: str, lang: str,
                                                      first: str) -> None:
    near = Expander(subject_index.load(CONTENT)).similar(typed, lang)
    assert near[0].id == first, [c.id for c in near]
    assert len(near) >= 2  # a tie it had to order
