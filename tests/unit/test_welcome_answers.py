"""The welcome's answers as settings; left-side preset from the week."""

from __future__ import annotations

import datetime as dt

from coach.core.settings import kinds
from coach.core.settings.kinds import kind_of
from coach.core.settings.schema import DEFAULTS
from coach.core.settings.welcome_answers import (
    WelcomeAnswers,
    apply_answers,
    auto_reached,
    preset_reminders,
)

TODAY = dt.date(2026, 6, 10)
WEEK_30 = TODAY + dt.timedelta(days=280 - 30 * 7)  # due in 70 days: week 30
WEEK_20 = TODAY + dt.timedelta(days=280 - 20 * 7)


def test_left_side_is_preset_from_week_28() -> None:
    assert auto_reached(kind_of(kinds.LEFT_SIDE), WEEK_30, TODAY)
    assert not auto_reached(kind_of(kinds.LEFT_SIDE), WEEK_20, TODAY)
    assert not auto_reached(kind_of(kinds.LEFT_SIDE), None, TODAY)


def test_the_preset_follows_the_defaults_and_the_week() -> None:
    on = {kinds.STRETCH, kinds.FLUIDS, kinds.LEGS_UP}
    assert preset_reminders(DEFAULTS, None, TODAY) == on
    assert preset_reminders(DEFAULTS, WEEK_30, TODAY) == on | {kinds.LEFT_SIDE}


def test_answers_become_settings() -> None:
    answers = WelcomeAnswers(
        WEEK_20,
        dt.time(23, 0),
        dt.time(6, 30),
        frozenset({kinds.STRETCH, kinds.LEFT_SIDE, kinds.MOVE}),
    )
    settings = apply_answers(DEFAULTS, answers, TODAY)
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
        DEFAULTS, WelcomeAnswers(None, dt.time(22), dt.time(7), answers.reminders), TODAY
    )
    assert no_date.reminders.left_side.enabled == "on"
    assert no_date.pregnancy == DEFAULTS.pregnancy
    none = apply_answers(
        DEFAULTS, WelcomeAnswers(None, dt.time(22), dt.time(7), frozenset()), TODAY
    )
    assert none.reminders.left_side.enabled == "auto", "shown unticked: its week has not come"
    early = apply_answers(
        DEFAULTS, WelcomeAnswers(WEEK_20, dt.time(22), dt.time(7), frozenset()), TODAY
    )
    assert early.reminders.left_side.enabled == "auto", "it still starts at week 28"
    refused = apply_answers(
        DEFAULTS, WelcomeAnswers(WEEK_30, dt.time(22), dt.time(7), frozenset()), TODAY
    )
    assert refused.reminders.left_side.enabled == "off", "shown ticked, unticked: off"
