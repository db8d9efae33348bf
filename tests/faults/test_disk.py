"""A full disk and a read-only home: logging water, saving settings and answering a
reminder each say so clearly (a one-line message and a non-zero exit, or a notice in the
app), and what was there stays intact.

The home is a tiny tmpfs of its own, which needs the right to mount (root, as in CI);
elsewhere these tests skip and say so.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.settings.current import CurrentSettings
from coach.app.settings.settings_window import SettingsWindow
from coach.core.history.store import open_history
from coach.core.plan.run_state import AppState
from coach.core.settings.schema import DEFAULTS, load_settings
from coach.core.system.paths import Paths
from tests.faults.helpers import calf_coach, history_json, integrity
from tests.helpers import FakeClock, FakeDesktop, at

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


def answer_a_reminder(qtbot: QtBot, disk: Disk, prepare: Callable[[], None]) -> list[str]:
    paths = Paths.resolve(disk.home)
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
    told = answer_a_reminder(qtbot, disk, disk.fill)
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
