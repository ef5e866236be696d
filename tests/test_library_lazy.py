"""`Library.load(lazy=True)`: headers at load, bodies on first use, `load_all()` after.

The GUI loads lazily so its first window does not wait for the 42 files to be parsed; what
it then shows must be exactly what an eager load gives, and a damaged file must be reported
with the same file and line, only later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.contentfile import (
    ContentError,
    ContentFile,
    Marker,
    RawPassage,
    format_file,
    parse_text,
)
from desktop.languages import UnknownLanguage
from desktop.library import Library, UnknownDocument, Version, text_files
from desktop.paths import content_dir

DAMAGED = ("declaration", "fr")
STRAY = "stray words typed outside any passage"


@pytest.fixture(scope="module")
def eager() -> Library:
    return Library.load(content_dir())


def _file(root: Path, doc: str = DAMAGED[0], lang: str = DAMAGED[1]) -> Path:
    return root / doc / f"{lang}.txt"


def _damage_body(path: Path, before: str = "[art-12.1]") -> int:
    """Put a line of loose text in the body, just before passage `before`; its line number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(before)
    assert lines.index("---") < at
    lines.insert(at, STRAY)
    path.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


def _eager_error(root: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        Library.load(root)
    return info.value


def _same_versions(a: Version, b: Version) -> None:
    assert (a.doc, a.lang, a.path, a.header) == (b.doc, b.lang, b.path, b.header)
    assert a.passages == b.passages  # every field: ids, text, markers, links, lines
    assert a.closing == b.closing
    assert a.ids() == b.ids()


# --- the real content ---------------------------------------------------------------------


def test_lazy_load_gives_what_an_eager_load_gives(eager: Library) -> None:
    lazy = Library.load(content_dir(), lazy=True)
    assert lazy.document_ids == eager.document_ids
    assert [t.id for t in lazy.topics] == [t.id for t in eager.topics]
    for doc in eager:
        other = lazy.document(doc.id)
        assert (other.order, other.languages, other.kind) == (doc.order, doc.languages, doc.kind)
        for lang, version in doc.versions.items():
            lazy_version = other.versions[lang]
            assert not lazy_version.parsed  # only the header was read
            assert (lazy_version.title, lazy_version.status, lazy_version.short_title) == (
                version.title,
                version.status,
                version.short_title,
            )
            assert not lazy_version.parsed  # the header alone answers those
            _same_versions(lazy_version, version)
            assert lazy_version.parsed
    assert list(lazy.passages()) == list(eager.passages())
    assert lazy.load_all() == []


def test_first_use_parses_only_that_version(eager: Library) -> None:
    lazy = Library.load(content_dir(), lazy=True)
    version = lazy.version("declaration", "en")
    assert version.passage("art-12.2") == eager.version("declaration", "en").passage("art-12.2")
    assert version.parsed
    others = [v for d in lazy for v in d.versions.values() if v is not version]
    files = len(text_files(content_dir()))  # 49 since the UDHR (6) and the Covenant (1)
    assert files >= 49
    assert len(others) == files - 1 and not any(v.parsed for v in others)
    assert lazy.load_all() == []
    assert all(v.parsed for v in others)
    assert lazy.load_all() == []


def test_every_accessor_of_the_body_parses_it(eager: Library) -> None:
    ref = eager.version("res-64-163", "fr")
    uses: list[Callable[[Version], Any]] = [
        lambda v: v.passages,
        lambda v: v.closing,
        lambda v: v.passage("op-7"),
        lambda v: v.has("op-7"),
        lambda v: v.select("op-7"),
        lambda v: v.ids(),
    ]
    for use in uses:
        version = Library.load(content_dir(), lazy=True).version("res-64-163", "fr")
        assert use(version) == use(ref)
        assert version.parsed


def test_a_lazy_load_reads_each_file_once(content: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    library = Library.load(content, lazy=True)
    assert library.load_all() == []
    assert sum(1 for _ in library.passages()) > 800
    texts = [p for p in reads if p.suffix == ".txt" and p.name != "topics.txt"]
    files = len(text_files(content))
    assert files >= 49 and len(texts) == files and len(set(texts)) == files


# --- a damaged body -----------------------------------------------------------------------


def test_damaged_body_loads_lazily_and_fails_on_first_use(content: Path) -> None:
    path = _file(content)
    line = _damage_body(path)
    eager_error = _eager_error(content)
    assert (eager_error.path, eager_error.line) == (str(path), line)
    assert "text outside a passage" in eager_error.message

    library = Library.load(content, lazy=True)  # no error: the body is not parsed yet
    version = library.version(*DAMAGED)
    assert version.title and version.status == "official"
    with pytest.raises(ContentError) as info:
        len(version.passages)
    assert str(info.value) == str(eager_error)
    assert str(info.value).startswith(f"{path}:{line}: text outside a passage")
    with pytest.raises(ContentError):  # again, not a half-parsed version
        version.passage("art-1")
    assert not version.parsed


@pytest.mark.parametrize(
    "use",
    [
        lambda lib: lib.version(*DAMAGED).passages,
        lambda lib: lib.version(*DAMAGED).closing,
        lambda lib: lib.version(*DAMAGED).passage("art-1"),
        lambda lib: lib.version(*DAMAGED).has("art-1"),
        lambda lib: lib.version(*DAMAGED).select("art-9"),
        lambda lib: lib.version(*DAMAGED).ids(),
        lambda lib: list(lib.passages("fr")),
        lambda lib: list(lib.passages()),
    ],
)
def test_every_use_of_a_damaged_body_raises_the_eager_error(
    content: Path, use: Callable[[Library], Any]
) -> None:
    line = _damage_body(_file(content))
    library = Library.load(content, lazy=True)
    with pytest.raises(ContentError) as info:
        use(library)
    assert (info.value.path, info.value.line) == (str(_file(content)), line)


def test_load_all_reports_and_removes_the_damaged_version(content: Path, eager: Library) -> None:
    _damage_body(_file(content))
    eager_error = _eager_error(content)
    library = Library.load(content, lazy=True)
    errors = library.load_all()
    assert [str(e) for e in errors] == [str(eager_error)]
    declaration = library.document("declaration")
    assert declaration.languages == ["en", "es", "ru", "zh", "ar"]
    with pytest.raises(UnknownLanguage):
        library.version(*DAMAGED)
    for lang in declaration.languages:  # the other languages are whole and unchanged
        _same_versions_but_path(declaration.versions[lang], eager.version("declaration", lang))
    assert library.document_ids == eager.document_ids
    assert "fr" in library.languages()  # other documents still have French
    assert sum(1 for _ in library.passages()) == sum(
        1 for p in eager.passages() if (p.doc, p.lang) != DAMAGED
    )
    assert library.load_all() == []  # idempotent: the error is not reported twice


def test_load_all_checks_a_file_shadowed_by_another(content: Path) -> None:
    """Two files claiming the same document and language: the later one is shown, and
    an eager load still parses (and checks) both, so `load_all` does too."""
    shadowed = _file(content, "declaration", "es")
    shadowed.write_text(
        _file(content).read_text(encoding="utf-8").replace("\n---\n\n", "\n---\n\nloose\n", 1),
        encoding="utf-8",
    )
    eager_error = _eager_error(content)
    assert eager_error.path == str(shadowed)
    library = Library.load(content, lazy=True)
    assert library.version("declaration", "fr").path == _file(content)
    assert [str(e) for e in library.load_all()] == [str(eager_error)]
    assert library.document("declaration").languages == ["en", "fr", "ru", "zh", "ar"]
    assert library.version("declaration", "fr").passage("art-1") is not None


def _same_versions_but_path(a: Version, b: Version) -> None:
    assert a.path.relative_to(a.path.parents[1]) == b.path.relative_to(b.path.parents[1])
    assert (a.header, a.passages, a.closing) == (b.header, b.passages, b.closing)


def test_a_document_without_any_good_version_is_removed(content: Path) -> None:
    doc = "guide-app-safety"
    paths = sorted((content / doc).glob("*.txt"))
    assert len(paths) == 6
    for path in paths:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\n---\n", "\n---\n\n[Bad_Id]\ntext\n", 1), "utf-8")
    library = Library.load(content, lazy=True)
    assert doc in library
    documents = len(library.document_ids)
    errors = library.load_all()
    assert sorted(e.path for e in errors) == [str(p) for p in paths]
    assert all("malformed passage id [Bad_Id]" in e.message for e in errors)
    assert doc not in library and doc not in library.document_ids
    with pytest.raises(UnknownDocument):
        library.document(doc)
    assert len(library.document_ids) == documents - 1
    assert library.load_all() == []


def test_bytes_that_are_not_utf8_in_the_body_wait_for_first_use(content: Path) -> None:
    path = _file(content)
    data = path.read_bytes()
    at = data.index(b"\n[art-5]\n") + 1
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    line = data[:at].count(b"\n") + 1
    eager_error = _eager_error(content)
    assert (eager_error.line, eager_error.message) == (line, "not valid UTF-8")
    library = Library.load(content, lazy=True)
    assert library.version(*DAMAGED).title
    errors = library.load_all()
    assert [str(e) for e in errors] == [str(eager_error)]


# --- a damaged header still fails the load ------------------------------------------------


def _without_line(text: str, prefix: str) -> str:
    lines = text.split("\n")
    kept = [ln for ln in lines if not ln.startswith(prefix)]
    assert len(kept) == len(lines) - 1
    return "\n".join(kept)


HEADER_DAMAGE: dict[str, tuple[Callable[[str], str], str]] = {
    "no end of header": (lambda t: t[: t.index("\n---\n") + 1], "no '---' line"),
    "not a header line": (
        lambda t: t.replace("\n---\n", "\nthis is not a field\n---\n", 1),
        "not 'field: value'",
    ),
    "field given twice": (
        lambda t: t.replace("\n---\n", "\nsymbol: again\n---\n", 1),
        "given twice",
    ),
    "no title": (lambda t: _without_line(t, "title:"), "'title' is missing"),
    "no status": (lambda t: _without_line(t, "status:"), "'status' is missing"),
    "bad status": (
        lambda t: t.replace("status: official", "status: final", 1),
        "is not one of",
    ),
    "bad order": (lambda t: t.replace("order: 1\n", "order: first\n", 1), "whole number"),
}


@pytest.mark.parametrize("damage", sorted(HEADER_DAMAGE))
def test_damaged_header_fails_a_lazy_load_as_an_eager_one(content: Path, damage: str) -> None:
    change, words = HEADER_DAMAGE[damage]
    path = _file(content)
    text = path.read_text(encoding="utf-8")
    damaged = change(text)
    assert damaged != text
    path.write_text(damaged, encoding="utf-8")
    eager_error = _eager_error(content)
    assert eager_error.path == str(path) and words in eager_error.message
    with pytest.raises(ContentError) as info:
        Library.load(content, lazy=True)
    assert str(info.value) == str(eager_error)


def test_header_and_body_damaged_gives_the_eager_error(content: Path) -> None:
    """An eager load parses the body before it checks the status: so does a lazy one."""
    path = _file(content)
    line = _damage_body(path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: official", "status: final", 1), "utf-8"
    )
    eager_error = _eager_error(content)
    assert eager_error.line == line
    with pytest.raises(ContentError) as info:
        Library.load(content, lazy=True)
    assert str(info.value) == str(eager_error)


def test_header_ending_in_crlf_and_a_bom_loads_lazily_as_eagerly(content: Path) -> None:
    path = _file(content)
    crlf = "\ufeff" + path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(crlf.encode("utf-8"))
    eager = Library.load(content).version(*DAMAGED)
    lazy = Library.load(content, lazy=True).version(*DAMAGED)
    assert eager.header["document"] == "declaration"
    _same_versions(lazy, eager)


# --- the records without dataclasses keep their constructors --------------------------------


def test_records_built_by_hand_format_and_parse_back() -> None:
    """What the import tool does: build a ContentFile, write it, read it back."""
    cf = ContentFile(path="x.txt", header={"document": "d", "language": "en"})
    assert cf.passages == [] and cf.closing == () and cf.header_lines == {}
    assert ContentFile(path="y.txt", header={}).passages is not cf.passages
    cf.passages.append(RawPassage("pp-1", ("First.",), (Marker(0, "Front"), Marker(1, "Title"))))
    cf.passages.append(RawPassage("op-1", ("One.", "- a point"), see=("d:pp-1",)))
    cf.closing = (Marker(0, "End"),)
    back = parse_text(format_file(cf), "x.txt")
    assert [p._replace(line=0) for p in back.passages] == cf.passages
    assert back.closing == cf.closing
    assert back.passages[1].text == "One.\n- a point"
    assert back.header == cf.header and back.header_lines == {"document": 1, "language": 2}
