"""The words printed around the texts (status, dates, page numbers), in each language.

A printout is labelled in the language of its text, not of the interface: it is made to be
handed to an official, a lawyer or a judge who reads that language. These are interface
strings written by the project, not UN wording, kept in each language's file
(resources/languages/<code>.json, the `printing` table).
"""

from __future__ import annotations

from desktop import languages
from desktop.language_data import FALLBACK, Tables, table
from desktop.languages import is_rtl, ltr

#: Each language's printout words, from the `printing` table of its file
#: (resources/languages/<code>.json, read by desktop.language_data).
LABELS: Tables = Tables("printing", lambda: languages.LANGUAGES)


def label(lang: str, key: str, **values: str) -> str:
    words = table(lang, "printing")
    if is_rtl(lang) and "date" in values:
        # After Arabic letters the numbers of "2026-11-29" are Arabic numbers, which the
        # hyphens do not hold together: the line showed (and the PDF gave back) 29-11-2026.
        # Isolated, the date is one left-to-right run. The marks print as nothing (a PDF
        # reader may give each back as a space); left-to-right labels need none.
        values = {**values, "date": ltr(values["date"])}
    return words[key].format(**values)


def localise(text: str, lang: str) -> str:
    """`text` in `lang` when it is one of the English labels above, e.g. the integrity
    check's warning, which `desktop.integrity` words in English; else `text` unchanged."""
    for key, value in table(FALLBACK, "printing").items():
        if value == text and "{" not in value:
            return label(lang, key)
    return text
