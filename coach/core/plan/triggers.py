"""A daily wall-clock trigger that keeps its word across DST changes.

APScheduler 3.11.3's CronTrigger moves to the next day by adding a wall-clock
difference in UTC, so across a DST change a time near midnight lands an hour
off and a whole day is skipped (a 00:00 job fires on 29 March and then on
31 March in Europe/Berlin); our property test found it. DailyTrigger keeps
APScheduler's trigger interface, so a scheduler can use it unchanged, and
resolves each day's time with zoneinfo instead:

- a time that happens twice when clocks go back fires once, on the first pass;
- a time skipped when clocks go forward fires an hour later that day (the
  same instant as the time read in the old offset), never not at all.
"""

from __future__ import annotations

import datetime as dt

from apscheduler.triggers.base import BaseTrigger

from coach.core.instants import utc

_STEP = dt.timedelta(microseconds=1)


class DailyTrigger(BaseTrigger):  # type: ignore[misc]
    __slots__ = ("at", "timezone")

    def __init__(self, at: dt.time, timezone: dt.tzinfo) -> None:
        self.at = at.replace(tzinfo=None, fold=0)
        self.timezone = timezone

    def get_next_fire_time(
        self, previous_fire_time: dt.datetime | None, now: dt.datetime
    ) -> dt.datetime:
        """The first occurrence at or after `now`, or, given one, the one after the previous.

        Like CronTrigger, a known previous fire time wins over `now`: the
        scheduler then decides whether a late occurrence is still worth running.
        """
        start = now if previous_fire_time is None else utc(previous_fire_time) + _STEP
        day = start.astimezone(self.timezone).date()
        for offset in (-1, 0, 1, 2):
            candidate = dt.datetime.combine(day + dt.timedelta(days=offset), self.at, self.timezone)
            resolved = candidate.astimezone(dt.UTC).astimezone(self.timezone)
            if utc(resolved) >= utc(start):  # instants, not wall times (the repeated hour)
                return resolved
        raise AssertionError("a daily time always occurs within two days")  # pragma: no cover

    def __str__(self) -> str:
        return f"daily at {self.at:%H:%M}"

    def __repr__(self) -> str:
        return f"<DailyTrigger at={self.at:%H:%M} timezone={self.timezone}>"
