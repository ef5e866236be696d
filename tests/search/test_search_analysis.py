"""Per-language analysis: folding, tokenizing with offsets, stems, CJK bigrams."""

from __future__ import annotations

from desktop.search.analysis import fold, light10, raw_terms, stem, stem_terms, words


def test_latin_accents_and_case_fold_away() -> None:
    assert fold("Liberté") == fold("liberte") == "liberte"
    assert fold("DECLARACIÓN") == "declaracion"
    assert fold("Œuvre") == "oeuvre"


def test_russian_yo_folds_to_ye_but_short_i_stays() -> None:
    assert fold("Её") == "ее"
    assert fold("её") == fold("ее")
    assert fold("край") == "край"  # й is a letter of its own, not an accented и


def test_arabic_diacritics_tatweel_and_hamza_forms_fold() -> None:
    with_marks = "إِنْشَاءِ"
    assert fold(with_marks) == fold("انشاء") == fold("إنشاء")
    assert fold("الجمعيّة") == fold("الجمعية") == "الجمعيه"
    assert fold("مـسـؤول") == fold("مسوول")  # tatweel gone, ؤ -> و
    assert fold("على") == "علي"  # alef maqsura -> yeh


def test_arabic_words_are_not_cut_at_diacritics() -> None:
    text = "فِي الاجْتِمَاعِ السِّلْمِيِّ"
    assert [w for w, _s, _e in words(text)] == ["فِي", "الاجْتِمَاعِ", "السِّلْمِيِّ"]


def test_light10_strips_article_and_plural() -> None:
    assert light10(fold("والمدافعين")) == light10(fold("المدافعون")) == "مدافع"


def test_word_offsets_point_into_the_original_text() -> None:
    text = "Droits de l'homme, 2019年人权"
    for surface, start, end in words(text):
        assert text[start:end] == surface
    assert [w for w, _s, _e in words(text)] == ["Droits", "de", "l", "homme", "2019", "年人权"]


def test_raw_field_keeps_stopwords_and_cuts_cjk_into_characters() -> None:
    terms = [t for t, *_ in raw_terms("The right 人权")]
    assert terms == ["the", "right", "人", "权"]


def test_stem_field_drops_stopwords_and_makes_bigrams() -> None:
    assert [t for t, *_ in stem_terms("en", "the rights of defenders")] == ["right", "defend"]
    assert [t for t, *_ in stem_terms("zh", "人权维护者")] == ["人权", "权维", "维护", "护者"]
    # Positions keep the gaps left by stopwords, so phrases stay exact.
    assert [p for _t, p, *_ in stem_terms("en", "the rights of defenders")] == [1, 3]


def test_folding_happens_before_stemming() -> None:
    assert stem("fr", fold("libertés")) == stem("fr", fold("libertes"))
    assert stem("es", fold("pacíficamente")) == stem("es", fold("pacificamente"))


def test_borrowed_words_lose_the_stopwords_of_their_own_script() -> None:
    from desktop.search.analysis import is_stopword

    # Latin words in Chinese or Arabic text: English, French and Spanish stopwords go.
    zh = [t for t, *_ in stem_terms("zh", "欧洲委员会（Council of Europe）")]
    assert "of" not in zh and {"council", "europe"} <= set(zh)
    ar = [t for t, *_ in stem_terms("ar", "مجلس أوروبا (Conseil de l'Europe, Consejo de la Unión)")]
    assert not {"de", "la", "l"} & set(ar) and {"conseil", "consejo", "europe"} <= set(ar)
    # Cyrillic words in Chinese or Arabic text: Russian stopwords go.
    assert [t for t, *_ in stem_terms("zh", "人权 права и свободы")][-2:] == ["права", "свободы"]
    assert is_stopword("ar", "и") and is_stopword("zh", "и")
    # In its own script a language keeps its own list only ("de facto" is English).
    assert not is_stopword("en", "de") and is_stopword("fr", "de")
    # The query side asks the same question, so "of" is not searched in Chinese.
    from desktop.search.query import compile_for, parse

    _plan, marks = compile_for(parse("torture of"), "zh")
    assert marks.raw == {"torture"}
