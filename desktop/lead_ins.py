"""Lead-ins: the opening words a lettered item or a paragraph continues (Qt-free).

In "Everyone has the right, individually and in association with others, ...:
(a) To meet or assemble peacefully;" the item alone says nothing: the right is in the
article's opening words. Wherever a passage is cited on its own (a printout, `export-pdf`,
"Copy with citation", a bookmark folder's printout, `show`, the presentation view), its
lead-in goes with it, marked as such, so no one reads "(a) To meet or assemble peacefully;"
as the whole of the provision.

The lead-in is read from the content's structure, the same in every language and every
instrument (content/README.md, "Passage ids"): a passage id that has a passage above it,
`art-5` above `art-5.a`, `art-9.3` above `art-9.3.a`, `art-14.3` above `art-14.3.d`, or an
article's opening words `art-N` above its paragraphs `art-N.M`, is a continuation of that
passage's sentence. `art-N` is an article's opening words exactly when it has items
(content/README.md); a paragraph with items of its own (`art-9.3`) likewise. Every such
passage above is part of the lead-in, outermost first (`art-41.1`, then `art-41.1.h`, for
an item `art-41.1.h.i`), except one that holds no words, only its number (the Covenant's
article 8 has a paragraph "3." whose items carry the words).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop.library import Passage, Version

#: Ends a lead-in where the passage that follows is not the whole rest of the sentence
#: (other items may come between it and the lead-in, or after it).
ELLIPSIS = "…"


def lead_in(version: Version, pid: str) -> tuple[Passage, ...]:
    """The passages whose words begin the sentence that `pid` continues, outermost first;
    () when `pid` stands on its own (or is not a single passage of this version)."""
    parts = pid.split(".")
    found = []
    for n in range(1, len(parts)):
        above = version.passage(".".join(parts[:n]))
        if above is not None and _has_words(above.text):
            found.append(above)
    return tuple(found)


def _has_words(text: str) -> bool:
    """More than a number or an item letter ("3.", "(a)"): letters of some script."""
    return sum(c.isalpha() for c in text) >= 2


def lead_ins_for(version: Version, pids: Iterable[str]) -> dict[str, tuple[Passage, ...]]:
    """For passages cited together (in order): the lead-ins to show before each one.

    A lead-in that is itself among `pids` (the whole of article 5, art-5 to art-5.b) is
    shown as a passage already, and one given before an earlier passage is not given again
    (art-5.b and art-5.c share one). Passages that need none are left out.
    """
    chosen = list(pids)
    shown = set(chosen)
    out: dict[str, tuple[Passage, ...]] = {}
    for pid in chosen:
        missing = tuple(p for p in lead_in(version, pid) if p.id not in shown)
        if missing:
            out[pid] = missing
            shown.update(p.id for p in missing)
    return out


def lead_in_label(version: Version, lead: Passage) -> str:
    """How a lead-in is marked, in the version's language: "Opening words of art. 5"."""
    from desktop.citations import pinpoint
    from desktop.printing.labels import label

    return label(version.lang, "lead_in", p=pinpoint(version, lead.id))


def marked(version: Version, lead: Passage) -> str:
    """A lead-in as plain text, marked as such and shown to continue:
    "[Opening words of art. 5] For the purpose of ..., at the national and international
    levels: …"."""
    return f"[{lead_in_label(version, lead)}] {lead.text} {ELLIPSIS}"


def with_lead_ins(version: Version, pids: Sequence[str]) -> list[str]:
    """The passages' texts in order, each preceded by its marked lead-in where it needs
    one (the plain text of `show` and of "Copy with citation")."""
    leads = lead_ins_for(version, pids)
    out: list[str] = []
    for pid in pids:
        out += [marked(version, lead) for lead in leads.get(pid, ())]
        passage = version.passage(pid)
        if passage is not None:
            out.append(passage.text)
    return out


def lead_in_text(version: Version, pids: Sequence[str]) -> str:
    """The words of the lead-ins `pids` need and do not include, one per line ("" when
    none): the `lead_in` field of `show --json`."""
    leads = lead_ins_for(version, pids)
    return "\n".join(lead.text for pid in pids for lead in leads.get(pid, ()))
