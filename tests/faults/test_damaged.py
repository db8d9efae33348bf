"""A damaged history is kept aside byte for byte where the README says, with a clear message
and a fresh start; files the app writes or moves aside are 0600, its folders 0700."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.core.history.records import CrampRecord, WaterRecord
from coach.core.history.store import open_history
from coach.core.system.paths import Paths
from tests.faults.helpers import calf_coach, history_json, integrity, start_each
from tests.helpers import at

NOW = at("2026-06-10 08:00")


def a_history(home: Path) -> Path:
    """A history with forty glasses and a cramp, everything in the main file (as after a
    clean quit), so that damage to the file is damage to all of it."""
    paths = Paths.resolve(home)
    paths.ensure()
    history = open_history(paths.history_file, NOW).history
    for ml in range(100, 140):
        history.record_water(WaterRecord(NOW, ml))
    history.record_cramp(CrampRecord(NOW, "left", 4))
    history.close()
    with sqlite3.connect(paths.history_file) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return paths.history_file


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def garbage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(0, len(data), 97):
        data[offset] = (data[offset] + 131) % 256
    path.write_bytes(bytes(data))


def into_a_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "something.txt").write_text("a folder where the history should be")


@pytest.mark.parametrize("damage", [truncate, garbage, into_a_folder])
def test_a_damaged_history_is_kept_aside_and_a_new_one_started(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    home = tmp_path / "home"
    database = a_history(home)
    for companion in ("-wal", "-shm"):
        database.with_name(database.name + companion).unlink(missing_ok=True)
    damage(database)
    before = (
        {p.name: p.read_bytes() for p in database.iterdir()}
        if database.is_dir()
        else database.read_bytes()
    )
    logged = calf_coach(home, "log", "water", "--ml", "250")
    assert logged.returncode == 0, logged.stderr
    (aside,) = home.glob("history.sqlite3.corrupt-*")
    assert f"It was kept as {aside}" in logged.stderr
    assert "a new, empty history was started" in logged.stderr
    if aside.is_dir():
        assert {p.name: p.read_bytes() for p in aside.iterdir()} == before
        assert stat.S_IMODE(aside.stat().st_mode) == 0o700
    else:
        assert aside.read_bytes() == before
        assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert [w["ml"] for w in history_json(home)["water"]] == [250]
    assert integrity(database) == "ok"


def test_files_and_folders_are_private_even_a_settings_file_kept_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    a_history(home)
    settings = home / "settings.toml"
    settings.write_text("this is = not [toml\n")
    settings.chmod(0o644)
    assert calf_coach(home, "export", "--csv", str(home / "csv")).returncode == 0
    assert calf_coach(home, "export", "--pdf", str(home / "report.pdf")).returncode == 0
    shown = calf_coach(home, "status")  # only reads: the broken file stays where it is
    assert shown.returncode == 0 and settings.read_text() == "this is = not [toml\n"
    broken = tmp_path / "broken.toml"
    broken.write_text("this is = not [toml\n")
    started = start_each(home, broken)  # the app loads it as the settings file: kept aside
    assert started.returncode == 0, started.stderr
    (aside,) = home.glob("settings.toml.corrupt-*")
    assert aside.read_text() == "this is = not [toml\n"
    wrong = []
    for path in [home, *home.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            wrong.append(f"{path.relative_to(tmp_path)}: {mode:o}")
    assert wrong == []
    assert len(list(home.rglob("*"))) >= 8
    shutil.rmtree(home)
