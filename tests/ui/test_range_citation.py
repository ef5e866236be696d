"""A range opened in the reader (a bookmark's art-12.1..art-12.3, the go-to box's "art
12(1)-(2)") is named by its citation in the status bar, and so said to a screen reader: the
whole article, the part it makes, or its first and last passage; never its raw id."""

from __future__ import annotations

from desktop.ui import announce
from desktop.ui.main_window import MainWindow

DECLARATION = "Declaration on Human Rights Defenders (A/RES/53/144, annex)"


def test_a_range_is_named_by_its_citation(window: MainWindow) -> None:
    assert window.open_reference("declaration:art-12.1..art-12.2")
    cited = f"{DECLARATION}, art. 12(1) – art. 12(2)"
    assert window.citation_label.text() == cited
    assert window.citation_label.accessibleName() == cited
    assert announce.last[-1].startswith(cited + ". ")  # then the text's status
    assert ".." not in announce.last[-1]
    # The whole article, as its single id names it.
    assert window.open_reference("declaration:art-12.1..art-12.3")
    assert window.citation_label.text() == f"{DECLARATION}, art. 12"
    # Across articles.
    assert window.open_reference("declaration:art-12.2..art-13")
    assert window.citation_label.text() == f"{DECLARATION}, art. 12(2) – art. 13"
    # The passages of a part, as a bookmark made before parts had ids holds them.
    assert window.open_reference("iccpr:art-6.1..art-27")
    assert window.citation_label.text() == (
        "International Covenant on Civil and Political Rights, Part III")


def test_a_range_is_named_in_the_language_of_the_text(window: MainWindow) -> None:
    window.set_ui_language("ar")
    window.set_reading_language("ar")
    assert window.open_reference("declaration:art-12.1..art-12.2")
    label = window.citation_label.text()
    assert "المادة 12(1) – المادة 12(2)" in label and ".." not in label
    assert "art-12" not in announce.last[-1]
    window.set_ui_language("zh")
    window.set_reading_language("zh")
    assert window.open_reference("declaration:art-12.1..art-12.2")
    label = window.citation_label.text()
    # The note that it is a project translation once, after the whole range.
    assert label == ("《人权维护者宣言》（A/RES/53/144，附件），第12条第1款 – 第12条第2款"
                     "（Rights at Hand 非正式译文）")
