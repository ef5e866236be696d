"""A damaged search index is never used and never fatal: it is rebuilt and search answers.

The index in the user cache (and the prebuilt one in the bundle) can be truncated by a
stick pulled out mid-write, lose files to a disk check, or be overwritten by anything.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import paths
from desktop.library import Library
from desktop.search import check_index, open_searcher
from desktop.search.index import build_index
from tests.cli_helpers import ROOT, run_cli
from tests.hardening.conftest import CONTENT

QUERY = "peacefully"
#: Two English documents: rebuilding their index takes a fraction of a second, and damage
#: to an index does not depend on its size. The content differs from the shipped index's,
#: so the command line cannot use build/index and must use the index in the user cache.
SMALL = ("declaration/en.txt", "res-64-163/en.txt")


def small_content(root: Path) -> Path:
    for rel in SMALL:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CONTENT / rel, root / rel)
    return root


def _hits(searcher: object) -> list[tuple[str, str, str]]:
    results = searcher.search(QUERY, lang="en", limit=10)  # type: ignore[attr-defined]
    return [(h.doc, h.passage, h.lang) for h in results.hits]


def _damage(index_dir: Path, how: str) -> None:
    files = sorted(p for p in index_dir.iterdir() if p.is_file())
    seg = next(p for p in files if p.suffix == ".seg")
    toc = next(p for p in files if p.suffix == ".toc")
    info = index_dir / "index-info.json"
    if how == "truncated-segment":
        seg.write_bytes(seg.read_bytes()[: seg.stat().st_size // 2])
    elif how == "empty-segment":
        seg.write_bytes(b"")
    elif how == "missing-segment":
        seg.unlink()
    elif how == "missing-toc":
        toc.unlink()
    elif how == "missing-info":
        info.unlink()
    elif how == "garbage-info":
        info.write_bytes(os.urandom(300))
    elif how == "garbage-everywhere":
        for p in files:
            p.write_bytes(os.urandom(max(1, p.stat().st_size)))
    elif how == "newer-garbage-toc":
        # Not listed in index-info.json, so the hash check passes; whoosh prefers the newest
        # generation and fails on it: opening must still fall back.
        (index_dir / "_MAIN_99.toc").write_bytes(os.urandom(2000))
    elif how == "all-files-gone":
        for p in files:
            p.unlink()
    elif how == "file-instead-of-folder":
        shutil.rmtree(index_dir)
        index_dir.write_bytes(os.urandom(100))
    else:  # pragma: no cover
        raise AssertionError(how)


DAMAGE = [
    "truncated-segment",
    "empty-segment",
    "missing-segment",
    "missing-toc",
    "missing-info",
    "garbage-info",
    "garbage-everywhere",
    "newer-garbage-toc",
    "all-files-gone",
    "file-instead-of-folder",
]


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_content(tmp_path_factory.mktemp("small") / "content")


@pytest.fixture(scope="module")
def library(content: Path) -> Library:
    return Library.load(content)


@pytest.fixture(scope="module")
def pristine_index(library: Library, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_index(library, tmp_path_factory.mktemp("pristine") / "index")


@pytest.fixture(scope="module")
def expected_hits(library: Library, pristine_index: Path) -> list[tuple[str, str, str]]:
    from desktop.search.index import open_read_only
    from desktop.search.searcher import Searcher

    with Searcher(library, open_read_only(pristine_index), "test", pristine_index) as s:
        hits = _hits(s)
    assert hits, f"{QUERY!r} should find something in the English texts"
    return hits


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """User paths in tmp_path for this test; paths.configure's choice restored afterwards."""
    monkeypatch.setattr(paths, "_current", None)
    data = tmp_path / "data"
    paths.configure(data)
    yield data


def _cache_index(library: Library, pristine: Path) -> Path:
    """Put a copy of a good index where open_searcher looks for its cache."""
    from desktop.search.analysis import ANALYSIS_VERSION
    from desktop.search.index import content_digest

    target = paths.user_paths().index_cache / f"{content_digest(library)[:16]}-a{ANALYSIS_VERSION}"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(pristine, target)
    return target


