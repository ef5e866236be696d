"""desktop.settings: declared settings, one accessor, safe file, upgrades, private mode."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop import settings as settings_module
from desktop.settings import FORMAT_KEY, FORMAT_VERSION, SETTINGS, Settings, UnknownSetting


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_every_setting_is_declared_with_type_default_and_description() -> None:
    for name in ("ui_language", "theme", "zoom", "window_geometry", "window_state",
                 "last_passage", "history", "recent_searches", "private_mode",
                 "search_language", "search_document"):
        setting = SETTINGS[name]
        assert isinstance(setting.default, setting.type)
        assert setting.description and "\n" not in setting.description


def test_defaults_without_a_file(path: Path) -> None:
    s = Settings.load(path)
    assert s.get("theme") == "light" and s.get("zoom") == 100
    assert s.get("history") == [] and s.get("private_mode") is False
    assert s.can_save and s.problem is None
    assert not path.exists()  # reading creates no file


def test_history_and_searches_are_not_stored_unless_turned_on(path: Path) -> None:
    s = Settings.load(path)
    s.push("history", "declaration:art-9")
    s.set("last_passage", "declaration:art-9")
    s.push("recent_searches", "arbitrary detention")
    assert s.get("recent_searches") == ["arbitrary detention"]  # kept for the session
    assert s.save()
    text = path.read_text("utf-8")
    assert "art-9" not in text and "arbitrary detention" not in text
    s.set("keep_history", True)
    s.keep_in_memory = True  # protected bookmarks: still nothing in the plain file
    assert s.save()
    assert "arbitrary detention" not in path.read_text("utf-8")
    s.keep_in_memory = False
    assert s.save()
    assert "arbitrary detention" in path.read_text("utf-8")
    # An older file that holds history, without the person having turned it on.
    path.write_text(json.dumps({FORMAT_KEY: 1, "history": ["declaration:art-3"],
                                "recent_searches": ["torture"]}), "utf-8")
    old = Settings.load(path)
    assert old.get("history") == [] and old.get("recent_searches") == []
    old.save()
    assert "torture" not in path.read_text("utf-8")


def test_round_trip(path: Path) -> None:
    s = Settings.load(path)
    s.set("keep_history", True)
    s.set("theme", "dark")
    s.set("zoom", 130)
    s.push("recent_searches", "assemble peacefully")
    s.push("recent_searches", "réunion")
    assert s.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data[FORMAT_KEY] == FORMAT_VERSION
    assert data["recent_searches"] == ["réunion", "assemble peacefully"]
    again = Settings.load(path)
    assert again.get("theme") == "dark" and again.get("zoom") == 130
    assert again.get("recent_searches") == ["réunion", "assemble peacefully"]


def test_unknown_names_and_bad_values_are_refused(path: Path) -> None:
    s = Settings.load(path)
    with pytest.raises(UnknownSetting):
        s.get("colour")
    with pytest.raises(UnknownSetting):
        s.set("colour", "red")
    with pytest.raises(ValueError):
        s.set("theme", "purple")
    with pytest.raises(ValueError):
        s.set("zoom", "big")
    with pytest.raises(ValueError):
        s.set("private_mode", 1)


def test_numbers_are_kept_in_range_and_lists_short(path: Path) -> None:
    s = Settings.load(path)
    s.set("zoom", 5000)
    assert s.get("zoom") == 300
    for i in range(100):
        s.push("history", f"declaration:art-{i}")
    assert len(s.get("history")) == 50 and s.get("history")[0] == "declaration:art-99"


def test_returned_lists_are_copies(path: Path) -> None:
    s = Settings.load(path)
    s.get("history").append("x")
    assert s.get("history") == []


def test_corrupt_file_gives_defaults_and_is_kept_aside(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    s = Settings.load(path)
    assert s.get("theme") == "light"
    assert s.problem and "damaged" in s.problem
    assert (path.parent / "settings.json.damaged").read_text(encoding="utf-8") == "{not json"
    assert s.can_save and s.save()


def test_one_bad_value_does_not_lose_the_others(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({FORMAT_KEY: 1, "theme": "purple", "zoom": 120}), "utf-8")
    s = Settings.load(path)
    assert s.get("theme") == "light" and s.get("zoom") == 120


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="permissions are not enforced for root / on Windows")
def test_read_only_folder_never_crashes(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({FORMAT_KEY: 1, "zoom": 120}), "utf-8")
    path.parent.chmod(0o500)
    try:
        s = Settings.load(path)
        assert s.get("zoom") == 120
        assert not s.can_save and "read-only" in (s.problem or "")
        s.set("zoom", 140)
        assert s.save() is False
    finally:
        path.parent.chmod(0o700)


def test_write_failure_is_reported_not_raised(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings.load(path)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "replace", fail)
    assert s.save() is False
    assert not s.can_save and "No space left" in (s.problem or "")
    assert not path.exists()
    assert not list(path.parent.glob(".settings-*"))  # no temporary file left behind


def test_unreadable_path_is_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()  # a folder where the file should be
    s = Settings.load(folder)
    assert s.get("zoom") == 100 and not s.can_save


def test_newer_format_is_read_but_never_overwritten(path: Path) -> None:
    path.parent.mkdir(parents=True)
    original = json.dumps({FORMAT_KEY: FORMAT_VERSION + 1, "zoom": 150, "future": True})
    path.write_text(original, "utf-8")
    s = Settings.load(path)
    assert s.get("zoom") == 150
    assert not s.can_save and "newer" in (s.problem or "")
    s.set("zoom", 90)
    assert not s.save()
    assert path.read_text("utf-8") == original


def test_unversioned_file_is_upgraded(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "fr", "zoom": 120}), "utf-8")
    s = Settings.load(path)
    assert s.get("ui_language") == "fr" and s.get("zoom") == 120
    s.save()
    data = json.loads(path.read_text("utf-8"))
    assert data[FORMAT_KEY] == FORMAT_VERSION and "language" not in data


def test_upgrade_steps_run_in_order(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def to_2(data: dict) -> dict:  # type: ignore[type-arg]
        return {**data, "zoom": data.get("zoom", 100) + 1}

    monkeypatch.setattr(settings_module, "FORMAT_VERSION", 2)
    monkeypatch.setitem(settings_module.UPGRADES, 1, to_2)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "ru", "zoom": 120}), "utf-8")  # format 0
    s = Settings.load(path)
    assert s.get("ui_language") == "ru" and s.get("zoom") == 121


def test_unknown_keys_survive_a_save(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({FORMAT_KEY: 1, "added-later": [1, 2]}), "utf-8")
    s = Settings.load(path)
    s.set("zoom", 110)
    s.save()
    assert json.loads(path.read_text("utf-8"))["added-later"] == [1, 2]


def test_private_mode_stores_no_session_state(path: Path) -> None:
    s = Settings.load(path)
    s.push("history", "declaration:art-1")
    s.set("last_passage", "declaration:art-1")
    s.push("recent_searches", "torture")
    s.set("private_mode", True)
    # Switching it on forgets what was recorded.
    assert s.get("history") == [] and s.get("last_passage") == ""
    assert s.get("recent_searches") == []
    s.push("history", "declaration:art-2")
    s.set("last_passage", "declaration:art-2")
    s.push("recent_searches", "asylum")
    assert s.get("history") == [] and s.get("last_passage") == ""
    s.save()
    text = path.read_text("utf-8")
    assert "art-1" not in text and "art-2" not in text and "torture" not in text
    assert "asylum" not in text


def test_private_file_edited_by_hand_still_private(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({FORMAT_KEY: 1, "history": ["declaration:art-3"],
                                "private_mode": True}), "utf-8")
    assert Settings.load(path).get("history") == []


def test_write_is_atomic(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The old file stays whole until the new one is complete."""
    s = Settings.load(path)
    s.set("zoom", 120)
    s.save()
    before = path.read_text("utf-8")
    written: list[str] = []
    real_replace = os.replace

    def watch(src: str, dst: str) -> None:
        written.append(Path(src).read_text("utf-8"))
        assert path.read_text("utf-8") == before  # untouched until the rename
        real_replace(src, dst)

    monkeypatch.setattr(settings_module.os, "replace", watch)
    s.set("zoom", 140)
    s.save()
    assert json.loads(written[0])["zoom"] == 140
    assert json.loads(path.read_text("utf-8"))["zoom"] == 140


def test_describe_lists_every_setting() -> None:
    rows = settings_module.describe()
    assert [r[0] for r in rows] == list(SETTINGS)


def test_read_only_medium_never_crashes(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A locked USB stick: the folder exists but nothing can be written (works as root too)."""
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({FORMAT_KEY: 1, "zoom": 120}), "utf-8")
    monkeypatch.setattr(settings_module.os, "access", lambda *a, **k: False)
    s = Settings.load(path)
    assert s.get("zoom") == 120
    assert not s.can_save and "read-only" in (s.problem or "")
    s.set("zoom", 140)
    assert s.save() is False
    assert json.loads(path.read_text("utf-8"))["zoom"] == 120
