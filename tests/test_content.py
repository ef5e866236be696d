"""The bundled content: valid, complete, and verbatim where it is official."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.contentfile import ContentError, parse_text, read_file
from desktop.library import Library
from desktop.tools.import_un_sources import HYPHEN_RESTORATIONS
from desktop.validate import validate

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SOURCES = ROOT.parent / "shared" / "sources"
needs_sources = pytest.mark.skipif(
    not SOURCES.is_dir(), reason="shared/sources not beside the checkout"
)


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(CONTENT)


def test_real_content_is_valid() -> None:
    problems = validate(CONTENT)
    assert problems == [], "\n".join(map(str, problems))


def test_declaration_structure(library: Library) -> None:
    en = library.version("declaration", "en")
    ids = en.ids()
    assert [i for i in ids if i.startswith("res-op-")] == ["res-op-1", "res-op-2"]
    assert [i for i in ids if i.startswith("res-pp-")] == [f"res-pp-{n}" for n in range(1, 5)]
    assert [i for i in ids if re.fullmatch(r"pp-\d+", i)] == [f"pp-{n}" for n in range(1, 9)]
    articles = sorted({int(m.group(1)) for i in ids if (m := re.match(r"art-(\d+)", i))})
    assert articles == list(range(1, 21))
    assert {"art-9.3.a", "art-9.3.b", "art-9.3.c", "art-5.a", "art-14.2.b", "fn-3"} <= set(ids)
    assert en.passage("art-12.2").text.startswith("2. The State shall take all necessary measures")
    assert en.passage("pp-1").text.startswith("Reaffirming the importance")
    assert en.passage("pp-8").text.startswith("Recognizing the right and the responsibility")


def test_official_languages_present(library: Library) -> None:
    for lang in ("en", "fr", "es"):
        assert library.version("declaration", lang).status == "official"
    assert library.version("res-64-163", "en").status == "official"


def test_fr_es_notes_say_accents_were_restored(library: Library) -> None:
    for lang in ("fr", "es"):
        header = library.version("declaration", lang).header
        assert "restored" in header["cleaning"] and "damaged extraction" not in ""  # English note
        assert "accent" in header["cleaning"].lower()
        assert re.search(r"restaur", header["note"], re.I)


def _nonblank(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]


@needs_sources
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_declaration_is_verbatim(library: Library, lang: str) -> None:
    """Every line of the source, in order, is exactly one passage or marker line."""
    version = library.version("declaration", lang)
    ours: list[str] = []
    for p in version.passages:
        ours.extend(m.text for m in p.before)
        ours.extend(p.paragraphs)
    ours.extend(m.text for m in version.closing)
    assert ours == _nonblank(SOURCES / "declaration-53-144" / f"{lang}.txt")


@needs_sources
def test_res_64_163_is_verbatim_but_for_nine_hyphens(library: Library) -> None:
    version = library.version("res-64-163", "en")
    pieces: list[str] = []
    for p in version.passages:
        pieces.extend(m.text for m in p.before)
        pieces.extend(p.paragraphs)
    pieces.extend(m.text for m in version.closing)
    ours = " ".join(pieces)
    source = (SOURCES / "resolution-64-163" / "en.txt").read_text(encoding="utf-8").strip()
    restored = source
    counts = {}
    for wrong, right in HYPHEN_RESTORATIONS.items():
        counts[wrong] = len(re.findall(rf"\b{wrong}\b", source))
        restored = re.sub(rf"\b{wrong}\b", right, restored)
    assert ours == restored
    assert sum(counts.values()) == 10 and counts["followup"] == 2
    assert len(HYPHEN_RESTORATIONS) == 9
    assert [i for i in version.ids() if i.startswith("op-")] == [f"op-{n}" for n in range(1, 17)]


def test_every_file_is_nfc_utf8_without_replacement_characters() -> None:
    for path in CONTENT.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".tsv", ".md", ".json"):
            text = path.read_bytes().decode("utf-8")
            assert "\ufffd" not in text, path
            assert unicodedata.is_normalized("NFC", text), path


def test_topics_point_at_passages(library: Library) -> None:
    topics = {t.id: t for t in library.topics}
    assert len(topics) == 14
    rapporteur = topics["special-rapporteur"]
    assert {f"res-64-163:op-{n}" for n in (2, 8, 9, 12, 14, 15)} <= set(rapporteur.passages)
    assert "declaration:art-5" in topics["freedom-of-association"].passages
    assert "res-64-163:op-5" in topics["freedom-of-association"].passages
    for topic in topics.values():
        assert set(topic.titles) == {"en", "fr", "es", "ru", "zh", "ar"}


# --- malformed content files give an error naming the file and the line ---------------

GOOD_HEADER = "document: d\nlanguage: en\ntitle: T\n---\n"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("document: d\nlanguage en\n---\n", 2, "field: value"),
        ("document: d\n", 1, "no '---'"),
        (GOOD_HEADER + "\n[art-1]\n\n", 6, "no text"),
        (GOOD_HEADER + "\n[Art_1]\ntext\n", 6, "malformed passage id"),
        (GOOD_HEADER + "\n[a-1]\ntext\n\n[a-1]\nagain\n", 9, "already used on line 6"),
        (GOOD_HEADER + "\nloose text\n", 6, "text outside a passage"),
        (GOOD_HEADER + "\n[a-1]\ntext\n[a-2]\nmore\n", 8, "blank line"),
        (GOOD_HEADER + "\n#### too deep\n", 6, "heading"),
        ("document: d\ndocument: e\n---\n", 2, "given twice"),
    ],
)
def test_malformed_file_names_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ContentError) as info:
        parse_text(text, "content/d/en.txt")
    assert info.value.line == line
    assert words in info.value.message
    assert str(info.value).startswith(f"content/d/en.txt:{line}:")


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_bytes(b"document: d\n---\n\n[a-1]\nbad \xff byte\n")
    with pytest.raises(ContentError) as info:
        read_file(path)
    assert info.value.line == 5 and "UTF-8" in info.value.message


def test_validator_reports_a_translation_that_drops_a_passage(tmp_path: Path) -> None:
    doc = tmp_path / "declaration"
    doc.mkdir()
    en = (CONTENT / "declaration" / "en.txt").read_text(encoding="utf-8")
    (doc / "en.txt").write_text(en, encoding="utf-8")
    broken = en.replace("language: en", "language: fr").replace("\n[art-12.2]\n", "\n[art-12.9]\n")
    (doc / "fr.txt").write_text(broken, encoding="utf-8")
    messages = [str(p) for p in validate(tmp_path)]
    assert any("fr.txt" in m and "art-12.2" in m and "art-12.9" in m for m in messages), messages


def test_validator_reports_lost_characters(tmp_path: Path) -> None:
    doc = tmp_path / "declaration"
    doc.mkdir()
    en = (CONTENT / "declaration" / "en.txt").read_text(encoding="utf-8")
    (doc / "en.txt").write_text(en.replace("peacefully", "peaceful\ufffdy"), encoding="utf-8")
    messages = [str(p) for p in validate(tmp_path)]
    assert any("U+FFFD" in m and "art-5.a" in m for m in messages), messages


def test_validator_names_the_header_line_of_a_problem(tmp_path: Path) -> None:
    doc = tmp_path / "declaration"
    doc.mkdir()
    en = (CONTENT / "declaration" / "en.txt").read_text(encoding="utf-8")
    (doc / "en.txt").write_text(en, encoding="utf-8")
    lines = en.split("\n")
    lang_line = lines.index("language: en") + 1
    title_line = next(i for i, line in enumerate(lines) if line.startswith("title: ")) + 1
    lines[title_line - 1] = lines[title_line - 1] + " \ufffd"
    (doc / "fr.txt").write_text("\n".join(lines), encoding="utf-8")  # says it is English
    messages = [str(p) for p in validate(tmp_path)]
    assert f"{doc / 'fr.txt'}:{lang_line}: 'language' should be 'fr'" in messages, messages
    assert any(m.startswith(f"{doc / 'fr.txt'}:{title_line}: header 'title'") and "U+FFFD" in m
               for m in messages), messages


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_parser_never_raises_anything_but_content_error(text: str) -> None:
    try:
        parse_text(text, "fuzz.txt")
    except ContentError as exc:
        assert exc.line >= 0


def _two_documents(root: Path) -> Path:
    for doc in ("declaration", "res-64-163"):
        (root / doc).mkdir(parents=True)
        for lang in ("en", "fr"):
            shutil.copy(CONTENT / doc / f"{lang}.txt", root / doc / f"{lang}.txt")
    return root


def test_validator_lists_every_damaged_and_unreadable_file(tmp_path: Path) -> None:
    """One bad file does not hide the others: each is a problem, and the rest is checked."""
    root = _two_documents(tmp_path)
    fr = root / "declaration" / "fr.txt"
    fr.unlink()
    fr.mkdir()  # cannot be read, even by root
    res_en = root / "res-64-163" / "en.txt"
    res_en.write_text(res_en.read_text(encoding="utf-8") + "\nloose text\n", encoding="utf-8")
    lines = res_en.read_text(encoding="utf-8").count("\n")
    en = root / "declaration" / "en.txt"
    en.write_text(en.read_text(encoding="utf-8").replace("peacefully", "peaceful\ufffdy"),
                  encoding="utf-8")
    messages = [str(p) for p in validate(root)]
    assert messages[:2] == [
        f"{fr}: cannot be read (Is a directory)",
        f"{res_en}:{lines}: text outside a passage: start a passage with '[id]' on its own "
        "line, a heading with '#', or front matter with '| '",
    ]
    assert any(m.startswith(f"{en}:") and "U+FFFD" in m for m in messages[2:]), messages
    # The English file's own problem is named; "no English version" would say it again.
    assert not any("no English version" in m for m in messages), messages


def test_validator_does_not_repeat_a_left_out_document_in_links(tmp_path: Path) -> None:
    """Links and topics into a document whose every file was left out are not problems of
    their own (each left-out file is one already); a link to nowhere still is."""
    root = _two_documents(tmp_path)
    shutil.copy(CONTENT / "topics.txt", root / "topics.txt")
    for instrument in ("udhr", "iccpr"):  # the topics point into them too
        shutil.copytree(CONTENT / instrument, root / instrument)
    for path in (root / "res-64-163").iterdir():
        path.write_bytes(b"\xff not a content file\n")
    messages = [str(p) for p in validate(root)]
    assert len(messages) == 2 and all("not valid UTF-8" in m for m in messages), messages
    topics = (root / "topics.txt").read_text(encoding="utf-8")
    (root / "topics.txt").write_text(topics.replace("declaration:art-12", "nowhere:art-12", 1),
                                     encoding="utf-8")
    assert any("nowhere:art-12, which does not exist" in str(p) for p in validate(root))


def test_validator_with_nothing_readable_names_the_folder_once(tmp_path: Path) -> None:
    (tmp_path / "declaration").mkdir()
    (tmp_path / "declaration" / "en.txt").mkdir()
    [problem] = validate(tmp_path)
    assert str(problem) == (f"{tmp_path}: none of the texts can be read; the first problem: "
                            f"{tmp_path / 'declaration' / 'en.txt'}: cannot be read "
                            "(Is a directory)")
