"""Saying something to a screen reader: Qt's announcement event (Qt 6.8 and later).

On Linux Qt sends it over AT-SPI as `object:announcement`, which Orca speaks; on Windows
and macOS it becomes the platform's own notification. A label whose text changes also
raises a name-change event, but screen readers speak that only for the focused object:
what must be heard wherever the focus is (the passage just opened, "Not found", a count of
results) is announced.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

#: The last text announced (tests and the self-test read it: with no screen reader
#: attached, as offscreen, Qt drops the event itself).
last: list[str] = []


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Have screen readers say `text` (polite: after what they are saying; assertive:
    at once, for errors). Nothing is sent for an empty text."""
    text = remember(text)
    if text:
        send(source, text, assertive)


def remember(text: str) -> str:
    """`text` as it is said (its spaces folded), recorded as the last thing said; for a
    caller that sends it later with `send`."""
    text = " ".join(text.split())
    if text:
        last[:] = [text]
    return text


def send(source: QObject, text: str, assertive: bool = False) -> None:
    """Hand `text` (as `remember` returned it) to the screen readers, if one is listening."""
    # Imported here, not at start: PySide builds the Python class of QAccessible, with
    # its enums (Role, Event, ...), when the name is first imported (~20 M instructions).
    from PySide6.QtGui import QAccessible

    if not QAccessible.isActive():
        return  # no screen reader: building the event would cost for nothing
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
