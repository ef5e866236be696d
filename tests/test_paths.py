"""Where user data goes: --data-dir, the portable marker, or the platform's folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop import paths


def test_explicit_data_dir_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    up = paths.resolve_user_paths(tmp_path / "mine")
    assert up.mode == "explicit"
    assert up.bookmarks_db == (tmp_path / "mine" / "bookmarks.sqlite3").resolve()
    assert up.settings_file.is_relative_to((tmp_path / "mine").resolve())
    assert up.index_cache.is_relative_to((tmp_path / "mine").resolve())


def test_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path))
    assert paths.resolve_user_paths().data == tmp_path.resolve()


def test_portable_marker_puts_everything_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    up = paths.resolve_user_paths()
    assert up.mode == "portable"
    for folder in (up.data, up.config, up.cache):
        assert folder.is_relative_to(tmp_path / "data")


def test_portable_mode_redirects_temp_and_xdg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, "/nowhere")
    try:
        paths.configure()
        for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR", "TEMP", "TMP"):
            assert Path(os.environ[name]).is_relative_to(tmp_path / "data"), name
        import tempfile

        assert Path(tempfile.gettempdir()).is_relative_to(tmp_path / "data")
    finally:
        import tempfile

        monkeypatch.undo()
        tempfile.tempdir = None
        paths._current = None


def test_without_marker_uses_platform_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    up = paths.resolve_user_paths()
    assert up.mode == "system"
    assert up.data == tmp_path / "xdg-data" / "rights-at-hand"


def test_unwritable_place_is_reported_not_raised(tmp_path: Path) -> None:
    # A plain file where a folder should be fails even for root (CI runs as root), like a
    # locked stick does for a user.
    blocker = tmp_path / "stick"
    blocker.write_text("")
    assert paths.ensure_dir(blocker / "data") is False
    assert paths.ensure_dir(tmp_path / "fine" / "data") is True


def test_content_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.CONTENT_DIR_ENV, str(tmp_path))
    assert paths.content_dir() == tmp_path
    monkeypatch.delenv(paths.CONTENT_DIR_ENV)
    assert (paths.content_dir() / "declaration" / "en.txt").is_file()


def test_a_file_given_as_the_data_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("mine\n")
    for given, named in ((blocker, f"--data-dir {blocker}"),
                         (blocker / "sub", f"--data-dir {blocker / 'sub'}: {blocker}")):
        with pytest.raises(paths.DataDirError) as info:
            paths.configure(str(given))
        assert str(info.value).startswith(f"{named} is a file, not a folder")
    assert blocker.read_text() == "mine\n"  # nothing written over it


def test_an_empty_data_dir_is_refused(tmp_path: Path) -> None:
    for empty in ("", "  "):
        with pytest.raises(paths.DataDirError, match="--data-dir is empty"):
            paths.configure(empty)


def test_a_file_in_place_of_a_subfolder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cache").write_text("")
    with pytest.raises(paths.DataDirError) as info:
        paths.configure(str(tmp_path / "data"))
    assert str(info.value).startswith(
        f"--data-dir {tmp_path / 'data'}: {tmp_path / 'data' / 'cache'} is a file, not a folder")


def test_the_environment_variable_pointing_at_a_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "afile").write_text("")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "afile"))
    with pytest.raises(paths.DataDirError,
                       match=f"^{paths.DATA_DIR_ENV}={tmp_path / 'afile'} is a file"):
        paths.configure()


def test_a_file_where_the_portable_data_folder_goes_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beside the marker, `data` must be a folder; a file there is refused before anything
    (temp and XDG folders included) is pointed at it."""
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: tmp_path)
    (tmp_path / "portable").write_text("")
    (tmp_path / "data").write_text("not a folder")
    monkeypatch.setenv("TMPDIR", "/untouched")
    with pytest.raises(paths.DataDirError) as info:
        paths.configure()
    assert str(info.value).startswith(
        f"the portable data folder {tmp_path / 'data'} is a file, not a folder")
    assert os.environ["TMPDIR"] == "/untouched"
    assert (tmp_path / "data").read_text() == "not a folder"


def test_a_folder_that_does_not_exist_yet_is_fine(tmp_path: Path) -> None:
    previous = paths._current
    try:
        assert paths.configure(str(tmp_path / "new" / "data")).data == (
            tmp_path / "new" / "data").resolve()
    finally:
        paths._current = previous
