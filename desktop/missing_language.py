"""A document with no text in the language asked for: its reference text, with a notice.

The Covenant is in the library in English only (no official text in another language could
be had, and none is made up). Asked for in French, the reader, `show`, search, printouts
and copies give the English text and say plainly, in the language asked for, that no
official French text of it is included; never a translation presented as official.
"""

from __future__ import annotations

from desktop import language_data
from desktop.language_data import FALLBACK, table
from desktop.languages import check_language, language_name
from desktop.library import Library, UnknownLanguage, Version


def notice(asked: str, shown: str, in_lang: str | None = None) -> str:
    """The notice for a text in `shown` given where `asked` was asked for ('' when they are
    the same), written in `in_lang` (by default the language asked for)."""
    if asked == shown:
        return ""
    # The words are the `not_included` printout label of each language's file
    # (resources/languages/<code>.json); {language}: the name of the language asked for,
    # {shown}: of the language of the text shown instead.
    in_lang = next(code for code in (in_lang, asked, FALLBACK)
                   if code and language_data.data(code) is not None)
    return table(in_lang, "printing")["not_included"].format(
        language=language_name(asked, in_lang), shown=language_name(shown, in_lang)
    )


def never_included(library: Library, doc_id: str, lang: str) -> bool:
    """Whether `doc_id` has no file in `lang` at all (rather than one left out as damaged)."""
    document = library.document(doc_id)
    if lang in document.versions:
        return False
    left_out = library.root / doc_id / f"{lang}.txt"
    return not any(problem.path == str(left_out) for problem in library.problems)


def version_for(library: Library, doc_id: str, lang: str) -> tuple[Version, str]:
    """The version to give for `doc_id` asked for in `lang`, and the notice that goes with
    it ('' when it is in `lang`). A document with no text in `lang` gives its reference
    (English) text; a text of that language left out as damaged is an UnknownLanguage
    error as before, naming what is available."""
    code = check_language(lang)
    document = library.document(doc_id)
    if code in document.versions or not never_included(library, doc_id, code):
        return document.version(code), ""
    shown = document.reference_version
    if not library.readable(shown):
        from desktop.worded import worded  # here: rare, and this module is read at start

        raise worded(UnknownLanguage, "no_readable_text", doc=doc_id)
    return shown, notice(code, shown.lang)
