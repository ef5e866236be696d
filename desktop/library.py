"""The bundled texts as objects: documents, their language versions and passages.

Qt-free. Loaded once from `content/` (see `contentfile` for the format); the GUI, the
CLI, search and printing all speak the passage ids defined here.

`Library.load(lazy=True)` is for the GUI's start-up: the first window shows one document
in one language, so each file's header is read at once (titles, status, order: what the
library panel needs, and where a damaged file is most likely caught) and its body is parsed
on first use. `load_all()` then parses the rest after the first paint.

`Library.load(lenient=True)` is for reading (the GUI and the reading verbs): one damaged
file must not keep a person from the others, so it is left out and its ContentError kept
in `library.problems`. The validator, the manifest and the index build load strictly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from desktop.contentfile import (
    STATUSES,
    ContentError,
    Marker,
    PassageMaker,
    decode_utf8,
    parse_body,
    parse_header,
    split_header,
    text_lines,
)
from desktop.errors import UserError
from desktop.languages import LANGUAGES, UnknownLanguage, check_language
from desktop.topics import TOPICS_FILE, Topic, load_topics


class UnknownDocument(UserError, LookupError):
    """A document id that is not in the library."""


class NothingReadable(UserError):
    """A lenient load found no text it could read: there is nothing to show."""


class UnreadableFile(ContentError):
    """A content file the system would not read (no permission, an I/O error, a folder
    where the file should be). Left out by a lenient load like a damaged file; kept a
    ContentError so everything that lists left-out files (`problems`) takes it as one."""

    def __init__(self, path: str | Path, error: OSError) -> None:
        reason = error.strerror or error.__class__.__name__
        super().__init__(path, 0, f"cannot be read ({reason})")
        # No line number: nothing in the file was read. `path: message` like the rest.
        self.args = (f"{self.path}: {self.message}",)


# A NamedTuple rather than a frozen dataclass: the same immutable record with equality and
# hashing, but without importing `dataclasses` at start-up, and much quicker to create.
class Passage(NamedTuple):
    doc: str
    id: str
    lang: str
    paragraphs: tuple[str, ...]
    before: tuple[Marker, ...]
    see: tuple[str, ...]
    line: int

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def ref(self) -> str:
        """Canonical reference, e.g. `declaration:art-12.2`."""
        return f"{self.doc}:{self.id}"


#: A parsed body: the passages, the closing markers, and each passage's index by id.
_Parsed = tuple[list[Passage], tuple[Marker, ...], dict[str, int]]


def _parsed(passages: list[Passage], closing: tuple[Marker, ...]) -> _Parsed:
    return passages, closing, {p.id: i for i, p in enumerate(passages)}


class Version:
    """One document in one language.

    Made with its passages, or (by a lazy load) with only its header and the undecoded
    body, which is parsed the first time anything asks for a passage; a damaged body then
    raises the same ContentError (path:line: message) an eager load would have raised.
    """

    __slots__ = ("doc", "lang", "header", "header_lines", "path", "_parsed", "_body", "_first")

    def __init__(
        self,
        doc: str,
        lang: str,
        header: dict[str, str],
        passages: list[Passage],
        closing: tuple[Marker, ...],
        path: Path,
        header_lines: dict[str, int] | None = None,
    ) -> None:
        self.doc = doc
        self.lang = lang
        self.header = header
        #: header field -> its line in the file (the validator names the line of a problem)
        self.header_lines: dict[str, int] = header_lines or {}
        self.path = path
        self._parsed: _Parsed | None = _parsed(passages, closing)
        self._body: bytes | None = None
        self._first = 0

    @classmethod
    def unparsed(
        cls, doc: str, lang: str, header: dict[str, str], path: Path, body: bytes, first: int,
        header_lines: dict[str, int] | None = None,
    ) -> Version:
        """A version whose body (bytes, starting at line `first`) is parsed on first use."""
        version = cls(doc, lang, header, [], (), path, header_lines)
        version._parsed = None
        version._body = body
        version._first = first
        return version

    @property
    def parsed(self) -> bool:
        """Whether the body has been parsed (always, after an eager load)."""
        return self._parsed is not None

    def _loaded(self) -> _Parsed:
        parsed = self._parsed
        return self._parse() if parsed is None else parsed

    def _parse(self) -> _Parsed:
        # Read the body before checking `_parsed` again: a thread that parses sets
        # `_parsed` before it drops `_body`, so one of the two is always there.
        body = self._body
        parsed = self._parsed
        if parsed is not None:
            return parsed
        assert body is not None
        lines = text_lines(decode_utf8(body, self.path, self._first))
        passages, closing = parse_body(
            lines, self._first, self.path, _passage_maker(self.doc, self.lang)
        )
        parsed = self._parsed = _parsed(passages, closing)
        self._body = None  # kept until now so a damaged body raises again, not re-read
        return parsed

    @property
    def passages(self) -> list[Passage]:
        return self._loaded()[0]

    @property
    def closing(self) -> tuple[Marker, ...]:
        return self._loaded()[1]

    @property
    def status(self) -> str:
        return self.header["status"]

    @property
    def title(self) -> str:
        return self.header["title"]

    @property
    def short_title(self) -> str:
        return self.header.get("short-title") or self.title

    @property
    def symbol(self) -> str:
        return self.header.get("symbol", "")

    @property
    def content_version(self) -> str:
        return self.header.get("content-version", "")

    def passage(self, pid: str) -> Passage | None:
        passages, _, by_id = self._loaded()
        i = by_id.get(pid)
        return None if i is None else passages[i]

    def has(self, pid: str) -> bool:
        return pid in self._loaded()[2]

    def select(self, prefix: str) -> list[Passage]:
        """The passage `prefix` and every passage below it (`art-9` -> art-9.1, art-9.3.a ...)."""
        below = prefix + "."
        found = [p for p in self.passages if p.id == prefix or p.id.startswith(below)]
        return found or self._under_heading(prefix)

    def _under_heading(self, hid: str) -> list[Passage]:
        """The passages under the heading whose id is `hid` (`## [part-3] PART III`): from
        the one the heading stands before up to the next heading of its level or higher."""
        passages = self.passages
        for i, p in enumerate(passages):
            for m in p.before:
                if m.id == hid:
                    for j in range(i + 1, len(passages)):
                        if any(0 < h.level <= m.level for h in passages[j].before):
                            return passages[i:j]
                    return passages[i:]
        return []

    def ids(self) -> list[str]:
        return [p.id for p in self.passages]


class Document:
    __slots__ = ("id", "versions", "order")

    def __init__(self, id: str, versions: dict[str, Version], order: int) -> None:
        self.id = id
        self.versions = versions
        self.order = order

    @property
    def languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang in self.versions] + sorted(
            lang for lang in self.versions if lang not in LANGUAGES
        )

    @property
    def reference_version(self) -> Version:
        """The English version: passage ids and order of every other language follow it.

        Without one (a damaged English file is left out), the first language in the
        usual order stands in, so the choice does not depend on which files were found.
        """
        return self.versions.get("en") or self.versions[self.languages[0]]

    def version(self, lang: str) -> Version:
        code = check_language(lang)
        if code not in self.versions:
            from desktop.worded import worded  # here: an error is rare, every start imports this

            raise worded(UnknownLanguage, "not_available", doc=self.id, lang=code,
                         available=", ".join(self.languages))
        return self.versions[code]

    @property
    def kind(self) -> str:
        """`instrument` for UN texts, `guidance` for the project's own guidance."""
        statuses = {v.status for v in self.versions.values()}
        return "guidance" if statuses == {"project-guidance"} else "instrument"


