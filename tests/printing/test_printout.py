"""The printout HTML and clipboard text (Qt-free): what a printout says around the texts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.bookmarks import Store
from desktop.errors import UserError
from desktop.library import Library
from desktop.printing.fonts import FAMILIES
from desktop.printing.printout import (
    Part,
    build,
    build_bookmarks,
    citation_groups,
    citation_text,
    clipboard_text,
    select,
)
from desktop.references import BadReference

DAY = date(2026, 11, 28)


def test_selections(library: Library) -> None:
    whole = select(library, "declaration")
    assert whole.pids == tuple(library.version("declaration", "en").ids())
    assert select(library, "declaration:art-12").pids == ("art-12.1", "art-12.2", "art-12.3")
    assert select(library, "art 12(2)").pids == ("art-12.2",)
    assert select(library, "declaration:art-12.3..art-13").pids == ("art-12.3", "art-13")
    assert select(library, "64/163 para 7").doc == "res-64-163"
    with pytest.raises(BadReference):
        select(library, "declaration:art-99..art-100")
    with pytest.raises(BadReference):
        select(library, "nonsense words")


@pytest.mark.parametrize(("text", "doc", "pids"), [
    ("art 12-13", "declaration", ("art-12.1", "art-12.2", "art-12.3", "art-13")),
    ("art 12(1)-(2)", "declaration", ("art-12.1", "art-12.2")),
    ("64/163 para 3-5", "res-64-163", ("op-3", "op-4", "op-5")),
    ("第12条至第13条", "declaration", ("art-12.1", "art-12.2", "art-12.3", "art-13")),
    ("art-12.3..art-13", "declaration", ("art-12.3", "art-13")),  # the Declaration by default
    ("art 13-12", "declaration", ("art-12.1", "art-12.2", "art-12.3", "art-13")),  # backwards
])
def test_loose_ranges_are_selected_as_show_reads_them(
    library: Library, text: str, doc: str, pids: tuple[str, ...]
) -> None:
    """Ranges without "..": `select` reads what `references.locate` reads, as `show` does."""
    from desktop.references import locate, passages_of
    from desktop.verbs.show import show

    assert select(library, text) == Part(doc, pids)
    located_doc, pid = locate(text, library)
    en = library.version(located_doc, "en")
    assert (located_doc, tuple(p.id for p in passages_of(en, pid))) == (doc, pids)
    assert show(text, "en", library)["text"].split("\n") == [en.passage(i).text for i in pids]


@pytest.mark.parametrize(("text", "words"), [
    ("art 99-100", "no passages art-99 to art-100"),
    ("declaration:art-99..art-100", "no such passages"),
    ("unknown:art-1..art-2", "unknown document"),
])
def test_a_range_that_names_nothing_is_bad_input(library: Library, text: str,
                                                 words: str) -> None:
    with pytest.raises(UserError, match=words):
        select(library, text)


def test_a_whole_article_is_cited_once_a_part_passage_by_passage(library: Library) -> None:
    en = library.version("declaration", "en")
    assert citation_groups(en, ["art-12.1", "art-12.2", "art-12.3"]) == [
        (["art-12.1", "art-12.2", "art-12.3"],
         ["Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12"])]
    groups = citation_groups(en, ["art-12.2", "art-12.3", "art-13"])
    assert [lines for _, lines in groups] == [
        ["Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12(2)",
         "Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12(3)"],
        ["Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 13"]]


def test_printout_carries_citation_status_language_versions_and_date(library: Library) -> None:
    p = build(library, [select(library, "declaration:art-12.2")], "en", printed_on=DAY)
    en = library.version("declaration", "en")
    assert en.passage("art-12.2").text in p.html  # type: ignore[union-attr]
    assert "art. 12(2)" in p.html and "A/RES/53/144" in p.html
    assert "Official UN text" in p.html and "Language: English" in p.html
    assert f"Content version {en.content_version}" in p.html
    assert "Printed on 2026-11-28" in p.html
    assert "Article 12" in p.html  # the heading it sits under, though art-12.2 has none
    assert "A/RES/53/144" in p.footer and "2026-11-28" in p.footer
    assert p.page_text(2, 5) == "Page 2 of 5"
    assert not p.rtl


def test_unofficial_translations_and_guidance_say_so(library: Library) -> None:
    ar = build(library, [select(library, "declaration:art-12")], "ar", printed_on=DAY)
    assert "ترجمة غير رسمية" in ar.html and 'dir="rtl"' in ar.html and ar.rtl
    assert "ترجمة غير رسمية" in ar.footer
    assert ar.page_text(1, 2) == "الصفحة 1 من 2"
    zh = build(library, [select(library, "declaration:art-12")], "zh", printed_on=DAY)
    assert "非正式译文" in zh.html and FAMILIES["cjk"] in zh.html
    guide = next(d.id for d in library if d.kind == "guidance")
    g = build(library, [select(library, guide)], "en", printed_on=DAY)
    assert "Rights at Hand guidance, not a UN text" in g.html


def test_html_special_characters_are_escaped(library: Library, tmp_path: Path) -> None:
    store = Store(tmp_path / "b.sqlite3")
    store.add("declaration:art-1", note="<b>not bold</b> & <script>")
    p = build_bookmarks(library, store, None, "en", printed_on=DAY)
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;" in p.html
    assert "<script>" not in p.html


def test_integrity_warning_is_printed_first(library: Library) -> None:
    p = build(library, [select(library, "declaration:art-1")], "en",
              warning="Warning: this text differs from the text shipped")
    body = p.html.split("<body", 1)[1]
    assert body.index("Warning: this text differs") < body.index("Article 1")


def test_parallel_holds_both_languages_side_by_side(library: Library) -> None:
    p = build(library, [select(library, "declaration:art-12")], "en", parallel="fr",
              printed_on=DAY)
    fr = library.version("declaration", "fr")
    # Two text columns and an empty gutter between them (its width is a share of the page).
    assert "<table" in p.html and p.html.count('width="48%"') == 2 * p.html.count("<tr>")
    assert p.html.count('<td width="4%"></td>') == p.html.count("<tr>")
    assert fr.passage("art-12.1").text.replace("'", "&#x27;") in p.html  # type: ignore[union-attr]
    assert "Texte officiel de l’ONU" in p.html and "Official UN text" in p.html
    assert "art. 12" in p.html


def test_several_documents_in_one_printout(library: Library) -> None:
    p = build(library, [select(library, "declaration:art-1"), select(library, "64/163 para 2")],
              "en", printed_on=DAY)
    assert "A/RES/53/144" in p.html and "A/RES/64/163" in p.html
    assert "General Assembly resolution 64/163 (A/RES/64/163), para. 2" in p.html


def test_whole_document_includes_front_matter_and_closing(library: Library) -> None:
    en = library.version("declaration", "en")
    p = build(library, [Part("declaration", tuple(en.ids()))], "en")
    assert "85th plenary meeting" in p.html
    for marker in en.closing:
        assert marker.text.replace("'", "&#x27;") in p.html


def test_bookmark_folder_printout_has_notes_and_subfolders(library: Library,
                                                           tmp_path: Path) -> None:
    store = Store(tmp_path / "b.sqlite3")
    cases = store.add_folder("Cases")
    court = store.add_folder("Court", parent_id=cases.id)
    store.add("declaration:art-12.2", note="Show the officer\nthen call the lawyer",
              folder_id=cases.id)
    store.add("declaration:art-9.3..art-9.4", note="Appeal", folder_id=court.id, title="Appeal")
    store.add("declaration:art-99", note="gone", folder_id=cases.id)
    store.add("declaration:art-1", note="elsewhere")
    p = build_bookmarks(library, store, cases.id, "en", printed_on=DAY)
    assert "Bookmarks: Cases" in p.html and "Cases / Court" in p.html
    assert "Show the officer" in p.html and "then call the lawyer" in p.html
    assert "Note (added by the person who printed this" in p.html
    assert "art. 12(2)" in p.html and "art. 9(3)" in p.html and "art. 9(4)" in p.html
    assert "Passage declaration:art-99 is not in this version" in p.html
    assert "elsewhere" not in p.html
    everything = build_bookmarks(library, store, None, "fr", printed_on=DAY)
    assert "elsewhere" in everything.html and "Signets" in everything.html


def test_clipboard_text_is_the_passage_then_its_citation(library: Library) -> None:
    en = library.version("declaration", "en")
    text = clipboard_text(en, ["art-12.2"])
    passage = en.passage("art-12.2")
    assert passage is not None
    assert text == (passage.text + "\n\n"
                    "Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12(2)")
    assert citation_text(en, ["art-12.1", "art-12.2", "art-12.3"]) == (
        "Declaration on Human Rights Defenders (A/RES/53/144, annex), art. 12")
    ru = library.version("declaration", "ru")
    assert "неофициальный перевод" in citation_text(ru, ["art-12.2"])


def test_integrity_warning_is_printed_in_the_printouts_language(library: Library) -> None:
    import html

    from desktop.integrity import IntegrityReport
    from desktop.printing.labels import LABELS

    english = IntegrityReport(altered_documents={"declaration"}).warning_for("declaration")
    assert english == LABELS["en"]["altered"]  # the integrity module's own words
    for lang in ("en", "fr", "es", "ru", "zh", "ar"):
        p = build(library, [select(library, "declaration:art-1")], lang, warning=english)
        assert html.escape(LABELS[lang]["altered"], quote=True) in p.html, lang
    other = "Warning: something the labels do not know"
    p = build(library, [select(library, "declaration:art-1")], "fr", warning=other)
    assert other in p.html  # passed through as it is
