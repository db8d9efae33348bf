"""Nights around daylight-saving changes, run through the real scheduler and agenda with a
fake clock: every reminder that falls due is recorded exactly once (shown, then answered or
expired, or missed), and never before it is due; nothing is taken for a clock jump."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.history.records import Outcome, ReminderRecord
from coach.core.instants import utc
from coach.core.plan.reminders import plan
from coach.core.plan.run_state import AppState
from coach.core.settings.kinds import IntervalReminder, LegsUpReminder
from coach.core.settings.schema import DEFAULTS, QuietHours, Settings
from tests.helpers import FakeClock, InUse

ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "America/Santiago",  # southern hemisphere; its clocks change at midnight
    "Australia/Lord_Howe",  # a 30-minute change
    "Pacific/Apia",  # skipped the whole of 30 December 2011
)


@cache
def transitions(zone: str) -> tuple[dt.datetime, ...]:
    """The instants (UTC) at which the zone's offset changes, 2011 and 2026, found by looking."""
    tz = ZoneInfo(zone)
    found = []
    for year in (2011, 2026):
        moment = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
        offset = moment.astimezone(tz).utcoffset()
        while moment.year == year:
            following = moment + dt.timedelta(minutes=30)
            if following.astimezone(tz).utcoffset() != offset:
                found.append(following)
                offset = following.astimezone(tz).utcoffset()
            moment = following
    return tuple(found)


def test_every_zone_has_the_changes_the_test_needs() -> None:
    for zone in ZONES:
        assert len(transitions(zone)) >= 2, zone
    apia = ZoneInfo("Pacific/Apia")
    skip = [t for t in transitions("Pacific/Apia") if t.year == 2011 and t.month == 12]
    assert [f"{t.astimezone(apia):%Y-%m-%d %H:%M}" for t in skip] == ["2011-12-31 00:00"]


class Night:
    """The scheduler, a fake clock and a person who answers every card at once."""

    def __init__(self, start: dt.datetime, chosen: Settings, answers: list[Outcome]) -> None:
        self.clock = FakeClock(start)
        self.scheduler = ReminderScheduler(InUse(chosen), self.clock, AppState())
        self.records: list[ReminderRecord] = []
        self.jumps: list[float] = []
        self.answers = answers
        self.scheduler.recorded.connect(self.records.append)
        self.scheduler.clock_jumped.connect(self.jumps.append)
        self.scheduler.presented.connect(lambda *_: self._answer())

    def _answer(self) -> None:
        if self.answers:  # None left: the card stays up until it expires
            self.scheduler.answer(self.answers.pop(0))

    def run(self, steps: list[float]) -> dt.datetime:
        self.scheduler.start()
        for seconds in steps:
            self.clock.advance(seconds=seconds)
            self.scheduler.check()
        self.scheduler.close()
        return self.clock.now()


def just_before(moment: dt.datetime) -> dt.datetime:
    """A second earlier, as an instant (wall arithmetic would lose the repeated hour's fold)."""
    return (utc(moment) - dt.timedelta(seconds=1)).astimezone(moment.tzinfo)


def due_between(chosen: Settings, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str]]:
    """What the plan says falls due after `start` and up to `end`, as (kind, UTC instant)."""
    found: list[tuple[str, str]] = []
    after = (utc(start) + dt.timedelta(seconds=1)).astimezone(start.tzinfo)
    for reminder in plan(chosen, after):
        if utc(reminder.at) > utc(end):
            return found
        found.append((reminder.kind, utc(reminder.at).isoformat()))
    return found


def recorded_once(night: Night, chosen: Settings, start: dt.datetime, end: dt.datetime) -> None:
    seen = [(r.kind, utc(r.due).isoformat()) for r in night.records]
    assert sorted(seen) == sorted(due_between(chosen, start, end))
    assert len(seen) == len(set(seen)), "a reminder was recorded twice"
    for record in night.records:
        assert record.answered is not None and utc(record.answered) >= utc(record.due)
        if record.shown is not None:
            assert utc(record.shown) >= utc(record.due), "shown before it was due"
    assert night.jumps == [], "a change of UTC offset is no clock jump"


times = st.builds(dt.time, st.integers(0, 23), st.sampled_from((0, 10, 30, 45)))
plans = st.builds(
    lambda bedtime, wake, quiet, every, legs, move: dataclasses.replace(
        DEFAULTS,
        bedtime=bedtime,
        wake_time=wake,
        quiet_hours=QuietHours(enabled=quiet),
        reminders=dataclasses.replace(
            DEFAULTS.reminders,
            fluids=IntervalReminder(every_minutes=every, start_after_wake_minutes=0),
            legs_up=LegsUpReminder(times=tuple(sorted(set(legs)))),
            move=dataclasses.replace(DEFAULTS.reminders.move, enabled=move),
        ),
    ),
    times,
    times,
    st.booleans(),
    st.sampled_from((15, 45, 90, 240)),
    st.lists(times, min_size=1, max_size=4),
    st.booleans(),
).filter(lambda s: s.bedtime != s.wake_time)
steps = st.lists(
    st.one_of(st.integers(1, 120), st.integers(60, 3 * 3600)), min_size=10, max_size=80
)
answers = st.lists(st.sampled_from((Outcome.DONE, Outcome.SKIPPED)), max_size=40)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    zone=st.sampled_from(ZONES),
    which=st.integers(0, 10),
    before=st.integers(-30 * 60, 6 * 60),
    chosen=plans,
    walk=steps,
    replies=answers,
)
def test_around_a_dst_change_each_reminder_is_recorded_once_and_never_early(
    qtbot: QtBot,
    zone: str,
    which: int,
    before: int,
    chosen: Settings,
    walk: list[int],
    replies: list[Outcome],
) -> None:
    changes = transitions(zone)
    change = changes[which % len(changes)]
    start = (change + dt.timedelta(minutes=before)).astimezone(ZoneInfo(zone))
    night = Night(start, chosen, list(replies))
    end = night.run([float(s) for s in walk])
    recorded_once(night, chosen, just_before(start), end)


def test_the_night_the_clocks_went_back_in_berlin_legs_up_comes_once(qtbot: QtBot) -> None:
    """The reported case: 2026-10-25 from 00:50 on, a day turned round (bedtime at noon),
    the move reminder on, legs up at 02:30, a clock read every minute."""
    berlin = ZoneInfo("Europe/Berlin")
    chosen = dataclasses.replace(
        DEFAULTS,
        bedtime=dt.time(12),
        wake_time=dt.time(20),
        reminders=dataclasses.replace(
            DEFAULTS.reminders,
            move=dataclasses.replace(DEFAULTS.reminders.move, enabled=True),
            legs_up=LegsUpReminder(times=(dt.time(2, 30),)),
        ),
    )
    start = dt.datetime(2026, 10, 25, 0, 50, tzinfo=berlin)
    night = Night(start, chosen, [Outcome.DONE] * 100)
    end = night.run([60.0] * 6 * 60)
    legs = [r for r in night.records if r.kind == "legs-up"]
    assert [(f"{r.due:%H:%M%z}", r.outcome) for r in legs] == [("02:30+0200", Outcome.DONE)]
    recorded_once(night, chosen, just_before(start), end)
