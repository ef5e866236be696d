"""The Universal Declaration (six official texts) and the Covenant (English) in content/."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.library import Library
from desktop.tools import udhr_sources
from desktop.tools.import_un_sources import CONTENT_VERSION, main

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SOURCES = ROOT.parent / "shared" / "sources"
needs_sources = pytest.mark.skipif(
    not (SOURCES / "udhr").is_dir(), reason="shared/sources not beside the checkout"
)
LANGS = ("en", "fr", "es", "ru", "zh", "ar")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(CONTENT)


def test_udhr_is_official_in_six_languages_with_the_english_ids(library: Library) -> None:
    doc = library.document("udhr")
    assert doc.languages == list(LANGS)
    en_ids = doc.version("en").ids()
    assert en_ids[:8] == [f"pp-{n}" for n in range(1, 9)]
    articles = sorted({int(m.group(1)) for i in en_ids if (m := re.match(r"art-(\d+)", i))})
    assert articles == list(range(1, 31))
    assert {"art-1", "art-2", "art-19", "art-11.1", "art-11.2", "art-29.1", "art-29.2",
            "art-29.3", "art-30"} <= set(en_ids)
    for lang in LANGS:
        version = doc.version(lang)
        assert version.status == "official"
        assert version.ids() == en_ids
        assert version.header["symbol"] == "A/RES/217(III)"


def test_udhr_wording_decided_where_the_copies_differ(library: Library) -> None:
    text = {lang: library.version("udhr", lang) for lang in LANGS}
    assert text["en"].passage("art-3").text == (  # not "and the security" (the XML copy)
        "Everyone has the right to life, liberty and security of person."
    )
    assert "arrêté, détenu ou exilé" in text["fr"].passage("art-9").text
    assert "seul le libre et plein développement" in text["fr"].passage("art-29.1").text
    # The .docx lost the third paragraph of art. 29 in Spanish; the XML copy gives it.
    assert text["es"].passage("art-29.3").text.startswith("3. Estos derechos y libertades")
    # The XML copy lost the negation ("may in no case") in Arabic; the .docx has it.
    assert "لا يصح بحال" in text["ar"].passage("art-29.3").text
    assert "العلاقات الودية بين الدول" in text["ar"].passage("pp-4").text


def test_udhr_chinese_has_the_uns_punctuation_and_no_extraction_spaces(library: Library) -> None:
    zh = library.version("udhr", "zh")
    assert zh.title == "世界人权宣言"
    art19 = zh.passage("art-19").text
    assert art19.startswith("人人有权享有主张和发表意见的自由；此项权利包括")
    for p in zh.passages:
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", p.text), p.id
        assert "," not in p.text, p.id  # the full-width '，' of the UN text, never ASCII
    shown = [m.text for p in zh.passages for m in p.before] + [p.text for p in zh.passages]
    assert not any("世界人權宣言" in line for line in shown)  # the .docx's Traditional title


def test_udhr_citation_titles_are_the_official_titles(library: Library) -> None:
    from desktop.citations import citation

    cites = {lang: citation(library.version("udhr", lang), "art-19") for lang in LANGS}
    assert cites["en"] == (
        "Universal Declaration of Human Rights (General Assembly resolution 217 A (III)), art. 19"
    )
    assert cites["fr"].startswith("Déclaration universelle des droits de l'homme (résolution")
    assert cites["es"].startswith("Declaración Universal de Derechos Humanos (resolución")
    # The resolution's number as the Russian text writes it, with the Cyrillic А.
    assert cites["ru"] == ("Всеобщая декларация прав человека (резолюция 217 \u0410 (III) "
                           "Генеральной Ассамблеи), ст. 19")
    assert cites["zh"] == "《世界人权宣言》（大会第217A(III)号决议），第19条"
    assert cites["ar"].startswith("الإعلان العالمي لحقوق الإنسان") and "المادة 19" in cites["ar"]
    # Numbered paragraphs are cited by their number in every language, whatever the
    # numbering style of the text: "(2)" (en), "2." (fr), "㈡" (zh), "( 2 )" (ar).
    assert citation(library.version("udhr", "en"), "art-29.2").endswith("art. 29(2)")
    assert citation(library.version("udhr", "fr"), "art-29.2").endswith("art. 29(2)")
    assert citation(library.version("udhr", "zh"), "art-29.2").endswith("第29条第2款")
    assert citation(library.version("udhr", "ar"), "art-29.2").endswith("المادة 29(2)")
    # A roman sub-item is cited under its paragraph's number, as the text prints it.
    assert citation(library.version("iccpr", "en"), "art-8.3.c.iii") == (
        "International Covenant on Civil and Political Rights, art. 8(3)(c)(iii)"
    )


def test_udhr_provenance_lists_every_decided_difference(library: Library) -> None:
    for (lang, section, xml_words, docx_words), _ in udhr_sources.DECISIONS.items():
        cleaning = library.version("udhr", lang).header["cleaning"]
        assert f"{section}: XML " in cleaning
        for words in (xml_words, docx_words):
            if words:
                assert words in cleaning, (lang, section, words)
    assert "The two copies agree on every word" in library.version("udhr", "ru").header[
        "cleaning"]
    assert "Traditional" in library.version("udhr", "zh").header["cleaning"]


@needs_sources
def test_readme_lists_the_same_differences_as_the_tool() -> None:
    readme = (CONTENT / "README.md").read_text(encoding="utf-8")
    assert udhr_sources.report(SOURCES, CONTENT_VERSION) in readme


@needs_sources
def test_import_tool_reproduces_the_content_files(tmp_path: Path) -> None:
    """Re-runnable: importing again writes exactly the files that are committed."""
    assert main([str(SOURCES), str(tmp_path)]) == 0
    for rel in [f"udhr/{lang}.txt" for lang in LANGS] + ["iccpr/en.txt"]:
        assert (tmp_path / rel).read_bytes() == (CONTENT / rel).read_bytes(), rel


@needs_sources
def test_an_undecided_difference_stops_the_import(monkeypatch: pytest.MonkeyPatch) -> None:
    decisions = dict(udhr_sources.DECISIONS)
    del decisions[("en", "art-3", "the", "")]
    monkeypatch.setattr(udhr_sources, "DECISIONS", decisions)
    with pytest.raises(SystemExit, match=r"en art-3: XML 'the' / docx ''"):
        udhr_sources.build(SOURCES, "en", CONTENT_VERSION)


def test_iccpr_is_english_only_with_paragraph_and_item_ids(library: Library) -> None:
    doc = library.document("iccpr")
    assert doc.languages == ["en"]
    en = doc.version("en")
    assert en.status == "official"
    ids = en.ids()
    assert ids[:5] == [f"pp-{n}" for n in range(1, 6)]
    articles = sorted({int(m.group(1)) for i in ids if (m := re.match(r"art-(\d+)", i))})
    assert articles == list(range(1, 54))
    assert {"art-7", "art-14.3.d", "art-8.3.c.iii", "art-41.1.h.ii", "art-52", "art-52.a",
            "art-21", "art-19.2", "art-22.1"} <= set(ids)
    assert en.passage("art-14.3.d").text.startswith("(d) To be tried in his presence")
    assert en.passage("art-21").text.startswith("The right of peaceful assembly")
    assert "'sub-paragraph'" in en.header["cleaning"] and "semicolons" in en.header["cleaning"]
    assert "'then' -> 'than'" in en.header["cleaning"]


@needs_sources
def test_iccpr_is_verbatim() -> None:
    """Every source line is one passage or marker, but the preamble split at its clauses."""
    version = Library.load(CONTENT).version("iccpr", "en")
    ours: list[str] = []
    for p in version.passages:
        ours.extend(m.text for m in p.before)
        ours.extend(p.paragraphs)
    ours.extend(m.text for m in version.closing)
    source = [ln for ln in (SOURCES / "iccpr" / "en.txt").read_text("utf-8").split("\n") if ln]
    preamble = " ".join(ours[1:8])  # "The States Parties ...," pp-1..pp-5, "Agree upon ..."
    assert [ours[0], preamble, *ours[8:]] == source


def test_show_cli_prints_the_official_chinese_udhr() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "show", "udhr:art-19", "--lang", "zh", "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, check=True,
    ).stdout
    assert '"status": "official"' in out and "人人有权享有主张和发表意见的自由" in out
