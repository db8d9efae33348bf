"""The reminder plan, walked through days and DST changes with built times."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from itertools import takewhile
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.plan.reminders import (
    Reminder,
    describe_next,
    is_quiet,
    plan,
    plan_problems,
    upcoming,
)
from coach.core.settings import kinds
from coach.core.settings.kinds import (
    LeftSideReminder,
    LegsUpReminder,
    ReminderKind,
    StretchReminder,
    all_kinds,
    kind_of,
)
from coach.core.settings.pregnancy import Pregnancy
from coach.core.settings.schema import DEFAULTS, QuietHours, Settings
from tests.helpers import BERLIN, NEW_YORK, at

K = kinds


def day_of(chosen: Settings, day: str, tz: dt.tzinfo = BERLIN) -> list[Reminder]:
    start = at(f"{day} 00:00", tz)
    end = start + dt.timedelta(days=1)
    return list(takewhile(lambda r: r.at < end, plan(chosen, start)))


def hm(reminders: list[Reminder], kind: ReminderKind) -> list[str]:
    return [f"{r.at:%H:%M}" for r in reminders if r.kind is kind]


def with_reminder(chosen: Settings, **sections: Any) -> Settings:
    return dataclasses.replace(chosen, reminders=dataclasses.replace(chosen.reminders, **sections))


def test_the_default_day() -> None:
    day = day_of(DEFAULTS, "2026-06-10")
    first, last = 8 * 60, 20 * 60
    fluid_times = [f"{m // 60:02d}:{m % 60:02d}" for m in range(first, last + 1, 90)]
    assert len(fluid_times) == 9
    assert hm(day, K.FLUIDS) == fluid_times
    assert hm(day, K.STRETCH) == ["22:00"]
    assert hm(day, K.LEGS_UP) == ["11:00", "15:00", "19:00"]
    assert hm(day, K.LEFT_SIDE) == []  # auto, and no pregnancy week is known
    assert hm(day, K.MOVE) == []  # off by default
    assert [r.at for r in day] == sorted(r.at for r in day)


def test_every_kind_has_a_title_a_why_and_an_action() -> None:
    for kind in all_kinds():
        text = kind_of(kind).text
        assert text.title and text.why.endswith(".") and text.action


def test_upcoming_starts_at_now_and_counts() -> None:
    now = at("2026-06-10 09:31")
    got = upcoming(DEFAULTS, now, 3)
    assert [(r.kind, f"{r.at:%H:%M}") for r in got] == [
        (K.FLUIDS, "11:00"),
        (K.LEGS_UP, "11:00"),
        (K.FLUIDS, "12:30"),
    ]
    due_now = upcoming(DEFAULTS, at("2026-06-10 11:00"), 1)
    assert due_now[0].at == at("2026-06-10 11:00")


def test_a_pause_skips_what_falls_inside_it() -> None:
    now = at("2026-06-10 07:30")
    got = upcoming(DEFAULTS, now, 2, paused_until=at("2026-06-10 10:00"))
    assert [f"{r.at:%H:%M}" for r in got] == ["11:00", "11:00"]


def test_schedule_follows_bedtime_and_wake_time() -> None:
    chosen = dataclasses.replace(DEFAULTS, bedtime=dt.time(0, 30), wake_time=dt.time(9, 15))
    day = day_of(chosen, "2026-06-10")
    assert hm(day, K.STRETCH) == ["00:00"]
    fluids = hm(day, K.FLUIDS)
    assert fluids[0] == "10:15" and fluids[-1] == "22:15"  # 00:30 - 2 h = 22:30; last fits 22:15


def test_move_is_hourly_inside_the_waking_window_when_turned_on() -> None:
    move = dataclasses.replace(DEFAULTS.reminders.move, enabled=True)
    day = day_of(with_reminder(DEFAULTS, move=move), "2026-06-10")
    expected = [f"{h:02d}:00" for h in range(8, 22)]
    assert hm(day, K.MOVE) == expected


def test_explicit_quiet_hours_remove_reminders() -> None:
    quiet = QuietHours(enabled=True, start=dt.time(12), end=dt.time(16))
    chosen = dataclasses.replace(DEFAULTS, quiet_hours=quiet)
    day = day_of(chosen, "2026-06-10")
    assert hm(day, K.LEGS_UP) == ["11:00", "19:00"]
    assert "12:30" not in hm(day, K.FLUIDS) and "14:00" not in hm(day, K.FLUIDS)
    assert [(p.key, p.message, p.severity) for p in plan_problems(chosen)] == [
        (
            "reminders.fluids.enabled",
            "12:30, 14:00, 15:30 falls in quiet hours (12:00-16:00) and is not shown",
            "warning",
        ),
        (
            "reminders.legs-up.enabled",
            "15:00 falls in quiet hours (12:00-16:00) and is not shown",
            "warning",
        ),
    ]


def test_a_reminder_that_can_never_come_is_an_error_said_in_words() -> None:
    """Bedtime 07:30 after waking at 07:00: no time for water; quiet hours over every
    time of the legs-up reminder: it never comes either."""
    day = dataclasses.replace(DEFAULTS, bedtime=dt.time(7, 30), wake_time=dt.time(7, 0))
    quiet = QuietHours(enabled=True, start=dt.time(10), end=dt.time(20))
    problems = {p.key: p for p in plan_problems(dataclasses.replace(day, quiet_hours=quiet))}
    fluids = problems["reminders.fluids.enabled"]
    assert fluids.severity == "error"
    assert fluids.message.startswith("it never comes: there is no time for it between waking")
    assert "(07:00)" in fluids.message and "(07:30)" in fluids.message
    legs = plan_problems(dataclasses.replace(DEFAULTS, quiet_hours=quiet))
    assert [(p.key, p.severity) for p in legs if p.message.startswith("it never comes")] == [
        ("reminders.legs-up.enabled", "error")
    ]


def test_default_quiet_hours_run_from_after_bedtime_to_wake_time() -> None:
    assert is_quiet(DEFAULTS, dt.time(23, 0))
    assert is_quiet(DEFAULTS, dt.time(3, 0))
    assert not is_quiet(DEFAULTS, dt.time(22, 59))
    assert not is_quiet(DEFAULTS, dt.time(7, 0))
    off = dataclasses.replace(DEFAULTS, quiet_hours=QuietHours(enabled=False))
    assert not is_quiet(off, dt.time(3, 0))


def test_disabled_kinds_are_not_planned() -> None:
    chosen = with_reminder(
        DEFAULTS,
        stretch=StretchReminder(enabled=False),
        legs_up=LegsUpReminder(enabled=False),
    )
    day = day_of(chosen, "2026-06-10")
    assert {r.kind for r in day} == {K.FLUIDS}


def test_nothing_enabled_gives_an_empty_plan() -> None:
    off = dataclasses.replace(DEFAULTS.reminders.fluids, enabled=False)
    chosen = with_reminder(
        DEFAULTS,
        stretch=StretchReminder(enabled=False),
        legs_up=LegsUpReminder(enabled=False),
        fluids=off,
    )
    assert upcoming(chosen, at("2026-06-10 00:00"), 5) == []


# --- left-side: automatic from week 28 ------------------------------------------------------


def test_left_side_turns_on_the_day_week_28_begins() -> None:
    due = dt.date(2026, 9, 1)
    chosen = dataclasses.replace(DEFAULTS, pregnancy=Pregnancy(due_date=due))
    week_28 = due - dt.timedelta(days=280 - 28 * 7)
    day_before = week_28 - dt.timedelta(days=1)
    assert hm(day_of(chosen, day_before.isoformat()), K.LEFT_SIDE) == []
    assert hm(day_of(chosen, week_28.isoformat()), K.LEFT_SIDE) == ["22:30"]
    walked = upcoming(chosen, at(f"{day_before} 12:00"), 40)
    left = [r.at.date() for r in walked if r.kind == K.LEFT_SIDE]
    assert left[0] == week_28


def test_left_side_with_a_set_week() -> None:
    at_30 = dataclasses.replace(DEFAULTS, pregnancy=Pregnancy(week=30))
    at_20 = dataclasses.replace(DEFAULTS, pregnancy=Pregnancy(week=20))
    assert hm(day_of(at_30, "2026-06-10"), K.LEFT_SIDE) == ["22:30"]
    assert hm(day_of(at_20, "2026-06-10"), K.LEFT_SIDE) == []
    counting = Pregnancy(week=27, week_as_of=dt.date(2026, 6, 10))
    grows = dataclasses.replace(DEFAULTS, pregnancy=counting)
    assert hm(day_of(grows, "2026-06-16"), K.LEFT_SIDE) == []
    assert hm(day_of(grows, "2026-06-17"), K.LEFT_SIDE) == ["22:30"]


@pytest.mark.parametrize(("switch", "expected"), [("on", ["22:30"]), ("off", [])])
def test_left_side_can_be_forced(switch: str, expected: list[str]) -> None:
    chosen = with_reminder(
        dataclasses.replace(DEFAULTS, pregnancy=Pregnancy(week=10)),
        left_side=LeftSideReminder(enabled=switch),
    )
    assert hm(day_of(chosen, "2026-06-10"), K.LEFT_SIDE) == expected


# --- DST -------------------------------------------------------------------------------------


def _at_2_30() -> Settings:
    return dataclasses.replace(
        DEFAULTS, bedtime=dt.time(3, 0), quiet_hours=QuietHours(enabled=False)
    )


def test_a_repeated_hour_in_autumn_gives_one_reminder_not_two() -> None:
    day = day_of(_at_2_30(), "2026-10-25")
    assert hm(day, K.STRETCH) == ["02:30"]
    (stretch,) = [r for r in day if r.kind == K.STRETCH]
    assert stretch.at.utcoffset() == dt.timedelta(hours=2)  # the first 02:30, still summer time


def test_a_skipped_hour_in_spring_fires_when_the_clock_jumps_past_it() -> None:
    day = day_of(_at_2_30(), "2026-03-29")
    (stretch,) = [r for r in day if r.kind == K.STRETCH]
    assert f"{stretch.at:%H:%M %z}" == "03:30 +0200"
    assert stretch.slot == dt.time(2, 30)


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        upcoming(DEFAULTS, dt.datetime(2026, 6, 10, 12), 1)


clock = st.builds(dt.time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))


@given(bedtime=clock, tz=st.sampled_from([BERLIN, NEW_YORK]))
@settings(max_examples=25, deadline=None)
def test_exactly_one_stretch_per_local_day_across_a_year(bedtime: dt.time, tz: ZoneInfo) -> None:
    chosen = dataclasses.replace(DEFAULTS, bedtime=bedtime, wake_time=_not(bedtime))
    start = dt.datetime(2026, 1, 1, tzinfo=tz)
    end = dt.datetime(2027, 1, 1, tzinfo=tz)
    stretch_only = with_reminder(
        chosen,
        fluids=dataclasses.replace(chosen.reminders.fluids, enabled=False),
        legs_up=LegsUpReminder(enabled=False),
    )
    days = Counter(
        r.at.date()
        for r in takewhile(lambda r: r.at < end, plan(stretch_only, start))
        if r.kind == K.STRETCH
    )
    assert len(days) == 365
    assert set(days.values()) == {1}


def _not(t: dt.time) -> dt.time:
    return dt.time((t.hour + 8) % 24, t.minute)


@st.composite
def schedules(draw: st.DrawFn) -> Settings:
    bedtime = draw(clock)
    wake = draw(clock.filter(lambda t: t != bedtime))
    fluids = dataclasses.replace(
        DEFAULTS.reminders.fluids,
        every_minutes=draw(st.integers(15, 480)),
        start_after_wake_minutes=draw(st.integers(0, 720)),
        stop_before_bedtime_minutes=draw(st.integers(0, 720)),
    )
    move = dataclasses.replace(
        fluids, enabled=draw(st.booleans()), every_minutes=draw(st.integers(15, 480))
    )
    legs = LegsUpReminder(
        times=tuple(sorted(draw(st.lists(clock, min_size=1, max_size=12, unique=True))))
    )
    quiet = draw(st.builds(QuietHours, st.booleans(), st.none() | clock, st.none() | clock))
    pregnancy = Pregnancy(week=draw(st.none() | st.integers(1, 42)))
    chosen = dataclasses.replace(
        DEFAULTS, bedtime=bedtime, wake_time=wake, quiet_hours=quiet, pregnancy=pregnancy
    )
    return with_reminder(chosen, fluids=fluids, move=move, legs_up=legs)


@given(
    chosen=schedules(),
    start=st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2027, 12, 31)),
    tz=st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("Australia/Sydney"), ZoneInfo("UTC")]),
    paused=st.none() | st.integers(1, 3000),
)
@settings(max_examples=150, deadline=None)
def test_plan_invariants(
    chosen: Settings, start: dt.datetime, tz: ZoneInfo, paused: int | None
) -> None:
    now = start.replace(tzinfo=tz)
    until = now + dt.timedelta(minutes=paused) if paused else None
    got = upcoming(chosen, now, 60, paused_until=until)
    instants = [r.at.astimezone(dt.UTC) for r in got]
    assert instants == sorted(instants)
    assert len({(r.kind, i) for r, i in zip(got, instants, strict=True)}) == len(got)
    for reminder in got:
        assert reminder.at >= now
        assert until is None or reminder.at >= until
        assert not is_quiet(chosen, reminder.slot)
        local = reminder.at.astimezone(tz)
        if local.time() != reminder.slot:
            # Only a spring-forward gap may move a reminder off its slot.
            assert not _exists(dt.datetime.combine(local.date(), reminder.slot), tz)


def _exists(wall: dt.datetime, tz: ZoneInfo) -> bool:
    """Whether a wall-clock time happens at all in `tz` (not inside a DST gap)."""
    back = wall.replace(tzinfo=tz).astimezone(dt.UTC).astimezone(tz)
    return back.replace(tzinfo=None) == wall


def test_describe_next_in_words() -> None:
    now = at("2026-06-10 13:35")
    (fluids,) = upcoming(DEFAULTS, now, 1)
    assert describe_next(fluids, now, None) == "A glass of water at 14:00, in 25 min"
    late = at("2026-06-10 22:10")
    (tomorrow,) = upcoming(DEFAULTS, late, 1)
    assert (
        describe_next(tomorrow, late, None) == "A glass of water tomorrow at 08:00, in 9 h 50 min"
    )
    paused = describe_next(fluids, now, at("2026-06-10 13:50"))
    assert paused == "Paused until 13:50. Next: A glass of water at 14:00, in 25 min"
    assert describe_next(None, now, None) == "No reminders planned"


def test_two_slots_meeting_in_the_spring_gap_come_once() -> None:
    """Found by the property test: in New York, 02:00 becomes 03:00 on 8 March 2026,
    where the 03:00 slot already is; the legs-up reminder must not come twice."""
    settings = dataclasses.replace(
        DEFAULTS,
        quiet_hours=dataclasses.replace(DEFAULTS.quiet_hours, enabled=False),
        reminders=dataclasses.replace(
            DEFAULTS.reminders,
            legs_up=dataclasses.replace(DEFAULTS.reminders.legs_up, times=(dt.time(2), dt.time(3))),
        ),
    )
    got = [
        r.at
        for r in upcoming(settings, at("2026-03-07 12:00", NEW_YORK), 40)
        if r.kind == kinds.LEGS_UP
    ]
    assert got[:4] == [
        at("2026-03-08 03:00", NEW_YORK),  # 02:00 does not exist that night: once, at 03:00
        at("2026-03-09 02:00", NEW_YORK),
        at("2026-03-09 03:00", NEW_YORK),
        at("2026-03-10 02:00", NEW_YORK),
    ]
