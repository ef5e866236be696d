"""The interface language: Qt Linguist translations, Qt's own translations, direction.

Sources are `resources/translations/rights_at_hand_<lang>.ts` (edited with Qt Linguist or
any text editor); the `.qm` files the app loads are build output, made by one command and
never committed::

    python -m desktop.ui.i18n build     # .ts -> .qm (lrelease from the PySide6 package);
                                        # or `build FILE.ts ...` for some of them
    python -m desktop.ui.i18n update    # refresh the .ts from the code (lupdate), keeps
                                        # existing translations

In a source checkout where `build` was not run, the `.ts` file is read directly (slower to
load, same result), so a fresh clone still shows every language.

Right-to-left is set once for the whole application (`QGuiApplication.setLayoutDirection`),
never per window: every widget, menu and dialog follows it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.languages import LANGUAGES, is_rtl, qt_name
from desktop.paths import bundle_root, is_frozen, resources_dir

CATALOGUE = "rights_at_hand"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(lang: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{lang}.ts"


def qm_path(lang: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{lang}.qm"


def system_language() -> str:
    """The first of the six languages in the system's preferred UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


class TsTranslator(QTranslator):
    """Serves translations straight from a `.ts` file (source checkout without built .qm)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        import xml.etree.ElementTree as ET

        self._table: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                # lrelease keeps "unfinished" translations too; only dropped ones are skipped.
                if source is None or node is None or node.get("type") in ("obsolete",
                                                                          "vanished"):
                    continue
                if node.text:
                    self._table[(name, source)] = node.text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None becomes a null QString: "not here, ask the next translator". An empty
        # string would be taken as the translation and blank the text.
        return self._table.get((context, source))


class _AnyContext(QTranslator):
    """Our catalogue, also searched without a context.

    lupdate files a string under an empty context when it cannot tell the class it is in
    (e.g. `tr = self.tr; tr("...")`), while Qt asks with the class name; Qt does not retry
    without one, so such a string would stay in English. This asks twice.
    """

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self._inner = inner

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return self._inner.isEmpty()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = self._inner.translate(context, source, disambiguation, n)
        if not found and context:
            found = self._inner.translate("", source, disambiguation, n)
        return found or None  # None: a null QString, "ask the next translator"


class _QtFixes(QTranslator):
    """Corrections to Qt's own catalogues, asked before them.

    qtbase_ar.qm translates the "+" between keys as an empty string, so menus in Arabic
    showed "CtrlShiftQ" instead of "Ctrl+Shift+Q".
    """

    FIXES: dict[tuple[str, str], str] = {("QShortcut", "+"): "+"}

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.FIXES.get((context, source))  # None: "ask the next translator"


_interface_language = "en"


def interface_language() -> str:
    """The interface language installed last (what `tr()` answers in): a widget names a
    language in it ("译自：英文", not "译自：English")."""
    return _interface_language


class Translations:
    """Installs one interface language at a time (ours + Qt's) and sets the direction."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"
        #: Where the current language's strings came from: "qm", "ts" or "" (English/none).
        self.loaded_from = ""

    def install(self, lang: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing translations")
        if lang not in LANGUAGES:
            lang = "en"
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        self.loaded_from = ""
        if lang != "en":
            ours = self._load_ours(lang)
            if ours is not None:
                self._installed.append(_AnyContext(ours))
            from PySide6.QtCore import QLibraryInfo

            qt = QTranslator()
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{qt_name(lang)}", qt_dir):
                self._installed.append(qt)
                self._installed.append(_QtFixes())  # installed last: asked first
        for tr in self._installed:
            app.installTranslator(tr)
        # Known before the widgets retranslate: they name languages in this one.
        global _interface_language
        self.language = _interface_language = lang
        QLocale.setDefault(QLocale(qt_name(lang)))
        # Deliver the LanguageChange events now, so every widget shows the new language
        # when this returns (not at some later turn of the event loop).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        # Left to right is Qt's default: it is set only when leaving Arabic (naming the
        # enum builds PySide's Python classes for the whole Qt namespace, ~20 ms, which an
        # English or French first paint does not need).
        if isinstance(app, QGuiApplication) and (is_rtl(lang) or app.isRightToLeft()):
            from PySide6.QtCore import Qt

            QGuiApplication.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)

    def uninstall(self) -> None:
        """Remove this language's translators from the application, at a normal exit,
        while Python can still run their `translate` (see desktop/ui/app.py)."""
        app = QCoreApplication.instance()
        if app is not None:
            for tr in self._installed:
                app.removeTranslator(tr)
        self._installed = []

    def _load_ours(self, lang: str) -> QTranslator | None:
        tr = QTranslator()
        if tr.load(str(qm_path(lang))):
            self.loaded_from = "qm"
            return tr
        ts = ts_path(lang)
        if ts.is_file():
            fallback = TsTranslator(ts)
            if not fallback.isEmpty():
                self.loaded_from = "ts"
                return fallback
        return None


# -- build commands (developer side; the app never runs these) ----------------------------


def _tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).parent
    exe = folder / (name + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():
        raise SystemExit(f"{name} not found in the PySide6 package ({folder})")
    return str(exe)


def build(files: list[Path] | None = None) -> list[Path]:
    """Compile .ts files (default: every language) into .qm files beside them."""
    import subprocess

    if not files:
        files = [ts_path(lang) for lang in LANGUAGES if ts_path(lang).is_file()]
    written = []
    for ts in files:
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def update() -> None:
    """Re-extract the strings of desktop/ui/*.py into every .ts, keeping translations.

    A string that moved to another class (so another context) keeps its translation too:
    lupdate would file it as new and untranslated, and drop the old one.
    """
    import subprocess

    if is_frozen():
        raise SystemExit("update runs from a source checkout")
    sources = sorted(str(p) for p in (bundle_root() / "desktop" / "ui").glob("*.py"))
    for lang in LANGUAGES:
        if lang == "en":
            continue
        ts = ts_path(lang)
        before = ts.read_text(encoding="utf-8") if ts.is_file() else ""
        subprocess.run(
            [_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources,
             "-target-language", qt_name(lang), "-ts", str(ts)],
            check=True,
        )
        after = ts.read_text(encoding="utf-8")
        carried = without_code_comments(carry_over(before, after))
        if carried != after:
            ts.write_text(carried, encoding="utf-8")


def without_code_comments(ts_text: str) -> str:
    """The .ts text without `<extracomment>` elements. lupdate gives translators the `#:`
    comments it finds before a string, and the code uses `#:` to document attributes for
    developers ("Qt.ItemDataRole.UserRole (256) ..."): nonsense beside a menu item. The
    code has no comments meant for translators."""
    import re

    return re.sub(r"\n[ \t]*<extracomment>.*?</extracomment>", "", ts_text, flags=re.S)


def carry_over(before: str, after: str) -> str:
    """`after` (a .ts file lupdate has just written) with the translations `before` had
    for the same source text (in the same context first, else in any) where lupdate left
    it untranslated or unfinished. Works on the XML text as lupdate writes it."""
    import re  # developer side only: nothing compiled at the app's start

    context_re = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
    message_re = re.compile(r"<message>.*?</message>", re.S)
    source_re = re.compile(r"<source>(.*?)</source>", re.S)
    translation_re = re.compile(r'<translation(?: type="([a-z]+)")?>(.*?)</translation>',
                                 re.S)
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for name, body in context_re.findall(before):
        for message in message_re.findall(body):
            source = source_re.search(message)
            done = translation_re.search(message)
            if source and done and done.group(2) and done.group(1) not in ("obsolete",
                                                                           "vanished"):
                by_context[(name, source.group(1))] = done.group(2)
                by_source.setdefault(source.group(1), done.group(2))

    def fill_context(m: re.Match[str]) -> str:
        name = m.group(1)

        def fill(message: re.Match[str]) -> str:
            text = message.group(0)
            source = source_re.search(text)
            new = translation_re.search(text)
            if not source or not new or new.group(1) != "unfinished":
                return text
            known = by_context.get((name, source.group(1))) or by_source.get(source.group(1))
            # lupdate leaves a moved string untranslated, or guesses it and marks the guess
            # unfinished: either way, the translation it had is taken back as it was.
            if known is None or new.group(2) not in ("", known):
                return text
            return text[:new.start()] + f"<translation>{known}</translation>" + \
                text[new.end():]

        return m.group(0)[:m.start(2) - m.start(0)] + message_re.sub(fill, m.group(2)) + \
            m.group(0)[m.end(2) - m.start(0):]

    return context_re.sub(fill_context, after)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m desktop.ui.i18n")
    parser.add_argument("command", choices=("build", "update"))
    parser.add_argument("files", nargs="*", type=Path, help="build: only these .ts files")
    args = parser.parse_args(argv)
    if args.command == "build":
        for qm in build(args.files):
            print(qm)
    else:
        update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
