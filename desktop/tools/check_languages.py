"""What each declared language still lacks: `python -m desktop.tools.check_languages`.

`desktop.languages.REGISTRY` declares the languages; this names every piece of data a
declared language needs and does not have yet, one line each (`xx: ...`), so adding a
language is the registry line plus the data this asks for (content/README.md, "Adding a
language"). Exit 0 when nothing is missing.

What is read: the language's own file (resources/languages/<code>.json: the names of
languages, citation and printout words, the reference words that read its citations back,
checked by references.parse, and the lines the search and index verbs print;
desktop.language_data), the interface translation
(resources/translations), texts (content/*/<code>.txt), the terminology table
(content/terminology), the subject index's words and the related provisions' reasons
(content/subject-index, content/related.txt), the bundled font of its script
(resources/fonts), the search analyser (whoosh's stemmer and stopwords), Qt's own
translation (qtbase_<name>.qm) and the Windows installer's language list
(packaging/windows/rights-at-hand.iss).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from desktop import language_data, languages
from desktop.language_data import LanguageData
from desktop.languages import Language

#: The language the interface and the citations are written in first (no translation
#: file, no terminology table: the others are translated from it).
SOURCE_LANGUAGE = "en"
SCRIPTS = ("latin", "cyrillic", "arabic", "han")
ANALYZERS = ("snowball", "light10", "cjk")


def missing(root: Path | None = None, registry: Iterable[Language] | None = None,
            qt_translations: Path | None = None, language_files: Path | None = None
            ) -> list[str]:
    """One line for each piece of data a declared language lacks (`root`: the source
    checkout; `qt_translations`: Qt's translations folder, when Qt's files are checked;
    `language_files`: where the language files are, root/resources/languages if not said)."""
    from desktop.printing.fonts import FAMILIES, FILES

    root = root or Path(__file__).resolve().parents[2]
    language_files = language_files or root / "resources" / "languages"
    own = _language_files(language_files, declared := tuple(
        registry if registry is not None else languages.REGISTRY))
    codes = [lang.code for lang in declared]
    out: list[str] = []
    # Content written per language inside shared files: the subject index's words and the
    # reasons of the related provisions.
    worded = _worded_per_language(root / "content")
    for lang in declared:
        code = lang.code
        say = out.append
        if not lang.native_name.strip():
            say(f"{code}: no native name (Language.native_name)")
        if lang.script not in SCRIPTS:
            say(f"{code}: unknown script {lang.script!r} (one of {', '.join(SCRIPTS)})")
        found = own[code]
        if isinstance(found, str):
            say(f"{code}: {_shown(found, root)}")
        else:
            with language_data.folder_used(language_files):
                out += _reference_words(code, found.citations, _shown(str(found.path), root))
            lacking = [k for k in language_data.COMMAND_KEYS if k not in found.commands]
            if lacking and code != SOURCE_LANGUAGE:
                say(f"{code}: {len(lacking)} command-line lines print in English "
                    f"({_shown(str(found.commands_path), root)}: {', '.join(lacking)})")
            elif lacking:
                say(f"{code}: command-line lines missing "
                    f"({_shown(str(found.commands_path), root)}: {', '.join(lacking)})")
        # (A hole in another language's names is said as that language's line.)
        unnamed = [c for c in codes if not isinstance(own[c], str)
                   and code not in own[c].names]  # type: ignore[union-attr]
        if unnamed:
            say(f"{code}: not named in the names of {', '.join(unnamed)} "
                "(resources/languages/<code>.json)")
        if code != SOURCE_LANGUAGE:
            ts = root / "resources" / "translations" / f"rights_at_hand_{code}.ts"
            if not ts.is_file():
                say(f"{code}: no interface translation {ts.relative_to(root).as_posix()}")
            table = root / "content" / "terminology" / f"{code}.tsv"
            if not table.is_file():
                say(f"{code}: no terminology table {table.relative_to(root).as_posix()}")
        if not any((root / "content").glob(f"*/{code}.txt")):
            say(f"{code}: no text in it (content/<document>/{code}.txt)")
        for what, where, items in worded:
            lacking = [item for item, langs in items if code not in langs]
            if lacking:
                say(f"{code}: {len(lacking)} of {len(items)} {what} have no '{code}:' line "
                    f"({where})")
        if lang.font not in FAMILIES:
            say(f"{code}: unknown font {lang.font!r} (one of {', '.join(FAMILIES)})")
        else:
            files = [name for name, font in FILES.items() if font == lang.font]
            absent = [n for n in files if not (root / "resources" / "fonts" / n).is_file()]
            if not files or absent:
                say(f"{code}: the {lang.font} font is not bundled "
                    f"(resources/fonts/{', '.join(absent) or '?'})")
        out += _analyzer(lang)
        if qt_translations is not None and code != SOURCE_LANGUAGE:
            qm = f"qtbase_{lang.qt_name or code}.qm"
            if not (qt_translations / qm).is_file():
                say(f"{code}: Qt has no {qm} (its print and file dialogs stay in English)")
    iss = root / "packaging" / "windows" / "rights-at-hand.iss"
    if iss.is_file() and iss_languages(declared) not in iss.read_text(encoding="utf-8"):
        out.append("the Windows installer's [Languages] differ from the registry: run "
                   "python -m desktop.tools.check_languages --write-iss")
    return out


def _worded_per_language(content: Path
                         ) -> list[tuple[str, str, list[tuple[str, set[str]]]]]:
    """(what, where, [(item, languages it is written in)]) for the content files that hold
    a line per language: the subject index's concepts, the related provisions' groups."""
    from desktop import subject_index
    from desktop.related import load_related

    concepts = [(c.id, set(c.terms)) for c in subject_index.load(content).concepts]
    groups = [(g.id, set(g.reasons)) for g in load_related(content)]
    return [("subject index concepts", "content/subject-index/*.idx", concepts),
            ("related-provision groups", "content/related.txt", groups)]


def _language_files(folder: Path, declared: Iterable[Language]
                    ) -> dict[str, LanguageData | str]:
    """Each declared language's file, read and checked, or what is wrong with it."""
    found: dict[str, LanguageData | str] = {}
    for lang in declared:
        path = folder / f"{lang.code}.json"
        if not path.is_file():
            found[lang.code] = (f"no language file {path} (names of languages, citation and "
                                "printout words, reference words)")
            continue
        try:
            found[lang.code] = data = language_data.read(path, lang.code)
            data.check_references()
        except language_data.LanguageDataError as exc:
            found[lang.code] = str(exc)
    return found


