"""Every file location the app uses, decided in one place.

Bundled, read-only things (content, resources, the prebuilt index) live beside the code or,
in a frozen build, inside the bundle. User data (bookmarks, settings, a rebuilt index) goes to
one of three places, decided once before anything is written:

1. `--data-dir DIR` (or the RIGHTS_AT_HAND_DATA_DIR environment variable): tests, scripted use;
2. portable mode: a file named `portable` beside the executable (in a source checkout: at the
   project root; on a USB stick laid out by `make bundle`: beside the app folder) puts
   everything in a `data/` folder next to that marker, so nothing is left on the host;
3. otherwise the platform's usual per-user folders (platformdirs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from desktop import APP_ID
from desktop.errors import UserError

PORTABLE_MARKER = "portable"
DATA_DIR_ENV = "RIGHTS_AT_HAND_DATA_DIR"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """Where the bundled read-only files are: the project root, or the PyInstaller bundle."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


CONTENT_DIR_ENV = "RIGHTS_AT_HAND_CONTENT_DIR"


def content_dir() -> Path:
    """The bundled texts; RIGHTS_AT_HAND_CONTENT_DIR points elsewhere (editors, tests)."""
    override = os.environ.get(CONTENT_DIR_ENV)
    return Path(override) if override else bundle_root() / "content"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def shipped_index_dir() -> Path:
    """The prebuilt search index made by `make index` and shipped in the bundle."""
    return bundle_root() / "build" / "index" if not is_frozen() else bundle_root() / "index"


def executable_dir() -> Path:
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def find_portable_marker() -> Path | None:
    """The `portable` marker beside the executable, or one folder up (the USB stick layout)."""
    here = executable_dir()
    for folder in (here, here.parent) if is_frozen() else (here,):
        marker = folder / PORTABLE_MARKER
        if marker.is_file():
            return marker
    return None


class UserPaths(NamedTuple):
    """Where user data goes; `mode` says why (`explicit`, `portable` or `system`)."""

    # A NamedTuple, not a frozen dataclass: the same immutable record without importing
    # `dataclasses` and defining one at start-up (~1-2 ms, bench/README.md).

    mode: str
    data: Path
    config: Path
    cache: Path

    @property
    def bookmarks_db(self) -> Path:
        return self.data / "bookmarks.sqlite3"

    @property
    def protected_db(self) -> Path:
        """The bookmarks store encrypted with a passphrase (SQLCipher), when there is one."""
        return self.data / "bookmarks-protected.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def index_cache(self) -> Path:
        return self.cache / "index"

    @property
    def exports(self) -> Path:
        return self.data / "exports"


def _under(root: Path, mode: str) -> UserPaths:
    return UserPaths(mode, root, root / "config", root / "cache")


def resolve_user_paths(data_dir: str | os.PathLike[str] | None = None) -> UserPaths:
    """Decide where user data lives; nothing is created here."""
    explicit = data_dir or os.environ.get(DATA_DIR_ENV)
    if explicit:
        return _under(Path(explicit).expanduser().resolve(), "explicit")
    marker = find_portable_marker()
    if marker is not None:
        return _under(marker.parent / "data", "portable")
    import platformdirs  # only here: --data-dir and portable runs never need it

    return UserPaths(
        "system",
        Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
    )


class DataDirError(UserError):
    """No place for user data can be made where it was asked for (a file stands there)."""

    def __init__(self, message: str, blocker: Path | None = None,
                 given: tuple[str, str] | None = None, inside: bool = False) -> None:
        super().__init__(message)
        #: The file standing where a data folder must be; None when no folder was given.
        #: The window that says why the app cannot open names it in the person's language.
        self.blocker = blocker
        #: How the folder was given: ("", the flag or variable as typed), or the
        #: `commands` key naming it ("data_dir_portable") and the folder; None when
        #: --data-dir was empty. The CLI words the refusal from it in the language of
        #: --lang (desktop.verbs.lines.data_dir_error): this module, which finds the
        #: language files, cannot read them.
        self.given = given
        #: Whether `blocker` stands inside the folder given (config/, cache/), not at it.
        self.inside = inside


def _file_in_the_way(folder: Path) -> Path | None:
    """The file that stands where `folder`, or a folder above it, should be; None if the
    folder exists or could be made (as far as can be told without making it)."""
    for candidate in (folder, *folder.parents):
        try:
            is_dir = candidate.is_dir()
            exists = is_dir or candidate.exists()
        except OSError:  # no permission to look: a later write says so, as before
            return None
        if is_dir:
            return None
        if exists:
            return candidate
    return None


