"""Issue 18, point 2: the languages are declared once (desktop.languages.REGISTRY)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import PySide6

from desktop import languages
from desktop.tools.check_languages import iss_languages, missing, write_iss

ROOT = Path(__file__).resolve().parent.parent
QT_TRANSLATIONS = Path(PySide6.__file__).parent / "Qt" / "translations"


def test_the_declared_languages_lack_nothing() -> None:
    assert languages.LANGUAGES == ("en", "fr", "es", "ru", "zh", "ar")
    assert missing(ROOT, qt_translations=QT_TRANSLATIONS) == []


def test_the_installer_languages_are_written_from_the_registry(tmp_path: Path) -> None:
    iss = ROOT / "packaging" / "windows" / "rights-at-hand.iss"
    section = iss_languages()
    assert section in iss.read_text(encoding="utf-8")
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"\n#if' in section
    assert section.count("#if FileExists") == 5
    # A section that drifted from the registry is rewritten, the rest of the file kept.
    copy = tmp_path / "copy.iss"
    drifted = iss.read_text(encoding="utf-8").replace('Name: "ru"', 'Name: "ru-old"')
    copy.write_text(drifted, encoding="utf-8")
    assert write_iss(copy)
    assert copy.read_text(encoding="utf-8") == iss.read_text(encoding="utf-8")
    assert not write_iss(copy)


#: Runs in a fresh interpreter: the registry gets a seventh, made-up language before any
#: module of the app is imported, as if it had been added to desktop/languages.py.
TRY_A_LANGUAGE = """
import json, sys
from pathlib import Path
from desktop import languages as L

L.use_registry((*L.REGISTRY, L.Language("xx", "Xxish", "latin", "latin", "snowball")))
sys.path.insert(0, str(Path.cwd() / "packaging"))
qt, without, with_file, broken = map(Path, sys.argv[1:])

import bundle_rules, icu_trim
from desktop import settings
from desktop.printing import fonts
from desktop.search import analysis
from desktop.tools.check_languages import iss_languages, missing
from desktop.ui import i18n

print(json.dumps({
    "settings": {n: settings.SETTINGS[n].choices for n in
                 ("ui_language", "reading_language", "parallel_language", "search_language")},
    "cli": L.check_language("XX"),
    "direction": L.is_rtl("xx"),
    "script": analysis._NATIVE_SCRIPT["xx"],
    "latin_stopwords_from": analysis._SCRIPT_LANGUAGES["latin"],
    "index_fields": sorted(f for f in analysis.make_schema().names() if f.endswith("_xx")),
    "fonts": [fonts.scripts_for("xx"), fonts.scripts_for("xx", for_print=True)],
    "interface": list(i18n.LANGUAGES),
    "qt_name": L.qt_name("xx"),
    "qt_translations": list(bundle_rules.LANGUAGES),
    "icu": sorted(icu_trim.KEEP_LANGUAGES),
    "installer_unchanged": iss_languages() == iss_languages(L.REGISTRY[:6]),
    "missing": missing(Path.cwd(), qt_translations=qt, language_files=without),
    "missing_with_file": missing(Path.cwd(), qt_translations=qt, language_files=with_file),
    "missing_broken": missing(Path.cwd(), qt_translations=qt, language_files=broken),
}))
"""

#: The same seventh language read through its file, in a fresh interpreter: what the app
#: cites, prints and reads back once resources/languages/xx.json is there.
USE_A_LANGUAGE = """
import copy, json, sys
from pathlib import Path
from desktop import language_data, languages as L

L.use_registry((*L.REGISTRY, L.Language("xx", "Xxish", "latin", "latin", "snowball")))
language_data.use_folder(Path(sys.argv[1]))

from desktop.citations import citation, pinpoint
from desktop.library import Library
from desktop.printing.labels import label
from desktop.references import BadReference, canonical, parse

library = Library.load(Path.cwd() / "content")
english = library.document("declaration").versions["en"]
xx = copy.copy(english)
xx.lang = "xx"
line = citation(xx, "art-12.2")
try:
    parse("artix 12 ix 13")
    both = "read"
except BadReference as exc:
    both = str(exc)
print(json.dumps({
    "citation": line,
    "pinpoints": [pinpoint(xx, pid) for pid in ("art-9.3.c", "pp-3", "res-op-7")],
    "read_back": canonical(line, library),
    "typed": [parse(text).pid
              for text in ("artix 12, parix 2", "prembix 3", "duix parix artix 11")],
    "both": both,
    "label": label("xx", "page", n="1", total="3"),
    "name": L.language_name("fr", "xx"),
    "named": L.language_name("xx", "en"),
}))
"""

BROKEN_LANGUAGE = """
import copy, json, sys
from pathlib import Path
from desktop import language_data, languages as L

