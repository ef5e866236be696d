"""The bundled texts as objects: documents, their language versions and passages.

Qt-free. Loaded once from `content/` (see `contentfile` for the format); the GUI, the
CLI, search and printing all speak the passage ids defined here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.contentfile import (
    STATUSES,
    ContentError,
    ContentFile,
    Marker,
    RawPassage,
    read_file,
)
from desktop.errors import UserError
from desktop.languages import LANGUAGES, UnknownLanguage, check_language
from desktop.topics import Topic, load_topics


class UnknownDocument(UserError, LookupError):
    """A document id that is not in the library."""


@dataclass(frozen=True)
class Passage:
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


@dataclass
class Version:
    """One document in one language."""

    doc: str
    lang: str
    header: dict[str, str]
    passages: list[Passage]
    closing: tuple[Marker, ...]
    path: Path

    def __post_init__(self) -> None:
        self._by_id = {p.id: i for i, p in enumerate(self.passages)}

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
        i = self._by_id.get(pid)
        return None if i is None else self.passages[i]

    def has(self, pid: str) -> bool:
        return pid in self._by_id

    def select(self, prefix: str) -> list[Passage]:
        """The passage `prefix` and every passage below it (`art-9` -> art-9.1, art-9.3.a ...)."""
        return [p for p in self.passages if p.id == prefix or p.id.startswith(prefix + ".")]

    def ids(self) -> list[str]:
        return [p.id for p in self.passages]


@dataclass
class Document:
    id: str
    versions: dict[str, Version]
    order: int

    @property
    def languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang in self.versions] + sorted(
            lang for lang in self.versions if lang not in LANGUAGES
        )

    @property
    def reference_version(self) -> Version:
        """The English version: passage ids and order of every other language follow it."""
        return self.versions.get("en") or next(iter(self.versions.values()))

    def version(self, lang: str) -> Version:
        code = check_language(lang)
        if code not in self.versions:
            raise UnknownLanguage(
                f"{self.id} is not available in {code}; available: {', '.join(self.languages)}"
            )
        return self.versions[code]

    @property
    def kind(self) -> str:
        """`instrument` for UN texts, `guidance` for the project's own guidance."""
        statuses = {v.status for v in self.versions.values()}
        return "guidance" if statuses == {"project-guidance"} else "instrument"


#: Fields the app cannot show a text without; the validator checks the rest.
ESSENTIAL_FIELDS = ("title", "status")


def _check_essentials(cf: ContentFile, path: Path) -> None:
    for key in ESSENTIAL_FIELDS:
        if not cf.header.get(key):
            raise ContentError(path, 1, f"header field {key!r} is missing or empty")
    if cf.header["status"] not in STATUSES:
        raise ContentError(
            path,
            cf.header_lines.get("status", 1),
            f"status {cf.header['status']!r} is not one of {', '.join(STATUSES)}",
        )


def _order(cf: ContentFile, path: Path) -> int:
    raw = cf.header.get("order", "100") or "100"
    try:
        return int(raw)
    except ValueError:
        raise ContentError(
            path, cf.header_lines.get("order", 1), f"'order' must be a whole number, not {raw!r}"
        ) from None


def _to_version(cf: ContentFile, path: Path) -> Version:
    doc = cf.header.get("document", path.parent.name)
    lang = cf.header.get("language", path.stem)
    passages = [_to_passage(doc, lang, rp) for rp in cf.passages]
    return Version(doc, lang, cf.header, passages, cf.closing, path)


def _to_passage(doc: str, lang: str, rp: RawPassage) -> Passage:
    return Passage(doc, rp.id, lang, rp.paragraphs, rp.before, rp.see, rp.line)


class Library:
    """All documents found under a content folder: `<content>/<document>/<lang>.txt`."""

    def __init__(
        self, root: Path, documents: dict[str, Document], topics: list[Topic] | None = None
    ) -> None:
        self.root = root
        self._docs = dict(sorted(documents.items(), key=lambda kv: (kv[1].order, kv[0])))
        self.topics: list[Topic] = topics or []

    @classmethod
    def load(cls, root: Path | None = None) -> Library:
        if root is None:
            from desktop.paths import content_dir

            root = content_dir()
        docs: dict[str, Document] = {}
        for path in sorted(root.glob("*/*.txt")):
            if path.parent.name.startswith((".", "_")) or path.stem.startswith("_"):
                continue
            cf = read_file(path)
            _check_essentials(cf, path)
            version = _to_version(cf, path)
            order = _order(cf, path)
            doc = docs.setdefault(version.doc, Document(version.doc, {}, order))
            doc.versions[version.lang] = version
            doc.order = min(doc.order, order)
        return cls(root, docs, load_topics(root))

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
            raise UnknownDocument(
                f"unknown document {doc_id!r}; documents: {', '.join(self._docs)}"
            ) from None

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
