"""Lead-ins (desktop.lead_ins): an item or paragraph is never cited without the opening words
its sentence begins in, in `show`, `show --json` and "Copy with citation"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.languages import LANGUAGES
from desktop.lead_ins import lead_in, lead_in_text, lead_ins_for, with_lead_ins
from desktop.library import Library, Version
from desktop.printing.printout import clipboard_text
from desktop.verbs.show import plain_text, show
from tests.cli_helpers import run_cli


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_items_lead_in_is_their_articles_opening_words(library: Library, lang: str) -> None:
    version = library.version("declaration", lang)
    for item, opening in (("art-5.a", "art-5"), ("art-5.c", "art-5"), ("art-6.b", "art-6"),
                          ("art-9.3.a", "art-9.3"), ("art-14.2.b", "art-14.2")):
        assert [p.id for p in lead_in(version, item)] == [opening], (lang, item)
        assert lead_in(version, item)[0].text == version.passage(opening).text  # type: ignore[union-attr]
    # Passages that stand on their own have none.
    for pid in ("art-5", "art-9.3", "art-12.2", "art-1", "pp-3", "res-op-1", "fn-1"):
        assert lead_in(version, pid) == (), (lang, pid)


def test_the_covenants_items_carry_their_paragraphs_opening_words(library: Library) -> None:
    """The ICCPR as engineer #15 imported it: art. 14(3)(d) continues art. 14(3); a sub-item
    of art. 41(1)(h) continues both; the items of the bare "3." of art. 8 stand alone."""
    v = library.version("iccpr", "en")
    assert [p.id for p in lead_in(v, "art-14.3.d")] == ["art-14.3"]
    assert [p.id for p in lead_in(v, "art-41.1.h.i")] == ["art-41.1", "art-41.1.h"]
    assert [p.id for p in lead_in(v, "art-8.3.c.i")] == ["art-8.3.c"]
    assert lead_in(v, "art-8.3.a") == ()
    assert show("iccpr:art-14.3.d", "en", library)["lead_in"].startswith(
        "3. In the determination of any criminal charge against him")


def test_resolutions_guidance_and_the_udhr_have_no_lead_ins(library: Library) -> None:
    for doc in library:
        if doc.id in ("declaration", "iccpr"):
            continue
        for version in doc.versions.values():
            assert all(lead_in(version, pid) == () for pid in version.ids()), version.path


FIXTURE = "\n".join([
    'document: fixture-covenant',
    'language: en',
    "title: Fixture covenant (a test instrument with the Covenant's structures)",
    'short-title: Fixture covenant',
    'citation-title: Fixture covenant',
    'status: official',
    'source: tests/test_lead_ins.py',
    'cleaning: None',
    'content-version: 0',
    '---',
    '',
    '## Article 8',
    '',
    '[art-8.3]',
    '3.',
    '',
    '[art-8.3.a]',
    '(a) No one shall be required to perform forced or compulsory labour;',
    '',
    '[art-8.3.c]',
    '(c) For the purpose of this paragraph the term “forced or compulsory '
    'labour” shall not include:',
    '',
    '[art-8.3.c.i]',
    '(i) Any work or service, not referred to in sub-paragraph (b), '
    'normally required of a person who is under detention in consequence of '
    'a lawful order of a court, or of a person during conditional release '
    'from such detention;',
    '',
    '## Article 14',
    '',
    '[art-14.3]',
    '3. In the determination of any criminal charge against him, everyone '
    'shall be entitled to the following minimum guarantees, in full '
    'equality:',
    '',
    '[art-14.3.d]',
    '(d) To be tried in his presence, and to defend himself in person or '
    'through legal assistance of his own choosing;',
    '',
    '## Article 30',
    '',
    '[art-30]',
    'Opening words of an article whose numbered paragraphs continue its sentence:',
    '',
    '[art-30.1]',
    '1. the first paragraph;',
    '',
    '[art-30.2]',
    '2. the second paragraph.',
    '',
])


@pytest.fixture
def fixture_version(tmp_path: Path) -> Version:
    folder = tmp_path / "content" / "fixture-covenant"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text(FIXTURE, encoding="utf-8")
    return Library.load(tmp_path / "content").version("fixture-covenant", "en")


def test_lead_ins_come_from_the_structure_of_any_instrument(fixture_version: Version) -> None:
    v = fixture_version
    # An item of a numbered paragraph (ICCPR art. 14(3)(d)).
    assert [p.id for p in lead_in(v, "art-14.3.d")] == ["art-14.3"]
    # A paragraph whose sentence begins in the article's opening words.
    assert [p.id for p in lead_in(v, "art-30.2")] == ["art-30"]
    # Nested: the sub-item carries every lead-in above it that holds words, outermost
    # first; the paragraph "3." alone is a number, not words.
    assert [p.id for p in lead_in(v, "art-8.3.c.i")] == ["art-8.3.c"]
    assert lead_in(v, "art-8.3.a") == ()
    assert lead_in_text(v, ["art-14.3.d"]).startswith("3. In the determination")


def test_a_lead_in_is_given_once_and_not_when_it_is_printed_anyway(library: Library) -> None:
    en = library.version("declaration", "en")
    leads = lead_ins_for(en, ["art-5.b", "art-5.c"])
    assert list(leads) == ["art-5.b"] and [p.id for p in leads["art-5.b"]] == ["art-5"]
    assert lead_ins_for(en, ["art-5", "art-5.a", "art-5.b", "art-5.c"]) == {}
    assert lead_ins_for(en, ["art-12.1", "art-12.2"]) == {}
    texts = with_lead_ins(en, ["art-9.3.c", "art-9.4"])
    assert texts[0].startswith("[Opening words of art. 9(3)] 3. To the same end")
    assert texts[0].endswith("inter alia: …")
    assert texts[1:] == [en.passage("art-9.3.c").text, en.passage("art-9.4").text]  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_show_json_has_the_lead_in_in_every_language(library: Library, lang: str) -> None:
    version = library.version("declaration", lang)
    result = show("declaration:art-5.a", lang, library)
    assert result["lead_in"] == version.passage("art-5").text  # type: ignore[union-attr]
    assert result["text"] == version.passage("art-5.a").text  # type: ignore[union-attr]
    assert "lead_in" not in show("declaration:art-12.2", lang, library)
    assert "lead_in" not in show("declaration:art-5", lang, library)  # printed whole


def test_show_plain_text_marks_the_lead_in_before_the_item(library: Library) -> None:
    ar = library.version("declaration", "ar")
    text = plain_text("declaration:art-5.a", "ar", library)
    first, second = text.split("\n")[:2]
    assert first == f"[مطلع المادة 5] {ar.passage('art-5').text} …"  # type: ignore[union-attr]
    assert second == ar.passage("art-5.a").text  # type: ignore[union-attr]
    zh = plain_text("declaration:art-9.3.b", "zh", library)
    assert zh.startswith("[第9条第3款起首部分] 3. 为了同一目的")


def test_show_on_the_command_line(tmp_path: Path) -> None:
    out = run_cli("show", "declaration:art-5.a", "--json", data_dir=tmp_path / "data")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["lead_in"].startswith("For the purpose of promoting and protecting")
    assert result["lead_in"].endswith("at the national and international levels:")
    plain = run_cli("show", "art 5(a)", "--lang", "fr", data_dir=tmp_path / "data")
    assert plain.stdout.startswith("[Phrase introductive, art. 5] Afin de promouvoir")
    assert "\na) De se réunir et de se rassembler pacifiquement;\n" in plain.stdout


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copy_with_citation_carries_the_lead_in(library: Library, lang: str) -> None:
    version = library.version("declaration", lang)
    text = clipboard_text(version, ["art-5.a"])
    lead, item = version.passage("art-5").text, version.passage("art-5.a").text  # type: ignore[union-attr]
    assert text.index(lead) < text.index(item) < text.index("A/RES/53/144")
