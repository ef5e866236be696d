"""Self-test steps for search: a query per language, its first hit opened and marked."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def search_and_open(t: SelfTest, query: str, lang: str) -> None:
    w = t.w
    results = t.search(query, lang)
    expect(bool(results.hits), f"no hits for {query!r} in {lang}: {w.search.status.text()}")
    # A hit in another language is only the English text of a document without a text in
    # `lang` (the Covenant), and says so.
    expect(all(h.lang == lang or (h.lang == "en" and h.notice) for h in results.hits),
           f"hits outside {lang} for {query!r}")
    expect(results.hits[0].lang == lang, f"the first hit for {query!r} is not in {lang}")
    hit = results.hits[0]
    w.search.results.setFocus()
    w.search.open_result(0)
    t.wait(lambda: (w.current_doc, w.current_passage) == (hit.doc, hit.passage), timeout=5,
           what=f"the passage of the first hit for {query!r}")
    expect(w.current_lang == lang, f"the hit opened in {w.current_lang}, not {lang}")
    expect(bool(w.reader.highlighted_words()),
           f"the words of {query!r} are not highlighted in the reader")


def search_english(t: SelfTest) -> None:
    search_and_open(t, "assemble peacefully", "en")


def search_french(t: SelfTest) -> None:
    search_and_open(t, "réunir pacifiquement", "fr")
