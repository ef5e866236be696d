"""The lines the `search` and `index` verbs print for a person, in the language asked for.

`search "…" --lang fr` printed its hits in French under English lines ("found through the
subject index …", "3 hit(s) in 4.1 ms"). The words are the `commands` table of each
language's file (resources/languages/<code>.json, read by desktop.language_data), as the
citation and printout words are; a key a language's table lacks, and a verb run without
`--lang`, print in English. JSON field names never change (DESIGN.md): only what a person
reads does. Qt-free, like every verb that runs headless.
"""

from __future__ import annotations

from desktop.language_data import FALLBACK, table


def line(lang: str | None, key: str, **values: object) -> str:
    """The line `key` of the `commands` table in `lang` (English when None or when the
    language's table lacks it), its {placeholders} filled with `values`."""
    words = table(lang, "commands") if lang else {}
    text = words.get(key) or table(FALLBACK, "commands")[key]
    return text.format(**{name: str(value) for name, value in values.items()})
