"""The strip above the text that always says what the text on screen is.

Official UN text, unofficial translation (by whom, from what, when) or project guidance;
where it comes from; and the file's `note` (e.g. how the French accents were restored).
A person relying on a passage in front of an official must never mistake a translation
for the UN's own wording, so this is never hidden.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.languages import is_rtl, language_name
from desktop.library import Version
from desktop.missing_language import notice
from desktop.ui import themes
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.i18n import interface_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea


def _isolate(text: str) -> str:
    """Wrap a value in Unicode first-strong isolates: an English name inside an Arabic
    sentence (or the reverse) then stays one piece instead of scrambling the line."""
    return f"\u2068{text}\u2069"


def _direction_mark(template: str) -> str:
    """A right-to-left mark when the sentence's own words are right-to-left, else nothing.

    A line that starts with an isolated value (the UN symbol) takes its direction from that
    value in Qt, which does not skip isolates when it looks for the first strong letter: an
    Arabic status line then became a left-to-right paragraph, and where it wrapped, the
    symbol was drawn at the far end of the first line, beside the translator's name."""
    in_value = False  # inside a {placeholder}: the value's letters, not the sentence's
    for letter in template:
        # Skipped by hand, not with a pattern: compiling one cost more than this whole
        # scan, before the first paint (bench/startup.py --instructions).
        if letter == "{" or letter == "}":
            in_value = letter == "{"
            continue
        if in_value:
            continue
        kind = unicodedata.bidirectional(letter)
        if kind in ("R", "AL"):
            return "\u200f"
        if kind == "L":
            return ""
    return ""


def _fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", _isolate(value))
    return template


class SourceBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourceBanner")
        themes.style(self)
        self.version: Version | None = None
        self._fallback_from = ""
        self._never_included = False
        self._expanded = False
        # On a short reader (a small screen) the file's note folds behind "More": the status
        # line above it already says official / unofficial / guidance, and the text needs
        # the room. The status and source lines stay.
        self._compact = False

        # Enum values are set by name through Qt's property system: the Qt namespace's
        # Python enums cost ~20 ms to build, and the first paint needs none of them.
        self.badge = ElidedLabel(self, elided=False)
        self.badge.setObjectName("StatusBadge")
        self.badge.setProperty("textInteractionFlags", "TextSelectableByMouse")
        # Wrapping labels: a long status line must never make the window wider than the
        # screen (side by side, two banners share the width). Folded (side by side, or a
        # short reader), one line cut at its end; "More" or a click opens it.
        self.badge.setProperty("alignment", "AlignLeading|AlignTop")
        self.badge.activated.connect(self._open_folded)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("SourceNote")
        # One line cut at the text's own end (its whole text stays in text() and the
        # tooltip), laid out in its own direction; wrapped when opened.
        self.source = ElidedLabel(self)
        self.source.setObjectName("SourceLine")
        self.source.setMinimumWidth(40)
        self.warning = QLabel(self)
        self.warning.setObjectName("IntegrityWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self._altered = False
        self.more = QToolButton(self)
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.toggled.connect(self._set_expanded)

        # "More" in a column of its own, beside every line: in the status line's row it made
        # that row as tall as the button (25 px for a 17 px line in Chinese, 33 for 26 in
        # Arabic), an empty band between the status and the note under it.
        layout = self._grid = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.badge, 0, 0)
        layout.addWidget(self.warning, 1, 0)
        layout.addWidget(self.note, 2, 0)
        layout.addWidget(self.source, 3, 0)
        more_column = QVBoxLayout()  # keeps the button at the top, beside the status line
        more_column.setContentsMargins(0, 0, 0, 0)
        more_column.addWidget(self.more)
        more_column.addStretch(1)
        layout.addLayout(more_column, 0, 1, 4, 1)
        layout.setColumnStretch(0, 1)
        # Side by side, the shorter banner is as tall as the other: its spare height goes
        # under its last line. Shared among the lines, it opened an empty band under the
        # status line (Arabic and Chinese banners beside a French one).
        layout.setRowStretch(4, 1)
        self._details: QScrollArea | None = None  # made when first opened (_make_details)
        self.retranslate()

    # -- content ------------------------------------------------------------------------

    def show_version(self, version: Version, fallback_from: str = "",
                     never_included: bool = False) -> None:
        """`fallback_from`: the language that was asked for when this one is shown instead;
        `never_included`: the document has no text in that language at all (rather than a
        damaged one left out)."""
        self.version = version
        self._fallback_from = fallback_from
        self._never_included = never_included
        self.setProperty("status", version.status)
        themes.restyle(self)  # the status colour comes from the style sheet
        self._update()

    @property
    def fallback_from(self) -> str:
        """The language asked for when the text shown is in another ('' when it is not)."""
        return self._fallback_from

    def set_altered(self, altered: bool) -> None:
        """The file of this text differs from the one shipped: say so, for as long as it is
        on screen (the integrity check at start-up found it)."""
        self._altered = altered
        self._update()

    def warning_text(self) -> str:
        v = self.version
        if v is None or not self._altered:
            return ""
        return _fill(self.tr(
            "Warning: this copy of “{document}” differs from the text shipped with Rights at "
            "Hand. It may have been altered; check it against the official UN document."),
            {"document": v.short_title})

    def status_text(self) -> str:
        v = self.version
        if v is None:
            return ""
        ui = interface_language()  # the sentence's language names its languages
        values = {
            "language": language_name(v.lang, ui),
            "translator": self.translator_text(v.header.get("translator", "?")),
            "source": language_name(v.header.get("translated-from", "?"), ui),
            "date": v.header.get("translated-on", "?"),
        }
        if v.status == "official":
            template = self.tr("Official UN text ({language})")
        elif v.status == "unofficial-translation":
            template = self.tr("Unofficial translation ({language}) by {translator}, from "
                               "{source}, {date}, not a UN text")
        else:
            template = self.tr("Rights at Hand guidance ({language}), not a UN text")
        text = _fill(template, values)
        if v.symbol:
            text = f"{_direction_mark(template)}{_isolate(v.symbol)} · {text}"
        if self._fallback_from and self._never_included:
            # The same sentence the CLI, search, printouts and copies give (in six
            # languages, desktop.missing_language), here in the interface's language.
            text += " " + notice(self._fallback_from, v.lang, ui)
        elif self._fallback_from:
            text += " " + _fill(
                self.tr("Not available in {language}; shown in this language."),
                {"language": language_name(self._fallback_from, interface_language())})
        return text

    def translator_text(self, value: str) -> str:
        """A text's `translator` header said in the interface's language where it holds the
        project's own words: "Rights at Hand project" is "le projet Rights at Hand",
        "Rights at Hand 项目", "مشروع Rights at Hand" (the app's name stays as it is, as in
        content/source-lines.txt). The header is one English line ("name; remark"); any
        other name is shown as written."""
        known = {
            "Rights at Hand project": self.tr("Rights at Hand project"),
            "not yet reviewed by a professional translator": self.tr(
                "not yet reviewed by a professional translator"),
        }
        parts = [known.get(part.strip(), part.strip()) for part in value.split(";")]
        text = parts[0]
        for remark in parts[1:]:
            text = self.tr("{name}; {remark}").replace("{name}", text).replace(
                "{remark}", remark)
        return text

    def _update(self) -> None:
        v = self.version
        if v is None:
            return
        self.badge.setText(self.status_text())
        warning = self.warning_text()
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        note = v.header.get("note", "")
        self.note.setText(note)
        self.note.setVisible(bool(note) and (self._expanded or not self._compact))
        folded = self._compact and not self._expanded
        self.badge.set_elided(folded)
        self.source.setVisible(not folded)
        # The note is written in the file's language: give it that direction.
        self.note.setProperty("layoutDirection",
                              "RightToLeft" if is_rtl(v.lang) else "LeftToRight")
        self.note.setProperty("alignment", "AlignLeading|AlignVCenter")
        self._set_source_text()
        self._name_lines()
        self.setAccessibleDescription(
            "\n".join(t for t in (self.warning_text(), self.status_text(), note,
                                  self._source_full()) if t))
        self._fit_details()

    def _name_lines(self) -> None:
        """Each line is named by what it says, so a screen reader reads the status itself
        ("Official UN text", "Unofficial translation ... not a UN text"), not only what
        the line is for, which goes in its description."""
        lines = ((self.badge, self.tr("Status of the text"), self.status_text()),
                 (self.source, self.tr("Source of the text"), self._source_full()),
                 (self.note, self.tr("Note on the text"), self.note.text()),
                 (self.warning, self.tr("Warning about this copy of the text"),
                  self.warning_text()))
        for label, what, text in lines:
            label.setAccessibleName(text or what)
            label.setAccessibleDescription(what)

    def _source_full(self) -> str:
        v = self.version
        if v is None:
            return ""
        from desktop.source_lines import source_line  # said in the interface's language

        parts = [self.tr("Source: {source}").replace(
            "{source}", _isolate(source_line(v, interface_language())))]
        if self._expanded:
            # The `cleaning` header is the project's technical record, written in English
            # and not translated (content/README.md): said to be so in the interface's
            # language, and isolated left to right, so that in an Arabic banner it reads as
            # written ("... the official UN PDF." kept its full stop at its end, not at the
            # far left of its line).
            parts.append(self.tr("The project's technical notes (in English): {notes}")
                         .replace("{notes}", f"\u2066{v.header.get('cleaning', '')}\u2069"))
            parts.append(self.tr("Content version: {version}").replace(
                "{version}", v.content_version))
        return "\n".join(parts)

    def _set_source_text(self) -> None:
        full = self._source_full()
        self.source.setToolTip(full)
        # One line, cut where it fits: the whole text is in the tooltip and one click away.
        self.source.set_elided(not self._expanded)
        self.source.setText(full)

    def _open_folded(self) -> None:
        if self._compact and not self._expanded:
            self.more.setChecked(True)

    def _set_expanded(self, on: bool) -> None:
        self._expanded = on
        if on and self._details is None:
            self._make_details()
        self.more.setText(self.tr("Less") if on else self.tr("More"))
        self._update()

    # -- room for the opened lines ----------------------------------------------------------

    def _make_details(self) -> None:
        """Opened, the note and the source lines can need more height than a short reader
        has: side by side at 800 x 600 (an Arabic banner beside a French one) the layout
        gave them less than their wrapped text, and their lines were cut in half, one
        against the next (the French source line had 175 of the 598 pixels it needed).
        From the first opening they are in a scroll area as tall as they need, up to a
        third of the reader (_fit_details). Not before: the first paint needs none."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QScrollArea

        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self._grid.verticalSpacing())
        for label in (self.warning, self.note, self.source):
            self._grid.removeWidget(label)
            column.addWidget(label)
        area = QScrollArea(self)
        area.setObjectName("SourceDetails")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(box)
        # The banner's colour (official, translation, guidance) shows through.
        # (On the viewport, not the area: the scroll bar keeps its own look.)
        area.viewport().setStyleSheet("background: transparent")
        self._grid.addWidget(area, 1, 0)
        self._details = area
        # (Filters, not a resizeEvent method: that would run in Python at every resize
        # before the first paint.)
        self.installEventFilter(self)
        reader = self.parentWidget()
        if reader is not None:
            reader.installEventFilter(self)  # its height sets the area's largest height

    def _fit_details(self) -> None:
        area = self._details
        if area is None:
            return
        shown = [w for w in (self.warning, self.note, self.source) if not w.isHidden()]
        area.setVisible(bool(shown))
        box = area.widget()
        column = box.layout() if box is not None else None
        if not shown or column is None:
            return
        width = area.width() if area.width() > 0 else self.width() - self.more.width() - 16
        need = column.totalHeightForWidth(width)
        if need < 0:  # only lines of one fixed height shown (the source line, cut)
            need = column.sizeHint().height()
        reader = self.parentWidget()
        largest = max(3 * self.fontMetrics().lineSpacing(),
                      reader.height() // 3 if reader is not None else need)
        if need > largest:  # scrolled: the scroll bar takes some of the width
            bar = area.verticalScrollBar().sizeHint().width()
            need = column.totalHeightForWidth(max(40, width - bar))
        area.setFixedHeight(min(need, largest))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:  # this banner's width, the reader's height
            self._fit_details()
        return super().eventFilter(watched, event)

    def set_compact(self, compact: bool) -> None:
        """Fold the banner to one line, the status, behind "More" (side by side, or a short
        reader), or show it whole again."""
        if compact != self._compact:
            self._compact = compact
            self._update()

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Source and status of the text"))
        self.more.setText(self.tr("Less") if self._expanded else self.tr("More"))
        self.more.setToolTip(self.tr("Show where this text comes from and how it was prepared"))
        self.more.setAccessibleName(self.tr("More about the source"))
        self.more.setAccessibleDescription(self.more.toolTip())
        self._name_lines()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
