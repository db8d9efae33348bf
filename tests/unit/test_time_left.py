"""The time left in words, and the few moments it is said aloud."""

from __future__ import annotations

from coach.core.routines.time_left import mark_passed, spoken_marks, time_left_words


def test_the_time_left_reads_as_minutes_and_seconds_rounded_up() -> None:
    assert time_left_words(80) == "1 min 20 s left"
    assert time_left_words(119.2) == "2 min left"
    assert time_left_words(0.2) == "1 s left"
    assert time_left_words(0) == "0 s left"


def test_short_steps_say_nothing_longer_ones_halfway_long_ones_also_near_the_end() -> None:
    assert spoken_marks(15) == ()
    assert spoken_marks(30) == (15.0,)
    assert spoken_marks(1200) == (600.0, 10.0)


def test_a_mark_is_passed_once_between_two_looks() -> None:
    assert mark_passed(30, 15.2, 14.9) == 15.0
    assert mark_passed(30, 14.9, 14.6) is None
    assert mark_passed(1200, 700, 5) == 10.0, "after a long gap: only the latest is said"
    assert mark_passed(1200, 1200, 1199) is None
