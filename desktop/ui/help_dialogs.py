"""The Help menu's dialogs: about, and the list of keyboard shortcuts (made from the actions
themselves, so it can never disagree with them)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop import __version__

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def about(window: MainWindow) -> None:
    # The strings keep the "MainWindow" context they were translated under.
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About Rights at Hand"),
        QCoreApplication.translate(
            "MainWindow",
            "<p><b>Rights at Hand</b> {version}</p>"
            "<p>The UN Declaration on Human Rights Defenders (A/RES/53/144) and General "
            "Assembly resolution 64/163, with guidance, in the six UN languages.</p>"
            "<p>Works offline: it never connects to the Internet.</p>"
            "<p>Texts marked “unofficial translation” or “guidance” are not UN texts; "
            "the source of each text is shown above it.</p>",
        ).replace("{version}", __version__),
    )


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, sorted by name."""
    rows = set()
    for action in window.menus.all_actions():
        if action.shortcut().isEmpty():
            continue
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                         for s in action.shortcuts())
        rows.add((action.text().replace("&", ""), keys))
    return sorted(rows)


def shortcuts(window: MainWindow) -> None:
    table = "".join(f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
                    for what, keys in shortcut_rows(window))
    QMessageBox.information(window,
                            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
                            f"<table>{table}</table>")
