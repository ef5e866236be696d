"""What the status bar and the bookmarks panel say about a damaged or read-only bookmarks
store, in the interface language of the moment. A module of its own: the panel, the
protection controller and the window's extensions all say it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.languages import ltr

if TYPE_CHECKING:
    from desktop.bookmarks import Store


def store_notice(store: Store) -> str:
    """What the status bar says about a damaged or read-only bookmarks store, in the
    interface language of the moment ("" when there is nothing to say)."""
    recovery = store.recovery
    if recovery is not None:
        if recovery.kept is None:  # then the store is read-only: say why, not "recovered"
            text = QCoreApplication.translate("MainWindow", "The bookmarks file is damaged "
                                              "({reason}) and could not be moved aside, so "
                                              "bookmarks cannot be changed.")
        else:
            text = QCoreApplication.translate("MainWindow", "The bookmarks file was damaged "
                                              "({reason}) and was kept as {file}. A new file "
                                              "holds what could be recovered (bookmarks: "
                                              "{bookmarks}, folders: {folders}).")
        # Path and English reason isolated left to right: in every language, not only in
        # Arabic, as the notice is said again while the interface changes language, before
        # its direction has changed.
        return (text.replace("{reason}", ltr(recovery.reason))
                .replace("{file}", ltr(str(recovery.kept)))
                .replace("{bookmarks}", str(recovery.bookmarks))
                .replace("{folders}", str(recovery.folders)))
    if store.read_only:
        text = QCoreApplication.translate("MainWindow", "Bookmarks are read-only: {reason}")
        return text.replace("{reason}", ltr(store.read_only_reason))
    return ""
