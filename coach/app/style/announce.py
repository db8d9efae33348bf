"""Words a screen reader speaks without the person moving focus: a reminder, a new step,
a refused value, safety text as it appears.

Qt carries a `QAccessibleAnnouncementEvent` to the platform (on Linux an AT-SPI
`object:announcement`); when no assistive technology listens, Qt drops it at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


def _to_qt(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)  # looked up at each call, so a test may stand in


send: Callable[[QAccessibleEvent], None] = _to_qt
"""Where announcements go: Qt's accessibility, or a test's list (the binding offers no
way to watch Qt's own updates)."""


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """Have `message` spoken on behalf of `source`, politely (after what is being said)
    unless `assertive` (it interrupts: only for what cannot wait)."""
    event = QAccessibleAnnouncementEvent(source, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    send(event)
