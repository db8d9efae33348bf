"""The routine player as a pure state machine with an injected monotonic clock.

Remaining time is always computed from the clock, never by counting ticks, so
it cannot drift however late a window repaints. `poll()` returns the events
that came due since the last call (each exactly once), and `next_event_in()`
tells the Qt layer when to wake next, so it arms one timer instead of ticking.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from coach.core.routines.definitions import Routine, Step

LAST_SECONDS = 3.0
MINUTE_STEP = 60
"""Steps this long or longer count down as minutes and seconds ("19:58")."""


def countdown_text(seconds_left: float, step_seconds: int) -> str:
    """What the countdown shows: whole seconds left, rounded up (0.2 s left still shows
    1), as m:ss for a step of a minute or more."""
    whole = max(0, int(seconds_left + 0.999))
    if step_seconds >= MINUTE_STEP:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


class PlayerState(StrEnum):
    READY = "ready"
    PLAYING = "playing"
    PAUSED = "paused"
    FINISHED = "finished"


class PlayerEvent(StrEnum):
    STEP_STARTED = "step-started"
    LAST_SECONDS = "last-seconds"
    HALFWAY = "halfway"
    STEP_DONE = "step-done"
    ROUTINE_DONE = "routine-done"


class Player:
    def __init__(self, routine: Routine, monotonic: Callable[[], float]) -> None:
        self.routine = routine
        self._clock = monotonic
        self.state = PlayerState.READY
        self.index = 0
        self._step_start = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._session_start: float | None = None
        self._emitted: set[PlayerEvent] = set()
        self.steps_done = 0
        """How far the person got: the steps left behind, done or skipped."""
        self.skipped: set[int] = set()
        """Timed steps left with Next before their time ran out."""
        self.completed = False

    # --- where we are ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.routine.steps[self.index]

    @property
    def next_step(self) -> Step | None:
        following = self.index + 1
        return self.routine.steps[following] if following < len(self.routine.steps) else None

    def elapsed(self) -> float:
        """Seconds spent on the current step, pauses excluded."""
        if self.state is PlayerState.READY:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return max(0.0, now - self._step_start - self._paused_total)

    def remaining(self) -> float | None:
        """Seconds left in a timed step; None for an open-ended one."""
        if self.step.seconds is None:
            return None
        return max(0.0, self.step.seconds - self.elapsed())

    def overall(self) -> float:
        """Fraction of the routine behind us, 0 to 1, by steps (as the end page counts
        them), a timed step filling its share as its clock runs: by seconds alone, cramp
        now's open-ended steps left it at 6 % on step 2 of 7."""
        current = 0.0
        if self.step.seconds:
            current = min(1.0, self.elapsed() / self.step.seconds)
        return min(1.0, (self.index + current) / len(self.routine.steps))

    def cue_due(self) -> bool:
        """Whether the step's cue should show now: at the halfway switch of a two-way
        step, in the last seconds of a timed one, all along for an open-ended one."""
        step = self.step
        if not step.cue:
            return False
        if step.seconds is None:
            return True
        if step.switch_halfway:
            return self.elapsed() >= step.seconds / 2
        remaining = self.remaining()
        return remaining is not None and remaining <= LAST_SECONDS

    def seconds_spent(self) -> float:
        if self._session_start is None:
            return 0.0
        return self._clock() - self._session_start

    # --- what the person does --------------------------------------------------------------------

    def start(self) -> list[PlayerEvent]:
        if self.state is not PlayerState.READY:
            return []
        self._session_start = self._clock()
        self.state = PlayerState.PLAYING
        return self._enter(0)

    def pause(self) -> None:
        if self.state is PlayerState.PLAYING:
            self._paused_at = self._clock()
            self.state = PlayerState.PAUSED

    def resume(self) -> None:
        if self.state is PlayerState.PAUSED and self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None
            self.state = PlayerState.PLAYING

    def toggle(self) -> None:
        if self.state is PlayerState.PLAYING:
            self.pause()
        else:
            self.resume()

    def next(self, at: float | None = None) -> list[PlayerEvent]:
        """Skip (or, for an open-ended step, finish) the current step.

        `at` is when the next step begins: a step that ran out hands over at its
        planned end, not whenever the timer happened to fire, so nothing drifts.
        """
        if self.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return []
        seconds = self.step.seconds
        if at is None and seconds is not None and self.elapsed() < seconds:
            self.skipped.add(self.index)
        else:
            self.skipped.discard(self.index)  # done this time (after going back, say)
        self.steps_done = max(self.steps_done, self.index + 1)
        if self.next_step is None:
            return [PlayerEvent.STEP_DONE, *self._complete()]
        return [PlayerEvent.STEP_DONE, *self._enter(self.index + 1, at)]

    def back(self) -> list[PlayerEvent]:
        if self.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return []
        return self._enter(max(0, self.index - 1))

    def restart_step(self) -> list[PlayerEvent]:
        if self.state not in (PlayerState.PLAYING, PlayerState.PAUSED):
            return []
        return self._enter(self.index)

    @property
    def done_count(self) -> int:
        """The steps really done: reached and not skipped."""
        return self.steps_done - len({i for i in self.skipped if i < self.steps_done})

    @property
    def done_in_full(self) -> bool:
        """Every step done, none skipped: what counts as the routine done that day."""
        return self.completed and not self.skipped

    def finish(self) -> None:
        """Stop here (Esc, "finish later"): the session ends unfinished unless all was done."""
        self._paused_at = None
        self.state = PlayerState.FINISHED

    # --- time passing ------------------------------------------------------------------------

    def poll(self) -> list[PlayerEvent]:
        """Events due since the last poll; a timed step that ran out moves on by itself."""
        if self.state is not PlayerState.PLAYING:
            return []
        events: list[PlayerEvent] = []
        step = self.step
        if step.seconds is None:
            return events
        elapsed = self.elapsed()
        if step.switch_halfway and elapsed >= step.seconds / 2:
            events += self._once(PlayerEvent.HALFWAY)
        if step.seconds - elapsed <= LAST_SECONDS and step.seconds > LAST_SECONDS:
            events += self._once(PlayerEvent.LAST_SECONDS)
        if elapsed >= step.seconds:
            events += self.next(at=self._step_start + self._paused_total + step.seconds)
        return events

    def next_event_in(self) -> float | None:
        """Seconds until poll() has something new; None when nothing is timed."""
        if self.state is not PlayerState.PLAYING or self.step.seconds is None:
            return None
        seconds, elapsed = float(self.step.seconds), self.elapsed()
        marks = [seconds]
        if self.step.switch_halfway and PlayerEvent.HALFWAY not in self._emitted:
            marks.append(seconds / 2)
        if seconds > LAST_SECONDS and PlayerEvent.LAST_SECONDS not in self._emitted:
            marks.append(seconds - LAST_SECONDS)
        ahead = [m for m in marks if m >= elapsed]
        return min(ahead) - elapsed if ahead else 0.0

    # --- inside ----------------------------------------------------------------------------------

    def _enter(self, index: int, at: float | None = None) -> list[PlayerEvent]:
        self.index = index
        self._step_start = self._clock() if at is None else at
        self._paused_total = 0.0
        if self._paused_at is not None:
            self._paused_at = self._step_start
        self._emitted = set()
        return [PlayerEvent.STEP_STARTED]

    def _complete(self) -> list[PlayerEvent]:
        self.completed = True
        self.state = PlayerState.FINISHED
        return [PlayerEvent.ROUTINE_DONE]

    def _once(self, event: PlayerEvent) -> list[PlayerEvent]:
        if event in self._emitted:
            return []
        self._emitted.add(event)
        return [event]
