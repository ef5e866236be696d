"""The bookmark store's undo steps, named in the interface language.

The store labels each step in English for its own log ("Bookmark declaration:art-5",
"Delete folder “Court”"): a passage by its internal reference. The Undo button's tooltip,
which screen readers give as its description, and the "Undone: ..." message say the step
in the person's language, the passages by their citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def step_name(label: str, passages: Callable[[str], str]) -> str:
    """`label` as the store wrote it, said in the interface language; `passages` names a
    reference (`declaration:art-5`, a range) as the bookmarks list shows it."""
    fixed = {
        "Move folder": QCoreApplication.translate("UndoNames", "Move folder"),
        "Rename bookmark": QCoreApplication.translate("UndoNames", "Rename bookmark"),
        "Edit note": QCoreApplication.translate("UndoNames", "Edit note"),
        "Move bookmark": QCoreApplication.translate("UndoNames", "Move bookmark"),
        "Delete bookmark": QCoreApplication.translate("UndoNames", "Delete bookmark"),
    }
    if label in fixed:
        return fixed[label]
    m = re.fullmatch(r"Bookmark (\S+)", label)
    if m:
        return QCoreApplication.translate("UndoNames", "Bookmark %1").replace(
            "%1", passages(m.group(1)))
    m = re.fullmatch(r"(New folder|Rename folder to|Delete folder) “(.*)”", label, re.S)
    if m:
        templates = {
            "New folder": QCoreApplication.translate("UndoNames", "New folder “%1”"),
            "Rename folder to": QCoreApplication.translate("UndoNames",
                                                           "Rename folder to “%1”"),
            "Delete folder": QCoreApplication.translate("UndoNames", "Delete folder “%1”"),
        }
        return templates[m.group(1)].replace("%1", m.group(2))
    m = re.fullmatch(r"Import (.+)", label, re.S)
    if m:
        return QCoreApplication.translate("UndoNames", "Import %1").replace("%1", m.group(1))
    # A step this module does not know yet: said without its English wording.
    return QCoreApplication.translate("UndoNames", "the last change to the bookmarks")
