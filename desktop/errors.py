"""The base of every error whose message is written for a person, not a developer.

The CLI and the GUI print or show these as they are; anything else is a bug and keeps its
traceback (in the log), so the two never get mixed up.

An error made by `desktop.worded.worded` carries the key of its line in the `commands`
table of the language files and the values that fill it: its message is the English line,
and the CLI says it in the language of `--lang` (desktop.verbs.lines.said).
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Bad input or a damaged file; the message says what and where."""

    #: The `commands` line this error is worded by (desktop.worded), else None.
    key: str | None = None
    #: The values of that line's {placeholders}.
    values: dict[str, Any] = {}  # noqa: RUF012 (never changed: `worded` gives each its own)
