"""`rights-at-hand search` as a person or a script runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.search.query import PROBLEMS
from tests.cli_helpers import run_cli

HIT_FIELDS = {"doc", "passage", "lang", "score", "snippet", "citation"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli-data")


def test_json_has_exactly_the_design_fields(data_dir: Path) -> None:
    proc = run_cli("search", "se réunir pacifiquement", "--lang", "fr", "--json",
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert set(obj) == {"query", "hits", "ms"}
    assert obj["query"] == "se réunir pacifiquement"
    assert isinstance(obj["ms"], float) and obj["ms"] > 0
    # `via` only where the subject index or a guidance link led to the hit (issue 14).
    # `notice` on a hit in a document with no French text (the Covenant, in English).
    assert obj["hits"] and all(set(h) - {"via", "notice"} == HIT_FIELDS for h in obj["hits"])
    assert all(set(h.get("via", {})) <= {"index", "guidance"} for h in obj["hits"])
    assert any(h["doc"] == "declaration" and h["passage"].startswith("art-5")
               for h in obj["hits"][:3])
    assert all("\ue000" not in h["snippet"] and "\ue001" not in h["snippet"] for h in obj["hits"])
    assert all(h["lang"] == "fr" or (h["lang"] == "en" and h["notice"]) for h in obj["hits"])


def test_plain_output_and_limit(data_dir: Path) -> None:
    proc = run_cli("search", "reunirse pacificamente", "--limit", "2", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    assert "*pacíficamente*" in proc.stdout
    assert "art. 5" in proc.stdout
    assert proc.stdout.count("\n1. ") + proc.stdout.startswith("1. ") == 1
    assert "2 hit(s)" in proc.stdout


def test_batch_gives_one_line_per_query_in_order(data_dir: Path, tmp_path: Path) -> None:
    queries = ["defenders", "", '"freedom of expression', "AND", "人权", "liberte", "qqqzzz",
               "\u200f NOT"]
    batch = tmp_path / "queries.txt"
    batch.write_text("\n".join(queries) + "\n", "utf-8")
    proc = run_cli("search", "--batch", str(batch), "--json", "--limit", "3", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(queries)
    objs = [json.loads(line) for line in lines]
    assert [o["query"] for o in objs] == queries
    assert all(set(o) == {"query", "hits", "ms"} for o in objs)
    assert all(len(o["hits"]) <= 3 for o in objs)
    assert objs[0]["hits"] and not objs[1]["hits"] and not objs[6]["hits"]
    assert objs[2]["hits"]  # an unbalanced quote: searched as plain words
    assert objs[4]["hits"] and objs[5]["hits"]


def test_batch_from_stdin(data_dir: Path) -> None:
    import subprocess
    import sys

    from tests.cli_helpers import ROOT

    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "search", "--batch", "-",
         "--json"],
        input="defenders\nassociation\n", capture_output=True, text=True, cwd=ROOT,
        encoding="utf-8", timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["query"] for x in proc.stdout.splitlines()] == ["defenders",
                                                                         "association"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--lang", "xx"], "unknown language"),
        (["search", "x", "--doc", "nope"], "unknown document"),
        (["search"], "nothing to search for"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["search", "--batch", "/no/such/file"], "cannot read the batch file"),
        (["search", "x", "--batch", "-"], "not both"),
    ],
)
def test_bad_input_is_one_clear_line(data_dir: Path, args: list[str], message: str) -> None:
    proc = run_cli(*args, data_dir=data_dir)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_malformed_query_is_searched_as_plain_words(data_dir: Path) -> None:
    # Bad input in the sense of DESIGN.md (stderr message, non-zero exit), yet the hits of
    # the plain-words search are still printed.
    proc = run_cli("search", '"freedom of expression', "--json", data_dir=data_dir)
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["hits"]
    assert proc.stderr.splitlines() == [f"rights-at-hand: {PROBLEMS['malformed']}"]
    assert "searched as plain words" in proc.stderr


def test_malformed_lines_in_a_batch_do_not_fail_the_batch(data_dir: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text('"unbalanced\nAND\nfreedom\n', encoding="utf-8")
    proc = run_cli("search", "--batch", str(batch), "--json", data_dir=data_dir)
    assert proc.returncode == 0
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [obj["query"] for obj in lines] == ['"unbalanced', "AND", "freedom"]
    # Each malformed line is said on stderr by its number; the batch goes on, exit 0.
    assert proc.stderr.splitlines() == [f"rights-at-hand: line 1: {PROBLEMS['malformed']}",
                                        f"rights-at-hand: line 2: {PROBLEMS['malformed']}"]


def test_no_hits_suggests(data_dir: Path) -> None:
    proc = run_cli("search", "defendrs", "--lang", "en", data_dir=data_dir)
    assert proc.returncode == 0
    assert "did you mean: defenders" in proc.stdout


def test_a_lone_not_gives_no_hits_not_the_excluded_passages(data_dir: Path) -> None:
    """Bad input like a malformed query (same exit code), said in the searcher's words."""
    proc = run_cli("search", "NOT assemble", "--json", data_dir=data_dir)
    assert proc.returncode == 2
    assert json.loads(proc.stdout) == {"query": "NOT assemble", "hits": [],
                                       "ms": json.loads(proc.stdout)["ms"]}
    assert proc.stderr.splitlines() == [f"rights-at-hand: {PROBLEMS['lone-not']}"]
    assert "nothing was searched" in proc.stderr
    proc = run_cli("search", "NOT assemble", data_dir=data_dir)
    assert proc.returncode == 2
    assert proc.stdout == "no passage matches 'NOT assemble'\n"
    assert proc.stderr.splitlines() == [f"rights-at-hand: {PROBLEMS['lone-not']}"]


