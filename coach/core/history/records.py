"""What the log holds, as values: the kinds of entry, a reminder's outcome, and one record
each for a reminder, a routine session, a cramp and a glass of water. Most of the app
needs only these; the store (coach.core.history.store) reads and writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Entry(StrEnum):
    """The four kinds of entry; each value is its table."""

    REMINDER = "reminders"
    SESSION = "sessions"
    CRAMP = "cramps"
    WATER = "water"


class Outcome(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    EXPIRED = "expired"
    MISSED = "missed"


@dataclass(frozen=True)
class ReminderRecord:
    kind: str
    due: dt.datetime
    shown: dt.datetime | None
    outcome: Outcome
    answered: dt.datetime
    id: int | None = field(default=None, compare=False)
    held_seconds: int = 0
    """How long it was held while the person was away, busy or in full screen."""
    held_reason: str = ""
    """Why: an Attention value ("away", "do-not-disturb", "full-screen"), or ""."""
    asked: bool = False
    """The person asked for it (`calf-coach remind`); else it was planned."""


@dataclass(frozen=True)
class SessionRecord:
    routine: str
    started: dt.datetime
    ended: dt.datetime
    finished: bool
    steps_done: int
    step_count: int
    seconds: float
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CrampRecord:
    at: dt.datetime
    leg: str
    severity: int
    place: str = "calf"
    minutes: float | None = None
    helped: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    note: str = ""
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class WaterRecord:
    at: dt.datetime
    ml: int
    id: int | None = field(default=None, compare=False)
