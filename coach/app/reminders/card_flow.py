"""From the agenda to the card and back, and every decision into the history.

The agenda (coach.core.plan.agenda, run by the scheduler) decides what is on the
card, what waits and what expired; this shows the card for it, hands the
person's answer back, and writes one history row for every reminder shown and
answered, expired or missed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import bring_forward
from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.history.records import Outcome, ReminderRecord
from coach.core.i18n import translate
from coach.core.plan.reminders import Reminder, kind_settings
from coach.core.settings.kinds import ReminderKind
from coach.core.system.session import new_windows_take_the_keyboard

if TYPE_CHECKING:
    from coach.app.reminders.card import ReminderCard

log = logging.getLogger(__name__)


class KeepsReminders(Protocol):
    """Where reminder rows go: the History itself, or the app's history writer."""

    def record_reminder(self, record: ReminderRecord) -> object: ...


class ReminderFlow(QObject):
    presented = Signal(object)
    """A reminder went up on the card (the OS notification follows it)."""
    acted = Signal(object)
    """The person chose a reminder's action (drink, start the routine...)."""
    answered = Signal(object, object)
    """(reminder, outcome) once recorded."""
    card_built = Signal(object)
    """The card was built, with the first reminder."""
    told = Signal(str)
    """A line for the tray balloon: when a snoozed reminder comes back (it is out of sight
    until then)."""

    def __init__(
        self,
        scheduler: ReminderScheduler,
        history: KeepsReminders,
        clock: Clock,
        parent: QObject | None = None,
        anchor: Callable[[], QRect | None] = lambda: None,
        *,
        unasked: bool | None = None,
    ) -> None:
        """`unasked`: the card may come up by itself, without taking the keyboard (None: as
        this desktop allows; not on Wayland)."""
        super().__init__(parent)
        self._anchor = anchor
        if unasked is None:
            platform = QGuiApplication.platformName()
            unasked = not new_windows_take_the_keyboard(platform, os.environ)
        self.unasked = unasked
        self.told_elsewhere: Callable[[], bool] = lambda: False
        """Whether a notification or the tray balloon tells the person of a reminder, so
        that where the card must not come up unasked it waits to be asked for (set by the
        notification that mirrors the card)."""
        self._scheduler = scheduler
        self._history = history
        self._clock = clock
        self.built_card: ReminderCard | None = None
        """None until the first reminder: an idle app needs no card (building and sizing
        one loads the fonts, about 6 MB)."""
        scheduler.presented.connect(self._present)
        scheduler.waiting_changed.connect(self._set_waiting)
        scheduler.withdrawn.connect(self._dismiss)
        scheduler.recorded.connect(self._record)
        scheduler.acted.connect(self.acted)
        scheduler.answered.connect(self.answered)
        scheduler.answered.connect(self._tell_snooze)

    @property
    def card(self) -> ReminderCard:
        """The card, built on first use."""
        if self.built_card is None:
            from coach.app.reminders.card import (
                ReminderCard,  # with the first reminder, not at start
            )

            self.built_card = ReminderCard()
            self.built_card.answered.connect(self.answer)
            self.card_built.emit(self.built_card)
        return self.built_card

    def _set_waiting(self, count: int) -> None:
        if self.built_card is not None:
            self.built_card.set_waiting(count)

    def _dismiss(self) -> None:
        if self.built_card is not None:
            self.built_card.dismiss()

    @property
    def current(self) -> Reminder | None:
        return self._scheduler.agenda.current

    @property
    def waiting(self) -> list[Reminder]:
        return list(self._scheduler.agenda.waiting)

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: the reminder on the card and how many wait."""
        current = self.current
        card = self.built_card
        return {
            "card": {
                "kind": current.kind if current else None,
                "waiting": len(self.waiting),
                "shown": card is not None and card.isVisible(),
                "comes_unasked": self.unasked,
            }
        }

    def bring_up(self) -> None:
        """The person asked for the card (the tray, the notification, the home window)."""
        self.card.guard_keys(False)
        bring_forward(self.card)

    def show_unasked(self) -> None:
        """Nothing else could tell the person: the card comes up, taking no key unasked."""
        if self.current is not None and not self.card.isVisible():
            self.card.guard_keys(not self.unasked)
            self.card.show()
            self.card.raise_()

    def remind_now(self, kind: ReminderKind) -> None:
        """A reminder asked for now (`calf-coach remind KIND`): it comes whatever the
        attention rules say, and like any other card it takes no key unasked."""
        now = self._clock.now()
        self._scheduler.ask(Reminder(kind, now, now.time().replace(second=0, microsecond=0)))

    def offer(self, reminder: Reminder) -> None:
        """Show a reminder; the same one (kind and time) is never queued twice."""
        self._scheduler.offer(reminder)

    def answer(self, outcome: Outcome) -> None:
        """The card, or its notification, was answered: the agenda decides what follows."""
        self._scheduler.answer(outcome)

    def close(self) -> None:
        """On quit: what is still up or waiting was not answered; it is recorded as expired."""
        self._scheduler.close()
        self._dismiss()

    def snooze_minutes(self, reminder: Reminder) -> int:
        """How long a snooze puts this reminder off, as its kind's settings say."""
        return kind_settings(self._scheduler.settings, reminder.kind).snooze_minutes

    def _present(self, reminder: Reminder, waiting: int) -> None:
        self.card.present(
            reminder,
            snooze_minutes=self.snooze_minutes(reminder),
            waiting=waiting,
            anchor=self._anchor(),
            show=self.unasked or not self.told_elsewhere(),
            keys_guarded=not self.unasked,
        )
        self.presented.emit(reminder)

    def _tell_snooze(self, reminder: Reminder, outcome: Outcome) -> None:
        """When a snoozed reminder comes back, by the tray; not while another card comes
        up in its place (the tray's balloon would cover that card's buttons)."""
        if outcome is Outcome.SNOOZED and self.current is None and not self.waiting:
            coming = self._scheduler.agenda.snoozed[-1:] or [reminder]
            back = coming[0].at.astimezone(self._clock.now().tzinfo)
            text = translate("coach", "Snoozed: “{title}” comes back at {time}.")
            self.told.emit(text.format(title=reminder.text.title, time=f"{back:%H:%M}"))

    def _record(self, record: ReminderRecord) -> None:
        self._history.record_reminder(record)
