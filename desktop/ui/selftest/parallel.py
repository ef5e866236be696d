"""Self-test steps for the side-by-side view of two languages."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def parallel_view(t: SelfTest) -> None:
    w = t.w
    w.set_reading_language("en")
    doc = t.w.library.document("declaration")
    second = "ar" if "ar" in doc.versions else next(c for c in doc.languages if c != "en")
    w.show_passage("declaration", "art-5.a")
    w.set_parallel_language(second)
    t.wait(lambda: w.reader.rendered is not None and w.reader.rendered.parallel,
           timeout=5, what="the side-by-side view")
    langs = [v.lang for v in w.reader.versions]
    expect(langs == ["en", second], f"side by side shows {langs}, not en and {second}")
    tops = w.reader.column_tops("art-5.a")
    expect(len(tops) == 2 and abs(tops[0] - tops[1]) <= 2,
           f"article 5(a) is not aligned in the two columns (tops {tops})")
    for version in w.reader.versions:
        expect(version.passage("art-5.a").paragraphs[0] in w.reader.text(),  # type: ignore[union-attr]
               f"article 5(a) in {version.lang} is missing from the side-by-side view")
