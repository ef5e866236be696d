"""Issue 18, point 2: the languages are declared once (desktop.languages.REGISTRY)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    "missing": missing(Path.cwd(), qt_translations=Path(sys.argv[1])),
}))
"""


def test_a_seventh_language_is_picked_up_or_its_missing_data_named() -> None:
    done = subprocess.run([sys.executable, "-c", TRY_A_LANGUAGE, str(QT_TRANSLATIONS)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
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
    assert seen["missing"] == [
        "xx: no names of the languages in xx (languages.NAMES_IN['xx'])",
        "xx: not named in languages.NAMES_IN of en, fr, es, ru, zh, ar",
        "xx: no labels in citations.LABELS",
        "xx: no labels in printing.labels.LABELS",
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
