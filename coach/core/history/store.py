"""The private log: reminders and answers, routine sessions, cramps, water.

SQLite in WAL mode, append-only rows, each time stored twice: in UTC (for
ordering and ranges) and as local time with its offset (what the person saw).
The schema version lives in `PRAGMA user_version`; MIGRATIONS[k] takes a
database from version k to k+1. A file that cannot be opened, fails the
integrity check, or comes from a newer release is renamed aside, never
deleted, and a fresh one is started.

A history that cannot be written now (a full or read-only disk, a file or folder the
person made read-only) is still read: copied into memory without writing a byte, and
every new entry is refused with the reason until the disk can take it again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from coach.core.files import make_private, move_aside
from coach.core.history.records import (
    CrampRecord,
    Entry,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.i18n import translate
from coach.core.read_only import cannot_write

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
    # 2: entries can be corrected. A deleted row is only marked, and every edit or
    # delete is journalled with the row as it was, so each can be undone.
    """
    ALTER TABLE reminders ADD COLUMN deleted_utc TEXT;
    ALTER TABLE sessions ADD COLUMN deleted_utc TEXT;
    ALTER TABLE cramps ADD COLUMN deleted_utc TEXT;
    ALTER TABLE water ADD COLUMN deleted_utc TEXT;
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        entry TEXT NOT NULL CHECK (entry IN ('reminders', 'sessions', 'cramps', 'water')),
        row_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('edit', 'delete')),
        before TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        undone_utc TEXT
    );
    """,
    # 3: a reminder held while the person was away, busy or in full screen says how long
    # and why, so that it is not read as late or ignored.
    """
    ALTER TABLE reminders ADD COLUMN held_seconds INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE reminders ADD COLUMN held_reason TEXT NOT NULL DEFAULT '';
    """,
    # 4: a reminder the person asked for is told from a planned one (rows from before
    # were all planned but for a few asked for, which no one can tell apart now).
    """
    ALTER TABLE reminders ADD COLUMN asked INTEGER NOT NULL DEFAULT 0 CHECK (asked IN (0, 1));
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryUnusableError(Exception):
    """The database file exists but cannot serve as this release's history."""


class HistoryError(Exception):
    """The history cannot be read or written now (a full disk, a read-only folder, a lock
    held too long): nothing was written, and the file is left as it is."""


CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
"""SQLite's names for a file that is damaged or not a database: kept aside, not retried."""
BUSY_SECONDS = 15.0
"""How long to wait for another process (the app, another command) to finish writing."""

P = ParamSpec("P")
R = TypeVar("R")


def _writes(method: Callable[Concatenate[History, P], R]) -> Callable[Concatenate[History, P], R]:
    """A write that fails says so as a HistoryError in plain words; nothing half-written."""

    def write(self: History, /, *args: P.args, **kwargs: P.kwargs) -> R:
        self.writable()
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as exc:  # the disk or a lock, not a broken rule
            text = translate("history", "the history could not be written: {reason}")
            raise HistoryError(text.format(reason=exc)) from exc

    write.__name__, write.__doc__ = method.__name__, method.__doc__
    return write


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
class OpenedHistory:
    history: History
    notice: str | None = None
    """The file was kept aside and a new one started: what to tell."""
    moved_to: Path | None = None


def _judge(conn: sqlite3.Connection) -> int:
    """The schema version of a database found sound and not too new, checked before
    anything is written, so that a rejected file is kept as it was."""
    verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        text = translate("history", "integrity check failed: {verdict}")
        raise HistoryUnusableError(text.format(verdict=verdict))
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        text = translate(
            "history",
            "it was written by a newer Calf Coach (schema {version}; this one knows up to {known})",
        )
        raise HistoryUnusableError(text.format(version=version, known=SCHEMA_VERSION))
    return version


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_SECONDS)
    try:
        version = _judge(conn)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn, version)
        # The integrity check read every page into SQLite's cache (up to 2 MB of a long
        # history): let them go, the app then reads a day or a week at a time.
        conn.execute("PRAGMA shrink_memory")
    except BaseException:
        conn.close()
        raise
    for suffix in ("", "-wal", "-shm"):
        make_private(path.with_name(path.name + suffix))
    return conn


