"""Pregnancy week and trimester, by the usual 40-week (280-day) convention.

The week is the number of completed weeks, as care providers count it
("28 weeks" from day 196). A set week without a date stays as it is; with
`week_as_of` it counts up by itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings.option_types import CalendarDate, Problem, Whole, setting

TERM_DAYS = 280
LAST_WEEK = 44
THIRD_TRIMESTER_WEEK = 28
SECOND_TRIMESTER_WEEK = 14


@dataclass(frozen=True)
class Pregnancy:
    """The `[pregnancy]` settings: a due date, or a week and the day it was true."""

    due_date: dt.date | None = setting(
        None,
        CalendarDate(),
        label=QT_TRANSLATE_NOOP("settings", "Due date"),
        help=QT_TRANSLATE_NOOP("settings", "The week of pregnancy is worked out from it."),
        file=QT_TRANSLATE_NOOP(
            "settings", "Your due date, e.g. 2027-03-14. The pregnancy week is worked out from it."
        ),
        optional=True,
    )
    week: int | None = setting(
        None,
        Whole(1, 42),
        label=QT_TRANSLATE_NOOP("settings", "Week of pregnancy"),
        help=QT_TRANSLATE_NOOP(
            "settings", "Instead of a due date, if you prefer: your week on the day below."
        ),
        file=QT_TRANSLATE_NOOP("settings", "Your pregnancy week, if you prefer it to a due date."),
        optional=True,
    )
    week_as_of: dt.date | None = setting(
        None,
        CalendarDate(),
        label=QT_TRANSLATE_NOOP("settings", "That week was on"),
        help=QT_TRANSLATE_NOOP("settings", "From that day on, the week counts up by itself."),
        file=QT_TRANSLATE_NOOP(
            "settings", "The day `week` was true; from then on the week counts up by itself."
        ),
        optional=True,
    )


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


def due_date_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The due dates a pregnancy can have on `today`: from week 44 (four weeks past the
    date) back to week 0 (280 days ahead). Outside it, the date is a slip."""
    last_week = dt.timedelta(weeks=LAST_WEEK)
    return today + dt.timedelta(days=TERM_DAYS) - last_week, today + dt.timedelta(days=TERM_DAYS)


def week_as_of_range(today: dt.date) -> tuple[dt.date, dt.date]:
    """The days a set week can have been true on: not ahead of today, and not before
    a pregnancy still going on today could have begun."""
    return today - dt.timedelta(weeks=LAST_WEEK), today


def dates_in_range(pregnancy: Pregnancy, today: dt.date) -> tuple[Pregnancy, list[Problem]]:
    """`pregnancy` with each date outside its range on `today` dropped, and why; no week
    is worked out from a date no pregnancy has (nor does the arithmetic leave the calendar)."""
    problems = []
    ranges = {"due_date": due_date_range(today), "week_as_of": week_as_of_range(today)}
    for name, (first, last) in ranges.items():
        value = getattr(pregnancy, name)
        if value is not None and not first <= value <= last:
            rule = translate(
                "settings", "must be from {first} to {last} for a pregnancy under way today"
            )
            problems.append(
                Problem(
                    f"pregnancy.{name}",
                    rule.format(first=first.isoformat(), last=last.isoformat()),
                    value=f"{value.year:04d}{value:-%m-%d}",
                )
            )
            pregnancy = replace(pregnancy, **{name: None})
    return pregnancy, problems
