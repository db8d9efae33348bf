"""End to end: logging from the command line and from the real dialog, and the history window.

The installed app runs in a real X server; the dialog is answered with real
key presses (xdotool), and the history window is looked at in a screenshot.
"""

from __future__ import annotations

import sqlite3
from functools import partial
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools, wait_for

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")


def _status_has(desktop: Desktop, home: Path, key: str, value: object) -> bool:
    status = desktop.status(home)
    return bool(status["running"]) and status.get(key) == value


def test_log_by_command_and_by_keyboard_then_look_at_the_history(
    desktop: Desktop, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    desktop.start_app(home)
    wait_for(lambda: desktop.status(home)["running"], 30, "the app", step=0.3)

    assert desktop.calf_coach(home, "log", "water").returncode == 0
    wait_for(partial(_status_has, desktop, home, "water_today_ml", 250), 10, "the water total")
    logged = desktop.calf_coach(
        home, "log", "cramp", "--leg", "right", "--severity", "7", "--sign", "swelling"
    )
    assert logged.returncode == 0, logged.stderr
    assert "need checking promptly" in logged.stdout

    assert desktop.calf_coach(home, "log", "cramp").returncode == 0  # opens the dialog
    dialog = wait_for(partial(desktop.windows, "Log a cramp"), 15, "the cramp dialog")[0]
    desktop.xdotool("windowfocus", "--sync", dialog)
    desktop.xdotool("key", "alt+b")  # both legs
    desktop.screenshot("log-cramp-dialog")
    desktop.xdotool("key", "Return")  # save
    wait_for(partial(_status_has, desktop, home, "dialogs", []), 10, "the dialog to close")

    assert desktop.calf_coach(home, "history", "--window").returncode == 0
    wait_for(partial(_status_has, desktop, home, "history_window", True), 15, "history")
    wait_for(partial(desktop.windows, "History — Calf Coach"), 10, "the history window")
    shot = desktop.screenshot("history-window")
    colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50, "the history window drew its charts"
    # The warning banner's red border is on screen.
    pixels = shot.convert("RGB").load()
    assert pixels is not None
    assert any(
        pixels[x, y] == (0xC0, 0x39, 0x2B)
        for x in range(0, shot.width, 2)
        for y in range(0, shot.height, 2)
    ), "the warning-sign banner is shown"

    assert desktop.calf_coach(home, "quit").returncode == 0
    with sqlite3.connect(home / "history.sqlite3") as conn:
        cramps = conn.execute("SELECT leg, severity, signs FROM cramps ORDER BY id").fetchall()
        water = conn.execute("SELECT ml FROM water").fetchall()
    assert cramps == [("right", 7, '["swelling"]'), ("both", 5, "[]")]
    assert water == [(250,)]


def test_on_a_russian_desktop_the_app_speaks_russian(desktop: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "russian"
    desktop.start_app(home, welcome=True, system_language="ru_RU")
    title = "Добро пожаловать — Calf Coach"
    wait_for(partial(desktop.windows, title), 30, "the welcome in Russian")
    desktop.screenshot("welcome-russian")  # Qt's own wizard buttons read in Russian too
    assert desktop.status(home)["language"] == "ru"
    assert desktop.calf_coach(home, "quit", welcome=True).returncode == 0


def test_first_run_shows_the_welcome_once(desktop: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "newcomer"
    desktop.start_app(home, welcome=True)
    window = wait_for(partial(desktop.windows, "Welcome — Calf Coach"), 30, "the welcome")[0]
    desktop.screenshot("welcome")
    desktop.xdotool("windowfocus", "--sync", window)
    desktop.xdotool("key", "Escape")  # Skip: the defaults are kept, and it is not shown again
    wait_for((home / "settings.toml").exists, 10, "the settings file")
    assert desktop.calf_coach(home, "quit", welcome=True).returncode == 0
    entry = Path(desktop.env["XDG_CONFIG_HOME"]) / "autostart" / "calf-coach.desktop"
    assert not entry.exists(), "skipped: start at login left as it was"
    desktop.start_app(home, welcome=True)
    wait_for(lambda: desktop.status(home)["running"], 30, "the app again", step=0.3)
    assert desktop.windows("Welcome — Calf Coach") == []
    assert desktop.calf_coach(home, "quit").returncode == 0
