"""Every logged entry as one row of the history table: when, what, and the details.

Newest first; cramps with a warning sign are flagged so the table can set them
apart. Only cramps and water are edited in place; any entry can be deleted
(and the deletion undone).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from coach.core.history.entry_checks import sign_label, where
from coach.core.history.records import (
    CrampRecord,
    Entry,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.i18n import QT_TRANSLATE_NOOP, decimal, translate
from coach.core.insights.figures import Records
from coach.core.routines.definitions import Routine
from coach.core.settings.kinds import all_kinds, kind_text

Record = ReminderRecord | SessionRecord | CrampRecord | WaterRecord
EDITABLE = (Entry.CRAMP, Entry.WATER)
WHAT = {
    Entry.CRAMP: QT_TRANSLATE_NOOP("entries", "Cramp"),
    Entry.WATER: QT_TRANSLATE_NOOP("entries", "Water"),
    Entry.SESSION: QT_TRANSLATE_NOOP("entries", "Routine"),
    Entry.REMINDER: QT_TRANSLATE_NOOP("entries", "Reminder"),
}
OUTCOME_NAMES = {
    Outcome.DONE: QT_TRANSLATE_NOOP("entries", "done"),
    Outcome.SNOOZED: QT_TRANSLATE_NOOP("entries", "snoozed"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("entries", "skipped"),
    Outcome.EXPIRED: QT_TRANSLATE_NOOP("entries", "expired"),
    Outcome.MISSED: QT_TRANSLATE_NOOP("entries", "missed"),
}


def entry_titles(routines: Iterable[Routine]) -> dict[str, str]:
    """Names for routines and reminder kinds in the history table, in the app's language."""
    names: dict[str, str] = {kind: kind_text(kind).title for kind in all_kinds()}
    names.update({routine.id: routine.title for routine in routines})
    return names


HELD_BECAUSE = {
    "away": QT_TRANSLATE_NOOP("entries", " (held {minutes} min while you were away)"),
    "do-not-disturb": QT_TRANSLATE_NOOP("entries", " (held {minutes} min for do not disturb)"),
    "full-screen": QT_TRANSLATE_NOOP("entries", " (held {minutes} min for a full-screen window)"),
}


def _held(record: ReminderRecord) -> str:
    """Why a reminder came late or was missed: it was held, not ignored."""
    text = HELD_BECAUSE.get(record.held_reason)
    if not text or record.held_seconds < 60:
        return ""
    return translate("entries", text).format(minutes=record.held_seconds // 60)


def _asked(record: ReminderRecord) -> str:
    """A reminder the person asked for is told from a planned one."""
    return translate("entries", " (asked for)") if record.asked else ""


def outcome_name(outcome: Outcome) -> str:
    return translate("entries", OUTCOME_NAMES[outcome])


def outcome_key(done_share: bool = True) -> str:
    """What the two unanswered outcomes (and, where it is printed, the done share) mean,
    said where they are counted (a reader could not tell "expired" from "missed")."""
    key = translate(
        "entries",
        "Expired: shown, but not answered before it closed by itself. Missed: not shown, "
        "as the computer was asleep or off when it was due.",
    )
    if done_share:
        share = translate("entries", "Done share: done, out of every reminder but those snoozed.")
        key = f"{key} {share}"
    return key


@dataclass(frozen=True)
class EntryRow:
    entry: Entry
    at: dt.datetime
    details: str
    record: Record
    flagged: bool = False

    @property
    def what(self) -> str:
        return translate("entries", WHAT[self.entry])

    @property
    def row_id(self) -> int:
        assert self.record.id is not None
        return self.record.id


def _cramp_details(cramp: CrampRecord) -> str:
    parts = [f"{where(cramp.leg, cramp.place)}, {cramp.severity}/10"]
    if cramp.minutes is not None:
        minutes = translate("entries", "{minutes} min").format(minutes=decimal(cramp.minutes))
        parts[0] += f", {minutes}"
    if cramp.signs:
        signs = ", ".join(sign_label(s) for s in cramp.signs)
        parts.append(translate("entries", "WARNING SIGNS: {signs}").format(signs=signs))
    if cramp.helped:
        helped = ", ".join(cramp.helped)
        parts.append(translate("entries", "helped: {steps}").format(steps=helped))
    if cramp.note:
        parts.append(cramp.note)
    return "; ".join(parts)


def _session_details(session: SessionRecord, titles: dict[str, str]) -> str:
    title = titles.get(session.routine, session.routine)
    if session.finished:
        text = translate("entries", "{title}: finished ({minutes} min)")
        return text.format(title=title, minutes=f"{session.seconds / 60:.0f}")
    text = translate("entries", "{title}: stopped after {done} of {count} steps")
    return text.format(title=title, done=session.steps_done, count=session.step_count)


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
        ml = translate("entries", "{ml} ml")
        rows += [EntryRow(Entry.WATER, w.at, ml.format(ml=w.ml), w) for w in records.water]
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
                f"{titles.get(r.kind, r.kind)}: {outcome_name(r.outcome)}{_held(r)}{_asked(r)}",
                r,
            )
            for r in records.reminders
        ]
    rows.sort(key=lambda row: row.at, reverse=True)
    return rows
