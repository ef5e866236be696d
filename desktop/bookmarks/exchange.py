"""The bookmarks exchange file: JSON, for carrying bookmarks and notes to another computer.

A file written by `export_file` (UTF-8, any file name; the app suggests
`rights-at-hand-bookmarks-YYYY-MM-DD.json`)::

    {
      "format": "rights-at-hand-bookmarks",
      "format_version": 1,
      "exported": "2026-11-28T20:40:00+00:00",
      "app_version": "0.1.0",
      "folders": [
        {"uid": "3f2a...", "name": "Police station", "parent": null,
         "created": "2026-11-28T20:10:00+00:00", "updated": "2026-11-28T20:10:00+00:00"},
        {"uid": "9c41...", "name": "Arrest", "parent": "3f2a...", ...}
      ],
      "bookmarks": [
        {"uid": "b7d0...", "ref": "declaration:art-12.2", "lang": "en",
         "title": "", "note": "Show this first", "folder": "3f2a...",
         "created": "...", "updated": "..."},
        {"uid": "c1e5...", "ref": "declaration:art-12.1..art-12.3", "lang": null,
         "title": "All of 12", "note": "", "folder": null, ...}
      ]
    }

Fields: `format` and `format_version` say what the file is; a file without them, or with a
higher `format_version`, is refused. `uid` (1-64 letters, digits, `-` or `_`) identifies a
folder or bookmark across computers. A folder's `parent` and a bookmark's `folder` are the
`uid` of a folder listed earlier in the same file, or null for the top level. `ref` is a
canonical reference or range (`desktop.bookmarks.refs`). `lang` is the language the bookmark
was made in, or null. `title` is the bookmark's own name ("" = show its citation). Times are
ISO 8601 with a time zone. Required: `uid` and `name` for folders; `uid` and `ref` for
bookmarks; the rest default to null or "". Unknown fields are ignored.

Import merges (see `Store.merge`): nothing already there is duplicated, and a file that is
not valid as a whole is refused with a message naming the first problem; nothing is changed.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.bookmarks.schema import MAX_NAME, MAX_NOTE, now
from desktop.errors import UserError
from desktop.references import BadTarget, Target

if TYPE_CHECKING:  # the store calls this module (Store.export_file, Store.import_file)
    from desktop.bookmarks.store import ImportReport, Store

FORMAT = "rights-at-hand-bookmarks"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ITEMS = 100_000
_UID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ImportRefused(UserError, ValueError):
    """A bookmarks file that cannot be imported; nothing was changed."""


def to_data(store: Store) -> dict[str, Any]:
    """The exchange form of a whole store (folders parents first)."""
    by_id = {f.id: f for f in store.folders()}
    ordered: list[int] = []
    todo: list[int | None] = [None]
    while todo:
        parent = todo.pop(0)
        for f in store.subfolders(parent):
            ordered.append(f.id)
            todo.append(f.id)
    folders = [
        {"uid": by_id[fid].uid, "name": by_id[fid].name,
         "parent": by_id[p].uid if (p := by_id[fid].parent_id) is not None else None,
         "created": by_id[fid].created, "updated": by_id[fid].updated}
        for fid in ordered
    ]
    bookmarks = [
        {"uid": b.uid, "ref": b.ref, "lang": b.lang, "title": b.title, "note": b.note,
         "folder": by_id[b.folder_id].uid if b.folder_id in by_id else None,
         "created": b.created, "updated": b.updated}
        for fid in [None, *ordered] for b in store.bookmarks_in(fid)
    ]
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "exported": now(),
            "app_version": __version__, "folders": folders, "bookmarks": bookmarks}


def write_export(store: Store, path: Path) -> int:
    """Write the exchange file (temporary file, then rename: never half a file)."""
    data = to_data(store)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".bookmarks-", suffix=".json", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(data["bookmarks"])


def _text(item: dict[str, Any], key: str, where: str, limit: int, default: str = "") -> str:
    value = item.get(key, default)
    if value is None:
        value = default
    if not isinstance(value, str):
        raise ImportRefused(f"{where}: {key!r} must be text")
    if len(value) > limit:
        raise ImportRefused(f"{where}: {key!r} is too long ({len(value)} characters)")
    _check_encodable(value, where, key)
    return unicodedata.normalize("NFC", value).replace("\r\n", "\n")


def _check_encodable(value: str, where: str, key: str) -> None:
    # JSON may spell a lone surrogate ("\ud800"); it is no character and cannot be stored.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportRefused(f"{where}: {key!r} holds text that is not valid Unicode") from None


def _time(item: dict[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportRefused(f"{where}: {key!r} must be a date and time")
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=timezone.utc)
        # Year 1 at +01:00 or year 9999 at -23:59 falls outside what dates can hold in UTC.
        return stamp.astimezone(timezone.utc).isoformat(timespec="seconds")
    except (ValueError, OverflowError):
        shown = value[:40].encode("utf-8", "replace").decode("utf-8")
        raise ImportRefused(f"{where}: {key!r} is not a date and time: {shown!r}") from None


def _show(value: object) -> str:
    """A value from the file, short and printable, for a message."""
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _uid(item: dict[str, Any], where: str, seen: set[str]) -> str:
    uid = item.get("uid")
    if not isinstance(uid, str) or not _UID_RE.match(uid):
        raise ImportRefused(f"{where}: 'uid' must be 1-64 letters, digits, '-' or '_'")
    if uid in seen:
        raise ImportRefused(f"{where}: uid {uid!r} appears twice in the file")
    seen.add(uid)
    return uid


def parse(data: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Check a decoded exchange file whole; returns (folders, bookmarks) rows for `merge`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportRefused("not a Rights at Hand bookmarks file (no \"format\": "
                            f"\"{FORMAT}\" in it)")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused("the file has no valid 'format_version'")
    if version > FORMAT_VERSION:
        raise ImportRefused(
            f"the file was made by a newer version of Rights at Hand (format {version}); "
            "update the app to import it"
        )
    raw_folders = data.get("folders", [])
    raw_bookmarks = data.get("bookmarks", [])
    if not isinstance(raw_folders, list) or not isinstance(raw_bookmarks, list):
        raise ImportRefused("'folders' and 'bookmarks' must be lists")
    if len(raw_folders) + len(raw_bookmarks) > MAX_ITEMS:
        raise ImportRefused("the file holds too many items")
    folders: list[dict[str, Any]] = []
    uids: set[str] = set()
    folder_uids: set[str] = set()  # the folders accepted so far
    for n, item in enumerate(raw_folders, 1):
        where = f"folder {n}"
        if not isinstance(item, dict):
            raise ImportRefused(f"{where} is not an object")
        uid = _uid(item, where, uids)
        name = " ".join(_text(item, "name", where, MAX_NAME).split())
        if not name:
            raise ImportRefused(f"{where}: 'name' cannot be empty")
        parent = item.get("parent")
        # `uids` already holds this folder's own uid: a parent must be listed before it.
        if parent is not None and (not isinstance(parent, str) or parent not in folder_uids):
            raise ImportRefused(f"{where}: parent {_show(parent)} is not a folder listed "
                                "before it")
        folders.append({"uid": uid, "name": name, "parent": parent,
                        "created": _time(item, "created", where),
                        "updated": _time(item, "updated", where)})
        folder_uids.add(uid)
    bookmarks: list[dict[str, Any]] = []
    bookmark_uids: set[str] = set()
    for n, item in enumerate(raw_bookmarks, 1):
        where = f"bookmark {n}"
        if not isinstance(item, dict):
            raise ImportRefused(f"{where} is not an object")
        uid = _uid(item, where, bookmark_uids)
        ref = item.get("ref")
        try:
            target = Target.parse(ref if isinstance(ref, str) else "")
        except BadTarget:
            raise ImportRefused(f"{where}: {_show(ref)} is not a passage reference") from None
        folder = item.get("folder")
        if folder is not None and (not isinstance(folder, str) or folder not in folder_uids):
            raise ImportRefused(f"{where}: folder {_show(folder)} is not in the file")
        lang = item.get("lang")
        if lang is not None and (not isinstance(lang, str) or not re.match(r"^[a-z]{2,3}$", lang)):
            raise ImportRefused(f"{where}: 'lang' must be a language code such as \"en\"")
        bookmarks.append({
            "uid": uid, "target": target, "folder": folder, "lang": lang,
            "title": " ".join(_text(item, "title", where, MAX_NAME).split()),
            "note": _text(item, "note", where, MAX_NOTE),
            "created": _time(item, "created", where), "updated": _time(item, "updated", where),
        })
    return folders, bookmarks


class NeedsPassphrase(ImportRefused):
    """An encrypted export (sealed.py): import asks for its passphrase and tries again."""


def read_file(path: Path, passphrase: str | None = None
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Check a readable (JSON) or encrypted export whole; ImportRefused says what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(f"{path.name} is too large to be a bookmarks file")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(f"cannot read {path}: {exc.strerror or exc}") from None
    from desktop.bookmarks import sealed

    if sealed.looks_sealed(raw):
        if passphrase is None:
            raise NeedsPassphrase(f"{path.name} is encrypted; its passphrase is needed")
        from desktop.bookmarks.errors import WrongPassphrase

        try:
            raw = sealed.read(path, passphrase).encode("utf-8")
        except WrongPassphrase:
            raise  # the caller asks again
        except UserError as exc:
            raise ImportRefused(str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name} is not a text file in UTF-8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ImportRefused(f"{path.name} is nested too deeply to be a bookmarks file") from None
    try:
        return parse(data)
    except ImportRefused as exc:
        raise ImportRefused(f"{path.name}: {exc}") from None


def import_file(store: Store, path: Path, passphrase: str | None = None) -> ImportReport:
    """Check the whole file first, then merge it in one transaction (one undo step)."""
    folders, bookmarks = read_file(path, passphrase)
    return store.merge(folders, bookmarks, f"Import {Path(path).name}")