def _check_folders(up: UserPaths, given: tuple[str, str]) -> None:
    """Refuse user paths that can never hold data, before anything is read or written.

    A file where the data folder should be would otherwise pass for a read-only medium:
    bookmarks reported as saved nowhere, a self-test failing half-way, `--data-dir` with
    a typo accepted without a word.
    """
    for folder in (up.data, up.config, up.cache):
        blocker = _file_in_the_way(folder)
        if blocker is None:
            continue
        key, typed = given
        named = {"data_dir_portable": f"the portable data folder {typed}",
                 "data_dir_default": f"the data folder {typed}"}.get(key, typed)
        where = named if blocker == up.data else f"{named}: {blocker}"
        raise DataDirError(
            f"{where} is a file, not a folder; user data (bookmarks, settings) needs a "
            "folder there (one that does not exist yet is made)", blocker, given,
            inside=blocker != up.data)


_current: UserPaths | None = None


def configure(data_dir: str | os.PathLike[str] | None = None) -> UserPaths:
    """Fix the user paths for this process (called once, early, by the CLI).

    Raises DataDirError when `data_dir` is empty, or when a file stands where a data folder
    must go (given with `data_dir`, RIGHTS_AT_HAND_DATA_DIR, beside the portable marker,
    or in the platform's folders).
    """
    global _current
    if data_dir is not None and not os.fspath(data_dir).strip():
        # Path("") is the current folder: an empty --data-dir (an unset shell variable in a
        # script) would put bookmarks wherever the command happened to run.
        raise DataDirError("--data-dir is empty; give the folder for user data")
    up = resolve_user_paths(data_dir)
    # How the folder was given, for a refusal (DataDirError.given).
    if data_dir is not None:
        given = ("", f"--data-dir {up.data}")
    elif up.mode == "explicit":
        given = ("", f"{DATA_DIR_ENV}={up.data}")
    elif up.mode == "portable":
        given = ("data_dir_portable", str(up.data))
    else:
        given = ("data_dir_default", str(up.data))
    _check_folders(up, given)
    _current = up
    if up.mode != "explicit":
        _make_private(up)
    if _current.mode == "portable":
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            # No session bus on this host: Qt (its accessibility bridge, the platform
            # theme) would have libdbus autolaunch one, which writes into the host's home
            # (~/.dbus) and runtime folders. An address libdbus cannot use stops that; a bus
            # that exists is left alone, so screen readers keep working over AT-SPI.
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
        # Qt, fontconfig and Python itself write caches and temporary files under these; on
        # a borrowed computer they must land on the stick, not in the host's home folder.
        # Set even when the folder cannot be made (a locked stick): then such writes fail
        # instead of landing on the host. TEMP and TMP are what Windows and Qt there use.
        tmp = _current.cache / "tmp"
        redirect = {
            "XDG_CACHE_HOME": _current.cache / "xdg",
            "XDG_CONFIG_HOME": _current.config / "xdg",
            "XDG_DATA_HOME": _current.data / "xdg",
            "XDG_STATE_HOME": _current.data / "xdg-state",
            "TMPDIR": tmp,
            "TEMP": tmp,
            "TMP": tmp,
        }
        for name, folder in redirect.items():
            ensure_dir(folder)
            os.environ[name] = str(folder)
        import tempfile

        tempfile.tempdir = None  # recomputed from TMPDIR on next use
    return _current


def keep_files_private() -> None:
    """Every file and folder the process makes is readable by its user only (0600 and 0700
    on POSIX): bookmarks, settings, exports, Qt's and SQLite's side files included. Called
    once by the command line, before anything is written."""
    if os.name == "posix":
        os.umask(0o077)


def _make_private(up: UserPaths) -> None:
    """The app's own folders that exist already (made by an older version, 0755) become
    0700. Not a folder given with --data-dir: that one is the person's to decide."""
    if os.name != "posix":
        return
    for folder in (up.data, up.config, up.cache):
        try:
            if folder.is_dir() and folder.stat().st_uid == os.getuid():
                folder.chmod(0o700)
        except OSError:
            pass  # a read-only stick, a FAT file system: nothing to tighten there


def user_paths() -> UserPaths:
    """The user paths fixed by `configure`, or the default decision if it was never called."""
    return _current if _current is not None else configure()


def ensure_dir(path: Path) -> bool:
    """Create a folder if possible; False on a read-only medium (the caller goes read-only)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(path, os.W_OK)
