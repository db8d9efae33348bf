"""Every logged entry as one row of the history table: when, what, and the details.

Newest first; cramps with a warning sign are flagged so the table can set them
apart. Only cramps and water are edited in place; any entry can be deleted
(and the deletion undone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from coach.core.history import (
    CrampRecord,
    Entry,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.insights import Records
from coach.core.logbook import SIGNS

Record = ReminderRecord | SessionRecord | CrampRecord | WaterRecord
EDITABLE = (Entry.CRAMP, Entry.WATER)
WHAT = {
    Entry.CRAMP: "Cramp",
    Entry.WATER: "Water",
    Entry.SESSION: "Routine",
    Entry.REMINDER: "Reminder",
}


@dataclass(frozen=True)
class EntryRow:
    entry: Entry
    at: dt.datetime
    details: str
    record: Record
    flagged: bool = False

    @property
    def what(self) -> str:
        return WHAT[self.entry]

    @property
    def row_id(self) -> int:
        assert self.record.id is not None
        return self.record.id


def _cramp_details(cramp: CrampRecord) -> str:
    parts = [f"{cramp.leg} {cramp.place}, {cramp.severity}/10"]
    if cramp.minutes is not None:
        parts[0] += f", {cramp.minutes:g} min"
    if cramp.signs:
        parts.append("WARNING SIGNS: " + ", ".join(SIGNS[s] for s in cramp.signs))
    if cramp.helped:
        parts.append("helped: " + ", ".join(cramp.helped))
    if cramp.note:
        parts.append(cramp.note)
    return "; ".join(parts)


def _session_details(session: SessionRecord, titles: dict[str, str]) -> str:
    title = titles.get(session.routine, session.routine)
    if session.finished:
        return f"{title}: finished ({session.seconds / 60:.0f} min)"
    return f"{title}: stopped after {session.steps_done} of {session.step_count} steps"


def entry_rows(
    records: Records,
    kinds: Iterable[Entry] = tuple(Entry),
    titles: dict[str, str] | None = None,
) -> list[EntryRow]:
    """Rows for the chosen kinds, newest first. `titles` names routines and reminder kinds."""
    titles = titles or {}
    wanted = set(kinds)
    rows: list[EntryRow] = []
    if Entry.CRAMP in wanted:
        rows += [
            EntryRow(Entry.CRAMP, c.at, _cramp_details(c), c, bool(c.signs)) for c in records.cramps
        ]
    if Entry.WATER in wanted:
        rows += [EntryRow(Entry.WATER, w.at, f"{w.ml} ml", w) for w in records.water]
    if Entry.SESSION in wanted:
        rows += [
            EntryRow(Entry.SESSION, s.started, _session_details(s, titles), s)
            for s in records.sessions
        ]
    if Entry.REMINDER in wanted:
        rows += [
            EntryRow(
                Entry.REMINDER,
                r.due,
                f"{titles.get(r.kind, r.kind)}: {r.outcome.value}",
                r,
            )
            for r in records.reminders
        ]
    rows.sort(key=lambda row: row.at, reverse=True)
    return rows
