"""Words a screen reader speaks without the focus moving: a new step, a refused value,
safety text as it appears.

A label that changes where the focus is not goes unheard; an announcement is spoken
(over AT-SPI it arrives as `object:announcement`). Nothing is sent when no assistive
technology listens: Qt drops the event itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Have `message` spoken, as said by `source`; `assertive` interrupts what is being
    read (for an error), polite waits its turn (for a step)."""
    event = QAccessibleAnnouncementEvent(source, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
