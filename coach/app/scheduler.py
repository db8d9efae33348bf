"""The scheduler adapter: core decides what is due, this arms one QTimer for it.

Why not APScheduler's QtScheduler: it drops the handle of its own timers (so
wake-ups pile up and outlive shutdown) and runs jobs on worker threads. Here a
single owned, single-shot QTimer is armed for the next due reminder or the
heartbeat, whichever is sooner; every decision runs on the GUI thread; other
threads (and D-Bus) wake it through a queued signal.

The heartbeat (at most once a minute) compares wall and monotonic time: a
monotonic timer stops while the laptop sleeps, so after a resume or a clock
change the heartbeat notices the gap and the missed-reminder policy runs.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coach.app.clock import Clock
from coach.core.due import due_since, sort_due
from coach.core.reminders import Reminder, plan
from coach.core.settings import Settings
from coach.core.state import AppState

log = logging.getLogger(__name__)

HEARTBEAT = dt.timedelta(seconds=60)
JUMP_TOLERANCE = dt.timedelta(seconds=5)


class ReminderScheduler(QObject):
    """Emits `due` for each reminder to show and `missed` for each one too late."""

    due = Signal(object)
    missed = Signal(object)
    plan_changed = Signal()
    state_changed = Signal(object)
    clock_jumped = Signal(float)
    _wake = Signal()

    def __init__(
        self, settings: Settings, clock: Clock, state: AppState, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._state = state
        self._snoozed: list[Reminder] = []
        self.upcoming: Reminder | None = None
        """The reminder the timer is armed for, kept for the tray (no second plan lookup)."""
        self._last_wall: dt.datetime | None = None
        self._last_mono = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)
        self._wake.connect(self.check, Qt.ConnectionType.QueuedConnection)

    # --- what the rest of the app asks ------------------------------------------------------

    @property
    def state(self) -> AppState:
        return self._state

    @property
    def settings(self) -> Settings:
        return self._settings

    def paused_until(self) -> dt.datetime | None:
        return self._state.active_pause(self._clock.now())

    def next_reminder(self) -> Reminder | None:
        """The next reminder that will be shown (snoozed ones included)."""
        now = self._clock.now()
        pause = self._state.active_pause(now)
        start = now
        if self._state.last_check is not None and self._state.last_check >= now:
            start = self._state.last_check + dt.timedelta(microseconds=1)  # already handled
        planned = next(plan(self._settings, start, paused_until=pause), None)
        waiting = [r for r in self._snoozed if pause is None or r.at >= pause]
        candidates = [r for r in (planned, *waiting) if r is not None]
        return min(candidates, key=lambda r: r.at) if candidates else None

    # --- what changes the plan -------------------------------------------------------------

    def start(self) -> None:
        """First check: catches up on what fell due while the app was not running."""
        if self._state.last_check is None:  # first run: only what is due from now on
            just_before = self._clock.now() - dt.timedelta(seconds=1)
            self._state = replace(self._state, last_check=just_before)
        self.check()

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._rearm()

    def pause(self, until: dt.datetime) -> None:
        self._set_state(replace(self._state, paused_until=until))
        self._rearm()

    def resume(self) -> None:
        self._set_state(replace(self._state, paused_until=None))
        self._rearm()

    def snooze(self, reminder: Reminder, minutes: int) -> None:
        again = replace(reminder, at=self._clock.now() + dt.timedelta(minutes=minutes))
        self._snoozed.append(again)
        self._rearm()

    def wake(self) -> None:
        """Ask for a check soon; safe to call from any thread."""
        self._wake.emit()

    def stop(self) -> None:
        self.timer.stop()

    # --- the one place where time passes ----------------------------------------------------

    def check(self) -> None:
        """Show what is due, record what was missed, then arm the timer again."""
        now = self._clock.now()
        mono = self._clock.monotonic()
        self._notice_jump(now, mono)
        last = self._state.last_check or now
        if now < last:  # the clock went back: nothing new is due before the old "now"
            last = now
        pause = self.paused_until()
        due = due_since(self._settings, last, now, paused_until=pause)
        ready = [r for r in self._snoozed if r.at <= now]
        self._snoozed = [r for r in self._snoozed if r.at > now]
        if pause is not None:
            ready = []  # snoozed reminders that came due during a pause are dropped
        sorting = sort_due(self._settings, [*due, *ready], now)
        # Saved only when something was decided, so an idle heartbeat writes nothing;
        # what was shown before a crash is then never shown again.
        self._state = replace(self._state, last_check=now)
        if sorting.show or sorting.missed:
            self.state_changed.emit(self._state)
        for reminder in sorting.missed:
            log.info("missed %s due %s", reminder.kind, reminder.at.isoformat())
            self.missed.emit(reminder)
        for reminder in sorting.show:
            lateness = (now - reminder.at).total_seconds()
            log.info("due %s at %s, %.3f s late", reminder.kind, reminder.at.isoformat(), lateness)
            self.due.emit(reminder)
        self._arm(now)

    def _notice_jump(self, now: dt.datetime, mono: float) -> None:
        if self._last_wall is not None:
            wall = now - self._last_wall
            steady = dt.timedelta(seconds=mono - self._last_mono)
            gap = wall - steady
            if abs(gap) > JUMP_TOLERANCE:
                log.info("wall clock ran %.0f s ahead of monotonic time", gap.total_seconds())
                self.clock_jumped.emit(gap.total_seconds())
        self._last_wall = now
        self._last_mono = mono

    def _rearm(self) -> None:
        self._arm(self._clock.now())

    def _arm(self, now: dt.datetime) -> None:
        upcoming = self.upcoming = self.next_reminder()
        wait = HEARTBEAT
        if upcoming is not None:
            wait = min(wait, max(upcoming.at - now, dt.timedelta(0)))
        self.timer.start(max(0, round(wait.total_seconds() * 1000)))
        self.plan_changed.emit()

    def _set_state(self, state: AppState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
