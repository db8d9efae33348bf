"""Insights on small hand-made histories; every expected figure is worked out here."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.core.history.entry_checks import is_severe
from coach.core.history.records import (
    CrampRecord,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.insights.figures import (
    Period,
    Records,
    Streak,
    band,
    insights,
    night_of,
    round_ticks,
    streak,
    summary_lines,
)
from tests.helpers import at

WEEK = Period(dt.date(2026, 5, 4), dt.date(2026, 5, 10))  # Monday to Sunday


def bedtime(start: str, *, finished: bool = True) -> SessionRecord:
    began = at(start)
    return SessionRecord("bedtime", began, began + dt.timedelta(minutes=5), finished, 9, 9, 300)


def cramp(when: str, severity: int, *signs: str) -> CrampRecord:
    return CrampRecord(at(when), "left", severity, signs=signs)


def test_a_night_runs_from_noon_to_noon_named_after_its_evening() -> None:
    assert night_of(at("2026-05-05 03:10")) == dt.date(2026, 5, 4)
    assert night_of(at("2026-05-05 11:59")) == dt.date(2026, 5, 4)
    assert night_of(at("2026-05-05 12:00")) == dt.date(2026, 5, 5)
    assert night_of(at("2026-05-04 23:30")) == dt.date(2026, 5, 4)


def test_severity_bands_call_severe_what_the_advice_calls_severe() -> None:
    assert [band(s) for s in (1, 3, 4, 7, 8, 10)] == [
        "mild",
        "mild",
        "moderate",
        "moderate",
        "severe",
        "severe",
    ]
    assert [s for s in range(1, 11) if band(s) == "severe"] == [
        s for s in range(1, 11) if is_severe(s)
    ], "one threshold: the chart's red and the advice's 'severe'"


def test_nights_with_and_without_the_routine_are_compared_by_counts() -> None:
    # Routine done on the evenings of Mon 4, Tue 5 (just after midnight: still Tue's night)
    # and Thu 7; Wed 6 only started (not finished): not done.
    sessions = [
        bedtime("2026-05-04 22:00"),
        bedtime("2026-05-06 00:20"),
        bedtime("2026-05-06 22:00", finished=False),
        bedtime("2026-05-07 21:45"),
    ]
    cramps = [
        cramp("2026-05-05 03:10", 6),  # night of Mon (routine)
        cramp("2026-05-07 02:00", 8),  # night of Wed (no routine)
        cramp("2026-05-07 05:00", 3),  # night of Wed (no routine)
        cramp("2026-05-09 04:00", 5, "swelling"),  # night of Fri (no routine)
        cramp("2026-05-04 02:00", 9),  # night of Sun 3: before the period
    ]
    figures = insights(WEEK, Records([], sessions, cramps, []), 1500)
    assert [n.routine_done for n in figures.nights] == [
        True,
        True,
        False,
        True,
        False,
        False,
        False,
    ]
    assert [len(n.cramps) for n in figures.nights] == [1, 0, 2, 0, 1, 0, 0]
    c = figures.comparison
    # With: Mon, Tue, Thu = 3 nights, 1 cramp. Without: Wed, Fri, Sat, Sun = 4 nights, 3 cramps.
    assert (c.nights_with, c.cramps_with, c.nights_without, c.cramps_without) == (3, 1, 4, 3)
    assert c.rate_with == 1 / 3
    assert c.rate_without == 3 / 4
    assert figures.nights[2].by_band() == {"mild": 1, "moderate": 0, "severe": 1}
    assert figures.nights[2].worst == 8
    assert [n.flagged for n in figures.nights] == [False] * 4 + [True, False, False]
    assert [c.at for c in figures.flagged] == [at("2026-05-09 04:00")]
    assert figures.nights_with_cramps == 3
    # Streaks of routine nights: T T F T F F F; Sunday (today) still open, Saturday broke it.
    assert figures.routine_streak == Streak(current=0, longest=2)


def test_water_per_day_against_the_goal() -> None:
    water = [
        WaterRecord(at("2026-05-04 08:00"), 1000),
        WaterRecord(at("2026-05-04 20:00"), 500),  # Mon: 1500, met
        WaterRecord(at("2026-05-05 23:59"), 1499),  # Tue: 1499, not met
        WaterRecord(at("2026-05-06 00:00"), 2000),  # Wed: met
        WaterRecord(at("2026-05-07 10:00"), 1600),  # Thu: met
        WaterRecord(at("2026-05-08 10:00"), 1500),  # Fri: met
        WaterRecord(at("2026-05-09 10:00"), 1500),  # Sat: met
        WaterRecord(at("2026-05-11 10:00"), 900),  # Monday after: outside the period
    ]
    figures = insights(WEEK, Records([], [], [], water), 1500)
    assert [d.ml for d in figures.water] == [1500, 1499, 2000, 1600, 1500, 1500, 0]
    assert sum(d.met for d in figures.water) == 5
    # Sunday (today) is still open: the current run counts Wed..Sat.
    assert figures.water_streak == Streak(current=4, longest=4)


def test_adherence_per_kind_leaves_snoozes_out_of_the_share() -> None:
    def r(kind: str, day: int, outcome: Outcome) -> ReminderRecord:
        due = at(f"2026-05-{day:02d} 10:00")
        return ReminderRecord(kind, due, due, outcome, due)

    reminders = [
        r("fluids", 4, Outcome.SNOOZED),
        r("fluids", 4, Outcome.DONE),
        r("fluids", 5, Outcome.SKIPPED),
        r("fluids", 6, Outcome.MISSED),
        r("fluids", 7, Outcome.DONE),
        r("stretch", 5, Outcome.EXPIRED),
        r("stretch", 11, Outcome.DONE),  # after the period
    ]
    figures = insights(WEEK, Records(reminders, [], [], []), 1500)
    fluids, stretch = figures.adherence
    assert fluids.kind == "fluids"
    assert fluids.counts[Outcome.DONE] == 2
    assert fluids.counts[Outcome.SNOOZED] == 1
    assert fluids.answered == 4
    assert fluids.done_share == 0.5
    assert stretch.counts == {
        Outcome.DONE: 0,
        Outcome.SNOOZED: 0,
        Outcome.SKIPPED: 0,
        Outcome.EXPIRED: 1,
        Outcome.MISSED: 0,
    }
    assert stretch.done_share == 0.0


def test_streaks_count_today_once_it_is_true() -> None:
    assert streak([True, True, False, True, True], today_counts=False) == Streak(2, 2)
    assert streak([True, True, True, False], today_counts=False) == Streak(3, 3)
    assert streak([True, True, True, False], today_counts=True) == Streak(0, 3)
    assert streak([], today_counts=False) == Streak(0, 0)


def test_summary_says_counts_and_never_a_cause() -> None:
    sessions = [bedtime("2026-05-04 22:00"), bedtime("2026-05-05 22:00")]
    cramps = [cramp("2026-05-07 02:00", 7), cramp("2026-05-05 03:00", 4, "redness")]
    water = [WaterRecord(at("2026-05-04 10:00"), 1750)]
    lines = summary_lines(insights(WEEK, Records([], sessions, cramps, water), 1500))
    assert lines[0] == "2 cramps logged on 2 of 7 nights, worst 7/10."
    assert "routine: 2, with 1 cramp (0.50 a night)" in lines[1]
    assert "without it: 5, with 1 cramp (0.20 a night)" in lines[1]
    assert "not proof of cause" in lines[1]
    # Water was logged on one day: the six others are "not logged", not 0 ml.
    assert lines[2] == (
        "Water goal (1500 ml) reached on 1 of 1 day with water logged; 1750 ml a day on "
        "average on those days."
    )
    assert lines[3] == "1 cramp logged with a warning sign."
    assert not any("because" in line or "prevent" in line for line in lines)


def test_period_bounds_reach_the_noon_after_the_last_night() -> None:
    tz = at("2026-05-04 00:00").tzinfo
    assert tz is not None
    assert WEEK.bounds(tz) == (at("2026-05-04 00:00"), at("2026-05-11 12:00"))
    assert Period.ending(dt.date(2026, 5, 10), 7) == WEEK
    assert len(WEEK.days) == 7


@pytest.mark.parametrize(
    ("top", "step", "end"),
    [(1, 1, 1), (3, 1, 3), (7, 2, 8), (69, 20, 80), (756, 200, 800), (2.5, 1, 3), (12, 2, 12)],
)
def test_axes_tick_in_round_steps(top: float, step: int, end: int) -> None:
    assert round_ticks(top) == (step, end)
