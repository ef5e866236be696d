"""Every self-test step, in the order they run: the one list to add a step to.

Order matters: the first step starts the window every other step uses; the steps that
write (bookmarks, printing) come after those that only look, so a failure in writing does
not hide one in reading; the window's image is taken last, with everything opened.
"""

from __future__ import annotations

from desktop.ui.selftest import (
    bookmarks,
    instruments,
    language,
    navigation,
    parallel,
    presentation,
    printing,
    protection,
    screen_reader,
    search,
    subject_index,
    window,
)
from desktop.ui.selftest.runner import Step

STEPS: tuple[Step, ...] = (
    Step("start the main window", window.start_window),
    Step("go to a reference", navigation.goto),
    Step("search in English and open a result", search.search_english),
    Step("search in French and open a result", search.search_french),
    Step("open Protest in the Index, search everyday words", subject_index.index_opens_protest),
    Step("open the Universal Declaration in Chinese", instruments.udhr_in_chinese),
    Step("open the Covenant in French: English, said so", instruments.covenant_in_french),
    Step("follow a related provision and back", instruments.related_both_ways),
    Step("open a passage as a screen reader is told it",
         screen_reader.passage_opened_for_a_screen_reader),
    Step("switch the interface to Arabic and back", language.arabic_and_back),
    Step("open the parallel view", parallel.parallel_view),
    Step("bookmark a passage with a note", bookmarks.bookmark_with_note),
    Step("export and re-import bookmarks", bookmarks.export_and_import),
    Step("protect bookmarks with a passphrase, lock and unlock", protection.protected_store),
    Step("print a passage to PDF", printing.print_to_pdf),
    Step("show a passage to an official and leave with Esc", presentation.show_to_an_official),
    Step("grab the window and check it is not blank", window.grab),
)
