"""Reminders reaching the person: the scheduler that arms one timer for the agenda, the
card and the flow from the agenda to it and back, and the desktop notification that
mirrors the card.

May import: coach.core and its sub-packages, coach.app.style, coach.app.desktop.
"""
