"""The player state machine, walked with a fake monotonic clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.routines.definitions import parse_routine
from coach.core.routines.player import Player, PlayerEvent, PlayerState

E = PlayerEvent

ROUTINE = parse_routine(
    """
id = "mine"
title = "Mine"
when = "bedtime"
summary = "Three steps."
safety = "A coach, not medical advice."
[[steps]]
title = "Hold"
instruction = "Hold it."
illustration = "wall-stretch"
hold_seconds = 10
[[steps]]
title = "Circles"
instruction = "Circle, then the other way."
illustration = "ankle-circles"
hold_seconds = 20
switch_halfway = true
[[steps]]
title = "Until it eases"
instruction = "Pull the toes towards you."
illustration = "toe-pull"
until_eased = true
""",
    Path("mine.toml"),
)


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def state(player: Player) -> PlayerState:
    """Read afresh each time (mypy would otherwise keep an earlier narrowed value)."""
    return player.state


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def player(clock: Clock) -> Player:
    return Player(ROUTINE, clock)


def test_a_whole_run_with_its_events_in_order(player: Player, clock: Clock) -> None:
    assert state(player) is PlayerState.READY
    assert player.start() == [E.STEP_STARTED]
    assert player.remaining() == 10
    assert player.next_event_in() == 7  # the last three seconds begin
    clock.t += 7
    assert player.poll() == [E.LAST_SECONDS]
    assert player.poll() == []  # each event once
    assert player.next_event_in() == 3
    clock.t += 3
    assert player.poll() == [E.STEP_DONE, E.STEP_STARTED]
    assert player.step.title == "Circles"
    assert player.next_event_in() == 10
    clock.t += 10
    assert player.poll() == [E.HALFWAY]
    clock.t += 7
    assert player.poll() == [E.LAST_SECONDS]
    clock.t += 3
    assert player.poll() == [E.STEP_DONE, E.STEP_STARTED]
    assert player.remaining() is None and player.next_event_in() is None
    clock.t += 600
    assert player.poll() == []  # an open-ended step waits for Next
    assert player.next() == [E.STEP_DONE, E.ROUTINE_DONE]
    assert state(player) is PlayerState.FINISHED and player.completed
    assert player.steps_done == 3
    assert player.seconds_spent() == 630


def test_a_late_poll_does_not_drift(player: Player, clock: Clock) -> None:
    player.start()
    clock.t += 2.5
    assert player.remaining() == 7.5
    clock.t += 0.04
    assert player.remaining() == pytest.approx(7.46)


def test_pause_stops_the_countdown_and_resume_goes_on(player: Player, clock: Clock) -> None:
    player.start()
    clock.t += 4
    player.pause()
    assert state(player) is PlayerState.PAUSED
    clock.t += 300
    assert player.remaining() == 6
    assert player.poll() == [] and player.next_event_in() is None
    player.toggle()
    assert state(player) is PlayerState.PLAYING
    assert player.remaining() == 6
    clock.t += 6
    assert player.poll() == [E.LAST_SECONDS, E.STEP_DONE, E.STEP_STARTED]


def test_next_back_and_restart(player: Player, clock: Clock) -> None:
    player.start()
    assert player.next() == [E.STEP_DONE, E.STEP_STARTED]
    assert player.index == 1
    clock.t += 5
    assert player.restart_step() == [E.STEP_STARTED]
    assert player.remaining() == 20
    assert player.back() == [E.STEP_STARTED]
    assert player.index == 0
    assert player.back() == [E.STEP_STARTED] and player.index == 0
    assert player.next_step is not None and player.next_step.title == "Circles"


def test_finishing_early_is_an_unfinished_session(player: Player, clock: Clock) -> None:
    player.start()
    player.next()
    clock.t += 3
    player.finish()
    assert state(player) is PlayerState.FINISHED
    assert not player.completed
    assert player.steps_done == 1
    assert player.next() == [] and player.poll() == []


def test_overall_progress_goes_by_steps_and_a_timed_one_follows_the_clock(
    player: Player, clock: Clock
) -> None:
    """Three steps: 10 s, 20 s, then until it eases (by seconds alone, an open-ended step
    counted nothing: cramp now showed 6 % on step 2 of 7)."""
    player.start()
    assert player.overall() == 0
    clock.t += 5  # half of the first step
    assert player.overall() == pytest.approx(0.5 / 3)
    player.next()
    clock.t += 20  # all of the second
    assert player.overall() == pytest.approx(2 / 3)
    player.next()
    clock.t += 100  # the open-ended step adds nothing as time goes
    assert player.overall() == pytest.approx(2 / 3)


def test_a_step_skipped_while_paused_starts_paused(player: Player, clock: Clock) -> None:
    player.start()
    player.pause()
    player.next()
    clock.t += 100
    assert state(player) is PlayerState.PAUSED
    assert player.remaining() == 20


def test_a_late_timer_does_not_push_the_following_steps_back(player: Player, clock: Clock) -> None:
    player.start()
    clock.t += 10.25  # the timer fired a quarter of a second late
    assert player.poll()[-1] is E.STEP_STARTED
    assert player.elapsed() == pytest.approx(0.25)  # the next step began at its planned time
    assert player.next_event_in() == pytest.approx(9.75)
