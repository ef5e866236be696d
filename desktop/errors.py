"""The base of every error whose message is written for a person, not a developer.

The CLI and the GUI print or show these as they are; anything else is a bug and keeps its
traceback (in the log), so the two never get mixed up.

An error made by `worded` carries the key of its line in the `commands` table of the
language files (resources/languages/<code>.json) and the values that fill it: its message is
the English line, and the CLI says it in the language of `--lang` (desktop.verbs.lines.said).
"""

from __future__ import annotations

from typing import Any, TypeVar

E = TypeVar("E", bound="UserError")


class UserError(Exception):
    """Bad input or a damaged file; the message says what and where."""

    #: The `commands` line this error is worded by, when it was made by `worded`.
    key: str | None = None
    #: The values of that line's {placeholders}.
    values: dict[str, Any] = {}  # noqa: RUF012 (never changed: each error gets its own)

    @classmethod
    def worded(cls: type[E], key: str, **values: Any) -> E:
        """An error whose message is the English `commands` line `key`, filled with
        `values` (read when raised: an error is rare, and nothing is read at start-up)."""
        from desktop.language_data import FALLBACK, table

        error = cls(table(FALLBACK, "commands")[key].format(
            **{name: str(value) for name, value in values.items()}))
        error.key = key
        error.values = values
        return error


class Worded:
    """A value of a worded error that is a `commands` line itself ("an article" in "… names
    two numbers for an article"): English as text, said in the language of the line it
    fills (desktop.verbs.lines.said)."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values

    def __str__(self) -> str:
        from desktop.language_data import FALLBACK, table

        return table(FALLBACK, "commands")[self.key].format(
            **{name: str(value) for name, value in self.values.items()})
