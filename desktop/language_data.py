"""The words each language needs in code's place: one file per language,
`resources/languages/<code>.json`, read the first time a language is asked for.

A file holds four tables and an optional fifth (content/README.md, "Adding a language",
shows one whole):

- `names`: the names of the languages in this language ("英文" for en in zh.json);
- `citations`: the words of a citation line ("art. {n}", "ст. {n}", "第{n}条");
- `printing`: the words printed around a text (status, dates, page numbers);
- `references`: the words a typed reference is read with ("artículo", "статья", "المادة"),
  its ordinals, joining words, item letters and number characters;
- `commands` (optional): the lines the verbs print for a person ("no passage matches …",
  "did you mean: …", every error made by desktop.worded); a key it lacks prints in English.
  The shipped files keep it beside them, in `commands/<code>.json`, read when a verb first
  prints a line: the reader's first page never parses it.

A file that is missing leaves its language cited and printed in English (as before any
file existed for it) and read with the other languages' words; a file that is there but
wrong raises LanguageDataError naming the file and the key, never half-reads it (the
`references` and `commands` tables are checked when first used: the reader's first page
needs neither). Nothing is read at import: the reader reads one file for its first page, a
reference the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from desktop.errors import UserError

T = TypeVar("T")

#: The language a missing file or key falls back to.
FALLBACK = "en"

#: Required keys of each table with the {placeholders} each must take. Keys not listed are
#: optional (citations: "sub", "item", "wrap", "letters"; see citations.py).
CITATION_KEYS: dict[str, tuple[str, ...]] = {
    "art": ("n",), "para": ("n",), "pp": ("n",), "fn": ("n",),
    "unnumbered": ("ordinal",), "ordinals": (), "unofficial": (), "guidance": (),
    "section": ("s",), "sep": (), "part": ("n",), "part_numerals": (),
}
PRINTING_KEYS: dict[str, tuple[str, ...]] = {
    "lead_in": ("p",), "then": (), "unofficial_short": (), "guidance_short": (),
    "official": (), "unofficial": (), "translated_from": ("source", "date"), "guidance": (),
    "language": ("name",), "content_version": ("v",), "printed": ("date",),
    "page": ("n", "total"), "note": (), "bookmarks": ("folder",), "all_bookmarks": (),
    "top_level": (), "missing": ("ref",), "altered": (), "app": (),
    "not_included": ("language", "shown"),
}
#: Keys of the optional `commands` table (the lines the `search` and `index` verbs print,
#: with the {placeholders} each must take). A key a language's table lacks is printed in
#: English; `python -m desktop.tools.check_languages` names it.
COMMAND_KEYS: dict[str, tuple[str, ...]] = {
    "index_source": (), "index_count": ("source", "n"),
    "index_warning": ("problem",), "index_unknown": ("term",),
    "index_nearest": ("term", "entries"), "list_sep": (),
    "search_via_index": ("entry",), "search_via_guidance": ("section",),
    "search_none": ("query",), "search_suggest": ("suggestion",), "search_hits": ("n", "ms"),
    "search_malformed": (), "search_lone_not": (), "search_no_words": (),
    "search_too_long": ("words", "chars"), "search_line": ("n", "message"),
    "search_both": (), "search_nothing": (), "search_limit": ("n",),
    "search_building": ("done", "total"), "batch_stdin": (), "batch_file": ("name",),
    "batch_unreadable": ("file", "reason"), "batch_binary": ("file",),
    "batch_not_utf8": ("file", "line"), "unknown_document": ("doc", "documents"),
    "warning_left_out": ("problem",), "altered_changed": ("path",),
    "altered_unexpected": ("path",), "altered_index_changed": ("path",),
    "altered_index_unexpected": ("path",), "altered_manifest": ("problem",),
    # The lines of errors (desktop.worded) and of show, export-pdf and open.
    "kind_art": (), "kind_para": (), "kind_op": (), "kind_pp": (), "kind_fn": (),
    "kind_item": (), "kind_part": (), "any_document": (), "ref_number": ("number",),
    "ref_not_text": (), "ref_too_long": (), "ref_two_documents": ("text", "first", "second"),
    "ref_no_item": ("n", "text"), "ref_empty": (), "ref_is_range_like": ("text", "written"),
    "ref_is_range": ("text", "written"), "ref_unreadable": ("text",),
    "ref_two_numbers": ("text", "kind"), "ref_ordinal": ("text",), "ref_several": ("text",),
    "ref_unreadable_at": ("text", "word"), "ref_no_number": ("n",),
    "ref_kind_without_number": ("text", "kind"), "ref_part_alone": ("text",),
    "ref_resolution_and_annex": ("text",), "ref_no_annex": ("text", "documents"),
    "ref_no_annexes": ("text",), "ref_which_resolution": ("text", "symbols"),
    "ref_levels_item": ("text",), "ref_levels": ("text",), "ref_mixed": ("text",),
    "ref_too_many_numbers": ("text",), "ref_item_after": ("text",),
    "ref_no_article_number": ("text",), "ref_no_passage": ("pid", "where", "text"),
    "ref_no_section": ("doc", "text"), "ref_range_unreadable": ("text",),
    "ref_range_after": ("text", "now", "was"), "ref_not_range": ("text",),
    "ref_no_passages": ("first", "last", "where", "text"),
    "ref_no_such_passages": ("ref", "doc"), "not_available": ("doc", "lang", "available"),
    "nothing_readable": ("folder", "problem"), "no_texts": ("folder",),
    "no_readable_text": ("doc",), "not_in_version": ("ref", "lang"),
    "export_same_language": ("second", "lang"), "export_card_one": (),
    "export_is_folder": ("output", "example"), "export_no_folder": ("folder",),
    "export_card_too_long": ("most", "n"), "export_page": ("file", "n"),
    "export_pages": ("file", "n"), "os_error": ("reason", "file"), "os_denied": (),
    "os_missing": (), "os_is_folder": (), "os_not_a_file": (), "os_no_space": (),
    "os_read_only": (), "os_incomplete": (), "unknown_language": ("code", "languages"),
    "data_dir_empty": (), "data_dir_file": ("where",), "data_dir_inside": ("given", "file"),
    "data_dir_portable": ("folder",), "data_dir_default": ("folder",),
}
#: The kinds of words a reference is read with, in the order they are applied (longer
#: words first: "subparagraph" is an ITEM before "paragraph" is a PARA; PART last, after
#: "operative part" is an OP). GA, RES and ANNEX take no number.
KINDS = ("GA", "RES", "ANNEX", "OP", "PP", "FN", "ART", "ITEM", "PARA", "PART")


class LanguageDataError(UserError, ValueError):
    """A language file that cannot be used, named with the key that is wrong."""


class LanguageData:
    """One language file, checked."""

    __slots__ = ("code", "path", "names", "citations", "printing", "references",
                 "_commands", "_raw_commands")

    def __init__(self, code: str, path: Path, raw: object) -> None:
        self.code = code
        self.path = path
        if not isinstance(raw, dict):
            raise self.error("", "the file must hold one JSON object")
        for table in ("names", "citations", "printing", "references"):
            if not isinstance(raw.get(table), dict):
                raise self.error(table, "missing (an object)")
        self.names: dict[str, str] = self._strings(raw, "names", {})
        self.citations: dict[str, str] = self._strings(raw, "citations", CITATION_KEYS)
        self.printing: dict[str, str] = self._strings(raw, "printing", PRINTING_KEYS)
        # Optional (a file written before it existed is still whole): the keys it has are
        # checked, the ones it lacks print in English. Checked when first asked for (the
        # verbs), not for the reader's first page, which never prints them
        # (bench/startup.py --instructions: ~1 M). The shipped files keep it beside them, in
        # commands/<code>.json, read then too: parsing its ~6 KB for the first page cost
        # ~0.5 M instructions. A file that holds a `commands` table itself is read so.
        self._raw_commands: object = raw.get("commands")
        self._commands: dict[str, str] | None = None
        # Checked when a reference is first read (check_references), not for the first
        # page, which needs a citation's words alone.
        self.references: dict[str, Any] = raw["references"]

    @property
    def commands(self) -> dict[str, str]:
        """The `commands` table, checked (LanguageDataError naming the key that is wrong)."""
        if self._commands is None:
            commands = self._raw_commands
            if commands is None:
                commands = self._read_commands()
            if not isinstance(commands, dict):
                raise self.error("commands", "must be an object", self.commands_path)
            self._commands = self._strings(
                {"commands": commands}, "commands",
                {k: v for k, v in COMMAND_KEYS.items() if k in commands}, self.commands_path)
        return self._commands

    @property
    def commands_path(self) -> Path:
        """The file the `commands` table is in: this one, or commands/<code>.json beside it."""
        if self._raw_commands is not None:
            return self.path
        return self.path.parent / "commands" / self.path.name

    def _read_commands(self) -> object:
        """commands/<code>.json, {} when there is none (every line then prints in English)."""
        import json

        path = self.commands_path
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            raise LanguageDataError(f"{path}: cannot be read ({exc})") from None
        except json.JSONDecodeError as exc:
            raise LanguageDataError(
                f"{path}: line {exc.lineno}: not JSON ({exc.msg})") from None

    def error(self, key: str, problem: str, path: Path | None = None) -> LanguageDataError:
        path = path or self.path
        where = f"{path}: {key}" if key else str(path)
        return LanguageDataError(f"{where}: {problem}")

    def _strings(self, raw: dict[str, Any], table: str,
                 required: Mapping[str, tuple[str, ...]],
                 path: Path | None = None) -> dict[str, str]:
        values: dict[str, Any] = raw[table]
        for key, value in values.items():
            if not isinstance(value, str):
                raise self.error(f"{table}.{key}", "must be text", path)
        for key, wanted in required.items():
            if key not in values:
                raise self.error(f"{table}.{key}", "missing", path)
            # Plain string tests, not a pattern: this runs for the first page.
            value = values[key]
            if value.count("{") != len(wanted) or any("{" + w + "}" not in value
                                                       for w in wanted):
                raise self.error(f"{table}.{key}", "must take "
                                 + (", ".join("{" + w + "}" for w in wanted) or "no {…}")
                                 + f", not {value!r}", path)
        return dict(values)

    def check_references(self) -> None:
        """LanguageDataError naming the first key of `references` that is wrong, regular
        expressions that do not compile included."""
        refs = self.references

        def words(key: str, value: object) -> None:
            if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                raise self.error(f"references.{key}", "must be a list of words")

        for group in ("keywords", "abbreviations"):
            table = refs.get(group, {})
            if not isinstance(table, dict):
                raise self.error(f"references.{group}", "must be an object")
            for kind, value in table.items():
                if kind not in KINDS:
                    raise self.error(f"references.{group}.{kind}",
                                     f"unknown kind (one of {', '.join(KINDS)})")
                words(f"{group}.{kind}", value)
        for key in ("ordinals", "fillers", "conjunctions", "range_words", "elisions"):
            words(key, refs.get(key, []))
        if len(refs.get("ordinals", [])) > 10:
            raise self.error("references.ordinals", "at most ten (first to tenth)")
        for key in ("item_letters", "number_characters"):
            table = refs.get(key, {})
            kind = str if key == "item_letters" else int
            if not isinstance(table, dict) or not all(
                    isinstance(v, kind) and not isinstance(v, bool) for v in table.values()):
                raise self.error(f"references.{key}", "must be an object of "
                                 + ("letters" if kind is str else "numbers"))
        if not isinstance(refs.get("ordinal_suffix", ""), str):
            raise self.error("references.ordinal_suffix", "must be text")
        rewrites = refs.get("rewrites", [])
        if not isinstance(rewrites, list) or not all(
                isinstance(r, list) and len(r) == 2 and all(isinstance(s, str) for s in r)
                for r in rewrites):
            raise self.error("references.rewrites", "must be a list of [pattern, replacement]")
        found: list[tuple[str, str]] = [
            (f"keywords.{kind}", word)
            for kind, words in refs.get("keywords", {}).items() for word in words]
        if refs.get("ordinal_suffix"):
            found.append(("ordinal_suffix", refs["ordinal_suffix"]))
        found += [("rewrites", pattern.replace("{number}", "(0)"))
                  for pattern, _ in refs.get("rewrites", [])]
        for key, pattern in found:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise self.error(f"references.{key}",
                                 f"{pattern!r} is not a regular expression ({exc})") from None


_folder: Path | None = None
_loaded: dict[str, LanguageData | None] = {}
_derived: dict[str, object] = {}


def folder() -> Path:
    """Where the language files are: resources/languages, unless `use_folder` said."""
    global _folder
    if _folder is None:
        from desktop.paths import resources_dir

        _folder = resources_dir() / "languages"
    return _folder


def use_folder(path: Path | None) -> None:
    """Read the language files from `path` (None: the bundled ones), forgetting what was
    read: for a tool or a test that tries a language before its file is in resources/."""
    global _folder
    _folder = path
    _loaded.clear()
    _derived.clear()


@contextmanager
def folder_used(path: Path) -> Iterator[None]:
    """Read the language files from `path` for the time of a `with` block (a check of a
    folder that is not the app's)."""
    before = _folder
    use_folder(path)
    try:
        yield
    finally:
        use_folder(before)


def read(path: Path, code: str, text: str | None = None) -> LanguageData:
    """The language file at `path` (its `text` when already read), checked
    (LanguageDataError naming the file and key)."""
    import json  # here: the first page needs one file, not the module at every import

    try:
        raw = json.loads(path.read_text(encoding="utf-8") if text is None else text)
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageDataError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise LanguageDataError(f"{path}: line {exc.lineno}: not JSON ({exc.msg})") from None
    return LanguageData(code, path, raw)


def data(code: str) -> LanguageData | None:
    """The file of language `code`, read once; None when it has none."""
    if code not in _loaded:
        path = folder() / f"{code}.json"
        try:
            with open(path, encoding="utf-8") as file:  # one call, not a test then a read
                text = file.read()
        except FileNotFoundError:
            _loaded[code] = None
        except (OSError, UnicodeDecodeError) as exc:
            raise LanguageDataError(f"{path}: cannot be read ({exc})") from None
        else:
            _loaded[code] = read(path, code, text)
    return _loaded[code]


def table(code: str, name: str) -> dict[str, str]:
    """Table `name` ("names", "citations", "printing", "commands") of `code`, English when
    it has none.
    Called for every passage label the reader draws: two dict look-ups when read."""
    found = _loaded.get(code) if code in _loaded else data(code)
    if found is None:
        found = data(FALLBACK)
        if found is None:
            raise LanguageDataError(f"{folder() / (FALLBACK + '.json')}: missing")
    words: dict[str, str] = getattr(found, name)
    return words


def present(codes: Iterable[str]) -> list[LanguageData]:
    """The files of languages `codes` (the declared ones) that have one, in that order."""
    return [d for code in codes if (d := data(code)) is not None]


def derived(key: str, build: Callable[[], T]) -> T:
    """`build()`, made once from the files (until `use_folder` changes them): the reference
    words of every language compiled into patterns, for instance."""
    if key not in _derived:
        _derived[key] = build()
    return _derived[key]  # type: ignore[return-value]


class Tables:
    """One table of every declared language that has a file, read as the dict of dicts it
    was before the tables were files (`citations.LABELS["en"]["art"]`, `.items()`). Not a
    collections.abc.Mapping: making an ABC subclass costs more at import than it gives.
    `codes` gives the declared languages (languages.LANGUAGES, read when asked: a test may
    change them)."""

    def __init__(self, name: str, codes: Callable[[], Iterable[str]]) -> None:
        self.name = name
        self.codes = codes

    def __getitem__(self, code: str) -> dict[str, str]:
        if data(code) is None:
            raise KeyError(code)
        return table(code, self.name)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and data(code) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def keys(self) -> list[str]:
        return [d.code for d in present(self.codes())]

    def values(self) -> list[dict[str, str]]:
        return [self[code] for code in self.keys()]

    def items(self) -> list[tuple[str, dict[str, str]]]:
        return [(code, self[code]) for code in self.keys()]

    def get(self, code: str, default: dict[str, str] | None = None) -> dict[str, str] | None:
        return table(code, self.name) if data(code) is not None else default