def _read_only(path: Path, reason: str) -> History:
    """The history as the file holds it (empty if there is none), copied into memory and
    brought to this release's schema there; nothing is written, nor made beside the file.

    SQLite reads a WAL database through an index it keeps in a file beside it, which a
    full or read-only disk cannot hold, nor should a folder the person locked. Entries
    still waiting in the write-ahead log are read that way (its files exist already);
    when it holds none, the main file holds everything and is read as it stands (a writer
    meanwhile would put its entries in the log, not in that file)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if path.exists():
            wal = path.with_name(path.name + "-wal")
            waiting = wal.exists() and wal.stat().st_size > 0
            options = "mode=ro" if waiting else "mode=ro&immutable=1"
            uri = f"{path.absolute().as_uri()}?{options}"
            source = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS)
            try:
                source.backup(memory)
            finally:
                source.close()
        migrate(memory, _judge(memory))
    except BaseException:
        memory.close()
        raise
    return History(memory, ReadOnly(path, reason))


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Apply each step from `from_version` up, each in its own transaction.

    The version is read again once the write lock is held: another process (the app and
    a command started together on a first run) may have made the step meanwhile."""
    for version in range(from_version, to_version):
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("PRAGMA user_version").fetchone()[0] > version:
            conn.execute("COMMIT")
            continue
        try:
            for statement in MIGRATIONS[version].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _unusable(path: Path, exc: Exception) -> HistoryError:
    text = translate("history", "the history {path} cannot be used now: {reason}")
    return HistoryError(text.format(path=path, reason=exc))


def _only_read(path: Path, reason: str) -> History:
    """The history read only, for `reason`; HistoryError if even that fails."""
    try:
        return _read_only(path, reason)
    except (HistoryUnusableError, sqlite3.DatabaseError, OSError) as exc:
        raise _unusable(path, exc) from exc


def read_history(path: Path) -> tuple[History, str | None]:
    """The history for a command that only reads, as the file holds it (empty when there
    is none), with nothing written, created or moved, and what to tell: why new entries
    could not be saved now, if that is so. A damaged file is left where it is (the app
    keeps it aside when it opens it) and HistoryError says why. It takes no entries."""
    if path.is_dir():
        folder = translate("history", "it is a folder, not a file")
        raise _unusable(path, HistoryUnusableError(folder))
    unwritable = cannot_write(path) if path.exists() else None
    reading = translate("history", "it was opened for reading only")
    history = _only_read(path, unwritable or reading)
    return history, history.read_only.line() if unwritable and history.read_only else None


def open_history(path: Path, now: dt.datetime) -> OpenedHistory:
    """Open (creating or migrating) the history; a damaged file is kept aside, never lost.

    Only a file that is damaged, not a database, or in the place of one a folder, is
    moved aside. One that cannot be written now (a full or read-only disk, a file or
    folder made read-only) is read only, and its `read_only` says why; one that cannot be
    used at all just now (a lock held too long) is left as it is and HistoryError says why.
    """
    if path.is_dir():
        reason = translate("history", "it is a folder, not a file")
    else:
        unwritable = cannot_write(path)
        if unwritable is not None:
            return OpenedHistory(_only_read(path, unwritable))
        try:
            return OpenedHistory(History(_connect(path)))
        except HistoryUnusableError as exc:
            reason = str(exc)
        except sqlite3.DatabaseError as exc:
            name = getattr(exc, "sqlite_errorname", "")
            if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
                raise _unusable(path, exc) from exc
            if name not in CORRUPT:  # the disk would not take a write: read it as it is
                return OpenedHistory(_only_read(path, str(exc)))
            reason = str(exc)
    aside = move_aside(path, "corrupt", now)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    notice = translate(
        "history",
        "The history file {path} could not be used ({reason}). It was kept as {aside} "
        "and a new, empty history was started.",
    ).format(path=path, reason=reason, aside=aside)
    try:
        history = History(_connect(path))
    except sqlite3.DatabaseError as exc:  # the new one cannot be made now: an empty one
        history = _only_read(path, str(exc))
    return OpenedHistory(history, notice, aside)


@dataclass
class ReadOnly:
    """Why a history cannot take new entries now, and where its file is, to be opened for
    writing once the disk will take them (room was made, it is writable again)."""

    path: Path
    reason: str

    def line(self) -> str:
        text = translate(
            "history", "new entries cannot be saved in the history {path} now: {reason}"
        )
        return text.format(path=self.path, reason=self.reason)

    def reopened(self) -> sqlite3.Connection:
        """A connection that writes the file now; HistoryError (with the reason of now)
        while it cannot."""
        reason = cannot_write(self.path)
        if reason is None:
            try:
                return _connect(self.path)
            except (HistoryUnusableError, sqlite3.DatabaseError) as exc:
                reason = str(exc)
        self.reason = reason
        raise HistoryError(self.line())


