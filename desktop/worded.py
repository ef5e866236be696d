"""Errors worded by a line of the `commands` table, so that each can be said in any language.

`worded(BadReference, "ref_no_passage", pid=..., where=..., text=...)` is a BadReference
whose message is the English line `ref_no_passage` of resources/languages/en.json, filled
with the values; it keeps the key and the values, and `desktop.verbs.lines.said` says it in
the language a verb was asked for. A value that is a line itself ("an article", "any
document") is a `Worded`: English in the message, said in the language of the line around
it. Read when an error is raised, never at start-up.
"""

from __future__ import annotations

from typing import Any, TypeVar

from desktop.errors import UserError
from desktop.language_data import FALLBACK, table

E = TypeVar("E", bound=UserError)


def english(key: str, values: dict[str, Any]) -> str:
    """The English line `key`, filled with `values`."""
    return table(FALLBACK, "commands")[key].format(
        **{name: str(value) for name, value in values.items()})


def worded(kind: type[E], key: str, /, **values: Any) -> E:
    """An error of `kind` whose message is the English `commands` line `key`."""
    error = kind(english(key, values))
    error.key = key
    error.values = values
    return error


class Worded:
    """A value of a worded error that is a `commands` line itself ("an article" in "… names
    two numbers for an article")."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values

    def __str__(self) -> str:
        return english(self.key, self.values)