def test_an_over_long_query_is_not_called_malformed(data_dir: Path, tmp_path: Path) -> None:
    long = "violence " * 1200  # 10,800 characters
    proc = run_cli("search", long, "--json", data_dir=data_dir)
    assert proc.returncode == 0  # its beginning was searched, as asked
    assert json.loads(proc.stdout)["hits"]
    assert proc.stderr.splitlines() == [f"rights-at-hand: {PROBLEMS['too-long']}"]
    assert "only its beginning was searched" in proc.stderr
    # Too many words (under the character limit) is the same.
    proc = run_cli("search", " ".join(["violence"] * 40), "--limit", "1", data_dir=data_dir)
    assert proc.returncode == 0 and "1 hit(s)" in proc.stdout
    assert proc.stderr.splitlines() == [f"rights-at-hand: {PROBLEMS['too-long']}"]
    # In a batch, as every other line: one JSON line each, in order.
    batch = tmp_path / "q.txt"
    batch.write_text(f"{long}\nNOT assemble\nfreedom\n", encoding="utf-8")
    proc = run_cli("search", "--batch", str(batch), "--json", data_dir=data_dir)
    assert proc.returncode == 0
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [bool(obj["hits"]) for obj in lines] == [True, False, True]
    # One JSON line per query on stdout, nothing more; what happened to a line is said on
    # stderr, by its number (a lone NOT searches nothing: said, as for a single query).
    assert proc.stderr.splitlines() == [f"rights-at-hand: line 1: {PROBLEMS['too-long']}",
                                        f"rights-at-hand: line 2: {PROBLEMS['lone-not']}"]


def _batch(data_dir: Path, tmp_path: Path, data: bytes) -> tuple[int, list[str], str]:
    batch = tmp_path / "queries.txt"
    batch.write_bytes(data)
    proc = run_cli("search", "--batch", str(batch), "--json", "--limit", "1", data_dir=data_dir)
    assert "Traceback" not in proc.stderr
    queries = [json.loads(line)["query"] for line in proc.stdout.split("\n") if line]
    return proc.returncode, queries, proc.stderr


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\v", "\f", "\x1c", "\x1d",
                                       "\x1e"])
def test_batch_lines_end_at_newline_only(data_dir: Path, tmp_path: Path, separator: str) -> None:
    """str.splitlines would make two queries of one line holding any of these, and every
    later answer would stand against the wrong line."""
    code, queries, stderr = _batch(
        data_dir, tmp_path, f"assemble{separator}peacefully\ndefenders\n".encode())
    assert code == 0, stderr
    assert queries == [f"assemble{separator}peacefully", "defenders"]


def test_batch_answers_stay_one_per_output_line(data_dir: Path, tmp_path: Path) -> None:
    """A query holding U+2028 is echoed in its JSON escaped, so even a reader that splits the
    output with str.splitlines gets one object per query."""
    batch = tmp_path / "q.txt"
    batch.write_bytes("assemble\u2028peacefully\nx\x85y\n".encode())
    proc = run_cli("search", "--batch", str(batch), "--json", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [json.loads(line)["query"] for line in lines] == ["assemble\u2028peacefully", "x\x85y"]
    assert "\\u2028" in lines[0] and "\\u0085" in lines[1]


def test_batch_windows_line_ends_and_byte_order_mark(data_dir: Path, tmp_path: Path) -> None:
    code, queries, stderr = _batch(data_dir, tmp_path,
                                   b"\xef\xbb\xbfdefenders\r\n\r\nassociation\r\nlast")
    assert code == 0, stderr
    assert queries == ["defenders", "", "association", "last"]


def test_batch_keeps_empty_lines_and_an_empty_file_gives_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    code, queries, _ = _batch(data_dir, tmp_path, b"\n\ndefenders\n")
    assert code == 0 and queries == ["", "", "defenders"]
    code, queries, stderr = _batch(data_dir, tmp_path, b"")
    assert code == 0 and queries == [] and stderr == ""


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.4\n\x00\x01\x02 binary\n", "is not a text file (it holds NUL bytes)"),
        ("défenseurs\n".encode("utf-16"), "is not a text file (it holds NUL bytes)"),
        ("defenders\nréunir\n".encode("latin-1"), "is not UTF-8 text (line 2)"),
        (b"\xff\xfe\xfd", "is not UTF-8 text (line 1)"),
    ],
)
def test_batch_refuses_a_file_that_is_not_text(
    data_dir: Path, tmp_path: Path, data: bytes, words: str
) -> None:
    batch = tmp_path / "queries.bin"
    batch.write_bytes(data)
    proc = run_cli("search", "--batch", str(batch), "--json", data_dir=data_dir)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [f"rights-at-hand: the batch file {batch} {words}; "
                                        + ("give one query per line, as UTF-8 text"
                                           if "NUL" in words else
                                           "give one query per line, saved as UTF-8")]


