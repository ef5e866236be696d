"""`rights-at-hand index [TERM] [--lang L] [--json]` (issue 14)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli_helpers import run_cli


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("index-data")


def test_the_list_is_a_to_z_and_says_whose_work_it_is(data_dir: Path) -> None:
    proc = run_cli("index", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "the project's own work, not UN text" in lines[0]
    headings = [line.strip().rsplit("  [", 1)[0] for line in lines if line.startswith("  ")]
    assert len(headings) >= 150
    assert headings == sorted(headings, key=str.casefold)
    assert "Protest" in headings and "Torture" in headings


def test_json_list_in_russian_and_arabic(data_dir: Path) -> None:
    for lang, heading in (("ru", "Протест"), ("ar", "احتجاج")):
        proc = run_cli("index", "--lang", lang, "--json", data_dir=data_dir)
        assert proc.returncode == 0, proc.stderr
        obj = json.loads(proc.stdout)
        # Whose work it is, said in the language asked for (the field names stay).
        assert obj["lang"] == lang and obj["source"] == {
            "ru": "Предметный указатель Rights at Hand: составлен проектом, это не текст ООН",
            "ar": "الفهرس الموضوعي من Rights at Hand: من عمل المشروع، وليس نصاً من نصوص "
                  "الأمم المتحدة"}[lang]
        entry = next(e for e in obj["entries"] if e["id"] == "protest")
        assert entry["heading"] == heading and entry["terms"][0] == heading
        assert set(entry) == {"id", "heading", "group", "terms"}


def test_a_term_gives_its_passages_in_the_language(data_dir: Path) -> None:
    proc = run_cli("index", "manifestation", "--lang", "fr", "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    protest = next(o for o in objs if o["id"] == "protest")
    assert protest["heading"] == "Manifestation" and protest["lang"] == "fr"
    first = protest["passages"][0]
    assert (first["doc"], first["passage"], first["lang"]) == ("declaration", "art-5.a", "fr")
    assert first["text"].startswith("a) De se réunir")
    assert "art. 5(a)" in first["citation"]
    # The Covenant is in English only: its passage comes in English.
    assert any(p["doc"] == "iccpr" and p["lang"] == "en" for p in protest["passages"])
    assert any(p["doc"] == "udhr" and p["lang"] == "fr" for p in protest["passages"])


def test_a_word_people_type_finds_its_entry(data_dir: Path) -> None:
    proc = run_cli("index", "пытки", "--lang", "ru", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Пытки  [torture]")
    assert "udhr:art-5]" in proc.stdout
    proc = run_cli("index", "arrested", data_dir=data_dir)
    assert proc.returncode == 0 and "[arrest]" in proc.stdout.splitlines()[0]


@pytest.mark.parametrize("term", ["qqzzx", "!!!", "\u200f", "the"])
def test_an_unknown_term_is_one_clear_line_and_exit_2(data_dir: Path, term: str) -> None:
    proc = run_cli("index", term, data_dir=data_dir)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "in the subject index" in proc.stderr


def test_an_unknown_language_is_refused(data_dir: Path) -> None:
    proc = run_cli("index", "--lang", "xx", data_dir=data_dir)
    assert proc.returncode == 2 and "unknown language" in proc.stderr


def test_verify_names_a_concept_pointing_nowhere_or_missing_a_language(tmp_path: Path) -> None:
    import shutil

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[1] / "content", content)
    target = content / "subject-index" / "violence-safety.idx"
    text = target.read_text("utf-8")
    text = text.replace("passages: udhr:art-5, iccpr:art-7,",
                        "passages: udhr:art-99, iccpr:art-7,", 1)
    text = text.replace("\nar: التعذيب;", "\n% ar line removed: التعذيب;", 1)
    target.write_text(text, "utf-8")
    proc = run_cli("verify", data_dir=tmp_path / "data",
                   env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "subject-index/violence-safety.idx" in proc.stderr  # changed against the manifest
    assert "concept [torture] points at udhr:art-99, which does not exist" in proc.stderr
    assert "concept [torture] has no terms in ar" in proc.stderr
    # A reading verb warns that the project's index changed, without sending anyone to a
    # UN document for it.
    proc = run_cli("index", "torture", data_dir=tmp_path / "data",
                   env={"RIGHTS_AT_HAND_CONTENT_DIR": str(content)})
    warning = next(line for line in proc.stderr.splitlines() if "violence-safety.idx" in line)
    assert "differs from the text shipped" in warning and "UN document" not in warning


def test_the_list_and_an_entry_say_whose_work_it_is_in_the_language_asked(
        data_dir: Path) -> None:
    # It said "Rights at Hand subject index: the project's own work, not UN text (168
    # entries)" in every language.
    proc = run_cli("index", "--lang", "zh", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert re.fullmatch(r"Rights at Hand 主题索引：本项目编写，不是联合国文本（共 \d+ 个条目）",
                        first), first
    proc = run_cli("index", "пытки", "--lang", "ru", data_dir=data_dir)
    assert proc.stdout.splitlines()[0] == (
        "Пытки  [torture]  (Предметный указатель Rights at Hand: составлен проектом, это не "
        "текст ООН)")
    proc = run_cli("index", "--lang", "es", "--json", data_dir=data_dir)
    assert json.loads(proc.stdout)["source"].startswith("Índice temático de Rights at Hand")


@pytest.mark.parametrize(("term", "lang", "said"), [
    # A typo: the entries it is near, by edit distance, not by its first letters.
    ("terorism", "fr", "aucune entrée 'terorism' dans l’index thématique ; les plus proches : "
                       "Lutte antiterroriste"),
    # A word of another language than the one asked: its entries named in the one asked.
    ("пыьки", "en", "no entry 'пыьки' in the subject index; the nearest: Torture"),
    ("酷行", "zh", "主题索引中没有条目 '酷行'；最接近的条目："),
    ("qqzzx", "ru", "в предметном указателе нет записи 'qqzzx'; `rights-at-hand index` "
                    "выводит их все"),
])
def test_an_unknown_term_names_the_nearest_entries_in_the_language_asked(
        data_dir: Path, term: str, lang: str, said: str) -> None:
    proc = run_cli("index", term, "--lang", lang, data_dir=data_dir)
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith(f"rights-at-hand: {said}"), proc.stderr
    if lang == "zh":
        # Torture first, the heading one character away: 酷儿 (a term of LGBTI defenders)
        # and 游行 (of Protest) are as near, and came first in A-Z: 性少数群体、抗议、酷刑.
        assert proc.stderr.split("：", 1)[1].startswith("酷刑、"), proc.stderr


def test_a_phrase_naming_part_of_an_entry_names_it(data_dir: Path) -> None:
    # "arrest warrant": "arrest" is an entry's word, "warrant" is none: the entries sharing
    # its words come first.
    proc = run_cli("index", "arrest warrant", data_dir=data_dir)
    assert proc.returncode == 2
    assert proc.stderr.startswith("rights-at-hand: no entry 'arrest warrant' in the subject "
                                  "index; the nearest: Arrest, ")


def test_a_word_made_from_an_entry_finds_it(data_dir: Path) -> None:
    proc = run_cli("index", "контртеррористический", "--lang", "ru", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Борьба с терроризмом  [counter-terrorism]")
