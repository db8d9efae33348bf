"""Missed reminders: one card per kind at most, and only while still worth it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from coach.core.plan.due import due_since, sort_due
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import AppState, load_state, pause_end, save_state
from coach.core.settings.schema import DEFAULTS
from tests.helpers import at


def hm(reminders: list[Reminder]) -> list[tuple[str, str]]:
    return [(r.kind, f"{r.at:%H:%M}") for r in reminders]


def test_on_time_reminders_are_shown() -> None:
    now = at("2026-06-10 11:00")
    due = due_since(DEFAULTS, at("2026-06-10 10:59"), now)
    assert hm(sort_due(DEFAULTS, due, now).show) == [("fluids", "11:00"), ("legs-up", "11:00")]


def test_an_afternoon_asleep_wakes_to_one_fluids_card_not_a_pile() -> None:
    now = at("2026-06-10 17:20")
    due = due_since(DEFAULTS, at("2026-06-10 12:00"), now)
    sorted_ = sort_due(DEFAULTS, due, now)
    assert hm(sorted_.show) == [("fluids", "17:00")]  # 20 min late, grace is 45
    assert hm(sorted_.missed) == [
        ("fluids", "12:30"),
        ("fluids", "14:00"),
        ("legs-up", "15:00"),
        ("fluids", "15:30"),
    ]


def test_a_bedtime_reminder_is_worthless_next_morning() -> None:
    now = at("2026-06-11 07:05")
    due = due_since(DEFAULTS, at("2026-06-10 21:00"), now)
    sorted_ = sort_due(DEFAULTS, due, now)
    assert sorted_.show == []
    assert hm(sorted_.missed) == [("stretch", "22:00")]


def test_grace_is_per_kind_from_settings() -> None:
    stretch = dataclasses.replace(DEFAULTS.reminders.stretch, grace_minutes=720)
    generous = dataclasses.replace(
        DEFAULTS, reminders=dataclasses.replace(DEFAULTS.reminders, stretch=stretch)
    )
    now = at("2026-06-11 07:05")
    sorted_ = sort_due(generous, due_since(generous, at("2026-06-10 21:00"), now), now)
    assert hm(sorted_.show) == [("stretch", "22:00")]


def test_catch_up_looks_back_one_day_at_most() -> None:
    now = at("2026-06-20 12:00")
    due = due_since(DEFAULTS, at("2026-06-01 00:00"), now)
    assert min(r.at for r in due) >= now - dt.timedelta(days=1)


def test_a_pause_hides_what_fell_inside_it() -> None:
    now = at("2026-06-10 12:00")
    due = due_since(DEFAULTS, at("2026-06-10 07:00"), now, paused_until=at("2026-06-10 10:00"))
    assert hm(due) == [("fluids", "11:00"), ("legs-up", "11:00")]


def test_the_last_check_itself_is_not_due_again() -> None:
    now = at("2026-06-10 11:00")
    assert due_since(DEFAULTS, now, now) == []


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("30m", "2026-06-10 23:30"),
        ("2h", "2026-06-11 01:00"),
        ("until-tomorrow", "2026-06-11 07:00"),
    ],
)
def test_pause_ends(choice: str, expected: str) -> None:
    assert pause_end(choice, DEFAULTS, at("2026-06-10 23:00")) == at(expected)


def test_until_tomorrow_after_midnight_means_this_morning() -> None:
    assert pause_end("until-tomorrow", DEFAULTS, at("2026-06-11 01:00")) == at("2026-06-11 07:00")


def test_unknown_pause_is_refused() -> None:
    with pytest.raises(ValueError, match="must be one of 30m, 1h, 2h, until-tomorrow"):
        pause_end("3h", DEFAULTS, at("2026-06-10 23:00"))


def test_state_round_trip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    now = at("2026-06-10 12:00")
    assert load_state(path, now) == (AppState(), None)
    state = AppState(paused_until=at("2026-06-10 13:00"), last_check=now)
    save_state(path, state)
    assert load_state(path, now) == (state, None)
    assert state.active_pause(now) == at("2026-06-10 13:00")
    assert state.active_pause(at("2026-06-10 13:00")) is None
    path.write_text("{not json")
    fresh, notice = load_state(path, now)
    assert fresh == AppState()
    kept = tmp_path / "state.json.corrupt-20260610-120000"
    assert notice is not None and str(kept) in notice
    assert kept.read_text() == "{not json"