#: Fields the app cannot show a text without; the validator checks the rest.
ESSENTIAL_FIELDS = ("title", "status")


def _check_essentials(header: dict[str, str], header_lines: dict[str, int], path: Path) -> None:
    for key in ESSENTIAL_FIELDS:
        if not header.get(key):
            raise ContentError(path, 1, f"header field {key!r} is missing or empty")
    if header["status"] not in STATUSES:
        raise ContentError(
            path,
            header_lines.get("status", 1),
            f"status {header['status']!r} is not one of {', '.join(STATUSES)}",
        )


def _order(header: dict[str, str], header_lines: dict[str, int], path: Path) -> int:
    raw = header.get("order", "100") or "100"
    try:
        return int(raw)
    except ValueError:
        raise ContentError(
            path, header_lines.get("order", 1), f"'order' must be a whole number, not {raw!r}"
        ) from None


def _passage_maker(doc: str, lang: str) -> PassageMaker[Passage]:
    """Builds the library's passages straight from the parser (no RawPassage in between)."""

    def make(
        pid: str,
        paragraphs: tuple[str, ...],
        before: tuple[Marker, ...],
        see: tuple[str, ...],
        line: int,
    ) -> Passage:
        return Passage(doc, pid, lang, paragraphs, before, see, line)

    return make