def test_batch_from_stdin_refuses_binary(data_dir: Path) -> None:
    import subprocess
    import sys

    from tests.cli_helpers import ROOT

    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "search", "--batch", "-",
         "--json"],
        input=b"defenders\n\x00\x00", capture_output=True, cwd=ROOT, timeout=120,
    )
    assert proc.returncode == 2 and proc.stdout == b""
    assert proc.stderr.decode() == ("rights-at-hand: standard input is not a text file (it "
                                    "holds NUL bytes); give one query per line, as UTF-8 text\n")


def test_a_russian_adjective_of_an_index_word_finds_its_passages(data_dir: Path) -> None:
    # "контртеррористический" is in no text and was in no term: it found nothing (exit 0,
    # "no passage matches"). It is the adjective of the term "контртерроризм".
    proc = run_cli("search", "контртеррористический", "--lang", "ru", "--json",
                   data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)["hits"]
    assert hits and hits[0]["via"] == {"index": "counter-terrorism"}
    assert (hits[0]["doc"], hits[0]["passage"], hits[0]["lang"]) == ("res-64-163", "pp-4", "ru")
    proc = run_cli("search", "противотеррористический", "--lang", "ru", data_dir=data_dir)
    assert proc.returncode == 0 and "[ru res-64-163:pp-4]" in proc.stdout


def test_every_line_a_person_reads_is_in_the_language_asked(data_dir: Path) -> None:
    # "(found through the subject index (the project's own, not UN text): ...)" and "10
    # hit(s) in 25.3 ms" were English under French hits.
    proc = run_cli("search", "police", "--lang", "fr", data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    via = [x for x in lines if x.startswith("   (")]
    assert via and all(x.startswith(("   (trouvé par l’index thématique (travail du projet, "
                                      "pas un texte de l’ONU) : ",
                                      "   (lien depuis la section de conseils "))
                       for x in via)
    assert "   (trouvé par l’index thématique (travail du projet, pas un texte de l’ONU) : " \
           "Police [police-and-officials])" in via
    assert re.fullmatch(r"\d+ résultat\(s\) en \d+\.\d ms", lines[-1]), lines[-1]
    proc = run_cli("search", "qqzzxx", "--lang", "zh", data_dir=data_dir)
    assert proc.stdout == "没有与 'qqzzxx' 匹配的段落\n"


@pytest.mark.parametrize(("args", "said"), [
    (["search", '"unbalanced', "--lang", "ar"],
     "صياغة الاستعلام غير سليمة (علامة اقتباس أو قوس غير مغلق، أو AND/OR/NOT بلا كلمة)؛ "
     "بُحث عن الكلمات وحدها"),
    (["search", "x", "--limit", "0", "--lang", "es"], "--limit debe ser al menos 1, no 0"),
    (["search", "--batch", "/no/such/file", "--lang", "ru"],
     "не удаётся прочитать файл запросов /no/such/file: "),
    (["search", "--lang", "zh"], "没有要搜索的内容：请给出 QUERY（或 --batch FILE）"),
])
def test_what_happened_is_said_in_the_language_asked(
        data_dir: Path, args: list[str], said: str) -> None:
    proc = run_cli(*args, data_dir=data_dir)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith(f"rights-at-hand: {said}"), proc.stderr


def test_a_batch_line_says_what_happened_in_the_language_asked(
        data_dir: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("AND\n", encoding="utf-8")
    proc = run_cli("search", "--batch", str(batch), "--lang", "fr", data_dir=data_dir)
    assert proc.returncode == 0
    assert proc.stderr == ("rights-at-hand: ligne 1 : la syntaxe de la requête est incorrecte "
                           "(guillemet ou parenthèse non refermés, ou AND/OR/NOT sans mot) ; "
                           "recherche des mots seuls\n")
