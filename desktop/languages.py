"""The languages of the app, declared once: this registry is the only list of them.

Everything that depends on which languages exist reads it: the CLI and settings (which
codes are accepted), the search analysers (script, stemmer and stopwords), citations and
printouts (which labels must exist), fonts (which bundled font draws the language), the
interface translations and Qt's own (file names), and packaging (Qt translations, ICU
locale data, macOS localisations, the Windows installer's languages).

Adding a language is one `Language(...)` line below plus its data, its own words in
resources/languages/<code>.json (desktop.language_data) among them: see "Adding a
language" in content/README.md, and `python -m desktop.tools.check_languages`, which names
every piece of data a declared language still lacks.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.errors import UserError
from desktop.language_data import Tables, table


class Language:
    """One language and what it needs. A plain class with slots, not a NamedTuple or a
    dataclass: those build their methods with exec(), ~0.2 ms more at every start."""

    __slots__ = ("code", "native_name", "script", "font", "analyzer", "rtl", "print_font",
                 "qt_name", "apple_name", "inno_messages")

    def __init__(self, code: str, native_name: str, script: str, font: str, analyzer: str,
                 *, rtl: bool = False, print_font: str = "", qt_name: str = "",
                 apple_name: str = "", inno_messages: str = "") -> None:
        #: ISO 639-1 code: content file names (`content/<doc>/<code>.txt`), settings, --lang.
        self.code = code
        #: Its name in the language itself (what a person looks for in a menu).
        self.native_name = native_name
        #: "latin", "cyrillic", "arabic" or "han": search files a word written in another
        #: script than its passage's language as a borrowed word (analysis.is_stopword).
        self.script = script
        #: The bundled font that draws it: "latin" (Latin and Cyrillic), "arabic" or "cjk"
        #: (printing.fonts.FAMILIES, FILES).
        self.font = font
        #: How search analyses it: "snowball" (whoosh's stemmer and stopword list for
        #: `code`), "light10" (Arabic light stemming, the project's stopwords) or "cjk"
        #: (characters and bigrams, no stemming).
        self.analyzer = analyzer
        #: Written right to left.
        self.rtl = rtl
        #: The font tried first in print, when not `font`: Chinese prints Latin runs
        #: ("A/RES/53/144") in the Latin font (see printing.fonts.scripts_for).
        self.print_font = print_font
        #: Qt's name for it (its `qtbase_<name>.qm`, QLocale, lupdate) when not `code`.
        self.qt_name = qt_name
        #: macOS's name for it (Info.plist CFBundleLocalizations) when not `code`.
        self.apple_name = apple_name
        #: Inno Setup's messages file for the Windows installer's own pages: "Default.isl"
        #: (English, always there), "Languages\\<Name>.isl" (used where the compiler in use
        #: ships it) or "" (the installer's pages stay in English). The .iss is written
        #: from these by `python -m desktop.tools.check_languages --write-iss`.
        self.inno_messages = inno_messages

    def __repr__(self) -> str:
        return f"Language({self.code!r}, {self.native_name!r})"


#: Order used everywhere a list of languages is shown: the UN's alphabetical order in English.
REGISTRY: tuple[Language, ...] = (
    Language("en", "English", "latin", "latin", "snowball", inno_messages="Default.isl"),
    Language("fr", "Français", "latin", "latin", "snowball",
             inno_messages="Languages\\French.isl"),
    Language("es", "Español", "latin", "latin", "snowball",
             inno_messages="Languages\\Spanish.isl"),
    Language("ru", "Русский", "cyrillic", "latin", "snowball",
             inno_messages="Languages\\Russian.isl"),
    Language("zh", "中文", "han", "cjk", "cjk", print_font="latin", qt_name="zh_CN",
             apple_name="zh-Hans", inno_messages="Languages\\ChineseSimplified.isl"),
    Language("ar", "العربية", "arabic", "arabic", "light10", rtl=True,
             inno_messages="Languages\\Arabic.isl"),
)

LANGUAGES: tuple[str, ...] = ()
#: Each language's name in that language (what a person looks for in a menu).
NATIVE_NAMES: dict[str, str] = {}
RIGHT_TO_LEFT: frozenset[str] = frozenset()
_BY_CODE: dict[str, Language] = {}


def use_registry(registry: Iterable[Language]) -> None:
    """Make `registry` the app's languages (the derived names above follow it). Called once
    below; a tool or test that tries a language before it is added calls it first, before
    any other module of the app is imported (they read these names when imported)."""
    global REGISTRY, LANGUAGES, NATIVE_NAMES, RIGHT_TO_LEFT, _BY_CODE
    REGISTRY = tuple(registry)
    LANGUAGES = tuple(lang.code for lang in REGISTRY)
    NATIVE_NAMES = {lang.code: lang.native_name for lang in REGISTRY}
    RIGHT_TO_LEFT = frozenset(lang.code for lang in REGISTRY if lang.rtl)
    _BY_CODE = {lang.code: lang for lang in REGISTRY}


use_registry(REGISTRY)


def language(code: str) -> Language:
    """The declared language `code` (KeyError when it is not declared)."""
    return _BY_CODE[code]


def qt_name(code: str) -> str:
    """Qt's name for the language (`zh_CN`), the code itself for most."""
    lang = _BY_CODE.get(code)
    return (lang.qt_name or lang.code) if lang is not None else code


#: Each language's name in each interface or printout language: what a sentence such as
#: "translated from English" says in that language ("译自：英文", "لغة الأصل: الإنكليزية"),
#: from the `names` table of each language file (resources/languages/<code>.json). The
#: language menus and boxes keep NATIVE_NAMES, where a person looks for their own.
NAMES_IN: Tables = Tables("names", lambda: LANGUAGES)


def language_name(code: str, in_lang: str) -> str:
    """The name of language `code` in language `in_lang` (the code itself when unknown)."""
    return table(in_lang, "names").get(code, code)


class UnknownLanguage(UserError, ValueError):
    """A language code that is not one of the declared languages."""


def check_language(code: str) -> str:
    """Return the normalised code, or raise UnknownLanguage with a message for people."""
    norm = code.strip().lower().replace("_", "-").split("-")[0]
    if norm not in LANGUAGES:
        # Imported here: it runs only on bad input, never for the first page. Worded, so a
        # wrong --parallel is said in the language of --lang (an unknown --lang in English).
        from desktop.worded import worded

        raise worded(UnknownLanguage, "unknown_language", code=repr(code),
                     languages=", ".join(LANGUAGES))
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
