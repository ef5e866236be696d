"""Self-test steps for the library of instruments: the Universal Declaration in Chinese by a
loose reference, the Covenant in French (its English text with the notice), and a related
provision followed from the Declaration and back."""

from __future__ import annotations

from desktop.ui.selftest.runner import SelfTest, expect


def _go_to(t: SelfTest, lang: str, typed: str, doc: str, pid: str, what: str) -> None:
    """Type `typed` into the go-to box with `lang` as the reading language."""
    w = t.w
    w.set_reading_language(lang)
    w.toolbar.goto.setText(typed)
    w.toolbar.goto.returnPressed.emit()
    t.wait(lambda: (w.current_doc, w.current_passage) == (doc, pid), timeout=5, what=what)


def udhr_in_chinese(t: SelfTest) -> None:
    w = t.w
    _go_to(t, "zh", "世界人权宣言第十九条", "udhr", "art-19", "the Universal Declaration, art. 19")
    version = w.current_version()
    expect(version is not None and version.lang == "zh" and version.status == "official",
           "the Universal Declaration is not shown in its official Chinese text")
    passage = version.passage("art-19") if version is not None else None
    expect(passage is not None and passage.text in w.reader.text(),
           "the Chinese text of art. 19 is not in the reader")


def covenant_in_french(t: SelfTest) -> None:
    w = t.w
    _go_to(t, "fr", "PIDCP art. 21", "iccpr", "art-21", "the Covenant, art. 21")
    expect(w.current_lang == "en", f"the Covenant is shown in {w.current_lang}, not English")
    status = w.reader.banners[0].status_text()
    expect("text of this instrument is included" in status,
           f"no notice that no official French text is included: {status!r}")


def related_both_ways(t: SelfTest) -> None:
    w = t.w
    w.set_reading_language("en")
    w.show_passage("declaration", "art-5")
    expect("Related provisions" in w.reader.text(), "no related provisions under art. 5")
    w.reader.link_activated.emit("udhr:art-20")
    t.wait(lambda: (w.current_doc, w.current_passage) == ("udhr", "art-20"), timeout=5,
           what="the Universal Declaration, art. 20, from the Declaration's art. 5")
    w.reader.link_activated.emit("declaration:art-5")
    t.wait(lambda: (w.current_doc, w.current_passage) == ("declaration", "art-5"),
           timeout=5, what="the Declaration's art. 5, back from the Universal Declaration")