def _shown(text: str, root: Path) -> str:
    """`text` with the checkout's folder left out of the paths it names."""
    return text.replace(f"{root.as_posix()}/", "")


def _reference_words(code: str, labels: dict[str, str], where: str) -> list[str]:
    """Its citations must read back: what the app prints is what a person types."""
    from desktop.references import BadReference, parse

    out = []
    for key, n, pid in (("art", "12", "art-12"), ("para", "7", "op-7"), ("pp", "3", "pp-3")):
        if key not in labels:
            continue
        text = labels[key].format(n=n)
        try:
            read = parse(text).pid if key != "para" else parse(f"64/163 {text}").pid
        except BadReference:
            read = ""
        except language_data.LanguageDataError:
            return []  # another language's file is broken: its own line says so
        if read != pid:
            out.append(f"{code}: references does not read {text!r} as {pid} (its words go "
                       f"in references.keywords of {where})")
    return out


def _analyzer(lang: Language) -> list[str]:
    if lang.analyzer not in ANALYZERS:
        return [f"{lang.code}: unknown analyzer {lang.analyzer!r} (one of {', '.join(ANALYZERS)})"]
    if lang.analyzer != "snowball":
        return []
    import whoosh.lang
    from whoosh.lang.stopwords import stoplists

    out = []
    if not whoosh.lang.has_stemmer(lang.code):
        out.append(f"{lang.code}: whoosh has no Snowball stemmer for it (analyzer 'snowball')")
    if lang.code not in stoplists:
        out.append(f"{lang.code}: whoosh has no stopword list for it (analyzer 'snowball')")
    return out


def iss_languages(registry: Iterable[Language] | None = None) -> str:
    """The [Languages] section of the Windows installer script, from the registry: Inno
    Setup's own translation of its pages for each language that has one (`inno_messages`),
    each but English only where the compiler in use ships it."""
    lines = [
        "[Languages]",
        "; Inno Setup's own translations of its pages, for the UN languages it ships with this",
        "; compiler version (Arabic and Simplified Chinese arrived in recent versions).",
    ]
    for lang in registry if registry is not None else languages.REGISTRY:
        if not lang.inno_messages:
            continue
        line = f'Name: "{lang.code}"; MessagesFile: "compiler:{lang.inno_messages}"'
        if lang.inno_messages == "Default.isl":
            lines.append(line)
        else:
            lines += [f'#if FileExists(CompilerPath + "{lang.inno_messages}")', line, "#endif"]
    return "\n".join(lines) + "\n"


def write_iss(path: Path) -> bool:
    """Rewrite the [Languages] section of `path` from the registry; True if it changed."""
    import re

    text = path.read_text(encoding="utf-8")
    new = re.sub(r"\[Languages\]\n.*?(?=\n\[)", lambda _m: iss_languages(), text,
                 count=1, flags=re.S)
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[2]
    if "--write-iss" in args:
        write_iss(root / "packaging" / "windows" / "rights-at-hand.iss")
    import PySide6

    lines = missing(root, qt_translations=Path(PySide6.__file__).parent / "Qt" / "translations")
    for line in lines:
        print(line)
    return 1 if lines else 0


if __name__ == "__main__":
    raise SystemExit(main())
