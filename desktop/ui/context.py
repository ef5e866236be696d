"""What the windows share: the library, settings, translations, search, clipboard, fonts."""

from __future__ import annotations

from desktop.library import Library
from desktop.settings import Settings
from desktop.topics import Topic
from desktop.ui.clipboard import ClipboardGuard
from desktop.ui.i18n import Translations
from desktop.ui.search_service import SearchService


class AppContext:
    # A plain class, not a dataclass: defining a dataclass costs ~1 ms at start-up.
    def __init__(
        self,
        library: Library,
        settings: Settings,
        translations: Translations,
        search: SearchService,
        clipboard: ClipboardGuard,
        topics: list[Topic] | None = None,
        fonts: dict[str, str] | None = None,
    ) -> None:
        self.library = library
        self.settings = settings
        self.translations = translations
        self.search = search
        self.clipboard = clipboard
        self.topics: list[Topic] = topics or []
        #: script -> bundled font family ("latin", "arabic", "cjk"); empty: system fonts
        self.fonts: dict[str, str] = fonts or {}
        #: documents whose files differ from the manifest ("*": the manifest is unreadable)
        self.altered: set[str] = set()
