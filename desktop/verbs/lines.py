"""The lines the verbs print for a person, in the language asked for.

`search "…" --lang fr` printed its hits in French under English lines ("found through the
subject index …", "3 hit(s) in 4.1 ms"), and `show "art 99" --lang fr` said "no passage
art-99 …" in English. The words are the `commands` table of each language's file
(resources/languages/<code>.json, read by desktop.language_data), as the citation and
printout words are; a key a language's table lacks, and a verb run without `--lang`, print
in English. An error made by `desktop.worded.worded` carries its key and values, so the CLI says
it in the language asked for too (`said`). JSON field names never change (DESIGN.md): only
what a person reads does. Qt-free, like every verb that runs headless.
"""

from __future__ import annotations

import errno

from desktop.errors import UserError
from desktop.language_data import FALLBACK, table
from desktop.paths import DataDirError
from desktop.worded import Worded


def line(lang: str | None, key: str, /, **values: object) -> str:
    """The line `key` of the `commands` table in `lang` (English when None or when the
    language's table lacks it), its {placeholders} filled with `values`."""
    words = table(lang, "commands") if lang else {}
    text = words.get(key) or table(FALLBACK, "commands")[key]
    return text.format(**{name: str(value) for name, value in values.items()})


def said(error: BaseException, lang: str | None) -> str:
    """What an error says, in `lang`: its `commands` line when it was made by
    `desktop.worded.worded` (its English message otherwise, and when `lang` lacks the line)."""
    key = getattr(error, "key", None)
    if not lang or key is None or key not in table(lang, "commands"):
        return str(error)
    values = {name: _said_value(value, lang) for name, value in getattr(error, "values",
                                                                         {}).items()}
    return line(lang, key, **values)


def _said_value(value: object, lang: str) -> object:
    """A value that is itself a line (a `Worded` part such as "an article") in `lang`."""
    if isinstance(value, Worded):
        return line(lang, value.key, **{k: _said_value(v, lang) for k, v in value.values.items()})
    if isinstance(value, BaseException):
        return said(value, lang)
    return value


#: What went wrong writing or reading a file, by errno, as the `commands` table words it
#: (the system's own wording is English, or in the system's language).
_OS_REASONS = {
    errno.EACCES: "os_denied", errno.EPERM: "os_denied", errno.ENOENT: "os_missing",
    errno.EISDIR: "os_is_folder", errno.EEXIST: "os_not_a_file", errno.ENOSPC: "os_no_space",
    errno.EROFS: "os_read_only", errno.EIO: "os_incomplete",
}


def os_error(error: OSError, lang: str | None) -> str:
    """The line for a file that could not be written or read: "<reason>: <file>" as the
    system or the app words it in English; in `lang`, the reason from the `commands` table
    when it is one it words (else as the system gives it)."""
    reason = error.strerror or str(error)
    key = _OS_REASONS.get(error.errno or 0)
    if lang and key is not None and key in table(lang, "commands"):
        reason = line(lang, key)
    if not error.filename:
        return reason
    return line(lang, "os_error", reason=reason, file=error.filename)


def data_dir_error(error: DataDirError) -> UserError:
    """A refused data folder (desktop.paths words it in English: it finds the language
    files, so it cannot read their lines) as a worded error, to be said in any language."""
    from desktop.worded import worded

    if error.given is None:
        return worded(DataDirError, "data_dir_empty")
    key, typed = error.given
    named: object = Worded(key, folder=typed) if key else typed
    if error.inside:
        named = Worded("data_dir_inside", given=named, file=error.blocker)
    return worded(DataDirError, "data_dir_file", where=named)
