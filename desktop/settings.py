"""The user's settings: declared once here, stored as one small JSON file.

Qt-free (the CLI and tests use it too). Every setting is declared in `SETTINGS` with its
type, default and a one-line description, and is read and written only through
`Settings.get` / `Settings.set`, so a typo or a wrong type is caught in one place.

The file carries a format version; `UPGRADES` turns an older file into the current format
step by step. A damaged file, a file from a newer version of the app, or a read-only data
folder (a locked USB stick) never stops the app: it starts with what it could read, and
`can_save` is False with `problem` saying why, so the interface can tell the person their
changes will not be kept.

Private mode: settings marked `session` (reading history, last position, recent searches)
are neither stored nor kept while `private_mode` is on, and switching it on erases them.

Session settings are written to the file only when the person turned `keep_history` on
(it is off by default: a seized computer shows nothing of what was read or searched), and
never while `keep_in_memory` is set (the bookmarks are protected with a passphrase: then a
plain file must not hold them either). In memory they still serve the session (back and
forward, the recent searches list).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.languages import LANGUAGES

#: Version of the file format written by this code.
FORMAT_VERSION = 1
FORMAT_KEY = "format-version"


class Setting:
    # A plain class with slots: a NamedTuple or a dataclass builds its methods with exec()
    # at every start (~0.2 ms; bench/README.md, Start-up).
    __slots__ = ("name", "type", "default", "description", "session", "choices", "minimum",
                 "maximum", "max_items")

    def __init__(self, name: str, type: type, default: Any, description: str, *,
                 session: bool = False, choices: tuple[str, ...] = (),
                 minimum: int | None = None, maximum: int | None = None,
                 max_items: int | None = None) -> None:
        self.name = name
        self.type = type
        self.default = default
        self.description = description
        #: Session state: not stored in private mode, not written by a quick exit.
        self.session = session
        #: For strings: the only values allowed (empty tuple: any string).
        self.choices = choices
        #: For integers: inclusive bounds.
        self.minimum = minimum
        self.maximum = maximum
        #: For lists: at most this many items are kept (the newest first).
        self.max_items = max_items


_DECLARED: tuple[Setting, ...] = (
    Setting("ui_language", str, "", "Interface language code; empty: follow the system locale",
            choices=("", *LANGUAGES)),
    Setting("reading_language", str, "", "Language of the texts; empty: the interface language",
            choices=("", *LANGUAGES)),
    Setting("parallel_language", str, "", "Second language shown side by side; empty: none",
            choices=("", *LANGUAGES)),
    Setting("theme", str, "light", "Colour theme", choices=("light", "dark", "high-contrast")),
    Setting("zoom", int, 100, "Text size of the reader, in percent", minimum=50, maximum=300),
    Setting("window_geometry", str, "", "Main window size and position (Qt, base64)"),
    Setting("window_state", str, "", "Main window panels and toolbars (Qt, base64)"),
    Setting("last_passage", str, "", "Reference of the passage read last, e.g. declaration:art-12",
            session=True),
    Setting("history", list, [], "References read, newest first", session=True, max_items=50),
    Setting("recent_searches", list, [], "Searches typed, newest first", session=True,
            max_items=20),
    Setting("private_mode", bool, False, "Store no history, last position or recent searches"),
    Setting("keep_history", bool, False,
            "Keep reading history, last position and recent searches between sessions "
            "(off: nothing of what was read or searched is stored)"),
    Setting("lock_after_minutes", int, 10,
            "Lock protected bookmarks after this many minutes without a key or mouse press",
            minimum=1, maximum=240),
    Setting("protection_offered", bool, False,
            "Whether protecting bookmarks with a passphrase was offered (at the first bookmark)"),
    Setting("erase_on_quick_exit", bool, False,
            "Quick exit also erases: destroys the protected bookmarks' key and removes "
            "exports and caches (confirmed once, when switched on)"),
    Setting("search_language", str, "", "Search only this language; empty: all languages",
            choices=("", *LANGUAGES)),
    Setting("search_document", str, "", "Search only this document id; empty: all documents"),
)

SETTINGS: dict[str, Setting] = {s.name: s for s in _DECLARED}


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Format 0 -> 1: files written by hand (or by early builds) had no version and used
    `language` for the interface language."""
    data = dict(data)
    if "language" in data and "ui_language" not in data:
        data["ui_language"] = data.pop("language")
    return data


#: UPGRADES[n] turns a format-n dict into a format-(n+1) dict.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_unversioned}


class UnknownSetting(KeyError):
    """A setting name that is not declared in SETTINGS (a programming error)."""


