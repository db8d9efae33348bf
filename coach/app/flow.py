"""From a due reminder to a recorded answer: one card at a time, the rest queued.

Every reminder shown, and what the person did with it, becomes one history
row; so does every reminder recorded as missed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Signal

from coach.app.card import ReminderCard
from coach.app.clock import Clock
from coach.app.scheduler import ReminderScheduler
from coach.core.history import History, Outcome, ReminderRecord
from coach.core.reminders import Reminder, kind_settings

log = logging.getLogger(__name__)


class ReminderFlow(QObject):
    presented = Signal(object)
    """A reminder went up on the card (the OS notification follows it)."""
    acted = Signal(object)
    """The person chose a reminder's action (drink, start the routine...)."""
    answered = Signal(object, object)
    """(reminder, outcome) once recorded."""

    def __init__(
        self,
        scheduler: ReminderScheduler,
        history: History,
        clock: Clock,
        card: ReminderCard,
        parent: QObject | None = None,
        anchor: Callable[[], QRect | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._anchor = anchor
        self._scheduler = scheduler
        self._history = history
        self._clock = clock
        self.card = card
        self._queue: deque[Reminder] = deque()
        self._current: tuple[Reminder, dt.datetime] | None = None
        scheduler.due.connect(self.offer)
        scheduler.missed.connect(self.record_missed)
        card.answered.connect(self._answered)

    @property
    def current(self) -> Reminder | None:
        return self._current[0] if self._current else None

    @property
    def waiting(self) -> list[Reminder]:
        return list(self._queue)

    def offer(self, reminder: Reminder) -> None:
        """Queue a reminder; the same one (kind and time) is never queued twice."""
        if reminder == self.current or reminder in self._queue:
            return
        self._queue.append(reminder)
        if self._current is None:
            self._show_next()
        else:
            self.card.set_waiting(len(self._queue))

    def answer(self, outcome: Outcome) -> None:
        """Answer the card from elsewhere (a notification button) by the same path."""
        if self._current is not None:
            {
                Outcome.DONE: self.card.action,
                Outcome.SNOOZED: self.card.snooze,
                Outcome.SKIPPED: self.card.skip,
            }[outcome].click()

    def close(self) -> None:
        """On quit: what is still up or waiting was not answered; record it as expired."""
        pending = [r for r in (self.current, *self._queue) if r is not None]
        shown = self._current[1] if self._current else None
        self._current = None
        self._queue.clear()
        self.card.dismiss()
        for index, reminder in enumerate(pending):
            self._record(reminder, shown if index == 0 else None, Outcome.EXPIRED)

    def record_missed(self, reminder: Reminder) -> None:
        self._record(reminder, None, Outcome.MISSED)

    def _show_next(self) -> None:
        if not self._queue:
            return
        reminder = self._queue.popleft()
        self._current = (reminder, self._clock.now())
        section = kind_settings(self._scheduler.settings, reminder.kind)
        self.card.present(
            reminder,
            snooze_minutes=section.snooze_minutes,
            expire_minutes=self._scheduler.settings.card_expire_minutes,
            waiting=len(self._queue),
            anchor=self._anchor(),
        )
        self.presented.emit(reminder)

    def _answered(self, outcome: Outcome) -> None:
        if self._current is None:
            return
        reminder, shown = self._current
        self._current = None
        self._record(reminder, shown, outcome)
        if outcome is Outcome.SNOOZED:
            minutes = kind_settings(self._scheduler.settings, reminder.kind).snooze_minutes
            self._scheduler.snooze(reminder, minutes)
        elif outcome is Outcome.DONE:
            self.acted.emit(reminder)
        self.answered.emit(reminder, outcome)
        self._show_next()

    def _record(self, reminder: Reminder, shown: dt.datetime | None, outcome: Outcome) -> None:
        record = ReminderRecord(reminder.kind, reminder.at, shown, outcome, self._clock.now())
        self._history.record_reminder(record)
        log.info("%s %s due %s", outcome.value, reminder.kind, reminder.at.isoformat())