@dataclass(frozen=True)
class Change:
    """One correction made to the log, as undo needs it."""

    entry: Entry
    row_id: int
    action: str
    """"edit" or "delete"."""


def _reminder_row(record: ReminderRecord) -> dict[str, object]:
    due_utc, due_local = _stamp(record.due)
    answered_utc, answered_local = _stamp(record.answered)
    shown = _stamp(record.shown) if record.shown else (None, None)
    return {
        "kind": record.kind,
        "due_utc": due_utc,
        "due_local": due_local,
        "shown_utc": shown[0],
        "shown_local": shown[1],
        "outcome": Outcome(record.outcome).value,
        "answered_utc": answered_utc,
        "answered_local": answered_local,
        "held_seconds": int(record.held_seconds),
        "held_reason": record.held_reason,
        "asked": int(record.asked),
    }


def _session_row(record: SessionRecord) -> dict[str, object]:
    started_utc, started_local = _stamp(record.started)
    ended_utc, ended_local = _stamp(record.ended)
    return {
        "routine": record.routine,
        "started_utc": started_utc,
        "started_local": started_local,
        "ended_utc": ended_utc,
        "ended_local": ended_local,
        "finished": int(record.finished),
        "steps_done": record.steps_done,
        "step_count": record.step_count,
        "seconds": record.seconds,
    }


def _cramp_row(record: CrampRecord) -> dict[str, object]:
    at_utc, at_local = _stamp(record.at)
    return {
        "at_utc": at_utc,
        "at_local": at_local,
        "leg": record.leg,
        "place": record.place,
        "severity": record.severity,
        "minutes": record.minutes,
        "helped": json.dumps(list(record.helped)),
        "signs": json.dumps(list(record.signs)),
        "note": record.note,
    }


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, object]) -> int:
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _water_row(record: WaterRecord) -> dict[str, object]:
    at_utc, at_local = _stamp(record.at)
    return {"at_utc": at_utc, "at_local": at_local, "ml": record.ml}


