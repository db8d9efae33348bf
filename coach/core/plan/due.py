"""What to do with reminders that fell due: show them, or record them as missed.

On time, a reminder is simply shown. After the laptop slept, or the app was
not running, several may have fallen due at once. Each kind then shows at most
its latest one, and only while that one is within the kind's grace minutes;
every other is recorded as missed. So a laptop that slept all afternoon wakes
to at most one fluids card, and a bedtime reminder is not shown next morning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import takewhile

from coach.core.instants import utc
from coach.core.plan.reminders import Reminder, kind_settings, plan
from coach.core.settings.kinds import ReminderKind
from coach.core.settings.schema import Settings

_STEP = dt.timedelta(microseconds=1)
CATCH_UP_LIMIT = dt.timedelta(hours=24)


@dataclass(frozen=True)
class DueSorting:
    show: list[Reminder] = field(default_factory=list)
    missed: list[Reminder] = field(default_factory=list)


def due_since(
    settings: Settings,
    after: dt.datetime,
    now: dt.datetime,
    *,
    paused_until: dt.datetime | None = None,
) -> list[Reminder]:
    """Reminders with `after` < at <= `now`, looking back at most a day."""
    start = max(utc(after) + _STEP, utc(now) - CATCH_UP_LIMIT)
    if start > utc(now):
        return []
    planned = plan(settings, start.astimezone(now.tzinfo), paused_until=paused_until)
    return list(takewhile(lambda r: utc(r.at) <= utc(now), planned))


def sort_due(settings: Settings, due: Iterable[Reminder], now: dt.datetime) -> DueSorting:
    """Per kind: the latest within its grace is shown, everything else is missed."""
    latest: dict[ReminderKind, Reminder] = {}
    missed: list[Reminder] = []
    for reminder in sorted(due, key=lambda r: utc(r.at)):
        if reminder.kind in latest:
            missed.append(latest[reminder.kind])
        latest[reminder.kind] = reminder
    show: list[Reminder] = []
    for reminder in latest.values():
        grace = dt.timedelta(minutes=kind_settings(settings, reminder.kind).grace_minutes)
        (show if utc(now) - utc(reminder.at) <= grace else missed).append(reminder)
    return DueSorting(
        sorted(show, key=lambda r: utc(r.at)), sorted(missed, key=lambda r: utc(r.at))
    )
