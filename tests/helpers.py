"""Helpers for building time in tests: every instant is constructed, never read."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(text: str, tz: dt.tzinfo = BERLIN) -> dt.datetime:
    """An aware datetime from "YYYY-MM-DD HH:MM" in `tz`."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)


class FakeClock:
    """Wall and monotonic time that move only when a test says so.

    `sleep` moves the wall clock alone, as a suspended laptop does.
    """

    def __init__(self, start: dt.datetime) -> None:
        self.wall = start
        self.mono = 1000.0

    def now(self) -> dt.datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, **delta: float) -> None:
        step = dt.timedelta(**delta)
        self.wall += step
        self.mono += step.total_seconds()

    def sleep(self, **delta: float) -> None:
        self.wall += dt.timedelta(**delta)

    def set(self, moment: dt.datetime) -> None:
        self.mono += (moment - self.wall).total_seconds()
        self.wall = moment
