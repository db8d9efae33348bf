"""End to end: the installed app in a real X server with a real tray and notification server.

Screenshots are kept in test-artifacts/e2e/. These tests skip, saying why,
where Xvfb, tint2, dunst, dbus-launch or xdotool is missing; .ci/run installs them.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time
from functools import partial
from pathlib import Path

import pytest

from tests.e2e.desktop import (
    PANEL_HEIGHT,
    SCREEN,
    Desktop,
    missing_tools,
    next_reminder_titles,
    wait_for,
)

pytestmark = pytest.mark.skipif(
    bool(missing_tools()),
    reason=f"end-to-end tests need {', '.join(missing_tools())} (bash .ci/run installs them)",
)

TEAL = (0x23, 0x70, 0x6B)


def _close_to(pixel: tuple[int, ...], color: tuple[int, int, int], slack: int = 40) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel[:3], color, strict=True))


def _history(home: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(home / "history.sqlite3") as conn:
        return conn.execute(sql).fetchall()


def test_tray_card_keyboard_notification_and_quit(desktop: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "home"
    app = desktop.start_app(home)

    status = wait_for(
        lambda: (
            (s := desktop.status(home))["running"]
            and s["tray"]["visible"]
            and s["tray"]["geometry"][2]
            and s
        ),
        30,
        "the tray icon",
        step=0.3,
    )
    x, y, width, height = status["tray"]["geometry"]
    assert (width, height) == (24, 24)
    assert y >= SCREEN[1] - PANEL_HEIGHT, "the icon sits inside tint2's panel at the bottom"
    shot = desktop.screenshot("01-tray")
    icon = shot.crop((x, y, x + width, y + height))
    pixels = [icon.getpixel((i, j)) for i in range(width) for j in range(height)]
    teal = sum(_close_to(p, TEAL) for p in pixels if isinstance(p, tuple))
    assert teal > 100, "the teal icon is drawn in the tray"

    desktop.xdotool("mousemove", str(x + width // 2), str(y + height // 2), "click", "1")
    home_window = wait_for(partial(desktop.windows, "Today — Calf Coach"), 10, "the home")[0]
    next_up = desktop.status(home)["home_next"]
    assert next_up.startswith(tuple(f"{title} at " for title in next_reminder_titles())), next_up
    desktop.screenshot("home-from-a-left-click")
    desktop.xdotool("windowclose", home_window)
    wait_for(lambda: not desktop.windows("Today — Calf Coach"), 10, "the home to close")
    assert desktop.status(home)["running"], "closing the home window with a tray quits nothing"

    again = desktop.calf_coach(home)
    assert again.returncode == 0
    assert "already running" in again.stdout

    assert desktop.calf_coach(home, "remind", "fluids").returncode == 0
    wait_for(lambda: desktop.status(home)["card"]["kind"] == "fluids", 10, "the fluids card")
    card = wait_for(
        lambda: desktop.windows("Reminder — Calf Coach"),
        10,
        "the card window",
    )[0]
    wait_for(desktop.displayed, 10, "dunst to show the notification")
    desktop.screenshot("02-card-and-notification")
    summaries = desktop.notifications() or []
    assert "Calf Coach: A glass of water" in summaries

    desktop.xdotool("windowfocus", "--sync", card)
    desktop.xdotool("key", "Return")
    wait_for(
        lambda: _history(home, "SELECT kind, outcome FROM reminders") == [("fluids", "done")],
        10,
        "history to record `done`",
    )
    assert _history(home, "SELECT ml FROM water") == [(250,)]
    assert desktop.status(home)["card"]["kind"] is None
    desktop.screenshot("03-answered")

    started = time.monotonic()
    assert desktop.calf_coach(home, "quit").returncode == 0
    assert app.wait(timeout=5) == 0
    assert time.monotonic() - started < 5
    assert desktop.calf_coach(home, "resume").returncode == 1


def test_remind_starts_the_app_when_none_runs(desktop: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = desktop.calf_coach(home, "remind", "stretch")
    assert done.returncode == 0, done.stderr
    status = wait_for(
        lambda: (s := desktop.status(home))["card"]["kind"] == "stretch" and s, 10, "the card"
    )
    assert status["running"] is True
    desktop.screenshot("04-stretch-card")
    assert desktop.calf_coach(home, "quit").returncode == 0
    wait_for(lambda: not desktop.status(home)["running"], 10, "the app to quit")
    leftover = subprocess.run(["pgrep", "-f", f"--home {home}"], capture_output=True, text=True)
    assert leftover.stdout.strip() == ""


def test_sigterm_at_logout_quits_cleanly_and_saves(desktop: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "home"
    app = desktop.start_app(home)
    wait_for(lambda: desktop.status(home)["running"], 20, "the app")
    assert desktop.calf_coach(home, "pause", "2h").returncode == 0
    app.terminate()
    assert app.wait(timeout=5) == 0
    state = json.loads((home / "state.json").read_text())
    assert state["paused_until"] is not None
    assert "quitting" in (home / "calf-coach.log").read_text()


def test_without_a_tray_the_home_window_is_the_app(
    desktop_without_tray: Desktop, tmp_path: Path
) -> None:
    desktop = desktop_without_tray
    home = tmp_path / "home"
    desktop.start_app(home)
    window = wait_for(partial(desktop.windows, "Today — Calf Coach"), 30, "the home window")[0]
    status = desktop.status(home)
    assert status["tray"]["available"] is False and status["window"] is True
    next_up = status["home_next"]
    assert next_up.startswith(tuple(f"{title} at " for title in next_reminder_titles())), next_up
    shot = desktop.screenshot("home-without-a-tray")
    small = shot.resize((shot.width // 4, shot.height // 4))
    pixels = [small.getpixel((i, j)) for i in range(small.width) for j in range(small.height)]
    teal = sum(_close_to(p, TEAL) for p in pixels if isinstance(p, tuple))
    assert teal > 300, "the big teal Cramp now button"
    desktop.xdotool("windowfocus", "--sync", window)
    desktop.xdotool("key", "c")  # C: cramp now, from the home window's keys
    wait_for(lambda: desktop.status(home)["player"] == "cramp-now", 10, "cramp-now")
    assert desktop.calf_coach(home, "quit").returncode == 0
