"""`Library.load(lenient=True)`: reading goes on without a damaged file.

A lenient load (the GUI, the reading verbs) leaves out a file whose header cannot be read,
and gives no topics for a damaged topics.txt, recording each ContentError in `problems`;
a strict load (the validator, the manifest, the index build) still raises the first one.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.contentfile import ContentError
from desktop.languages import UnknownLanguage
from desktop.library import Library, NothingReadable, UnreadableFile
from desktop.paths import content_dir
from tests.test_library_lazy import DAMAGED, HEADER_DAMAGE, _damage_body, _file


@pytest.fixture(scope="module")
def intact() -> Library:
    return Library.load(content_dir())


def _strict_error(root: Path, lazy: bool = False) -> ContentError:
    with pytest.raises(ContentError) as info:
        Library.load(root, lazy=lazy)
    return info.value


def _damage_header(path: Path, damage: str = "not a header line") -> None:
    change, _words = HEADER_DAMAGE[damage]
    text = path.read_text(encoding="utf-8")
    path.write_text(change(text), encoding="utf-8")


def _damage_topics(root: Path) -> int:
    """A line that is neither '[topic-id]' nor 'field: value' at the end; its number."""
    path = root / "topics.txt"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\ngarbage\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


@pytest.mark.parametrize("lazy", [True, False], ids=["lazy", "eager"])
@pytest.mark.parametrize("damage", sorted(HEADER_DAMAGE))
def test_a_damaged_header_is_left_out_and_recorded(
    content: Path, intact: Library, damage: str, lazy: bool
) -> None:
    path = _file(content)
    _damage_header(path, damage)
    strict = _strict_error(content, lazy=lazy)  # the strict modes still raise
    library = Library.load(content, lazy=lazy, lenient=True)
    assert [str(e) for e in library.problems] == [str(strict)]
    declaration = library.document("declaration")
    assert declaration.languages == ["en", "es", "ru", "zh", "ar"]
    with pytest.raises(UnknownLanguage, match="not available in fr"):
        library.version(*DAMAGED)
    assert library.document_ids == intact.document_ids
    assert [t.id for t in library.topics] == [t.id for t in intact.topics]
    assert library.load_all() == []  # nothing else is damaged
    assert len(library.problems) == 1  # and nothing is reported twice
    assert sum(1 for _ in library.passages()) == sum(
        1 for p in intact.passages() if (p.doc, p.lang) != DAMAGED
    )


def test_a_lenient_lazy_load_parses_only_the_damaged_file(content: Path) -> None:
    """Start-up stays lazy: collecting a header's error parses nothing else."""
    _damage_header(_file(content))
    library = Library.load(content, lazy=True, lenient=True)
    assert not any(v.parsed for d in library for v in d.versions.values())
    assert len(library.problems) == 1


def test_a_lenient_eager_load_leaves_out_a_damaged_body_too(content: Path) -> None:
    line = _damage_body(_file(content))
    strict = _strict_error(content)
    library = Library.load(content, lenient=True)
    assert [str(e) for e in library.problems] == [str(strict)]
    assert (library.problems[0].path, library.problems[0].line) == (str(_file(content)), line)
    assert "fr" not in library.document("declaration").versions


def test_lazy_bodies_join_the_problems_once(content: Path) -> None:
    _damage_header(_file(content))
    body = _file(content, "res-64-163", "es")
    _damage_body(body, "[op-7]")
    library = Library.load(content, lazy=True, lenient=True)
    errors = library.load_all()
    assert [e.path for e in errors] == [str(body)]
    assert [e.path for e in library.problems] == [str(_file(content)), str(body)]
    assert library.load_all() == [] and len(library.problems) == 2


def test_readable_leaves_out_a_damaged_body_at_once(content: Path) -> None:
    """The window asks before it shows a text; load_all must not report it again."""
    _damage_body(_file(content))
    library = Library.load(content, lazy=True, lenient=True)
    english = library.version("declaration", "en")
    assert library.readable(english) and english.parsed
    assert not library.readable(library.version(*DAMAGED))
    assert "fr" not in library.document("declaration").versions
    assert [e.path for e in library.problems] == [str(_file(content))]
    assert library.load_all() == []
    assert len(library.problems) == 1


def test_readable_version_falls_back_past_damaged_bodies(content: Path) -> None:
    """The reader asks for a language; a damaged body in it, or in the reference language
    too, gives the next readable choice, and nothing once the document has none left."""
    _damage_body(_file(content))  # declaration/fr
    _damage_body(_file(content, lang="en"))
    library = Library.load(content, lazy=True, lenient=True)
    shown = library.readable_version("declaration", "fr")
    assert shown is not None and shown.parsed
    # French, then English (the reference) were damaged: the first language left stands in.
    assert shown.lang == library.document("declaration").languages[0]
    assert {"fr", "en"}.isdisjoint(library.document("declaration").versions)
    assert sorted(e.path for e in library.problems) == sorted(
        [str(_file(content)), str(_file(content, lang="en"))])
    assert library.readable_version("declaration", "es").lang == "es"
    assert library.readable_version("no-such-document", "en") is None
    for version in list(library.document("declaration").versions.values()):
        _damage_body(version.path)
    only = Library.load(content, lazy=True, lenient=True)
    assert only.readable_version("declaration", "en") is None  # every body tried, none read
    assert "declaration" not in only


