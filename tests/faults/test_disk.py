"""A full disk and a read-only home: logging water, saving settings and answering a
reminder each say so clearly (a one-line message and a non-zero exit, or a notice in the
app), and what was there stays intact. The history is still read there, by every command
and in the app, with one line that new entries cannot be saved now; a history file or
folder the person made read-only keeps its mode, and is read, not written; the app starts
on a full disk with its welcome; and no output holds a traceback.

The home is a tiny tmpfs of its own, which needs the right to mount (root, as in CI);
elsewhere these tests skip and say so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.history.history_window import HistoryWindow
from coach.app.settings.current import CurrentSettings
from coach.app.settings.settings_window import SettingsWindow
from coach.core.history.records import Entry, WaterRecord
from coach.core.history.store import open_history
from coach.core.insights.export import read_csv
from coach.core.plan.run_state import AppState
from coach.core.settings.schema import DEFAULTS, load_settings
from coach.core.system.paths import Paths
from tests.e2e.desktop import calf_coach_command, wait_for
from tests.faults.helpers import calf_coach, environment, history_json, integrity
from tests.helpers import FakeClock, FakeDesktop, InUse, at
from tests.qt.apps import started_app

NOW = at("2026-06-10 08:00")


def _mount(folder: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(("size=512k", *options)), "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )


class Disk:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.home = folder / "home"
        self.view = folder.parent / "read-only-view"

    def fill(self) -> None:
        """Take every free byte (as a full disk has none)."""
        fd = os.open(self.folder / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)

    def free(self) -> None:
        (self.folder / "filler").unlink()

    def read_only(self, on: bool) -> None:
        """Turn the home read-only (or back): the same files, seen through a read-only mount."""
        if on:
            self.view.mkdir(exist_ok=True)
            for command in (
                ["mount", "--bind", str(self.folder), str(self.view)],
                ["mount", "-o", "remount,bind,ro", str(self.view)],
            ):
                done = subprocess.run(command, capture_output=True, text=True)
                assert done.returncode == 0, done.stderr
            self.home = self.view / "home"
        else:
            subprocess.run(["umount", "-l", str(self.view)], capture_output=True)
            self.home = self.folder / "home"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = _mount(folder)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    used = Disk(folder)
    try:
        yield used
    finally:
        used.read_only(False)
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def set_up(disk: Disk) -> None:
    """A home with a settings file and one glass already logged."""
    assert calf_coach(disk.home, "log", "water", "--ml", "333").returncode == 0
    (disk.home / "settings.toml").write_text('bedtime = "23:00"\n')


def one_line_refusal(done: subprocess.CompletedProcess[str], *words: str) -> None:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode != 0 and len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert any(word in lines[0] for word in words), lines[0]


def intact(disk: Disk) -> None:
    assert [w["ml"] for w in history_json(disk.home)["water"]] == [333]
    assert integrity(disk.home / "history.sqlite3") == "ok"
    assert (disk.home / "settings.toml").read_text() == 'bedtime = "23:00"\n'


def save_settings_in_the_window(qtbot: QtBot, disk: Disk) -> str:
    window = SettingsWindow(
        CurrentSettings(disk.home / "settings.toml", DEFAULTS, NOW.date), None, today=NOW.date()
    )
    qtbot.addWidget(window)
    window.show_settings(dataclasses.replace(DEFAULTS, wake_time=at("2026-06-10 06:15").time()))
    assert not window.apply()
    return window.status.text()


def answer_a_reminder(qtbot: QtBot, paths: Paths, prepare: Callable[[], None]) -> list[str]:
    history = open_history(paths.history_file, NOW).history
    loaded = load_settings(paths.settings_file, NOW).settings
    app = CoachApp(paths, FakeClock(NOW), loaded, history, AppState(), desktop=[FakeDesktop()])
    qtbot.addWidget(app.card)
    app.start([])
    prepare()
    app.remind("fluids")
    app.card.skip.click()
    told = [box.text() for box in app.problem_box.told]
    app.close()
    return told


def test_a_full_disk(qtbot: QtBot, disk: Disk) -> None:
    set_up(disk)
    disk.fill()
    one_line_refusal(calf_coach(disk.home, "log", "water"), "full", "space")
    said = save_settings_in_the_window(qtbot, disk)
    assert "Could not save" in said and "space" in said.lower()
    disk.free()
    told = answer_a_reminder(qtbot, Paths.resolve(disk.home), disk.fill)
    assert len(told) == 1 and "could not be written" in told[0] and "full" in told[0]
    disk.free()
    intact(disk)


def test_a_read_only_home(qtbot: QtBot, disk: Disk) -> None:
    """The kernel keeps a home with files open for writing from turning read-only, so the
    running app meets it only at start: there it says so in one line, as the commands do."""
    set_up(disk)
    disk.read_only(True)
    one_line_refusal(calf_coach(disk.home, "log", "water"), "Read-only")
    said = save_settings_in_the_window(qtbot, disk)
    assert "Could not save" in said and "read-only" in said.lower()
    one_line_refusal(calf_coach(disk.home), "Read-only")  # the app itself
    disk.read_only(False)
    intact(disk)


def read_by_every_command(home: Path, out: Path, reason: str) -> None:
    """The history as it is, read by each command that reads it: each shows it and says
    once, in one line, that new entries cannot be saved now, and why."""
    shown = calf_coach(home, "history", "--days", "2")
    listed = calf_coach(home, "history", "--json", "--days", "2")
    csv = calf_coach(home, "export", "--csv", str(out / "csv"))
    pdf = calf_coach(home, "export", "--pdf", str(out / "report.pdf"))
    for done in (shown, listed, csv, pdf):
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert done.returncode == 0 and len(lines) == 1, done.stderr
        assert "new entries cannot be saved" in lines[0] and reason in lines[0], lines[0]
    assert "333 ml a day on average" in shown.stdout
    assert [w["ml"] for w in json.loads(listed.stdout)["water"]] == [333]
    water = read_csv(Entry.WATER, (out / "csv" / "water.csv").read_text())
    assert [w.ml for w in water] == [333]
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")


def test_the_history_is_read_on_a_full_disk(disk: Disk, tmp_path: Path) -> None:
    set_up(disk)
    disk.fill()
    read_by_every_command(disk.home, tmp_path, "No space left on device")
    disk.free()
    intact(disk)


def test_the_history_is_read_on_a_read_only_disk(disk: Disk, tmp_path: Path) -> None:
    set_up(disk)
    disk.read_only(True)
    read_by_every_command(disk.home, tmp_path, "Read-only file system")
    disk.read_only(False)
    intact(disk)


def test_the_history_window_shows_a_full_disk_s_history_and_says_a_drink_is_not_saved(
    qtbot: QtBot, disk: Disk
) -> None:
    disk.home.mkdir(mode=0o700)
    path = disk.home / "history.sqlite3"
    logged = open_history(path, NOW).history
    logged.record_water(WaterRecord(NOW - dt.timedelta(hours=1), 333))
    logged.close()
    disk.fill()
    history = open_history(path, NOW).history
    window = HistoryWindow(history, FakeClock(NOW), InUse(DEFAULTS))
    qtbot.addWidget(window)
    entries = window.entries
    assert [row.details for row in entries.model.rows] == ["333 ml"]
    entries._add(WaterRecord(NOW, 200))
    assert window.status.text().startswith("Not saved: new entries cannot be saved"), (
        window.status.text()
    )
    assert [row.details for row in entries.model.rows] == ["333 ml"]
    history.close()
    disk.free()
    assert integrity(path) == "ok"
    assert [w.ml for w in water_around_now(path)] == [333]


def water_around_now(path: Path) -> list[WaterRecord]:
    """The water logged on the day of NOW, as the file holds it."""
    history = open_history(path, NOW).history
    try:
        return history.water(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1))
    finally:
        history.close()


@pytest.mark.parametrize("made_read_only", ["file", "folder"])
def test_a_history_the_person_made_read_only_keeps_its_mode_and_is_read_not_written(
    qtbot: QtBot, tmp_path: Path, made_read_only: str
) -> None:
    """No mount needed: the mode is the person's word, whoever runs the app (root too)."""
    home = tmp_path / "home"
    assert calf_coach(home, "log", "water", "--ml", "333").returncode == 0
    (home / "settings.toml").write_text('bedtime = "23:00"\n')
    locked, mode = (home / "history.sqlite3", 0o400) if made_read_only == "file" else (home, 0o500)
    locked.chmod(mode)
    before = (home / "history.sqlite3").read_bytes(), sorted(p.name for p in home.iterdir())
    try:
        read_by_every_command(home, tmp_path, "was made read-only")
        one_line_refusal(calf_coach(home, "log", "water"), "was made read-only")
        told = answer_a_reminder(qtbot, Paths.resolve(home), lambda: None)
        assert len(told) == 1 and "new entries cannot be saved" in told[0], told
        assert stat.S_IMODE(locked.stat().st_mode) == mode
        after = (home / "history.sqlite3").read_bytes(), sorted(p.name for p in home.iterdir())
        assert after[0] == before[0], "the history was written"
        assert not {"history.sqlite3-wal", "history.sqlite3-shm"} & set(after[1])
    finally:
        locked.chmod(0o700 if locked.is_dir() else 0o600)  # for the clean-up
    assert [w["ml"] for w in history_json(home)["water"]] == [333]


