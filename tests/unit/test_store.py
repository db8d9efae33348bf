"""History: append-only, private, migrated step by step, never lost."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coach.core.history.records import (
    CrampRecord,
    Entry,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Change,
    HistoryError,
    migrate,
    open_history,
)
from tests.helpers import BERLIN, at

NOW = at("2026-05-04 21:15")
DAY = (at("2026-05-04 00:00"), at("2026-05-05 00:00"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


def test_every_kind_of_record_reads_back_with_its_local_time(db: Path) -> None:
    history = open_history(db, NOW).history
    reminder = ReminderRecord(
        "fluids",
        at("2026-05-04 08:00"),
        at("2026-05-04 08:00"),
        Outcome.SNOOZED,
        at("2026-05-04 08:02"),
    )
    missed = ReminderRecord("stretch", at("2026-05-04 22:00"), None, Outcome.MISSED, NOW)
    session = SessionRecord(
        "bedtime", at("2026-05-04 22:01"), at("2026-05-04 22:06"), True, 9, 9, 301.5
    )
    cramp = CrampRecord(
        at("2026-05-04 03:10"),
        "left",
        7,
        "calf",
        2.5,
        ("toe-pull", "massage"),
        ("swelling",),
        "woke me",
    )
    water = WaterRecord(at("2026-05-04 09:31"), 250)
    history.record_reminder(reminder)
    history.record_reminder(missed)
    history.record_session(session)
    history.record_cramp(cramp)
    history.record_water(water)
    assert history.reminders(*DAY) == [reminder, missed]
    assert history.sessions(*DAY) == [session]
    assert history.cramps(*DAY) == [cramp]
    assert history.water(*DAY) == [water]
    assert history.water(at("2026-05-05 00:00"), at("2026-05-06 00:00")) == []
    history.close()


def test_times_are_stored_in_utc_and_in_local_time(db: Path) -> None:
    history = open_history(db, NOW).history
    history.record_water(WaterRecord(at("2026-07-01 09:30"), 300))
    history.close()
    row = sqlite3.connect(db).execute("SELECT at_utc, at_local FROM water").fetchone()
    assert row == ("2026-07-01T07:30:00+00:00", "2026-07-01T09:30:00+02:00")


def test_naive_times_are_refused(db: Path) -> None:
    history = open_history(db, NOW).history
    with pytest.raises(ValueError, match="aware"):
        history.record_water(WaterRecord(dt.datetime(2026, 7, 1, 9, 30), 300))


def test_rows_are_checked_by_the_database(db: Path) -> None:
    history = open_history(db, NOW).history
    with pytest.raises(sqlite3.IntegrityError):
        history.record_cramp(CrampRecord(NOW, "left", 11))
    with pytest.raises(sqlite3.IntegrityError):
        history.record_cramp(CrampRecord(NOW, "middle", 3))
    assert history.cramps(*DAY) == []


def test_the_database_is_private_and_in_wal_mode(db: Path) -> None:
    history = open_history(db, NOW).history
    history.record_water(WaterRecord(NOW, 200))
    for suffix in ("", "-wal"):
        assert stat.S_IMODE(db.with_name(db.name + suffix).stat().st_mode) == 0o600
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    history.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version_keeping_rows(db: Path, version: int) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, 0, version)
    assert conn.execute("PRAGMA user_version").fetchone() == (version,)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "water" in tables:
        conn.execute(
            "INSERT INTO water (at_utc, at_local, ml) VALUES "
            "('2026-05-04T07:00:00+00:00', '2026-05-04T09:00:00+02:00', 250)"
        )
    conn.close()
    opened = open_history(db, NOW)
    assert opened.notice is None
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    if "water" in tables:
        assert opened.history.water(*DAY) == [WaterRecord(at("2026-05-04 09:00"), 250)]
    opened.history.record_water(WaterRecord(NOW, 100))
    assert opened.history.water(*DAY)[-1].ml == 100


def test_a_reminder_row_from_before_asking_was_kept_reads_as_planned(db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, 0, 3)
    conn.execute(
        "INSERT INTO reminders (kind, due_utc, due_local, outcome, answered_utc, "
        "answered_local) VALUES ('fluids', '2026-05-04T06:00:00+00:00', "
        "'2026-05-04T08:00:00+02:00', 'done', '2026-05-04T06:01:00+00:00', "
        "'2026-05-04T08:01:00+02:00')"
    )
    conn.close()
    history = open_history(db, NOW).history
    asked = ReminderRecord("stretch", at("2026-05-04 12:00"), NOW, Outcome.SKIPPED, NOW, asked=True)
    history.record_reminder(asked)
    old, new = history.reminders(*DAY)
    assert (old.kind, old.asked) == ("fluids", False)
    assert new == asked and new.asked
    history.close()
    with pytest.raises(sqlite3.IntegrityError), contextlib.closing(sqlite3.connect(db)) as check:
        check.execute("UPDATE reminders SET asked = 2")


def test_each_migration_is_a_separate_step() -> None:
    assert len(MIGRATIONS) == SCHEMA_VERSION >= 1
    assert all("CREATE" in step or "ALTER" in step for step in MIGRATIONS)


def _assert_kept_aside(db: Path, original: bytes, notice: str | None, moved: Path | None) -> None:
    assert moved == db.with_name("history.sqlite3.corrupt-20260504-211500")
    assert moved.read_bytes() == original
    assert notice is not None and str(moved) in notice and str(db) in notice


def test_a_file_that_is_not_a_database_is_kept_aside(db: Path) -> None:
    garbage = b"this is not sqlite\x00\xff" * 300
    db.write_bytes(garbage)
    opened = open_history(db, NOW)
    _assert_kept_aside(db, garbage, opened.notice, opened.moved_to)
    assert opened.notice is not None and "not a database" in opened.notice
    opened.history.record_water(WaterRecord(NOW, 250))
    assert opened.history.water(*DAY) == [WaterRecord(NOW, 250)]


def test_a_damaged_database_is_kept_aside(db: Path) -> None:
    history = open_history(db, NOW).history
    for minute in range(2000):
        history.record_water(WaterRecord(NOW - dt.timedelta(minutes=minute), 100 + minute))
    history.close()
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 600] = b"\xa5" * 600  # scribble over a b-tree page
    db.write_bytes(bytes(data))
    opened = open_history(db, NOW)
    _assert_kept_aside(db, bytes(data), opened.notice, opened.moved_to)
    assert opened.history.water(*DAY) == []


def test_a_database_from_a_newer_release_is_kept_aside_not_downgraded(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    original = db.read_bytes()
    opened = open_history(db, NOW)
    _assert_kept_aside(db, original, opened.notice, opened.moved_to)
    assert opened.notice is not None and "newer Calf Coach" in opened.notice


def test_history_survives_reopening(db: Path) -> None:
    first = open_history(db, NOW).history
    first.record_water(WaterRecord(at("2026-05-04 10:00", BERLIN), 250))
    first.close()
    again = open_history(db, NOW)
    assert again.notice is None
    assert again.history.water(*DAY) == [WaterRecord(at("2026-05-04 10:00"), 250)]


def test_edits_and_deletes_are_journalled_and_undone_in_reverse_order(db: Path) -> None:
    history = open_history(db, NOW).history
    first = history.record_cramp(CrampRecord(at("2026-05-04 03:10"), "left", 7))
    glass = history.record_water(WaterRecord(at("2026-05-04 09:00"), 250))
    history.edit_cramp(first, CrampRecord(at("2026-05-04 03:40"), "both", 5, note="fixed"), NOW)
    history.delete(Entry.WATER, glass, NOW)
    assert history.water(*DAY) == []
    [edited] = history.cramps(*DAY)
    assert (edited.at, edited.leg, edited.severity, edited.note, edited.id) == (
        at("2026-05-04 03:40"),
        "both",
        5,
        "fixed",
        first,
    )
    assert history.undo(NOW) == Change(Entry.WATER, glass, "delete")
    assert history.water(*DAY) == [WaterRecord(at("2026-05-04 09:00"), 250)]
    assert history.undo(NOW) == Change(Entry.CRAMP, first, "edit")
    assert history.cramps(*DAY) == [CrampRecord(at("2026-05-04 03:10"), "left", 7)]
    assert history.undo(NOW) is None
    history.close()


def test_a_deleted_row_stays_in_the_file_and_cannot_be_deleted_twice(db: Path) -> None:
    history = open_history(db, NOW).history
    row = history.record_cramp(CrampRecord(at("2026-05-04 03:10"), "left", 7))
    history.delete(Entry.CRAMP, row, NOW)
    with pytest.raises(KeyError, match="no cramp entry"):
        history.delete(Entry.CRAMP, row, NOW)
    history.close()
    kept = sqlite3.connect(db).execute("SELECT severity, deleted_utc FROM cramps").fetchall()
    assert kept == [(7, "2026-05-04T19:15:00+00:00")]


def test_records_carry_their_row_ids_and_the_first_entry_is_known(db: Path) -> None:
    history = open_history(db, NOW).history
    assert history.first_entry() is None
    ids = [history.record_water(WaterRecord(at(f"2026-05-04 0{h}:00"), 100)) for h in (8, 9)]
    assert [w.id for w in history.water(*DAY)] == ids
    assert history.first_entry() == at("2026-05-04 08:00")
    history.close()


@pytest.fixture
def locked(db: Path) -> Iterator[Callable[[str], Path]]:
    """Make the history file ("file", 0400) or its folder ("folder", 0500) read-only, as a
    person may; put back for the clean-up."""
    chosen: list[Path] = []

    def lock(what: str) -> Path:
        path = db if what == "file" else db.parent
        path.chmod(0o400 if what == "file" else 0o500)
        chosen.append(path)
        return path

    yield lock
    for path in chosen:
        path.chmod(0o600 if path == db else 0o700)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_history_made_read_only_is_read_and_refuses_entries_untouched(
    db: Path, locked: Callable[[str], Path], what: str
) -> None:
    first = open_history(db, NOW).history
    first.record_water(WaterRecord(NOW, 250))
    first.close()
    before = db.read_bytes()
    path = locked(what)
    opened = open_history(db, NOW)
    history = opened.history
    assert opened.notice is None and history.read_only is not None
    assert "was made read-only" in history.read_only.line()
    assert history.water(*DAY) == [WaterRecord(NOW, 250)]
    with pytest.raises(HistoryError, match=r"new entries cannot be saved .* was made read-only"):
        history.record_water(WaterRecord(NOW, 100))
    with pytest.raises(HistoryError):
        history.delete(Entry.WATER, 1, NOW)
    history.close()
    assert db.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == (0o400 if what == "file" else 0o500)
    assert sorted(p.name for p in db.parent.iterdir()) == ["history.sqlite3"], "nothing beside"


def test_entries_still_in_the_write_ahead_log_are_read_too(
    db: Path, locked: Callable[[str], Path]
) -> None:
    writer = open_history(db, NOW).history  # open: its entries wait in the -wal file
    writer.record_water(WaterRecord(NOW, 250))
    assert db.with_name(db.name + "-wal").stat().st_size > 0
    locked("file")
    reader = open_history(db, NOW).history
    assert reader.read_only is not None
    assert reader.water(*DAY) == [WaterRecord(NOW, 250)]
    reader.close()
    writer.close()


def test_a_read_only_history_takes_entries_again_once_it_may(db: Path) -> None:
    open_history(db, NOW).history.close()
    db.chmod(0o400)
    history = open_history(db, NOW).history
    assert history.read_only is not None
    db.chmod(0o600)  # the person lets it be written again
    history.record_water(WaterRecord(NOW, 250))
    assert history.read_only is None
    history.close()
    assert open_history(db, NOW).history.water(*DAY) == [WaterRecord(NOW, 250)]


def test_an_older_history_read_only_is_read_as_this_release_reads_and_left_old(
    db: Path, locked: Callable[[str], Path]
) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, 0, 1)
    conn.execute(
        "INSERT INTO water (at_utc, at_local, ml) VALUES "
        "('2026-05-04T07:00:00+00:00', '2026-05-04T09:00:00+02:00', 250)"
    )
    conn.close()
    locked("file")
    history = open_history(db, NOW).history
    assert history.water(*DAY) == [WaterRecord(at("2026-05-04 09:00"), 250)]
    history.close()
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone() == (1,)


def test_a_read_only_history_from_a_newer_release_is_refused_and_kept(
    db: Path, locked: Callable[[str], Path]
) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    original = db.read_bytes()
    locked("file")
    with pytest.raises(HistoryError, match=r"cannot be used now: .*newer Calf Coach"):
        open_history(db, NOW)
    assert db.read_bytes() == original and not list(db.parent.glob("*.corrupt-*"))