def test_a_damaged_topics_file_gives_no_topics(content: Path, intact: Library) -> None:
    line = _damage_topics(content)
    strict = _strict_error(content)
    assert strict.path == str(content / "topics.txt") and strict.line == line
    for lazy in (True, False):
        library = Library.load(content, lazy=lazy, lenient=True)
        assert library.topics == []
        assert [str(e) for e in library.problems] == [str(strict)]
        assert str(library.topics_path) == library.problems[0].path
        assert library.document_ids == intact.document_ids  # every text is still there


def test_without_english_another_language_is_the_reference(content: Path) -> None:
    _damage_header(_file(content, "declaration", "en"))
    declaration = Library.load(content, lenient=True).document("declaration")
    assert declaration.reference_version.lang == "fr"  # the first in the usual order
    assert declaration.reference_version.passage("art-12.2") is not None


def test_nothing_readable_is_still_an_error(content: Path) -> None:
    paths = sorted(content.glob("*/*.txt"))
    for path in paths:
        _damage_header(path, "no end of header")
    with pytest.raises(NothingReadable) as info:
        Library.load(content, lazy=True, lenient=True)
    message = str(info.value)
    assert message.startswith(f"none of the texts in {content} can be read")
    assert str(paths[0]) in message and "no '---' line" in message
    with pytest.raises(ContentError):  # strict: the first file's own error
        Library.load(content, lazy=True)


def test_an_empty_content_folder_is_an_error_when_reading(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NothingReadable, match="no texts found in"):
        Library.load(empty, lenient=True)
    assert list(Library.load(empty)) == []  # the tools' strict load is unchanged


# -- files the system will not read at all (OSError), not only damaged ones -----------------


def _refuse_reading(monkeypatch: pytest.MonkeyPatch, refused: Path, error: OSError) -> None:
    """Reading `refused` raises `error`, as a permission or I/O error would, even for root."""
    read_bytes = Path.read_bytes

    def read(self: Path) -> bytes:
        if self == refused:
            raise error
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read)


@pytest.mark.parametrize("lazy", [True, False], ids=["lazy", "eager"])
@pytest.mark.parametrize(
    ("error", "reason"),
    [(PermissionError(13, "Permission denied"), "Permission denied"),
     (OSError(5, "Input/output error"), "Input/output error")],
)
def test_an_unreadable_file_is_left_out_and_recorded(
    content: Path, intact: Library, monkeypatch: pytest.MonkeyPatch, lazy: bool,
    error: OSError, reason: str,
) -> None:
    path = _file(content)
    _refuse_reading(monkeypatch, path, error)
    with pytest.raises(OSError):  # strict loads unchanged: the error goes through
        Library.load(content, lazy=lazy)
    library = Library.load(content, lazy=lazy, lenient=True)
    [problem] = library.problems
    assert isinstance(problem, UnreadableFile) and isinstance(problem, ContentError)
    assert problem.path == str(path)
    assert str(problem) == f"{path}: cannot be read ({reason})"
    assert "fr" not in library.document("declaration").versions
    assert library.document_ids == intact.document_ids
    assert library.load_all() == [] and len(library.problems) == 1


def test_an_unreadable_topics_file_gives_no_topics(
    content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    topics = content / "topics.txt"
    _refuse_reading(monkeypatch, topics, PermissionError(13, "Permission denied"))
    library = Library.load(content, lenient=True)
    assert library.topics == []
    assert [str(e) for e in library.problems] == [f"{topics}: cannot be read (Permission denied)"]
    with pytest.raises(PermissionError):
        Library.load(content)


def test_a_folder_where_a_text_should_be_is_left_out(content: Path) -> None:
    path = _file(content)
    path.unlink()
    path.mkdir()
    library = Library.load(content, lenient=True)
    assert [str(e) for e in library.problems] == [f"{path}: cannot be read (Is a directory)"]
    with pytest.raises(IsADirectoryError):
        Library.load(content)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a file whatever its permissions")
def test_a_file_without_read_permission_is_left_out(content: Path) -> None:
    path = _file(content)
    path.chmod(0)
    try:
        library = Library.load(content, lazy=True, lenient=True)
        assert [str(e) for e in library.problems] == [
            f"{path}: cannot be read (Permission denied)"]
    finally:
        path.chmod(0o644)


def test_nothing_readable_because_nothing_can_be_opened(content: Path) -> None:
    for path in content.glob("*/*.txt"):
        path.unlink()
        path.mkdir()
    with pytest.raises(NothingReadable) as info:
        Library.load(content, lenient=True)
    assert "cannot be read (Is a directory)" in str(info.value)