@pytest.mark.parametrize("how", DAMAGE)
def test_damaged_cache_index_is_rebuilt(
    how: str,
    library: Library,
    pristine_index: Path,
    expected_hits: list[tuple[str, str, str]],
    user_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(paths, "shipped_index_dir", lambda: tmp_path / "no-shipped-index")
    target = _cache_index(library, pristine_index)
    assert check_index(target, library) == []
    _damage(target, how)
    assert check_index(target, library) != [] or how == "newer-garbage-toc"
    with open_searcher(library) as searcher:
        assert searcher.source == "cache"
        assert _hits(searcher) == expected_hits
    assert check_index(target, library) == []
    assert not (target / "_MAIN_99.toc").exists()


@pytest.mark.parametrize("how", ["truncated-segment", "garbage-info", "newer-garbage-toc"])
def test_damaged_shipped_index_is_not_used_and_not_written(
    how: str,
    library: Library,
    pristine_index: Path,
    expected_hits: list[tuple[str, str, str]],
    user_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shipped = tmp_path / "bundle" / "index"
    shutil.copytree(pristine_index, shipped)
    _damage(shipped, how)
    before = {p.name: p.read_bytes() for p in shipped.iterdir()}
    monkeypatch.setattr(paths, "shipped_index_dir", lambda: shipped)
    with open_searcher(library) as searcher:
        assert searcher.source == "cache"
        assert _hits(searcher) == expected_hits
    # The bundle is read-only in spirit (often on a locked stick): it is never repaired
    # in place.
    assert {p.name: p.read_bytes() for p in shipped.iterdir()} == before


def test_unwritable_cache_falls_back_to_memory(
    library: Library,
    expected_hits: list[tuple[str, str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "data"
    blocker.write_bytes(b"a file where the data folder should be")  # root ignores chmod
    # Set directly: configure() refuses a file as the data folder before anything runs;
    # here it stands for a medium where no folder can be made, whatever the reason.
    monkeypatch.setattr(paths, "_current", paths.resolve_user_paths(blocker))
    monkeypatch.setattr(paths, "shipped_index_dir", lambda: tmp_path / "no-shipped-index")
    with open_searcher(library) as searcher:
        assert searcher.source == "memory"
        assert _hits(searcher) == expected_hits


# --- through the command line ---------------------------------------------------------------


def _cli_search(data: Path, content: Path) -> list[tuple[str, str, str]]:
    env = {"RIGHTS_AT_HAND_CONTENT_DIR": str(content)}
    out = run_cli("search", QUERY, "--lang", "en", "--json", data_dir=data, env=env)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return [(h["doc"], h["passage"], h["lang"]) for h in json.loads(out.stdout)["hits"]]


def _cache_dirs(data: Path) -> list[Path]:
    root = data / "cache" / "index"
    return sorted(p for p in root.iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("how", ["truncated-segment", "garbage-everywhere", "missing-toc"])
def test_cli_search_rebuilds_a_damaged_cache_index(
    how: str, content: Path, expected_hits: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert _cli_search(data, content) == expected_hits
    (index_dir,) = _cache_dirs(data)
    library = Library.load(content)
    assert check_index(index_dir, library) == []
    _damage(index_dir, how)
    assert _cli_search(data, content) == expected_hits
    assert _cache_dirs(data) == [index_dir]
    assert check_index(index_dir, library) == []


def test_two_processes_building_the_cache_at_once(
    content: Path, expected_hits: list[tuple[str, str, str]], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "RIGHTS_AT_HAND_CONTENT_DIR": str(content),
    }
    cmd = [
        sys.executable,
        "-m",
        "desktop",
        "--data-dir",
        str(data),
        "search",
        QUERY,
        "--lang",
        "en",
        "--json",
    ]
    procs = [
        subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        hits = [(h["doc"], h["passage"], h["lang"]) for h in json.loads(stdout)["hits"]]
        assert hits == expected_hits
    (index_dir,) = _cache_dirs(data)
    assert check_index(index_dir, Library.load(content)) == []
