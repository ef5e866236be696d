"""How words are folded before they are compared: case, Latin accents, ё, Arabic letter
variants and marks. One fold for search (indexing and queries), the reader's highlighting
(through search) and the section finder of the go-to box (`desktop.sections`), so that what
one matches the others match too: Cyrillic й stays apart from и in all three.

No whoosh here: the go-to box uses it without loading the search engine.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ARABIC_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0649": "\u064a",  # ى -> ي
        "\u0629": "\u0647",  # ة -> ه
        "\u0624": "\u0648",  # ؤ -> و
        "\u0626": "\u064a",  # ئ -> ي
        "\u0621": None,  # ء: a bare hamza is often left out when typing
        "\u0640": None,  # tatweel
        **{chr(c): None for c in range(0x064B, 0x0660)},  # tashkeel, hamza above/below
        "\u0670": None,  # superscript alef
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended Arabic-Indic digits
        **{chr(c): None for c in range(0x0610, 0x061B)},
        **{chr(c): None for c in range(0x06D6, 0x06EE)},
    }
)

_LATIN_SPECIAL = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"
}


@lru_cache(maxsize=4096)
def _fold_latin_char(ch: str) -> str:
    if ch in _LATIN_SPECIAL:
        return _LATIN_SPECIAL[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_latin(ch: str) -> bool:
    o = ord(ch)
    return 0x00C0 <= o < 0x0250 or 0x1E00 <= o < 0x1F00


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The accent-, case- and script-folded form of one word (the `r_*` field's term)."""
    if word.isascii():
        return word.lower()
    w = unicodedata.normalize("NFKC", word).casefold()
    if any(_is_latin(c) or unicodedata.combining(c) for c in w):
        # Only Latin letters (and stray combining marks) lose their accents: folding
        # Cyrillic й -> и would merge different Russian words.
        w = "".join(
            _fold_latin_char(c) if _is_latin(c) else c
            for c in w
            if not (unicodedata.combining(c) and "\u0300" <= c <= "\u036f")
        )
    if "ё" in w:
        w = w.replace("ё", "е")
    if any("\u0600" <= c <= "\u06ff" for c in w):
        w = w.translate(_ARABIC_FOLD)
    return w


def fold_words(text: str) -> str:
    """`fold` for a phrase: each word folded, words separated by one space."""
    return " ".join(fold(word) for word in text.split())
