"""What the windows share: the library, settings, translations, search, clipboard, fonts."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.library import Library
from desktop.settings import Settings
from desktop.topics import Topic
from desktop.ui.clipboard import ClipboardGuard
from desktop.ui.i18n import Translations
from desktop.ui.search_service import SearchService


@dataclass
class AppContext:
    library: Library
    settings: Settings
    translations: Translations
    search: SearchService
    clipboard: ClipboardGuard
    topics: list[Topic] = field(default_factory=list)
    #: script -> bundled font family ("latin", "arabic", "cjk"); empty: system fonts
    fonts: dict[str, str] = field(default_factory=dict)
    #: documents whose files differ from the manifest ("*": the manifest itself is unreadable)
    altered: set[str] = field(default_factory=set)