def running(home: Path) -> dict[str, Any] | None:
    """The running app's status, or None while it is not answering."""
    done = calf_coach(home, "status", "--json")
    status: dict[str, Any] = json.loads(done.stdout) if done.returncode == 0 else {}
    return status if status.get("running") else None


def run_the_app(home: Path, meanwhile: Callable[[dict[str, Any]], None]) -> str:
    """Start the real app in `home`, do `meanwhile` with its status, answer and pause
    through it, quit it; everything it said (its output and its log file)."""
    app = subprocess.Popen(
        [*calf_coach_command(), "--home", str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    try:
        meanwhile(wait_for(lambda: running(home), 60, "the app"))
        asked = (("remind", "fluids"), ("pause", "1h"), ("resume",), ("history", "--window"))
        for command in asked:
            done = calf_coach(home, *command)
            assert done.returncode == 0, done.stderr
    finally:
        calf_coach(home, "quit")
        out, err = app.communicate(timeout=60)
    assert app.returncode == 0, err
    log = home / "calf-coach.log"
    return out + err + (log.read_text() if log.exists() else "")


def test_a_first_start_on_a_full_disk_welcomes_and_no_output_holds_a_traceback(disk: Disk) -> None:
    disk.home.mkdir(mode=0o700)
    disk.fill()

    def welcomed(status: dict[str, Any]) -> None:
        assert status["welcome"] is True
        one_line_refusal(calf_coach(disk.home, "log", "water"), "No space left on device")

    said = run_the_app(disk.home, welcomed)
    assert "Traceback" not in said, said


def test_an_app_running_when_the_disk_fills_says_no_traceback(disk: Disk) -> None:
    set_up(disk)
    said = run_the_app(disk.home, lambda status: disk.fill())
    assert "Traceback" not in said, said
    disk.free()
    intact(disk)


def test_the_welcome_on_a_full_disk_says_its_answers_are_saved_when_there_is_room(
    qtbot: QtBot, disk: Disk
) -> None:
    disk.home.mkdir(mode=0o700)
    disk.fill()
    home = Paths.resolve(disk.home)
    app = started_app(qtbot, home, FakeClock(NOW))
    try:
        welcome = app.windows.open_welcome()  # as a first start opens it
        assert welcome.isVisible() and welcome.unsaved_note is not None
        assert "saved when there is room" in welcome.unsaved_note.text()
        answers = dataclasses.replace(DEFAULTS, wake_time=dt.time(6, 15))
        welcome.answered.emit(answers, False)
        assert app.settings.value == answers, "used at once"
        (box,) = app.problem_box.told
        assert "No space left on device" in box.text() and "saved when there is room" in box.text()
        app.settings.save_again.timeout.emit()  # still no room: they wait
        assert not home.settings_file.exists()
        disk.free()
        app.settings.save_again.timeout.emit()
        assert load_settings(home.settings_file, NOW).settings == answers
        app.log.drink_glass()  # the history, read only till now, is written now
    finally:
        app.close()
    assert [w.ml for w in water_around_now(home.history_file)] == [DEFAULTS.water.glass_ml]
