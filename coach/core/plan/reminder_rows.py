"""The history rows the agenda writes, and what a row says beyond the reminder itself.

A row says how long its reminder was held and why (until it was released to the card,
or until `now` when it never was), and whether the person asked for it. The agenda
says what it decided as it decides; this keeps what a later row needs to know until
that row is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from coach.core.history.records import Outcome, ReminderRecord
from coach.core.instants import utc
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import Held


class ReminderRows:
    def __init__(self) -> None:
        self.asked: set[Reminder] = set()
        """Reminders the person asked for, until their last row is written."""
        self.released: dict[Reminder, tuple[Held, dt.datetime]] = {}
        """Released reminders and when (UTC), until their row says how long they were
        held."""

    def ask(self, reminder: Reminder) -> None:
        self.asked.add(reminder)

    def release(self, reminder: Reminder, held: Held, now: dt.datetime) -> None:
        self.released[reminder] = (held, utc(now))

    def snooze(self, reminder: Reminder, back: Reminder) -> None:
        """`reminder` was snoozed and comes back as `back`: the same request, later."""
        if reminder in self.asked:
            self.asked.discard(reminder)
            self.asked.add(back)

    def drop(self, reminders: Iterable[Reminder]) -> None:
        """These will have no row (snoozed ones that came due during a pause)."""
        self.asked.difference_update(reminders)

    def row(
        self,
        reminder: Reminder,
        shown: dt.datetime | None,
        outcome: Outcome,
        now: dt.datetime,
        held: Held | None = None,
    ) -> ReminderRecord:
        """A history row: instants in the person's zone, as the history keeps them, how
        long it was held and why, and whether it was asked for."""
        tz = now.tzinfo
        until = utc(now)
        if held is None and reminder in self.released:
            held, until = self.released.pop(reminder)
        held_seconds = round((until - held.since).total_seconds()) if held else 0
        asked = reminder in self.asked
        if outcome is not Outcome.SNOOZED:  # its last row
            self.asked.discard(reminder)
        return ReminderRecord(
            reminder.kind,
            reminder.at,
            shown.astimezone(tz) if shown is not None else None,
            outcome,
            now,
            held_seconds=max(0, held_seconds),
            held_reason=held.reason.value if held else "",
            asked=asked,
        )
