"""The shipped index, its integrity check, and the rebuild fallback."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.library import Library
from desktop.search import build_index, check_index, open_searcher
from desktop.search.index import INFO_NAME

FILES = {
    ("mini", "en"): "[art-1]\nEveryone has the right to assemble peacefully.\n\n"
    "[art-2]\nThe State shall protect defenders.\n",
    ("mini", "fr"): "[art-1]\nChacun a le droit de se réunir pacifiquement.\n\n"
    "[art-2]\nL'État protège les défenseurs.\n",
}


@pytest.fixture
def user_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[paths.UserPaths]:
    """User data in a temporary folder, and a shipped index folder that starts missing."""
    monkeypatch.setattr(paths, "shipped_index_dir", lambda: tmp_path / "shipped")
    old = paths._current
    yield paths.configure(tmp_path / "data")
    paths._current = old


@pytest.fixture
def mini(make_library: Callable[[dict[tuple[str, str], str]], Library]) -> Library:
    return make_library(FILES)


def test_build_writes_info_and_passes_the_check(mini: Library, tmp_path: Path) -> None:
    out = build_index(mini, tmp_path / "ix")
    info = json.loads((out / INFO_NAME).read_text("utf-8"))
    assert info["passages"] == 4
    assert info["languages"] == ["en", "fr"]
    assert set(info["files"]) == {p.name for p in out.iterdir() if p.name != INFO_NAME}
    assert check_index(out, mini) == []


def test_check_names_a_damaged_file(mini: Library, tmp_path: Path) -> None:
    out = build_index(mini, tmp_path / "ix")
    seg = next(p for p in out.iterdir() if p.suffix == ".seg")
    data = bytearray(seg.read_bytes())
    data[len(data) // 2] ^= 0xFF
    seg.write_bytes(bytes(data))
    problems = check_index(out, mini)
    assert len(problems) == 1 and seg.name in problems[0]


def test_check_sees_changed_content(mini: Library, tmp_path: Path) -> None:
    out = build_index(mini, tmp_path / "ix")
    path = mini.root / "mini" / "en.txt"
    path.write_text(path.read_text("utf-8").replace("defenders", "people"), "utf-8")
    changed = Library.load(mini.root)
    assert any("other content" in p for p in check_index(out, changed))


def test_check_of_missing_or_unreadable_info(mini: Library, tmp_path: Path) -> None:
    assert check_index(tmp_path / "nothing", mini)
    out = build_index(mini, tmp_path / "ix")
    (out / INFO_NAME).write_text("{not json", "utf-8")
    assert "cannot be read" in check_index(out, mini)[0]


def test_shipped_index_is_used_when_it_matches(mini: Library, user_paths: paths.UserPaths) -> None:
    build_index(mini, paths.shipped_index_dir())
    calls: list[tuple[int, int]] = []
    with open_searcher(mini, progress=lambda d, t: calls.append((d, t))) as searcher:
        assert searcher.source == "shipped"
        assert searcher.search("pacifiquement").hits
    assert calls == []  # nothing was built
    assert not user_paths.index_cache.exists()


def test_missing_shipped_index_is_built_in_the_cache(
    mini: Library, user_paths: paths.UserPaths
) -> None:
    calls: list[tuple[int, int]] = []
    with open_searcher(mini, progress=lambda d, t: calls.append((d, t))) as searcher:
        assert searcher.source == "cache"
        assert searcher.index_dir is not None
        assert searcher.index_dir.parent == user_paths.index_cache
        assert [h.passage for h in searcher.search("defenders").hits] == ["art-2"]
    assert calls[-1] == (4, 4)
    # A second start reuses it without building.
    calls.clear()
    with open_searcher(mini, progress=lambda d, t: calls.append((d, t))) as searcher:
        assert searcher.source == "cache"
    assert calls == []


def test_stale_or_corrupt_indexes_are_rebuilt(mini: Library, user_paths: paths.UserPaths) -> None:
    build_index(mini, paths.shipped_index_dir())
    path = mini.root / "mini" / "en.txt"
    path.write_text(path.read_text("utf-8").replace("defenders", "advocates"), "utf-8")
    changed = Library.load(mini.root)
    with open_searcher(changed) as searcher:
        assert searcher.source == "cache"  # the shipped index is stale
        assert searcher.search("advocates").hits
        cache_dir = searcher.index_dir
    assert cache_dir is not None
    for p in cache_dir.iterdir():  # wreck every file of the cached index
        if p.name != INFO_NAME:
            p.write_bytes(b"\0" * 64)
    with open_searcher(changed) as searcher:
        assert searcher.source == "cache"
        assert searcher.search("advocates").hits
    assert check_index(cache_dir, changed) == []


def test_unwritable_cache_falls_back_to_memory(
    mini: Library, user_paths: paths.UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "ensure_dir", lambda _p: False)
    with open_searcher(mini) as searcher:
        assert searcher.source == "memory"
        assert searcher.search("réunir").hits


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_read_only_shipped_index_opens(mini: Library, user_paths: paths.UserPaths) -> None:
    shipped = build_index(mini, paths.shipped_index_dir())
    for p in shipped.iterdir():
        p.chmod(0o444)
    shipped.chmod(0o555)
    try:
        with open_searcher(mini) as searcher:
            assert searcher.source == "shipped"
            assert searcher.search("defenders").hits
    finally:
        shipped.chmod(0o755)


def test_an_unreadable_file_gives_an_index_of_the_rest(
    mini: Library, user_paths: paths.UserPaths
) -> None:
    """A content file the system will not read (here a folder stands where it should be, an
    OSError even for root) is left out by the lenient library; the digest still says what
    the index must match: not the shipped index (it holds the text now left out), the same
    index at every start while the file stays unreadable, the shipped one again after."""
    from desktop.manifest import content_digest

    build_index(mini, paths.shipped_index_dir())
    shipped_digest = content_digest(mini.root)
    fr = mini.root / "mini" / "fr.txt"
    saved = fr.read_bytes()
    fr.unlink()
    fr.mkdir()
    lenient = Library.load(mini.root, lenient=True)
    assert [str(e) for e in lenient.problems] == [f"{fr}: cannot be read (Is a directory)"]
    digest = content_digest(mini.root)  # no OSError
    assert digest != shipped_digest and digest == content_digest(mini.root)
    assert any("other content" in p for p in check_index(paths.shipped_index_dir(), lenient))
    calls: list[tuple[int, int]] = []
    with open_searcher(lenient, progress=lambda d, t: calls.append((d, t))) as searcher:
        assert searcher.source == "cache"  # built without the French text
        assert searcher.search("defenders").hits
        assert searcher.search("pacifiquement").hits == []
        cache_dir = searcher.index_dir
    assert calls[-1] == (2, 2)
    assert cache_dir is not None and check_index(cache_dir, lenient) == []
    calls.clear()
    with open_searcher(Library.load(mini.root, lenient=True),
                       progress=lambda d, t: calls.append((d, t))) as searcher:
        assert (searcher.source, searcher.index_dir, calls) == ("cache", cache_dir, [])
    fr.rmdir()
    fr.write_bytes(saved)
    assert content_digest(mini.root) == shipped_digest
    with open_searcher(Library.load(mini.root, lenient=True)) as searcher:
        assert searcher.source == "shipped"
        assert searcher.search("pacifiquement").hits


def test_an_unreadable_index_file_is_a_problem_not_an_error(
    mini: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An index file the system will not read (an I/O error on a failing stick; permissions
    stop nothing for root, so the error is raised where the file is read)."""
    from desktop.search import index as index_mod

    out = build_index(mini, tmp_path / "ix")
    seg = next(p for p in out.iterdir() if p.suffix == ".seg")
    real = index_mod.sha256_file

    def sha256_file(path: Path) -> str:
        if path == seg:
            raise OSError(5, "Input/output error", str(path))
        return real(path)

    monkeypatch.setattr(index_mod, "sha256_file", sha256_file)
    assert check_index(out, mini) == [f"{seg}: cannot be read (Input/output error)"]
