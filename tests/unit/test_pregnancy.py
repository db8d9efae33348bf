"""Pregnancy week and trimester by the 40-week convention."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from coach.core.settings.pregnancy import Pregnancy, first_day_of_week, trimester, week_on

DUE = dt.date(2027, 3, 14)


def test_week_from_the_due_date() -> None:
    preg = Pregnancy(due_date=DUE)
    assert week_on(preg, DUE) == 40
    assert week_on(preg, DUE - dt.timedelta(days=84)) == 28  # 12 weeks before term
    assert week_on(preg, DUE - dt.timedelta(days=85)) == 27
    assert week_on(preg, DUE - dt.timedelta(days=280)) == 0
    assert week_on(preg, DUE - dt.timedelta(days=400)) == 0
    assert week_on(preg, DUE + dt.timedelta(days=100)) == 44


def test_a_set_week_counts_up_only_with_its_date() -> None:
    fixed = Pregnancy(week=22)
    assert week_on(fixed, dt.date(2026, 1, 1)) == week_on(fixed, dt.date(2026, 6, 1)) == 22
    counting = Pregnancy(week=22, week_as_of=dt.date(2026, 1, 1))
    assert week_on(counting, dt.date(2026, 1, 7)) == 22
    assert week_on(counting, dt.date(2026, 1, 8)) == 23


def test_due_date_wins_over_week() -> None:
    both = Pregnancy(due_date=DUE, week=5)
    assert week_on(both, DUE) == 40


def test_nothing_set_means_unknown() -> None:
    assert week_on(Pregnancy(), DUE) is None
    assert first_day_of_week(Pregnancy(), 28) is None


def test_trimesters() -> None:
    assert [trimester(w) for w in (0, 13, 14, 27, 28, 40)] == [1, 1, 2, 2, 3, 3]


def test_first_day_of_week_for_a_fixed_week() -> None:
    assert first_day_of_week(Pregnancy(week=30), 28) == dt.date.min
    assert first_day_of_week(Pregnancy(week=20), 28) is None


@given(
    week=st.integers(1, 42),
    preg=st.one_of(
        st.builds(Pregnancy, due_date=st.dates(dt.date(2020, 1, 1), dt.date(2035, 1, 1))),
        st.builds(
            Pregnancy,
            week=st.integers(1, 42),
            week_as_of=st.dates(dt.date(2020, 1, 1), dt.date(2035, 1, 1)),
        ),
    ),
)
def test_first_day_of_week_is_where_week_on_turns_over(week: int, preg: Pregnancy) -> None:
    first = first_day_of_week(preg, week)
    assert first is not None
    assert week_on(preg, first) == week
    assert week_on(preg, first - dt.timedelta(days=1)) == week - 1
