"""Pregnancy week and trimester, by the usual 40-week (280-day) convention.

The week is the number of completed weeks, as care providers count it
("28 weeks" from day 196). A set week without a date stays as it is; with
`week_as_of` it counts up by itself.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only its type: settings itself reads THIRD_TRIMESTER_WEEK (via kinds)
    from coach.core.settings import Pregnancy

TERM_DAYS = 280
LAST_WEEK = 44
THIRD_TRIMESTER_WEEK = 28
SECOND_TRIMESTER_WEEK = 14


def gestational_days(pregnancy: Pregnancy, today: dt.date) -> int | None:
    """Days since the start of week 0, or None when neither due date nor week is set."""
    if pregnancy.due_date is not None:
        return TERM_DAYS - (pregnancy.due_date - today).days
    if pregnancy.week is not None:
        elapsed = (today - pregnancy.week_as_of).days if pregnancy.week_as_of else 0
        return pregnancy.week * 7 + elapsed
    return None


def week_on(pregnancy: Pregnancy, today: dt.date) -> int | None:
    """Completed weeks on `today`, kept within 0..44 so a stale date stays sensible."""
    days = gestational_days(pregnancy, today)
    if days is None:
        return None
    return max(0, min(days // 7, LAST_WEEK))


def trimester(week: int) -> int:
    if week >= THIRD_TRIMESTER_WEEK:
        return 3
    return 2 if week >= SECOND_TRIMESTER_WEEK else 1


def first_day_of_week(pregnancy: Pregnancy, week: int) -> dt.date | None:
    """The date on which `week` begins, or None when no date can be known.

    A week set without `week_as_of` never moves: such a pregnancy is either
    already at `week` (date.min) or never gets there.
    """
    if pregnancy.due_date is not None:
        return pregnancy.due_date - dt.timedelta(days=TERM_DAYS - 7 * week)
    if pregnancy.week is None:
        return None
    if pregnancy.week_as_of is not None:
        return pregnancy.week_as_of + dt.timedelta(days=7 * (week - pregnancy.week))
    return dt.date.min if pregnancy.week >= week else None
