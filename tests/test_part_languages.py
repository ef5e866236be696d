"""A part given in several languages (a made-up instrument whose parts have ids in English,
French and Chinese, as the Covenant's would once its other official texts are added): each
language cites the part in its own citation form, once, and a side-by-side printout cites
it once per column, at its top, with every article's heading."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.citations import citation  # noqa: E402
from desktop.headings import with_headings  # noqa: E402
from desktop.library import Library  # noqa: E402
from desktop.printing.printout import (  # noqa: E402
    build,
    citation_lines,
    clipboard_text,
    select,
)

HEADER = """document: parts-test
language: {lang}
order: 9
status: official
title: {title}
short-title: {title}
citation-title: {title}
source: written for this test
cleaning: None
content-version: 1
---

"""

BODIES = {
    "en": ("Parts Test Covenant", "PART", "Article", ["One.", "Two.", "Three.", "Four."]),
    "fr": ("Pacte d'essai des parties", "PARTIE", "Article", ["Un.", "Deux.", "Trois.",
                                                             "Quatre."]),
    "zh": ("部分测试公约", "第部分", "第条", ["一。", "二。", "三。", "四。"]),
}


def _file(lang: str) -> str:
    title, part, art, words = BODIES[lang]
    body = [f"# {title}", ""]
    for n, (pid, text) in enumerate(zip(["art-1", "art-2.1", "art-2.2", "art-3"], words,
                                        strict=True)):
        if n in (0, 3):
            number = 1 if n == 0 else 2
            body += [f"## [part-{number}] {part} {number}", ""]
        if pid in ("art-1", "art-2.1", "art-3"):
            body += [f"### {art} {pid[4]}", ""]
        body += [f"[{pid}]", text, ""]
    return HEADER.format(lang=lang, title=title) + "\n".join(body)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    root = tmp_path_factory.mktemp("content")
    (root / "parts-test").mkdir()
    for lang in BODIES:
        (root / "parts-test" / f"{lang}.txt").write_text(_file(lang), "utf-8")
    return Library.load(root)


def test_each_language_cites_a_part_in_its_own_form(library: Library) -> None:
    doc = library.document("parts-test")
    pids = ["art-1", "art-2.1", "art-2.2"]
    assert [p.id for p in doc.versions["en"].select("part-1")] == pids
    cited = {lang: citation_lines(doc.versions[lang], pids) for lang in BODIES}
    assert cited == {"en": ["Parts Test Covenant, Part I"],
                     "fr": ["Pacte d'essai des parties, première partie"],
                     "zh": ["部分测试公约，第一部分"]}
    assert citation(doc.versions["fr"], "part-2") == "Pacte d'essai des parties, deuxième partie"
    # Copied in French: the part's citation first, then its articles under their headings.
    assert clipboard_text(doc.versions["fr"], pids) == (
        "Pacte d'essai des parties, première partie\n\n"
        "PARTIE 1\nArticle 1\nUn.\n\nArticle 2\nDeux.\n\nTrois.")
    assert with_headings(doc.versions["zh"], pids) == ["第部分 1\n第条 1\n一。", "第条 2\n二。",
                                                       "三。"]
    # Not a part: one article, or a part and more.
    assert with_headings(doc.versions["en"], ["art-2.1", "art-2.2"]) is None
    assert with_headings(doc.versions["en"], [*pids, "art-3"]) is None


def test_side_by_side_a_part_is_cited_once_per_column_at_its_top(library: Library) -> None:
    html = build(library, [select(library, "parts-test:part-1")], "en", parallel="fr").html
    assert html.count("Parts Test Covenant, Part I</p>") == 1
    assert html.count("Pacte d&#x27;essai des parties, première partie</p>") == 1
    assert "art. 1" not in html and "art. 2" not in html
    for part, cited, first_article in (
            (">PART 1<", "Parts Test Covenant, Part I</p>", ">Article 1<"),
            (">PARTIE 1<", "première partie</p>", ">Article 1<")):
        assert html.index(part) < html.index(cited) < html.rindex(first_article)
    assert html.index("première partie</p>") < html.index(">Article 2<") < html.index(">Deux.<")
    # A part printed on its own cites it the same way, in the language printed.
    zh = build(library, [select(library, "parts-test:part-2")], "zh").html
    assert zh.count("部分测试公约，第二部分</p>") == 1 and ">四。<" in zh