def text_files(root: Path) -> list[Path]:
    """The document files a load reads: `<root>/<document>/<lang>.txt`, sorted, except those
    set aside (a folder starting with `.` or `_`, a file name starting with `_`)."""
    return [
        path
        for path in sorted(root.glob("*/*.txt"))
        if not (path.parent.name.startswith((".", "_")) or path.stem.startswith("_"))
    ]


def _read_version(path: Path, data: bytes) -> tuple[Version, int]:
    """The whole file parsed now: decoded, header, body, then the library's header checks.

    That order is the one loads have always had (a damaged body is reported before a bad
    status), and a lazy load falls back on it to report a damaged header identically.
    """
    text = decode_utf8(data, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    header, header_lines, lines, start = parse_header(text, path)
    doc = header.get("document", path.parent.name)
    lang = header.get("language", path.stem)
    passages, closing = parse_body(lines[start:], start + 1, path, _passage_maker(doc, lang))
    _check_essentials(header, header_lines, path)
    order = _order(header, header_lines, path)
    return Version(doc, lang, header, passages, closing, path, header_lines), order


def _read_header(path: Path, data: bytes) -> tuple[Version, int]:
    """The file's header parsed and checked; its body is parsed on first use."""
    split = split_header(data, path)
    if split is not None:
        header, header_lines, body, first = split
        try:
            _check_essentials(header, header_lines, path)
            order = _order(header, header_lines, path)
        except ContentError:
            pass  # read it whole below: a damaged body is reported first, as when eager
        else:
            doc = header.get("document", path.parent.name)
            lang = header.get("language", path.stem)
            return Version.unparsed(doc, lang, header, path, body, first, header_lines), order
    # The header is damaged: parsing the whole file raises exactly the error an eager
    # load raises (and should it succeed after all, the version is simply complete).
    return _read_version(path, data)


class Library:
    """All documents found under a content folder: `<content>/<document>/<lang>.txt`."""

    def __init__(
        self,
        root: Path,
        documents: dict[str, Document],
        topics: list[Topic] | None = None,
        unparsed: list[Version] | None = None,
        problems: list[ContentError] | None = None,
    ) -> None:
        self.root = root
        self._docs = dict(sorted(documents.items(), key=lambda kv: (kv[1].order, kv[0])))
        self.topics: list[Topic] = topics or []
        # Versions whose body is still unparsed, in load order, for `load_all`. Kept apart
        # from the documents so a file shadowed by another with the same document and
        # language is still checked, as an eager load checks it.
        self._unparsed: list[Version] = unparsed or []
        #: One ContentError per file left out because it could not be read, in the order
        #: they were met: by a lenient load (a damaged header, or any damage when eager; a
        #: damaged topics.txt), by `load_all` and by `readable` (a damaged body).
        self.problems: list[ContentError] = problems or []

    @classmethod
    def load(
        cls, root: Path | None = None, *, lazy: bool = False, lenient: bool = False
    ) -> Library:
        """Every document under `root` (the bundled content by default).

        Eager (the default, for the CLI, the validator, the manifest and the index build)
        parses every file now and raises the first ContentError. `lazy=True` (the GUI's
        start-up) reads every file but parses only headers, which still raise at once;
        bodies are parsed on first use, and `load_all()` parses the rest.

        `lenient=True` (reading: the GUI, `show`, `search`, `open`, `export-pdf`) raises no
        ContentError: a file that is damaged (its header when lazy, any part when eager)
        or that cannot be read from disk at all (UnreadableFile: permissions, an I/O error)
        is left out, a damaged or unreadable topics.txt gives no topics, and each error is
        added to `problems`. Only a folder with no readable text at all raises
        NothingReadable. Strict loads let an OSError through.
        """
        if root is None:
            from desktop.paths import content_dir

            root = content_dir()
        read = _read_header if lazy else _read_version
        docs: dict[str, Document] = {}
        unparsed: list[Version] = []
        problems: list[ContentError] = []
        for path in text_files(root):
            try:
                data = path.read_bytes()
            except OSError as exc:
                # Unreadable is as good as damaged for a reader: the other texts still open.
                if not lenient:
                    raise
                problems.append(UnreadableFile(path, exc))
                continue
            try:
                version, order = read(path, data)
            except ContentError as exc:
                if not lenient:
                    raise
                problems.append(exc)
                continue
            if not version.parsed:
                unparsed.append(version)
            doc = docs.get(version.doc)
            if doc is None:
                doc = docs[version.doc] = Document(version.doc, {}, order)
            doc.versions[version.lang] = version
            doc.order = min(doc.order, order)
        try:
            topics = load_topics(root)
        except (ContentError, OSError) as exc:
            if not lenient:
                raise
            # The topic index is only a way into the texts: they stay readable without it.
            problems.append(
                exc if isinstance(exc, ContentError) else UnreadableFile(root / TOPICS_FILE, exc)
            )
            topics = []
        if lenient and not docs:
            from desktop.worded import worded

            raise (worded(NothingReadable, "nothing_readable", folder=root, problem=problems[0])
                   if problems else worded(NothingReadable, "no_texts", folder=root))
        return cls(root, docs, topics, unparsed, problems)

    @property
    def topics_path(self) -> Path:
        """The topic index's file (a problem with this path is about the topics)."""
        return self.root / TOPICS_FILE

    def load_all(self) -> list[ContentError]:
        """Parse every version not parsed yet; return the errors, one per damaged file.

        A version whose body is damaged is removed from its document, and a document left
        without a version from the library, so nothing later meets the error again; the
        errors are also added to `problems`. After an eager load, or a second call, there
        is nothing to do and this returns [].
        """
        errors: list[ContentError] = []
        for version in self._unparsed:
            try:
                version._loaded()
            except ContentError as exc:
                errors.append(exc)
                self._leave_out(version, exc)
        self._unparsed = []
        return errors

    def readable(self, version: Version) -> bool:
        """Whether `version`'s passages can be read, parsing its body now if that has not
        been done. A damaged body leaves the version out, as `load_all` would (the error is
        added to `problems`), so a reader can turn to another version at once."""
        if version.parsed:
            return True
        try:
            version._loaded()
        except ContentError as exc:
            if version in self._unparsed:
                self._unparsed.remove(version)  # `load_all` must not report it again
            self._leave_out(version, exc)
            return False
        return True

    def readable_version(self, doc_id: str, lang: str) -> Version | None:
        """`doc_id` in `lang`, else in its reference language: the first that can be read
        (reading it now if needed; a damaged one is left out and the next choice tried).
        None when the document has no readable version left, or is not in the library."""
        while doc_id in self._docs:
            doc = self._docs[doc_id]
            version = doc.versions.get(lang) or doc.reference_version
            if self.readable(version):
                return version
        return None

    def _leave_out(self, version: Version, error: ContentError) -> None:
        self.problems.append(error)
        doc = self._docs.get(version.doc)
        if doc is not None and doc.versions.get(version.lang) is version:
            del doc.versions[version.lang]
            if not doc.versions:
                del self._docs[doc.id]

    def __iter__(self) -> Iterator[Document]:
        return iter(self._docs.values())

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._docs

    @property
    def document_ids(self) -> list[str]:
        return list(self._docs)

    def document(self, doc_id: str) -> Document:
        try:
            return self._docs[doc_id]
        except KeyError:
            from desktop.worded import worded

            raise worded(UnknownDocument, "unknown_document", doc=repr(doc_id),
                         documents=", ".join(self._docs)) from None

    def version(self, doc_id: str, lang: str) -> Version:
        return self.document(doc_id).version(lang)

    def languages(self) -> list[str]:
        present = {lang for d in self for lang in d.versions}
        return [lang for lang in LANGUAGES if lang in present]

    def passages(self, lang: str | None = None) -> Iterator[Passage]:
        for doc in self:
            for code, version in doc.versions.items():
                if lang is None or code == lang:
                    yield from version.passages
