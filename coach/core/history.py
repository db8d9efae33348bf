"""The private log: reminders and answers, routine sessions, cramps, water.

SQLite in WAL mode, append-only rows, each time stored twice: in UTC (for
ordering and ranges) and as local time with its offset (what the person saw).
The schema version lives in `PRAGMA user_version`; MIGRATIONS[k] takes a
database from version k to k+1. A file that cannot be opened, fails the
integrity check, or comes from a newer release is renamed aside, never
deleted, and a fresh one is started.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from coach.core.files import make_private, move_aside


class Outcome(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    EXPIRED = "expired"
    MISSED = "missed"


MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        due_utc TEXT NOT NULL,
        due_local TEXT NOT NULL,
        shown_utc TEXT,
        shown_local TEXT,
        outcome TEXT NOT NULL
            CHECK (outcome IN ('done', 'snoozed', 'skipped', 'expired', 'missed')),
        answered_utc TEXT NOT NULL,
        answered_local TEXT NOT NULL
    );
    CREATE INDEX reminders_due ON reminders (due_utc);
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine TEXT NOT NULL,
        started_utc TEXT NOT NULL,
        started_local TEXT NOT NULL,
        ended_utc TEXT NOT NULL,
        ended_local TEXT NOT NULL,
        finished INTEGER NOT NULL CHECK (finished IN (0, 1)),
        steps_done INTEGER NOT NULL,
        step_count INTEGER NOT NULL,
        seconds REAL NOT NULL
    );
    CREATE INDEX sessions_started ON sessions (started_utc);
    CREATE TABLE cramps (
        id INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        at_local TEXT NOT NULL,
        leg TEXT NOT NULL CHECK (leg IN ('left', 'right', 'both')),
        place TEXT NOT NULL DEFAULT 'calf',
        severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 10),
        minutes REAL,
        helped TEXT NOT NULL DEFAULT '[]',
        signs TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX cramps_at ON cramps (at_utc);
    CREATE TABLE water (
        id INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        at_local TEXT NOT NULL,
        ml INTEGER NOT NULL CHECK (ml > 0)
    );
    CREATE INDEX water_at ON water (at_utc);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryUnusableError(Exception):
    """The database file exists but cannot serve as this release's history."""


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"history needs aware datetimes, got naive {moment.isoformat()}")
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _local(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _stamp(moment: dt.datetime) -> tuple[str, str]:
    return _utc(moment), _local(moment)


def _when(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


@dataclass(frozen=True)
class ReminderRecord:
    kind: str
    due: dt.datetime
    shown: dt.datetime | None
    outcome: Outcome
    answered: dt.datetime


@dataclass(frozen=True)
class SessionRecord:
    routine: str
    started: dt.datetime
    ended: dt.datetime
    finished: bool
    steps_done: int
    step_count: int
    seconds: float


@dataclass(frozen=True)
class CrampRecord:
    at: dt.datetime
    leg: str
    severity: int
    place: str = "calf"
    minutes: float | None = None
    helped: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class WaterRecord:
    at: dt.datetime
    ml: int


@dataclass(frozen=True)
class OpenedHistory:
    history: History
    notice: str | None = None
    moved_to: Path | None = None


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # Judge the file before writing anything, so a rejected one is kept as it was.
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise HistoryUnusableError(f"integrity check failed: {verdict}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryUnusableError(
                f"it was written by a newer Calf Coach (schema {version}; this one knows up to "
                f"{SCHEMA_VERSION})"
            )
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn, version)
    except BaseException:
        conn.close()
        raise
    for suffix in ("", "-wal", "-shm"):
        make_private(path.with_name(path.name + suffix))
    return conn


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Apply each step from `from_version` up, each in its own transaction."""
    for version in range(from_version, to_version):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def open_history(path: Path, now: dt.datetime) -> OpenedHistory:
    """Open (creating or migrating) the history; a damaged file is kept aside, never lost."""
    try:
        return OpenedHistory(History(_connect(path)))
    except (sqlite3.DatabaseError, HistoryUnusableError) as exc:
        reason = str(exc)
    aside = move_aside(path, "corrupt", now)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    notice = (
        f"The history file {path} could not be used ({reason}). It was kept as {aside} "
        "and a new, empty history was started."
    )
    return OpenedHistory(History(_connect(path)), notice, aside)


class History:
    """Append-only access to the log; every method takes explicit times."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def close(self) -> None:
        self._conn.close()

    def _insert(self, table: str, row: dict[str, object]) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self._conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))

    def record_reminder(self, record: ReminderRecord) -> None:
        due_utc, due_local = _stamp(record.due)
        answered_utc, answered_local = _stamp(record.answered)
        shown = _stamp(record.shown) if record.shown else (None, None)
        self._insert(
            "reminders",
            {
                "kind": record.kind,
                "due_utc": due_utc,
                "due_local": due_local,
                "shown_utc": shown[0],
                "shown_local": shown[1],
                "outcome": Outcome(record.outcome).value,
                "answered_utc": answered_utc,
                "answered_local": answered_local,
            },
        )

    def record_session(self, record: SessionRecord) -> None:
        started_utc, started_local = _stamp(record.started)
        ended_utc, ended_local = _stamp(record.ended)
        self._insert(
            "sessions",
            {
                "routine": record.routine,
                "started_utc": started_utc,
                "started_local": started_local,
                "ended_utc": ended_utc,
                "ended_local": ended_local,
                "finished": int(record.finished),
                "steps_done": record.steps_done,
                "step_count": record.step_count,
                "seconds": record.seconds,
            },
        )

    def record_cramp(self, record: CrampRecord) -> None:
        at_utc, at_local = _stamp(record.at)
        self._insert(
            "cramps",
            {
                "at_utc": at_utc,
                "at_local": at_local,
                "leg": record.leg,
                "place": record.place,
                "severity": record.severity,
                "minutes": record.minutes,
                "helped": json.dumps(list(record.helped)),
                "signs": json.dumps(list(record.signs)),
                "note": record.note,
            },
        )

    def record_water(self, record: WaterRecord) -> None:
        at_utc, at_local = _stamp(record.at)
        self._insert("water", {"at_utc": at_utc, "at_local": at_local, "ml": record.ml})

    def _select(self, sql: str, since: dt.datetime, until: dt.datetime) -> list[Any]:
        """Rows of `sql`, whose two parameters bound a UTC range [since, until)."""
        return self._conn.execute(sql, (_utc(since), _utc(until))).fetchall()

    def reminders(self, since: dt.datetime, until: dt.datetime) -> list[ReminderRecord]:
        """Reminders due in [since, until), oldest first."""
        rows = self._select(
            "SELECT kind, due_local, shown_local, outcome, answered_local FROM reminders "
            "WHERE due_utc >= ? AND due_utc < ? ORDER BY due_utc, id",
            since,
            until,
        )
        return [
            ReminderRecord(
                kind,
                dt.datetime.fromisoformat(due),
                _when(shown),
                Outcome(outcome),
                dt.datetime.fromisoformat(answered),
            )
            for kind, due, shown, outcome, answered in rows
        ]

    def sessions(self, since: dt.datetime, until: dt.datetime) -> list[SessionRecord]:
        rows = self._select(
            "SELECT routine, started_local, ended_local, finished, steps_done, step_count, seconds "
            "FROM sessions WHERE started_utc >= ? AND started_utc < ? ORDER BY started_utc, id",
            since,
            until,
        )
        return [
            SessionRecord(
                routine,
                dt.datetime.fromisoformat(started),
                dt.datetime.fromisoformat(ended),
                bool(finished),
                steps_done,
                step_count,
                seconds,
            )
            for routine, started, ended, finished, steps_done, step_count, seconds in rows
        ]

    def cramps(self, since: dt.datetime, until: dt.datetime) -> list[CrampRecord]:
        rows = self._select(
            "SELECT at_local, leg, severity, place, minutes, helped, signs, note FROM cramps "
            "WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            since,
            until,
        )
        return [
            CrampRecord(
                dt.datetime.fromisoformat(at),
                leg,
                severity,
                place,
                minutes,
                tuple(json.loads(helped)),
                tuple(json.loads(signs)),
                note,
            )
            for at, leg, severity, place, minutes, helped, signs, note in rows
        ]

    def water(self, since: dt.datetime, until: dt.datetime) -> list[WaterRecord]:
        rows = self._select(
            "SELECT at_local, ml FROM water WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            since,
            until,
        )
        return [WaterRecord(dt.datetime.fromisoformat(at), ml) for at, ml in rows]
