"""Related provisions (content/related.txt): the project's mapping of the Declaration's
articles to the Universal Declaration and the Covenant, checked like the rest of the content."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop.contentfile import ContentError
from desktop.languages import LANGUAGES
from desktop.library import Library
from desktop.related import groups_of, parse_related, related_in
from desktop.validate import validate

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


@pytest.fixture(scope="module")
def library() -> Library:
    return Library.load(CONTENT)


def test_every_article_of_the_declaration_is_linked(library: Library) -> None:
    groups = groups_of(library)
    sources = {g.source for g in groups}
    assert sources == {f"declaration:art-{n}" for n in range(1, 21)}
    targets = {t for g in groups for t in g.targets}
    assert {"udhr:art-20", "iccpr:art-21", "iccpr:art-22", "udhr:art-19",
            "iccpr:art-19"} <= targets
    for group in groups:
        assert set(group.reasons) == set(LANGUAGES), group.id
        assert all(t.split(":")[0] in ("udhr", "iccpr") for t in group.targets)


def test_links_show_both_ways_with_the_reason_in_the_texts_language(library: Library) -> None:
    forward = related_in(library, library.version("declaration", "fr"))
    # Article 5's links come after its last item, art. 5(c).
    assert [r.ref for r in forward["art-5.c"]] == ["udhr:art-20", "iccpr:art-21", "iccpr:art-22"]
    assert forward["art-5.c"][0].reason.startswith("Se réunir pacifiquement")
    assert [r.ref for r in forward["art-6.c"]] == ["udhr:art-19", "iccpr:art-19"]
    back = related_in(library, library.version("udhr", "zh"))
    assert [r.ref for r in back["art-20.2"]] == ["declaration:art-5"]
    assert back["art-20.2"][0].reason.startswith("和平集会和组建协会")
    # The Covenant has English only: its reasons are in English.
    covenant = related_in(library, library.version("iccpr", "en"))
    assert [r.ref for r in covenant["art-21"]] == ["declaration:art-5", "declaration:art-12"]
    assert covenant["art-21"][0].reason.startswith("Meeting and assembling peacefully")
    # Asked in another language (the reader asks in the interface's): that reason line.
    arabic = related_in(library, library.version("iccpr", "en"), "ar")
    assert [r.ref for r in arabic["art-21"]] == ["declaration:art-5", "declaration:art-12"]
    assert arabic["art-21"][0].reason.startswith("الالتقاء والتجمع سلميًا")


def _copy(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    return content


def test_a_link_to_a_passage_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    content = _copy(tmp_path)
    path = content / "related.txt"
    path.write_text(path.read_text("utf-8").replace("to: udhr:art-29.3", "to: udhr:art-31"),
                    "utf-8")
    problems = [str(p) for p in validate(content)]
    assert len(problems) == 1
    assert re.fullmatch(r".*related\.txt:\d+: \[decl-20\] links udhr:art-31, which does not "
                        r"exist", problems[0])


def test_a_missing_reason_or_a_damaged_file_is_an_error(tmp_path: Path) -> None:
    content = _copy(tmp_path)
    path = content / "related.txt"
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"^zh: 行使权利不得违背.*\n", "", text, flags=re.M), "utf-8")
    assert [p.message for p in validate(content)] == ["[decl-20] has no zh reason"]
    path.write_text(text + "\nstray line\n", "utf-8")
    assert [p.message for p in validate(content)] == [
        "expected '[group-id]' or 'field: value'"]
    # Reading is never stopped by it: the texts show without their related provisions.
    assert groups_of(Library.load(content)) == []


def test_parse_names_the_line_of_a_block_without_a_target() -> None:
    with pytest.raises(ContentError, match=r"related\.txt:2: \[x\] needs 'from' and 'to'"):
        parse_related("\n[x]\nfrom: declaration:art-1\nen: why\n")


def test_verify_fails_on_a_broken_link(tmp_path: Path) -> None:
    from desktop.integrity import check_all

    content = _copy(tmp_path)
    path = content / "related.txt"
    path.write_text(path.read_text("utf-8").replace("iccpr:art-25", "iccpr:art-55"), "utf-8")
    report = check_all(content, check_index=False)
    assert not report.ok
    assert any("links iccpr:art-55, which does not exist" in p for p in report.problems)