def _valid(setting: Setting, value: Any) -> Any:
    """The value cleaned to the setting's type, or raise ValueError."""
    if setting.type is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{setting.name}: expected true or false")
        return value
    if setting.type is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{setting.name}: expected a whole number")
        if setting.minimum is not None:
            value = max(setting.minimum, value)
        if setting.maximum is not None:
            value = min(setting.maximum, value)
        return value
    if setting.type is str:
        if not isinstance(value, str):
            raise ValueError(f"{setting.name}: expected text")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.name}: {value!r} is not one of {setting.choices}")
        return value
    if setting.type is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{setting.name}: expected a list of text")
        return list(value[: setting.max_items] if setting.max_items else value)
    raise ValueError(f"{setting.name}: unsupported type {setting.type}")


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored dict up to FORMAT_VERSION; raises ValueError if that is impossible."""
    version = data.get(FORMAT_KEY, 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ValueError(f"bad {FORMAT_KEY}: {version!r}")
    while version < FORMAT_VERSION:
        step = UPGRADES.get(version)
        if step is None:
            raise ValueError(f"no upgrade from settings format {version}")
        data = step(data)
        version += 1
    data[FORMAT_KEY] = version
    return data


class Settings:
    """The settings of one user; `load()` never raises for a bad or missing file."""

    def __init__(self, path: Path | None = None, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        #: False when changes cannot be written (read-only folder, newer or unreadable file).
        self.can_save = path is not None
        #: Why the file could not be read or written, for the person (None when all is well).
        self.problem: str | None = None
        #: Extra keys found in the file (from a newer app): kept so saving does not drop them.
        self._unknown: dict[str, Any] = {}
        #: Session settings are kept in memory only (set while bookmarks are protected).
        self.keep_in_memory = False
        for name, value in (values or {}).items():
            self.set(name, value)

    # -- the one accessor -------------------------------------------------------------

    def get(self, name: str) -> Any:
        setting = self._declared(name)
        if name in self._values:
            value = self._values[name]
            return list(value) if isinstance(value, list) else value
        default = setting.default
        return list(default) if isinstance(default, list) else default

    def set(self, name: str, value: Any) -> None:
        """Change a setting in memory (`save()` writes it). Raises ValueError on a bad value.

        In private mode, session settings stay empty whatever is set.
        """
        setting = self._declared(name)
        value = _valid(setting, value)
        if setting.session and self.private:
            self._values.pop(name, None)
            return
        self._values[name] = value
        if name == "private_mode" and value:
            # Switching private mode on also forgets what was recorded before.
            for s in SETTINGS.values():
                if s.session:
                    self._values.pop(s.name, None)

    def push(self, name: str, item: str) -> None:
        """Put `item` first in a list setting (history, recent searches), without duplicates."""
        items = [i for i in self.get(name) if i != item]
        self.set(name, [item, *items])

    def reset(self, name: str) -> None:
        self._declared(name)
        self._values.pop(name, None)

    @property
    def private(self) -> bool:
        return bool(self._values.get("private_mode", False))

    @property
    def stores_session(self) -> bool:
        """Whether history, last position and recent searches go into the file."""
        return (bool(self._values.get("keep_history", False)) and not self.private
                and not self.keep_in_memory)

    def as_dict(self) -> dict[str, Any]:
        return {name: self.get(name) for name in SETTINGS}

    @staticmethod
    def _declared(name: str) -> Setting:
        try:
            return SETTINGS[name]
        except KeyError:
            raise UnknownSetting(name) from None

    # -- file -----------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file (default: the user's); defaults for anything unreadable."""
        if path is None:
            from desktop.paths import user_paths

            path = user_paths().settings_file
        settings = cls(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            settings._check_writable()
            return settings
        except (OSError, UnicodeDecodeError) as exc:
            settings._cannot_save(f"cannot read {path}: {exc}")
            return settings
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            # Keep the damaged file aside rather than silently overwriting it later.
            settings.problem = f"settings file was damaged and has been reset ({exc})"
            try:
                os.replace(path, path.with_name(path.name + ".damaged"))
            except OSError:
                settings._cannot_save(f"damaged settings file {path} cannot be replaced")
            settings._check_writable()
            return settings
        version = data.get(FORMAT_KEY, 0)
        if isinstance(version, int) and version > FORMAT_VERSION:
            # A newer app wrote this file; read what we know, but never overwrite it.
            settings._cannot_save(
                f"settings were written by a newer version (format {version}); "
                "changes will not be saved"
            )
        else:
            try:
                data = upgrade(data)
            except ValueError as exc:
                settings.problem = f"settings file could not be upgraded ({exc}); using defaults"
                data = {}
        settings._read_values(data)
        if settings.can_save:
            settings._check_writable()
        return settings

    def _read_values(self, data: dict[str, Any]) -> None:
        # private_mode first, so that session values are dropped if it is on.
        names = sorted(data, key=lambda n: n != "private_mode")
        for name in names:
            if name == FORMAT_KEY:
                continue
            if name not in SETTINGS:
                self._unknown[name] = data[name]
                continue
            try:
                self.set(name, data[name])
            except ValueError:
                continue  # one bad value falls back to its default, the rest is kept
        if not self._values.get("keep_history", False):
            # A file from before history was opt-in: what it holds is not restored, and
            # the next save leaves it out.
            for s in SETTINGS.values():
                if s.session:
                    self._values.pop(s.name, None)

    def _check_writable(self) -> None:
        from desktop.paths import ensure_dir

        if self.path is None:
            return
        folder = self.path.parent
        if not (folder.is_dir() and os.access(folder, os.W_OK)) and not ensure_dir(folder):
            self._cannot_save(f"the folder {folder} is read-only; settings will not be saved")

    def _cannot_save(self, why: str) -> None:
        self.can_save = False
        self.problem = why

    def save(self) -> bool:
        """Write the file atomically (temporary file, then rename). False if not possible."""
        if not self.can_save or self.path is None:
            return False
        data: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION, **self._unknown}
        stores_session = self.stores_session
        for name, setting in SETTINGS.items():
            if name in self._values and (stores_session or not setting.session):
                data[name] = self._values[name]
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        import tempfile  # here, not at the top: the app's start-up does not need it

        folder = self.path.parent
        tmp_name: str | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp_name, self.path)
            tmp_name = None
        except OSError as exc:
            self._cannot_save(f"cannot write {self.path}: {exc.strerror or exc}")
            return False
        finally:
            if tmp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
        return True


def describe() -> list[tuple[str, str, str, str]]:
    """(name, type, default, description) of every setting, for documentation."""
    return [
        (s.name, s.type.__name__, json.dumps(s.default), s.description) for s in SETTINGS.values()
    ]