class History:
    """Access to the log; every method takes explicit times.

    Rows are appended; corrections (edit, delete) keep the row as it was in the
    `changes` journal, and deletion only marks a row, so every correction can be
    undone and nothing the person logged is ever lost by a slip.
    """

    def __init__(self, conn: sqlite3.Connection, read_only: ReadOnly | None = None) -> None:
        self._conn = conn
        self.read_only = read_only
        """Set while new entries cannot be saved (a full or read-only disk...)."""

    def close(self) -> None:
        self._conn.close()

    def writable(self) -> None:
        """Before a write: read only till now, opened for writing if the disk will take it."""
        if self.read_only is not None:
            conn = self.read_only.reopened()
            self._conn.close()
            self._conn, self.read_only = conn, None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group many records into one commit (an import, generated test data)."""
        self.writable()
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @_writes
    def record_reminder(self, record: ReminderRecord) -> int:
        return _insert(self._conn, "reminders", _reminder_row(record))

    @_writes
    def record_session(self, record: SessionRecord) -> int:
        return _insert(self._conn, "sessions", _session_row(record))

    @_writes
    def record_cramp(self, record: CrampRecord) -> int:
        return _insert(self._conn, "cramps", _cramp_row(record))

    @_writes
    def record_water(self, record: WaterRecord) -> int:
        return _insert(self._conn, "water", _water_row(record))

    # --- corrections ------------------------------------------------------------------------

    def _row(self, entry: Entry, row_id: int) -> dict[str, Any]:
        cursor = self._conn.execute(
            f"SELECT * FROM {entry.value} WHERE id = ? AND deleted_utc IS NULL", (row_id,)
        )
        row = cursor.fetchone()
        if row is None:
            raise KeyError(f"no {entry.name.lower()} entry {row_id}")
        names = [d[0] for d in cursor.description]
        return dict(zip(names, row, strict=True))

    def _journal(
        self, entry: Entry, row_id: int, action: str, before: dict[str, Any], now: dt.datetime
    ) -> None:
        _insert(
            self._conn,
            "changes",
            {
                "entry": entry.value,
                "row_id": row_id,
                "action": action,
                "before": json.dumps(before),
                "at_utc": _utc(now),
            },
        )

    def _update(self, entry: Entry, row_id: int, row: dict[str, object]) -> None:
        assignments = ", ".join(f"{column} = ?" for column in row)
        self._conn.execute(
            f"UPDATE {entry.value} SET {assignments} WHERE id = ?", (*row.values(), row_id)
        )

    @_writes
    def _edit(self, entry: Entry, row_id: int, row: dict[str, object], now: dt.datetime) -> None:
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            before = self._row(entry, row_id)
            self._journal(entry, row_id, "edit", {k: before[k] for k in row}, now)
            self._update(entry, row_id, row)

    def edit_cramp(self, row_id: int, record: CrampRecord, now: dt.datetime) -> None:
        self._edit(Entry.CRAMP, row_id, _cramp_row(record), now)

    def edit_water(self, row_id: int, record: WaterRecord, now: dt.datetime) -> None:
        self._edit(Entry.WATER, row_id, _water_row(record), now)

    @_writes
    def delete(self, entry: Entry, row_id: int, now: dt.datetime) -> None:
        """Mark a row deleted; it stays in the file until undo brings it back."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            self._row(entry, row_id)
            self._journal(entry, row_id, "delete", {}, now)
            self._update(entry, row_id, {"deleted_utc": _utc(now)})

    @_writes
    def undo(self, now: dt.datetime) -> Change | None:
        """Undo the latest correction not yet undone; None when there is none."""
        with self._conn:
            self._conn.execute("BEGIN IMMEDIATE")
            row = self._conn.execute(
                "SELECT id, entry, row_id, action, before FROM changes "
                "WHERE undone_utc IS NULL ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            change_id, entry, row_id, action, before = row
            restore = {"deleted_utc": None} if action == "delete" else json.loads(before)
            self._update(Entry(entry), row_id, restore)
            self._conn.execute(
                "UPDATE changes SET undone_utc = ? WHERE id = ?", (_utc(now), change_id)
            )
        return Change(Entry(entry), row_id, action)

    # --- reading ----------------------------------------------------------------------------

    def _select(self, sql: str, since: dt.datetime, until: dt.datetime) -> list[Any]:
        """Rows of `sql`, whose two parameters bound a UTC range [since, until)."""
        return self._conn.execute(sql, (_utc(since), _utc(until))).fetchall()

    def reminders(self, since: dt.datetime, until: dt.datetime) -> list[ReminderRecord]:
        """Reminders due in [since, until), oldest first."""
        rows = self._select(
            "SELECT kind, due_local, shown_local, outcome, answered_local, id, held_seconds, "
            "held_reason, asked FROM reminders "
            "WHERE due_utc >= ? AND due_utc < ? AND deleted_utc IS NULL ORDER BY due_utc, id",
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
                row_id,
                held,
                why,
                bool(asked),
            )
            for kind, due, shown, outcome, answered, row_id, held, why, asked in rows
        ]

    def sessions(self, since: dt.datetime, until: dt.datetime) -> list[SessionRecord]:
        rows = self._select(
            "SELECT routine, started_local, ended_local, finished, steps_done, step_count, "
            "seconds, id FROM sessions WHERE started_utc >= ? AND started_utc < ? "
            "AND deleted_utc IS NULL ORDER BY started_utc, id",
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
                row_id,
            )
            for routine, started, ended, finished, steps_done, step_count, seconds, row_id in rows
        ]

    def cramps(self, since: dt.datetime, until: dt.datetime) -> list[CrampRecord]:
        rows = self._select(
            "SELECT at_local, leg, severity, place, minutes, helped, signs, note, id FROM cramps "
            "WHERE at_utc >= ? AND at_utc < ? AND deleted_utc IS NULL ORDER BY at_utc, id",
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
                row_id,
            )
            for at, leg, severity, place, minutes, helped, signs, note, row_id in rows
        ]

    def water(self, since: dt.datetime, until: dt.datetime) -> list[WaterRecord]:
        rows = self._select(
            "SELECT at_local, ml, id FROM water WHERE at_utc >= ? AND at_utc < ? "
            "AND deleted_utc IS NULL ORDER BY at_utc, id",
            since,
            until,
        )
        return [WaterRecord(dt.datetime.fromisoformat(at), ml, row_id) for at, ml, row_id in rows]

    def first_entry(self) -> dt.datetime | None:
        """When the log begins (its oldest entry of any kind), for "all time" ranges."""
        row = self._conn.execute(
            "SELECT MIN(t) FROM (SELECT MIN(due_utc) AS t FROM reminders "
            "UNION ALL SELECT MIN(started_utc) FROM sessions "
            "UNION ALL SELECT MIN(at_utc) FROM cramps UNION ALL SELECT MIN(at_utc) FROM water)"
        ).fetchone()
        return _when(row[0])
