"""The welcome's answers as settings; left-side preset from the week."""

from __future__ import annotations

import datetime as dt

from coach.core.reminders import ReminderKind
from coach.core.settings import DEFAULTS
from coach.core.welcome import WelcomeAnswers, apply_answers, left_side_preset, preset_reminders

TODAY = dt.date(2026, 6, 10)
WEEK_30 = TODAY + dt.timedelta(days=280 - 30 * 7)  # due in 70 days: week 30
WEEK_20 = TODAY + dt.timedelta(days=280 - 20 * 7)


def test_left_side_is_preset_from_week_28() -> None:
    assert left_side_preset(WEEK_30, TODAY)
    assert not left_side_preset(WEEK_20, TODAY)
    assert not left_side_preset(None, TODAY)


def test_the_preset_follows_the_defaults_and_the_week() -> None:
    on = {ReminderKind.STRETCH, ReminderKind.FLUIDS, ReminderKind.LEGS_UP}
    assert preset_reminders(DEFAULTS, None, TODAY) == on
    assert preset_reminders(DEFAULTS, WEEK_30, TODAY) == on | {ReminderKind.LEFT_SIDE}


def test_answers_become_settings() -> None:
    answers = WelcomeAnswers(
        WEEK_20,
        dt.time(23, 0),
        dt.time(6, 30),
        frozenset({ReminderKind.STRETCH, ReminderKind.LEFT_SIDE, ReminderKind.MOVE}),
    )
    settings = apply_answers(DEFAULTS, answers)
    assert (settings.bedtime, settings.wake_time) == (dt.time(23, 0), dt.time(6, 30))
    assert settings.pregnancy.due_date == WEEK_20
    r = settings.reminders
    assert (r.stretch.enabled, r.fluids.enabled, r.legs_up.enabled, r.move.enabled) == (
        True,
        False,
        False,
        True,
    )
    assert r.left_side.enabled == "auto", "with a due date it starts by itself at week 28"
    no_date = apply_answers(
        DEFAULTS, WelcomeAnswers(None, dt.time(22), dt.time(7), answers.reminders)
    )
    assert no_date.reminders.left_side.enabled == "on"
    assert no_date.pregnancy == DEFAULTS.pregnancy
    none = apply_answers(DEFAULTS, WelcomeAnswers(None, dt.time(22), dt.time(7), frozenset()))
    assert none.reminders.left_side.enabled == "off"