L.use_registry((*L.REGISTRY, L.Language("xx", "Xxish", "latin", "latin", "snowball")))
language_data.use_folder(Path(sys.argv[1]))

from desktop.citations import pinpoint
from desktop.library import Library

english = Library.load(Path.cwd() / "content").document("declaration").versions["en"]
xx = copy.copy(english)
xx.lang = "xx"
try:
    pinpoint(xx, "art-5")
    error = ""
except language_data.LanguageDataError as exc:
    error = str(exc)
print(json.dumps({"error": error, "english": pinpoint(english, "art-5")}))
"""

XX = {
    "names": {"en": "Englix", "fr": "Frenchix", "es": "Spanix", "ru": "Russix",
              "zh": "Chinix", "ar": "Arabix", "xx": "Xxish"},
    "citations": {"art": "artix {n}", "para": "parix {n}", "pp": "prembix {n}",
                  "fn": "notix {n}", "unnumbered": "{ordinal} parix",
                  "ordinals": "unix|duix|trix", "unofficial": "unofficix by Rights at Hand",
                  "guidance": "guidix of Rights at Hand", "section": "sectix {s}",
                  "sep": ", ", "part": "partix {n}", "part_numerals": "I|II|III"},
    "references": {"keywords": {"ART": ["artix"], "PARA": ["parix"], "PP": ["prembix"],
                                "FN": ["notix"]},
                   "ordinals": ["unix", "duix", "trix"], "conjunctions": ["ix"]},
}


def _language_folders(tmp: Path) -> tuple[Path, Path, Path]:
    """Three copies of resources/languages: without xx.json; with it (and the others
    naming xx); with an xx.json that lacks the word for "art."."""
    shipped = ROOT / "resources" / "languages"
    english = json.loads((shipped / "en.json").read_text(encoding="utf-8"))
    # The shipped files keep their `commands` beside them (commands/<code>.json); a file
    # may hold its own, as xx.json does here.
    english["commands"] = json.loads((shipped / "commands" / "en.json").read_text("utf-8"))
    xx = {**XX, **{table: {key: f"Xx {value}" for key, value in english[table].items()}
                   for table in ("printing", "commands")}}
    folders = []
    for name in ("without", "with", "broken"):
        folder = tmp / name
        folder.mkdir()
        for path in shipped.glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            if name != "without":
                data["names"]["xx"] = "Xxish"
            (folder / path.name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        shutil.copytree(shipped / "commands", folder / "commands")
        folders.append(folder)
    (folders[1] / "xx.json").write_text(json.dumps(xx), encoding="utf-8")
    lacking = {**xx, "citations": {k: v for k, v in xx["citations"].items() if k != "art"}}
    (folders[2] / "xx.json").write_text(json.dumps(lacking), encoding="utf-8")
    return folders[0], folders[1], folders[2]


def _run(script: str, *args: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", script, *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    seen: dict[str, object] = json.loads(done.stdout)
    return seen


def test_a_seventh_language_is_picked_up_or_its_missing_data_named(tmp_path: Path) -> None:
    without, with_file, broken = _language_folders(tmp_path)
    seen: Any = _run(TRY_A_LANGUAGE, QT_TRANSLATIONS, without, with_file, broken)
    six = ["en", "fr", "es", "ru", "zh", "ar"]
    assert all(choices == ["", *six, "xx"] for choices in seen["settings"].values())
    assert seen["cli"] == "xx" and seen["direction"] is False
    assert seen["script"] == "latin"
    assert seen["latin_stopwords_from"] == ["en", "fr", "es", "xx"]
    assert seen["index_fields"] == ["r_xx", "s_xx"]
    assert seen["fonts"] == [["latin", "arabic", "cjk"], ["latin", "arabic", "cjk"]]
    assert seen["interface"] == [*six, "xx"]
    assert seen["qt_name"] == "xx"
    assert seen["qt_translations"] == ["en", "fr", "es", "ru", "zh_CN", "ar", "xx"]
    assert seen["icu"] == sorted([*six, "xx"])
    assert seen["installer_unchanged"] is True  # no installer translation declared
    # What the made-up language still needs, and nothing about the six.
    from desktop import subject_index
    from desktop.related import load_related

    concepts = len(subject_index.load(ROOT / "content").concepts)
    groups = len(load_related(ROOT / "content"))
    assert concepts > 100 and groups > 10
    data_files = [
        "xx: no interface translation resources/translations/rights_at_hand_xx.ts",
        "xx: no terminology table content/terminology/xx.tsv",
        "xx: no text in it (content/<document>/xx.txt)",
        f"xx: {concepts} of {concepts} subject index concepts have no 'xx:' line "
        "(content/subject-index/*.idx)",
        f"xx: {groups} of {groups} related-provision groups have no 'xx:' line "
        "(content/related.txt)",
        "xx: whoosh has no Snowball stemmer for it (analyzer 'snowball')",
        "xx: whoosh has no stopword list for it (analyzer 'snowball')",
        "xx: Qt has no qtbase_xx.qm (its print and file dialogs stay in English)",
    ]
    assert seen["missing"] == [
        f"xx: no language file {without}/xx.json (names of languages, citation and printout "
        "words, reference words)",
        "xx: not named in the names of en, fr, es, ru, zh, ar (resources/languages/<code>.json)",
        *data_files,
    ]
    # With its file, nothing is said of its words; only the other data is still missing.
    assert seen["missing_with_file"] == data_files
    # A file that lacks a word is named with the key, not half read.
    assert seen["missing_broken"] == [f"xx: {broken}/xx.json: citations.art: missing",
                                      *data_files]


def test_a_seventh_language_is_cited_printed_and_read_from_its_file(tmp_path: Path) -> None:
    _without, with_file, broken = _language_folders(tmp_path)
    seen = _run(USE_A_LANGUAGE, with_file)
    title = "Declaration on Human Rights Defenders (A/RES/53/144, annex)"
    assert seen == {
        "citation": f"{title}, artix 12(2)",
        "pinpoints": ["artix 9(3)(c)", "prembix 3", "parix 7"],
        # What the app prints in xx reads back to the passage, as typed words do.
        "read_back": "declaration:art-12.2",
        "typed": ["art-12.2", "pp-3", "art-11.2"],
        "both": "'artix 12 ix 13' names more than one passage; give one, or a range written "
                "like art 12-13",
        "label": "Xx Page 1 of 3",
        "name": "Frenchix",
        "named": "Xxish",  # the English file names it too
    }
    # A file that lacks a word stops the citation with the file and key, not a KeyError.
    broke = _run(BROKEN_LANGUAGE, broken)
    assert broke == {"error": f"{broken}/xx.json: citations.art: missing", "english": "art. 5"}


def test_no_other_module_lists_the_languages() -> None:
    """Two language codes side by side ("en", "fr") are a list of languages: only the
    registry holds one (the tools that fetch the UN's own sources name the languages those
    come in)."""
    import re

    listing = re.compile(r"""(["'])(en|fr|es|ru|zh|ar)\1\s*,\s*(["'])(en|fr|es|ru|zh|ar)\3""")
    files = [*(ROOT / "desktop").rglob("*.py"), *(ROOT / "packaging").glob("*.py"),
             *(ROOT / "packaging").glob("*.spec")]
    found = [f"{path.relative_to(ROOT)}:{n}"
             for path in files if path.name != "languages.py" and "tools" not in path.parts
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if listing.search(line)]
    assert found == []
    assert listing.search('LANGUAGES = ("en", "fr", "es")')  # what it looks for


def test_a_wrong_language_file_is_named_with_its_key(tmp_path: Path) -> None:
    from desktop import language_data
    from desktop.language_data import LanguageDataError, read

    english = json.loads((ROOT / "resources" / "languages" / "en.json").read_text("utf-8"))

    def problem(change: dict[str, object], name: str = "xx.json") -> str:
        path = tmp_path / name
        path.write_text(json.dumps({**english, **change}), encoding="utf-8")
        try:
            read(path, "xx").check_references()
        except LanguageDataError as exc:
            return str(exc).replace(str(tmp_path), "…")
        return ""

    assert problem({}) == ""  # English as it ships
    assert problem({"citations": {**english["citations"], "art": "art."}}) == (
        "…/xx.json: citations.art: must take {n}, not 'art.'")
    assert problem({"printing": {**english["printing"], "page": 3}}) == (
        "…/xx.json: printing.page: must be text")
    assert problem({"references": {"keywords": {"ART": ["art(icle"]}}}).startswith(
        "…/xx.json: references.keywords.ART: 'art(icle' is not a regular expression")
    assert problem({"references": {"keywords": {"CHAPTER": ["chapter"]}}}) == (
        "…/xx.json: references.keywords.CHAPTER: unknown kind (one of GA, RES, ANNEX, OP, "
        "PP, FN, ART, ITEM, PARA, PART)")
    (tmp_path / "yy.json").write_text('{"names": {,}', encoding="utf-8")
    try:
        read(tmp_path / "yy.json", "yy")
    except LanguageDataError as exc:
        assert str(exc).startswith(f"{tmp_path}/yy.json: line 1: not JSON")
    else:
        raise AssertionError("a file that is not JSON was read")
    assert language_data.folder() == ROOT / "resources" / "languages"
