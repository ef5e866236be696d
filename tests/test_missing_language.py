"""A document with no text in the language asked for (the Covenant, English only): its
English text everywhere, with a plain notice, never a text called official in that language."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from desktop.languages import UnknownLanguage
from desktop.library import Library
from desktop.missing_language import never_included, notice, version_for
from desktop.printing.printout import Part, build, clipboard_text
from tests.cli_helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
FRENCH = "Aucun texte officiel de cet instrument en français n’est inclus ; le texte en " \
    "anglais est affiché."


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(CONTENT, lenient=True)


def test_the_notice_in_each_language_names_both_languages() -> None:
    assert notice("fr", "en") == FRENCH
    assert notice("zh", "en") == "本文书未收录中文正式文本；显示的是英文文本。"
    assert notice("ar", "en").startswith("لا يتضمن التطبيق نصًا رسميًا")
    assert "باللغة العربية" in notice("ar", "en") and "الإنكليزية" in notice("ar", "en")
    assert notice("ru", "en") == ("Официальный русский текст этого документа не включён; "
                                  "показан английский текст.")
    assert notice("es", "en", in_lang="en") == (
        "No official Spanish text of this instrument is included; the English text is shown.")
    assert notice("en", "en") == ""
    # Each language's file words the notice (printing "not_included").
    from desktop.printing.labels import LABELS

    worded = {code for code, words in LABELS.items() if "{language}" in words["not_included"]}
    assert worded == {"en", "fr", "es", "ru", "zh", "ar"}


def test_version_for_gives_the_english_covenant_with_the_notice(library: Library) -> None:
    version, said = version_for(library, "iccpr", "fr")
    assert (version.lang, version.status, said) == ("en", "official", FRENCH)
    version, said = version_for(library, "udhr", "fr")
    assert (version.lang, said) == ("fr", "")
    assert never_included(library, "iccpr", "ar") and not never_included(library, "udhr", "ar")


def test_a_damaged_text_is_not_called_never_included(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "udhr" / "fr.txt").write_bytes(b"\xff\xfe not text")
    library = Library.load(content, lenient=True)
    assert not never_included(library, "udhr", "fr")
    with pytest.raises(UnknownLanguage, match="not available in fr"):
        version_for(library, "udhr", "fr")


def test_show_prints_the_english_covenant_with_the_notice_first() -> None:
    plain = run_cli("show", "iccpr:art-21", "--lang", "fr")
    assert plain.returncode == 0, plain.stderr
    lines = plain.stdout.splitlines()
    assert lines[0] == f"[{FRENCH}]"
    assert lines[2].startswith("The right of peaceful assembly shall be recognized.")
    assert lines[-1] == "— International Covenant on Civil and Political Rights, art. 21"
    data = json.loads(run_cli("show", "iccpr:art-14.3.d", "--lang", "zh", "--json").stdout)
    assert data["lang"] == "en" and data["status"] == "official"
    assert data["text"].startswith("(d) To be tried in his presence")
    assert data["notice"] == "本文书未收录中文正式文本；显示的是英文文本。"
    data = json.loads(run_cli("show", "udhr:art-19", "--lang", "zh", "--json").stdout)
    assert "notice" not in data and data["lang"] == "zh"


def test_search_in_french_finds_the_english_covenant_and_says_so() -> None:
    out = run_cli("search", "peaceful assembly", "--lang", "fr", "--json")
    hits = json.loads(out.stdout)["hits"]
    covenant = [h for h in hits if h["doc"] == "iccpr"]
    assert covenant and covenant[0]["passage"] == "art-21" and covenant[0]["lang"] == "en"
    assert all(h["notice"] == FRENCH for h in covenant)
    assert all("notice" not in h for h in hits if h["doc"] != "iccpr")
    english = json.loads(run_cli("search", "peaceful assembly", "--lang", "en", "--json").stdout)
    assert english["hits"] and all("notice" not in h for h in english["hits"])


def test_printout_and_copy_carry_the_notice(library: Library) -> None:
    printout = build(library, [Part("iccpr", ("art-21",))], "fr")
    assert FRENCH in printout.html
    assert "The right of peaceful assembly" in printout.html
    # Parallel French and Arabic: neither exists, the English text is printed once with
    # both notices.
    both = build(library, [Part("iccpr", ("art-21",))], "fr", parallel="ar")
    assert notice("ar", "en") in both.html and FRENCH in both.html
    assert both.html.count("The right of peaceful assembly") == 1
    version = library.version("iccpr", "en")
    copied = clipboard_text(version, ["art-21"], asked="fr")
    assert copied.startswith(f"[{FRENCH}]\n\nThe right of peaceful assembly")
    assert copied.endswith("International Covenant on Civil and Political Rights, art. 21")
    assert not clipboard_text(version, ["art-21"], asked="en").startswith("[")


def test_export_pdf_of_the_covenant_in_french_prints_the_notice(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "c.pdf"
    done = run_cli("export-pdf", "iccpr:art-21", "--lang", "fr", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(out).pages))
    flat = " ".join(text.split())
    assert unicodedata.normalize("NFKC", FRENCH) in flat
    assert "The right of peaceful assembly shall be recognized." in flat
