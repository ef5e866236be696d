"""Fuzzing bookmark import: any file is imported or refused whole, with the import's error.

A bookmarks file comes from another computer, another person, or a damaged stick. Whatever
is in it, `import_file` either merges it or raises `ImportRefused` and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.bookmarks import FORMAT, ImportRefused, Store
from desktop.bookmarks.exchange import to_data


def _snapshot(store: Store) -> dict[str, Any]:
    data = to_data(store)
    del data["exported"]
    return data


def _seeded_store(path: Path) -> Store:
    store = Store(path)
    folder = store.add_folder("Cases")
    store.add("declaration:art-12.2", note="Show this first", folder_id=folder.id, lang="en")
    store.add("res-64-163:op-2..op-4", note="Право на адвоката", title="Own name")
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store on disk for all examples: an accepted import is undone after each one."""
    s = _seeded_store(tmp_path_factory.mktemp("import-fuzz") / "bookmarks.sqlite3")
    yield s
    s.close()


def _import_bytes(store: Store, raw: bytes) -> None:
    assert store.path is not None
    before = _snapshot(store)
    labels = store.undo_label
    file = store.path.with_name("import.json")
    file.write_bytes(raw)
    try:
        store.import_file(file)
    except ImportRefused as exc:
        assert str(exc), "a refusal must say why"
        assert _snapshot(store) == before, "a refused import changed the store"
        assert store.undo_label == labels, "a refused import left an undo step"
    else:
        # Accepted: one undo step takes the store back to where it was.
        if _snapshot(store) != before:
            store.undo()
            assert _snapshot(store) == before


_fixture_ok = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_weird = st.one_of(
    _json,
    st.sampled_from(
        [
            "",
            "x",
            "declaration:art-1",
            "declaration:art-12.1..art-12.3",
            "en",
            "zz-top",
            "2026-11-28T20:10:00+00:00",
            "2026-11-28",
            "9999-12-31T23:59:59-23:59",
            "0001-01-01T00:00:00+01:00",
            "a" * 65,
            "f1",
            "b1",
            "\x00",
            "\ud800",
            "🙂" * 300,
        ]
    ),
)


def _item(fields: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(st.sampled_from(fields), _weird, max_size=len(fields))


_near_valid = st.fixed_dictionaries(
    {
        "format": st.sampled_from([FORMAT, FORMAT, "other", None]),
        "format_version": st.sampled_from([1, 1, 1, 0, 2, True, "1", None, 1.0]),
        "folders": st.one_of(
            st.lists(_item(("uid", "name", "parent", "created", "updated")), max_size=4),
            _json,
        ),
        "bookmarks": st.one_of(
            st.lists(
                _item(("uid", "ref", "lang", "title", "note", "folder", "created", "updated")),
                max_size=5,
            ),
            _json,
        ),
    }
)


@settings(max_examples=300, deadline=None)
@given(_near_valid)
@example(
    {
        "format": FORMAT,
        "format_version": 1,
        "bookmarks": [{"uid": "b1", "ref": "declaration:art-1", "folder": ["f1"]}],
    }
)
@example(
    {
        "format": FORMAT,
        "format_version": 1,
        "bookmarks": [
            {"uid": "b1", "ref": "declaration:art-1", "created": "9999-12-31T23:59:59-23:59"}
        ],
    }
)
@example(
    {
        "format": FORMAT,
        "format_version": 1,
        "folders": [{"uid": "f1", "name": "x", "updated": "0001-01-01T00:00:00+01:00"}],
    }
)
def test_near_valid_files_are_imported_or_refused_whole(store: Store, data: dict[str, Any]) -> None:
    _import_bytes(store, json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass"))


@settings(max_examples=150, deadline=None)
@given(_json)
def test_arbitrary_json_is_imported_or_refused_whole(store: Store, data: Any) -> None:
    _import_bytes(store, json.dumps(data).encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
@example(b"\xef\xbb\xbf{}")
@example(b'{"format": "rights-at-hand-bookmarks", "format_version": 1e999}')
@example(b"[" * 100_000)
def test_arbitrary_bytes_are_refused_whole(store: Store, raw: bytes) -> None:
    _import_bytes(store, raw)
