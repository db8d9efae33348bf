"""The real app, killed (SIGKILL: a crash, a flat battery) while it holds a reminder for do
not disturb, forgets nothing: started again, it shows the reminder if it is still within
its grace, or logs it as missed saying how long it was held and why. Either way the
reminder is decided once, never twice.

The app lives at a time the test gives it (tests.faults.app_at); its session bus is a
stand-in served by the test (tests.fake_bus), whose notification server says do not
disturb while the test wants it to."""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.fake_bus import Answers, FakeBus
from tests.faults.helpers import COMMAND_SECONDS, REPO, calf_coach, environment

SETTINGS = (
    "".join(
        f"[reminders.{kind}]\nenabled = {value}\n"
        for kind, value in (
            ("stretch", "false"),
            ("fluids", "false"),
            ("left-side", '"off"'),
            ("move", "false"),
        )
    )
    + '[reminders.legs-up]\nenabled = true\ntimes = ["10:00"]\ngrace_minutes = 30\n'
)
"""One reminder a day: legs up at 10:00, within 30 minutes of it or not at all."""
DUE = "2026-06-10T10:00:00+00:00"


class Desktop:
    """The stand-in session: do not disturb is on while `busy`."""

    def __init__(self, folder: Path) -> None:
        self.busy = True
        self.bus = FakeBus(folder, Answers.SERVES, inhibited=lambda: self.busy)

    def env(self) -> dict[str, str]:
        nowhere = f"unix:path={self.bus.path.with_name('no-system-bus')}"
        env = environment(DBUS_SESSION_BUS_ADDRESS=self.bus.address)
        env["DBUS_SYSTEM_BUS_ADDRESS"] = nowhere  # no logind: the sleep watch stays silent
        for name in ("WAYLAND_DISPLAY", "XDG_SESSION_ID", "XDG_CURRENT_DESKTOP"):
            env.pop(name, None)
        return env


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    stand_in = Desktop(tmp_path)
    yield stand_in
    stand_in.bus.close()


def start_app(home: Path, at: str, desktop: Desktop) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults.app_at", str(home), at],
        cwd=REPO,
        env=desktop.env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def until(what: Callable[[], Any], seconds: float, meaning: str) -> Any:
    """What `what` gives once it gives something, looked at every tenth of a second."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := what():
            return found
        time.sleep(0.1)
    raise AssertionError(f"no {meaning} within {seconds:.0f} s")


def held_kinds(home: Path) -> list[str]:
    try:
        saved = json.loads((home / "state.json").read_text())
    except (FileNotFoundError, ValueError):
        return []
    return [entry["kind"] for entry in saved.get("held", [])]


def app_status(home: Path, desktop: Desktop) -> dict[str, Any] | None:
    done = subprocess.run(
        [sys.executable, "-m", "coach", "--home", str(home), "status", "--json"],
        capture_output=True,
        text=True,
        env=desktop.env(),
        timeout=COMMAND_SECONDS,
        cwd=REPO,
    )
    status: dict[str, Any] = json.loads(done.stdout)
    return status if status["running"] else None


def quit_app(home: Path, app: subprocess.Popen[bytes]) -> None:
    assert calf_coach(home, "quit").returncode == 0
    assert app.wait(COMMAND_SECONDS) == 0


def legs_up_rows(home: Path) -> list[dict[str, Any]]:
    """Every legs-up row, read from the file itself (the command line reads back from the
    real today, and this app lives on a day of the test's own)."""
    database = home / "history.sqlite3"
    if not database.exists():
        return []
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT due_utc AS due, shown_utc AS shown, outcome, held_seconds, held_reason, "
            "asked FROM reminders WHERE kind = 'legs-up' ORDER BY id"
        )
        return [dict(row) for row in rows]


@pytest.mark.parametrize(
    ("back_at", "shown"),
    [("2026-06-10T10:10:00+00:00", True), ("2026-06-10T11:00:00+00:00", False)],
    ids=["within its grace: shown", "past its grace: missed"],
)
def test_a_reminder_held_when_the_app_was_killed_is_decided_once_at_the_next_start(
    tmp_path: Path, desktop: Desktop, back_at: str, shown: bool
) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "settings.toml").write_text(SETTINGS)
    # It last looked at 09:59, so 10:00 is due however long this machine takes to start it.
    (home / "state.json").write_text(json.dumps({"last_check": "2026-06-10T09:59:00+00:00"}))
    app = start_app(home, "2026-06-10T09:59:58+00:00", desktop)
    try:
        until(lambda: held_kinds(home) == ["legs-up"], COMMAND_SECONDS, "held reminder saved")
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(COMMAND_SECONDS)
    assert app.returncode == -signal.SIGKILL
    assert legs_up_rows(home) == [], "held, neither shown nor logged yet"

    desktop.busy = False  # the person is back
    again = start_app(home, back_at, desktop)
    try:
        status = until(lambda: app_status(home, desktop), COMMAND_SECONDS, "running app")
        assert status["attention"] == "present" and status["holding"] == []
        assert held_kinds(home) == [], "decided at the start, and saved"
        card = status["card"]
        assert (card["kind"], card["shown"]) == (("legs-up", True) if shown else (None, False))
    finally:
        quit_app(home, again)
    (row,) = legs_up_rows(home)
    assert (row["due"], row["held_reason"], row["asked"]) == (DUE, "do-not-disturb", 0)
    if shown:  # up when it quit: shown, unanswered
        assert (row["outcome"], row["shown"][:16]) == ("expired", "2026-06-10T10:10")
        assert 600 <= row["held_seconds"] < 900, "held from 10:00 until it was shown"
    else:
        assert (row["outcome"], row["shown"]) == ("missed", None)
        assert 3600 <= row["held_seconds"] < 3900, "held from 10:00 until the start at 11:00"

    third = start_app(home, "2026-06-10T11:20:00+00:00", desktop)
    try:
        until(lambda: app_status(home, desktop), COMMAND_SECONDS, "running app")
    finally:
        quit_app(home, third)
    assert len(legs_up_rows(home)) == 1, "decided once: never twice"
