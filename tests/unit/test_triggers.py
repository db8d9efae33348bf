"""DailyTrigger: one firing per day at the set wall-clock time, DST included."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.plan.triggers import DailyTrigger
from tests.helpers import BERLIN, NEW_YORK, at


def firings(trigger: DailyTrigger, start: dt.datetime, n: int) -> list[dt.datetime]:
    out: list[dt.datetime] = []
    previous = None
    for _ in range(n):
        previous = trigger.get_next_fire_time(previous, start if previous is None else previous)
        out.append(previous)
    return out


def test_midnight_across_spring_forward_fires_every_day() -> None:
    # APScheduler 3.11.3's CronTrigger fires on 29 and then 31 March here.
    got = firings(DailyTrigger(dt.time(0, 0), BERLIN), at("2026-03-28 12:00"), 3)
    assert [f"{t:%d %H:%M %z}" for t in got] == [
        "29 00:00 +0100",
        "30 00:00 +0200",
        "31 00:00 +0200",
    ]


def test_repeated_hour_fires_once_on_the_first_pass() -> None:
    got = firings(DailyTrigger(dt.time(1, 30), NEW_YORK), at("2026-10-31 12:00", NEW_YORK), 3)
    assert [f"{t:%d %H:%M %z}" for t in got] == [
        "01 01:30 -0400",
        "02 01:30 -0500",
        "03 01:30 -0500",
    ]


def test_skipped_hour_fires_an_hour_later_that_day() -> None:
    got = firings(DailyTrigger(dt.time(2, 30), NEW_YORK), at("2026-03-07 12:00", NEW_YORK), 3)
    assert [f"{t:%d %H:%M %z}" for t in got] == [
        "08 03:30 -0400",
        "09 02:30 -0400",
        "10 02:30 -0400",
    ]


def test_now_is_inclusive_and_previous_is_exclusive() -> None:
    trigger = DailyTrigger(dt.time(22, 0), BERLIN)
    due = at("2026-06-10 22:00")
    assert trigger.get_next_fire_time(None, due) == due
    assert trigger.get_next_fire_time(due, due) == at("2026-06-11 22:00")
    assert str(trigger) == "daily at 22:00"


@given(
    slot=st.builds(dt.time, st.integers(0, 23), st.integers(0, 59)),
    tz=st.sampled_from([BERLIN, NEW_YORK]),
)
@settings(max_examples=40, deadline=None)
def test_one_firing_per_local_day_for_a_year(slot: dt.time, tz: dt.tzinfo) -> None:
    got = firings(DailyTrigger(slot, tz), dt.datetime(2026, 1, 1, tzinfo=tz), 365)
    days = [t.astimezone(tz).date() for t in got]
    assert days == [dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
