"""The scheduler adapter: the agenda (core) decides, this arms one QTimer for it.

Why not APScheduler's QtScheduler: it drops the handle of its own timers (so
wake-ups pile up and outlive shutdown) and runs jobs on worker threads. Here a
single owned, single-shot QTimer is armed for the agenda's next event (a
reminder due, a card expiring) or the heartbeat, whichever is sooner; every
decision runs on the GUI thread; other threads (and D-Bus) ask for a check
through a signal, which Qt queues to it.

The timer is Qt's default, coarse one: a wait of 20 s or more ends on a whole
second (the system groups such wake-ups, which saves the battery), a shorter
one within 5 % of it, early or late. So a wait for an event more than two
`APPROACH`es away ends `APPROACH` early, and the last few seconds are waited for
again: a reminder comes within about a fifth of a second of its time. (Asking for
Qt's precise timer would name the `Qt` namespace, which PySide builds whole,
about 1 MB, and nothing else in an idle app needs.)

The heartbeat (at most once a minute) compares wall and monotonic time, both as
instants: a monotonic timer stops while the laptop sleeps, so after a resume or
a clock change the heartbeat notices the gap and the agenda catches up. A
change of the local UTC offset (daylight saving time) is no jump.

The person's attention (coach.app.desktop.attention_readers) is read at each decision,
never in between; while the agenda holds reminders it is read again every
`HOLD_POLL`, so a held card comes within a second or two of the person's return.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from coach.app.desktop.clock import Clock
from coach.core.history.records import Outcome
from coach.core.instants import utc
from coach.core.plan.agenda import Agenda, Update
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import AppState, pause_end
from coach.core.settings.attention import Attention
from coach.core.settings.schema import Settings, SettingsInUse

log = logging.getLogger(__name__)

HEARTBEAT = dt.timedelta(seconds=60)
HOLD_POLL = dt.timedelta(seconds=1)
JUMP_TOLERANCE = dt.timedelta(seconds=5)
APPROACH = dt.timedelta(seconds=2)
"""How early a long wait for an event ends, so the last one is short and exact: Qt's
coarse timer is off by up to 5 % of a wait under 20 s and up to 1 s of a longer one."""


class ReminderScheduler(QObject):
    """Runs the agenda on time and says what it decided, as signals."""

    due = Signal(object)
    """A reminder came due and will be shown."""
    missed = Signal(object)
    presented = Signal(object, int)
    """(reminder, how many wait behind it): put it on the card."""
    waiting_changed = Signal(int)
    withdrawn = Signal()
    """The card's reminder was answered or expired and none follows: take it down."""
    acted = Signal(object)
    """The person chose a reminder's action (drink, start the routine...)."""
    answered = Signal(object, object)
    """(reminder, outcome) of the card just answered."""
    recorded = Signal(object)
    """A ReminderRecord to keep in the history."""
    plan_changed = Signal()
    state_changed = Signal(object)
    clock_jumped = Signal(float)
    attention_changed = Signal(object)
    """The person's Attention changed (the tray says while reminders are held)."""
    _wake = Signal()

    def __init__(
        self,
        settings: SettingsInUse,
        clock: Clock,
        state: AppState,
        parent: QObject | None = None,
        attention: Callable[[], Attention] | None = None,
    ) -> None:
        """`attention`: reads the person's attention now (None: always present)."""
        super().__init__(parent)
        self._settings = settings
        self.agenda = Agenda(settings.value, state)
        self._clock = clock
        self._attention = attention
        self.upcoming: Reminder | None = None
        """The next reminder, kept for the tray (no second plan lookup)."""
        self._last_wall: dt.datetime | None = None
        self._last_mono = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._wake.connect(self._check_soon)  # queued by Qt when sent from another thread

    # --- what the rest of the app asks ------------------------------------------------------

    @property
    def state(self) -> AppState:
        return self.agenda.state

    @property
    def settings(self) -> Settings:
        """The settings the agenda plans with (the ones in use, as of the last replan)."""
        return self.agenda.settings

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: the person's attention, what is held, paused, next."""
        paused = self.paused_until()
        upcoming = self.next_reminder()
        return {
            "attention": self.attention().value,
            "holding": [h.reminder.kind for h in self.agenda.held],
            "card_since": on_card.shown.isoformat() if (on_card := self.agenda.on_card) else None,
            "paused_until": paused.isoformat(timespec="seconds") if paused else None,
            "next": upcoming.to_json() if upcoming else None,
        }

    def paused_until(self) -> dt.datetime | None:
        return self.agenda.paused_until(self._clock.now())

    def next_reminder(self) -> Reminder | None:
        """The next reminder that will be shown (snoozed ones included)."""
        return self.agenda.next_reminder(self._clock.now())

    # --- what changes the plan -------------------------------------------------------------

    def start(self) -> None:
        """First check: catches up on what fell due while the app was not running."""
        now = self._now()
        last = self.agenda.state.last_check
        missed = self.agenda.next_reminder(last.astimezone(now.tzinfo)) if last else None
        catching_up = missed is not None and utc(missed.at) <= utc(now)
        # A catch-up card, or one held when the app last stopped, waits for a locked or
        # full-screen login; a start with nothing to catch up asks the desktop nothing (it
        # would only slow the tray icon down).
        update = self._attend(now) if catching_up or self.agenda.held else Update()
        self._apply(update.merge(self.agenda.start(now)))

    def replan(self) -> None:
        """The settings in use changed: plan with them from now on."""
        self.agenda.settings = self._settings.value
        self._arm()

    def pause(self, until: dt.datetime) -> None:
        self._apply(self.agenda.pause(until))
        log.info("paused until %s", until.isoformat())

    def pause_for(self, choice: str) -> None:
        """A pause the person chose by name ("30m", "tomorrow"...), as the settings make it."""
        self.pause(pause_end(choice, self._settings.value, self._clock.now()))

    def resume(self) -> None:
        self._apply(self.agenda.pause(None))
        log.info("resumed")

    def offer(self, reminder: Reminder) -> None:
        """Show a reminder as if it fell due, after any card already up; held like any
        other while the person is away, busy or in full screen."""
        now = self._clock.now()
        update = self._attend(now)
        self._apply(update.merge(self.agenda.offer(reminder, now)))

    def ask(self, reminder: Reminder) -> None:
        """Show a reminder the person asked for, after any card already up, whatever their
        attention reads (so it is not read either)."""
        self._apply(self.agenda.ask(reminder, self._clock.now()))

    def answer(self, outcome: Outcome) -> None:
        """The card or its notification was answered."""
        reminder = self.agenda.current
        update = self.agenda.answer(outcome, self._clock.now())
        if reminder is not None:
            self.answered.emit(reminder, outcome)
        self._apply(update)

    def close(self) -> None:
        """On quit: what is up or waiting is recorded as expired."""
        self.timer.stop()
        self._apply(self.agenda.close(self._clock.now()), arm=False)

    def wake(self) -> None:
        """Ask for a check soon; safe to call from any thread."""
        self._wake.emit()

    def _check_soon(self) -> None:
        QTimer.singleShot(0, self.check)  # once the caller has returned

    def stop(self) -> None:
        self.timer.stop()

    # --- the one place where time passes ----------------------------------------------------

    def check(self) -> None:
        """Let the agenda decide what is due or expired, then arm the timer again. The
        desktop is asked about the person only when it matters: something due, held, or on
        the card; a heartbeat with nothing to decide asks nothing."""
        now = self._now()
        update = self._attend(now) if self._needs_attention(now) else Update()
        self._apply(update.merge(self.agenda.check(now)))

    def _needs_attention(self, now: dt.datetime) -> bool:
        agenda = self.agenda
        if agenda.holding or agenda.on_card is not None:
            return True
        due = [r.at for r in (self.upcoming, *agenda.snoozed) if r is not None]
        return any(utc(at) <= utc(now) for at in due)

    def attention(self) -> Attention:
        """The person's attention read now (and told to the agenda), for `status`."""
        self._apply(self._attend(self._clock.now()))
        return self.agenda.attention

    def _attend(self, now: dt.datetime) -> Update:
        """Tell the agenda the person's attention, read now (coming back releases)."""
        if self._attention is None:
            return Update()
        return self.agenda.attend(self._attention(), now)

    def _now(self) -> dt.datetime:
        """The clock, read once per decision, with a look for a jump since the last read."""
        now = self._clock.now()
        mono = self._clock.monotonic()
        if self._last_wall is not None:
            wall = utc(now) - utc(self._last_wall)
            gap = wall - dt.timedelta(seconds=mono - self._last_mono)
            if abs(gap) > JUMP_TOLERANCE:
                log.info("wall clock ran %.0f s ahead of monotonic time", gap.total_seconds())
                self.clock_jumped.emit(gap.total_seconds())
        self._last_wall = now
        self._last_mono = mono
        return now

    def _apply(self, update: Update, *, arm: bool = True) -> None:
        if update.attention_changed:
            log.info("attention: %s", self.agenda.attention.value)
            self.attention_changed.emit(self.agenda.attention)
        if update.state_changed:
            self.state_changed.emit(self.agenda.state)
        for record in update.records:
            log.info("%s %s due %s", record.outcome.value, record.kind, record.due.isoformat())
            self.recorded.emit(record)
        for reminder in update.missed:
            self.missed.emit(reminder)
        now = self._clock.now()
        for reminder in update.due:
            lateness = (utc(now) - utc(reminder.at)).total_seconds()
            log.info("due %s at %s, %.3f s late", reminder.kind, reminder.at.isoformat(), lateness)
            self.due.emit(reminder)
        if update.acted is not None:
            self.acted.emit(update.acted)
        waiting = len(self.agenda.waiting)
        if update.presented is not None:
            self.presented.emit(update.presented.reminder, waiting)
        elif update.withdrawn:
            self.withdrawn.emit()
        elif update.waiting_changed:
            self.waiting_changed.emit(waiting)
        if arm:
            self._arm()

    def _arm(self) -> None:
        now = self._clock.now()
        self.upcoming = self.agenda.next_reminder(now)
        # Looked at every second only while something waits on the person's return.
        watching = self.agenda.holding and (self.agenda.held or self.agenda.on_card)
        wait = HOLD_POLL if watching else HEARTBEAT
        event = self.agenda.next_event(self.upcoming)
        if event is not None and (until := max(event - utc(now), dt.timedelta(0))) < wait:
            wait = until - APPROACH if until > 2 * APPROACH else until
        self.timer.start(max(0, round(wait.total_seconds() * 1000)))
        self.plan_changed.emit()
