"""Saying a message to a screen reader without moving the focus.

A label that appears is not read out: the person would have to find it. An
announcement event (an AT-SPI "announcement" on Linux) is spoken as it comes,
whatever has the focus, so safety text is heard the moment it shows.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Say `message` from `widget`; `urgent` interrupts what the reader is saying."""
    event = QAccessibleAnnouncementEvent(widget, message)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
