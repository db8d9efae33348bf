"""Today at a glance: the reminders of today, what became of the earlier ones and what is
still to come, for the home window. Pure: the records, the plan and `now` are arguments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from coach.core.history.records import Outcome, ReminderRecord
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.instants import utc
from coach.core.plan.reminders import Reminder
from coach.core.settings.kinds import kind_text

COMING = "coming"
STATES = {
    Outcome.DONE.value: QT_TRANSLATE_NOOP("today", "done"),
    Outcome.SNOOZED.value: QT_TRANSLATE_NOOP("today", "snoozed"),
    Outcome.SKIPPED.value: QT_TRANSLATE_NOOP("today", "skipped"),
    Outcome.EXPIRED.value: QT_TRANSLATE_NOOP("today", "not answered"),
    Outcome.MISSED.value: QT_TRANSLATE_NOOP("today", "missed (asleep or away)"),
    COMING: QT_TRANSLATE_NOOP("today", "to come"),
}


@dataclass(frozen=True)
class TodayRow:
    at: dt.datetime
    kind: str
    state: str
    """An Outcome's value, or COMING."""

    @property
    def text(self) -> str:
        """ "14:00  A glass of water — done", in the app's language; one still to come is
        its time and name alone (nine lines all ending "to come" said nothing)."""
        time, title = f"{self.at:%H:%M}", kind_text(self.kind).title
        if self.state == COMING:
            return translate("today", "{time}  {title}").format(time=time, title=title)
        return translate("today", "{time}  {title} — {state}").format(
            time=time, title=title, state=translate("today", STATES[self.state])
        )


def today_rows(
    answered: Iterable[ReminderRecord], coming: Iterable[Reminder], now: dt.datetime
) -> list[TodayRow]:
    """Today's reminders in time order: each one's latest answer (a snoozed one that came
    back and was done shows as done), then those still to come today."""
    latest: dict[tuple[str, dt.datetime], ReminderRecord] = {}
    for record in answered:
        if record.due.date() == now.date():
            latest[(record.kind, utc(record.due))] = record
    rows = [TodayRow(r.due, r.kind, r.outcome.value) for r in latest.values()]
    for reminder in coming:
        if reminder.at.astimezone(now.tzinfo).date() != now.date():
            break
        if (reminder.kind, utc(reminder.at)) not in latest:
            rows.append(TodayRow(reminder.at.astimezone(now.tzinfo), reminder.kind, COMING))
    return sorted(rows, key=lambda row: (utc(row.at), row.kind))
