"""The lines the `search` and `index` verbs print, in each language (desktop.verbs.lines)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop import language_data
from desktop.errors import UserError
from desktop.language_data import COMMAND_KEYS, LanguageDataError
from desktop.languages import LANGUAGES
from desktop.search.query import MAX_CHARS, MAX_TERMS, PROBLEMS
from desktop.search.searcher import SearchResults
from desktop.verbs.lines import line
from desktop.verbs.search import _human
from desktop.worded import Worded, worded

SHIPPED = Path(__file__).resolve().parents[1] / "resources" / "languages"


def test_every_language_words_every_line() -> None:
    english = language_data.data("en")
    assert english is not None and set(english.commands) == set(COMMAND_KEYS)
    for code in LANGUAGES:
        found = language_data.data(code)
        assert found is not None and set(found.commands) == set(COMMAND_KEYS), code
        if code != "en":
            # Translated, not copied (a list separator, and "<reason>: <file>", may be
            # the same).
            same = [k for k in COMMAND_KEYS if found.commands[k] == english.commands[k]]
            assert set(same) <= {"list_sep", "os_error", "data_dir_inside"}, (code, same)
    # The English problem lines are the searcher's own sentences.
    for problem, sentence in PROBLEMS.items():
        assert line(None, "search_" + problem.replace("-", "_"), words=MAX_TERMS,
                    chars=MAX_CHARS) == sentence, problem


def test_lines_are_filled_in_the_language_asked() -> None:
    assert line("fr", "search_hits", n=3, ms="4.1") == "3 résultat(s) en 4.1 ms"
    assert line("ru", "index_count", source="S", n=168) == "S (записей: 168)"
    assert line(None, "search_hits", n=3, ms="4.1") == "3 hit(s) in 4.1 ms"
    out = _human(SearchResults("defendrs", [], "defenders", 1.0), False, None, "zh")
    assert out == "没有与 'defendrs' 匹配的段落\n您是不是要找：defenders\n"
    out = _human(SearchResults("defendrs", [], "defenders", 1.0), False, None, "ar")
    assert out == "لا يطابق أي مقطع 'defendrs'\nهل تقصد: defenders\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "languages"
    shutil.copytree(SHIPPED, copy)
    return copy


def _edit_fr(folder: Path, change: dict[str, str | None]) -> None:
    path = folder / "commands" / "fr.json"
    data = json.loads(path.read_text("utf-8"))
    for key, value in change.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_a_line_a_language_lacks_prints_in_english(folder: Path) -> None:
    _edit_fr(folder, {"search_hits": None})
    with language_data.folder_used(folder):
        assert line("fr", "search_hits", n=2, ms="1.0") == "2 hit(s) in 1.0 ms"
        assert line("fr", "search_suggest", suggestion="x") == "vouliez-vous dire : x"


def test_a_line_with_other_placeholders_is_refused_naming_the_key(folder: Path) -> None:
    _edit_fr(folder, {"search_none": "aucun passage ne correspond à {requete}"})
    with language_data.folder_used(folder), pytest.raises(LanguageDataError) as error:
        line("fr", "search_none", query="x")
    assert str(error.value).endswith("commands/fr.json: commands.search_none: must take {query}, "
                                     "not 'aucun passage ne correspond à {requete}'")


def test_check_languages_names_the_lines_left_in_english(folder: Path) -> None:
    from desktop.tools.check_languages import missing

    _edit_fr(folder, {"search_hits": None, "index_count": None})
    said = [s for s in missing(language_files=folder) if "command-line" in s]
    assert said == [f"fr: 2 command-line lines print in English ({folder}/commands/fr.json: "
                    "index_count, search_hits)"]


def test_a_wrong_line_does_not_stop_the_reader_citing_in_that_language(folder: Path) -> None:
    """The `commands` table is checked when a verb first prints from it, not when the file
    is read for the reader's first page: French is still cited, and the verb that needs the
    line is told which key is wrong."""
    from desktop.language_data import table

    _edit_fr(folder, {"search_none": "aucun passage ne correspond à {requete}"})
    with language_data.folder_used(folder):
        assert "{n}" in table("fr", "citations")["art"]
        with pytest.raises(LanguageDataError, match=r"commands\.search_none"):
            line("fr", "search_none", query="x")


#: References a person may type that name nothing, one for each way of being wrong.
BAD_REFERENCES = [
    "art 99", "art 0", "art 12 and 13", "para", "art 12(2)(a)(ii)(x)", "xyz 12",
    "art 12 art 13", "UDHR declaration 5", "art 12..art 99", "", "declaration:art-99",
    "second art 3", "ICCPR part 3 art 5",
]


@pytest.mark.parametrize("typed", BAD_REFERENCES)
def test_a_reference_that_names_nothing_is_said_in_every_language(typed: str) -> None:
    from desktop.library import Library
    from desktop.references import canonical
    from desktop.verbs.lines import said

    library = Library.load(lenient=True)
    with pytest.raises(UserError) as caught:
        canonical(typed, library)
    error = caught.value
    # Every such error is worded: English as before, from the English table.
    assert error.key is not None, str(error)
    assert said(error, None) == said(error, "en") == str(error)
    lines = {code: said(error, code) for code in LANGUAGES}
    assert len(set(lines.values())) == len(LANGUAGES), lines  # each its own
    for code, text in lines.items():
        if "text" in error.values:  # what was typed, as typed
            assert str(error.values["text"]) in text, (code, text)
        assert "{" not in text, (code, text)


def test_a_worded_part_is_said_in_the_language_of_its_line() -> None:
    from desktop.references import BadReference
    from desktop.verbs.lines import said

    error = worded(BadReference, "ref_two_numbers", text="'x'", kind=Worded("kind_art"))
    assert str(error) == "'x' names two numbers for an article"
    assert said(error, "ru") == "в 'x' два номера для статьи"
    assert said(error, "zh") == "'x' 为同一条给出了两个编号"
    assert said(error, "ar") == "'x' يذكر رقمين لـمادة"


def test_a_refused_portable_data_folder_is_worded_as_desktop_paths_words_it() -> None:
    from desktop.paths import DataDirError
    from desktop.verbs.lines import data_dir_error, said

    error = DataDirError(
        "the portable data folder /p: /p/f is a file, not a folder; user data (bookmarks, "
        "settings) needs a folder there (one that does not exist yet is made)",
        Path("/p/f"), ("data_dir_portable", "/p"), inside=True)
    assert said(data_dir_error(error), None) == str(error)
    assert said(data_dir_error(error), "es").startswith(
        "la carpeta de datos portátil /p: /p/f es un archivo, no una carpeta")
