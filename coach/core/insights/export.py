"""The log as JSON and CSV: the person's own data, in formats any tool opens.

One generic mapping from a record dataclass to flat fields (and back), so the
JSON, the CSV files and the tests that read them back never drift apart.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import types
import typing
from pathlib import Path
from typing import Any

from coach.core.files import PRIVATE_DIR_MODE, write_atomically
from coach.core.history.records import (
    CrampRecord,
    Entry,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.insights.figures import Records

RECORD_TYPES: dict[Entry, type[Any]] = {
    Entry.REMINDER: ReminderRecord,
    Entry.SESSION: SessionRecord,
    Entry.CRAMP: CrampRecord,
    Entry.WATER: WaterRecord,
}
LIST_SEPARATOR = "; "


def _by_entry(records: Records) -> dict[Entry, typing.Sequence[Any]]:
    return {
        Entry.REMINDER: records.reminders,
        Entry.SESSION: records.sessions,
        Entry.CRAMP: records.cramps,
        Entry.WATER: records.water,
    }


def _field_names(cls: type[Any]) -> list[str]:
    """Columns in a readable order: the row id first."""
    names = [f.name for f in dataclasses.fields(cls)]
    return ["id", *(n for n in names if n != "id")]


def to_json(record: Any) -> dict[str, Any]:
    """A record as JSON values: times in ISO 8601 with their offset, lists as lists."""
    out: dict[str, Any] = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, dt.datetime):
            value = value.isoformat(timespec="seconds")
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


def records_json(records: Records) -> dict[str, list[dict[str, Any]]]:
    return {entry.value: [to_json(r) for r in rows] for entry, rows in _by_entry(records).items()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(value)
    return str(value)


def csv_text(entry: Entry, rows: typing.Iterable[Any]) -> str:
    cls = RECORD_TYPES[entry]
    names = _field_names(cls)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(getattr(row, name)) for name in names])
    return buffer.getvalue()


def _parse(text: str, hint: Any) -> Any:
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType)
    if optional:
        if text == "":
            return None
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if typing.get_origin(hint) is tuple:
        return tuple(text.split(LIST_SEPARATOR)) if text else ()
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(text)
    if hint is bool:
        return text == "yes"
    if hint is Outcome:
        return Outcome(text)
    return hint(text)


def read_csv(entry: Entry, text: str) -> list[Any]:
    """Records back from `csv_text` (used to prove the round trip)."""
    cls = RECORD_TYPES[entry]
    hints = typing.get_type_hints(cls)
    return [
        cls(**{name: _parse(value, hints[name]) for name, value in row.items()})
        for row in csv.DictReader(io.StringIO(text))
    ]


def _csv_name(entry: Entry) -> str:
    return f"{entry.value}.csv"


def csv_names() -> list[str]:
    """The files a CSV export writes, one per kind of entry."""
    return [_csv_name(entry) for entry in RECORD_TYPES]


def export_csv(records: Records, folder: Path) -> list[Path]:
    """One CSV file per kind of entry in `folder` (created user-only if missing;
    an existing folder's permissions are the person's and left alone).

    Each file is written atomically and user-only; an unwritable folder raises
    OSError before anything is written.
    """
    folder.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
    probe = folder / ".calf-coach-write-test"
    probe.write_bytes(b"")
    probe.unlink()
    written = []
    for entry, rows in _by_entry(records).items():
        path = folder / _csv_name(entry)
        write_atomically(path, csv_text(entry, rows).encode("utf-8"))
        written.append(path)
    return written
