"""The six UN languages: codes, names and writing direction.

Kept in one place so the CLI, the search analysers, citations and the interface agree
on which languages exist and which are written right to left.
"""

from __future__ import annotations

from desktop.errors import UserError

#: Order used everywhere a list of languages is shown: the UN's alphabetical order in English.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ru", "zh", "ar")

#: Each language's name in that language (what a person looks for in a menu).
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "zh": "中文",
    "ar": "العربية",
}

#: Each language's name in each interface or printout language: what a sentence such as
#: "translated from English" says in that language ("译自：英文", "لغة الأصل: الإنكليزية").
#: The language menus and boxes keep NATIVE_NAMES, where a person looks for their own.
NAMES_IN: dict[str, dict[str, str]] = {
    "en": {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian",
           "zh": "Chinese", "ar": "Arabic"},
    "fr": {"en": "anglais", "fr": "français", "es": "espagnol", "ru": "russe",
           "zh": "chinois", "ar": "arabe"},
    "es": {"en": "inglés", "fr": "francés", "es": "español", "ru": "ruso",
           "zh": "chino", "ar": "árabe"},
    "ru": {"en": "английский", "fr": "французский", "es": "испанский", "ru": "русский",
           "zh": "китайский", "ar": "арабский"},
    "zh": {"en": "英文", "fr": "法文", "es": "西班牙文", "ru": "俄文", "zh": "中文",
           "ar": "阿拉伯文"},
    "ar": {"en": "الإنكليزية", "fr": "الفرنسية", "es": "الإسبانية", "ru": "الروسية",
           "zh": "الصينية", "ar": "العربية"},
}

RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})


def language_name(code: str, in_lang: str) -> str:
    """The name of language `code` in language `in_lang` (the code itself when unknown)."""
    return NAMES_IN.get(in_lang, NAMES_IN["en"]).get(code, code)


class UnknownLanguage(UserError, ValueError):
    """A language code that is not one of the six."""


def check_language(code: str) -> str:
    """Return the normalised code, or raise UnknownLanguage with a message for people."""
    norm = code.strip().lower().replace("_", "-").split("-")[0]
    if norm not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {code!r}: use one of {', '.join(LANGUAGES)}")
    return norm


def is_rtl(code: str) -> bool:
    return code in RIGHT_TO_LEFT


#: Left to right isolate ... pop directional isolate (Unicode bidi, UAX #9).
LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """`text` isolated left to right (LRI ... PDI), for a path, a date or an English reason
    put into a sentence that may be right to left: in Arabic "/media/stick/data" would
    otherwise show its slashes moved to the other end, and "2026-11-29" read 29-11-2026.
    The marks show (and print) as nothing."""
    return f"{LRI}{text}{PDI}"
