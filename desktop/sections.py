"""Titles and section names a person types into the go-to box ("staying safe", "Special
Rapporteur", "Свод правил"), and the text the box shows for a passage once it is open.

Qt-free. `references.canonical` reads references and citation lines; this reads what is
neither: a document's title or a section heading, in any language of the library, matched
without case, accents or punctuation, whole words, a full title before a part of one.
"""

from __future__ import annotations

import re

from desktop.citations import pinpoint, short_pinpoint
from desktop.folding import fold_words
from desktop.library import Library, Version


def fold(text: str) -> str:
    """Folded as search folds words (desktop/folding.py), punctuation dropped, words
    separated by one space."""
    return " ".join(re.findall(r"\w+", fold_words(text)))


def _contains(haystack: str, needle: str) -> bool:
    """`needle`'s words appear in `haystack` as whole words, in order, together. Chinese
    has no spaces between words: there, any run of its characters."""
    if not needle:
        return False
    if re.search(r"[\u3400-\u9fff]", needle):
        return needle.replace(" ", "") in haystack.replace(" ", "")
    return f" {needle} " in f" {haystack} "


def _readable_versions(library: Library, lang: str) -> list[Version]:
    """Every readable version, those in `lang` first."""
    versions = [v for doc in library for v in list(doc.versions.values())]
    versions = [v for v in versions if library.readable(v)]
    return sorted(versions, key=lambda v: v.lang != lang)


def find_section(text: str, library: Library, lang: str = "en") -> tuple[str, str, str] | None:
    """(document, passage id or "", language) of the title or heading `text` names, or None.

    A document whose title is `text` opens at its start; a heading that is `text` or holds
    its words opens at the passage under it. Exact matches win over partial ones, titles
    over headings, the reading language `lang` over the others.
    """
    wanted = fold(text)
    # "a", "of": nothing worth opening; two Chinese characters are a word ("宣言").
    if len(wanted) < (2 if re.search(r"[\u3400-\u9fff]", wanted) else 3):
        return None
    versions = _readable_versions(library, lang)
    partial: tuple[str, str, str] | None = None
    for exact in (True, False):
        for version in versions:
            for title in (version.short_title, version.title):
                folded = fold(title)
                if folded == wanted if exact else _contains(folded, wanted):
                    return version.doc, "", version.lang
        for version in versions:
            for passage in version.passages:
                for marker in passage.before:
                    if marker.level <= 0:
                        continue
                    folded = fold(marker.text)
                    if folded == wanted:
                        return version.doc, passage.id, version.lang
                    if not exact and partial is None and _contains(folded, wanted):
                        partial = (version.doc, passage.id, version.lang)
        if partial is not None:
            return partial
    return None


def heading_of(version: Version, pid: str) -> str:
    """The heading a passage sits under (its section), or ""."""
    ids = version.ids()
    if pid not in ids:
        return ""
    for passage in reversed(version.passages[: ids.index(pid) + 1]):
        headings = [m.text for m in passage.before if m.level > 0]
        if headings:
            return headings[-1]
    return ""


def goto_text(library: Library, version: Version, pid: str) -> str:
    """What the go-to box shows for passage `pid` of `version` once it is open: text the
    box reads back to the same place ("art. 12(2)", "A/RES/64/163 para. 7", a guidance
    section's heading), else the canonical reference ("declaration:art-12.2")."""
    from desktop.errors import UserError
    from desktop.references import canonical

    canonical_ref = f"{version.doc}:{pid}" if pid else version.doc
    candidates: list[str] = []
    if pid:
        point = pinpoint(version, pid)
        if version.status == "project-guidance":
            candidates.append(heading_of(version, pid))
        else:  # "art. 12(2)" in the default document, "UDHR, art. 19" in another
            candidates.append(short_pinpoint(version, pid, point))
        if version.symbol:
            candidates.append(f"{version.symbol} {point}")
    else:
        candidates.append(version.short_title)
    for text in candidates:
        if not text:
            continue
        try:
            if canonical(text, library, context_doc=version.doc) == canonical_ref:
                return text
        except UserError:
            pass
        found = find_section(text, library, version.lang)
        if found is not None and found[:2] == (version.doc, pid):
            return text
    return canonical_ref if pid else version.short_title
