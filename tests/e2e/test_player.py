"""End to end: each shipped routine opens in the player of the installed app; screenshots kept."""

from __future__ import annotations

import sqlite3
import tomllib
from functools import partial
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, missing_tools, wait_for

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")

ROUTINES = ("bedtime", "cramp-now", "desk", "legs-up")
ROOT = Path(__file__).resolve().parents[2]


def _title(routine: str) -> str:
    """The shipped routine's English title, which its player window is named after."""
    with (ROOT / "assets" / "routines" / f"{routine}.toml").open("rb") as file:
        title: str = tomllib.load(file)["title"]
    return title


def _playing(desktop: Desktop, home: Path, routine: str | None) -> bool:
    playing: bool = desktop.status(home)["player"] == routine
    return playing


def test_every_shipped_routine_opens_in_the_player(desktop: Desktop, tmp_path: Path) -> None:
    home = tmp_path / "home"
    for routine in ROUTINES:
        done = desktop.calf_coach(home, "routine", routine)
        assert done.returncode == 0, done.stderr
        wait_for(partial(_playing, desktop, home, routine), 15, routine)
        # This routine's own window: another app's window may still be closing (under load).
        title = f"{_title(routine)} — Calf Coach"
        window = wait_for(partial(desktop.windows, title), 10, "the player window")[0]
        desktop.screenshot(f"player-{routine}")
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.xdotool("key", "Right")  # next step, from the keyboard
        desktop.xdotool("key", "Escape")  # "Stop this routine?" ...
        # legs-up: its one step is done; cramp-now: once eased there is nothing to finish later.
        if routine not in ("legs-up", "cramp-now"):
            wait_for(partial(desktop.windows, "Stop this routine"), 10, "the question")
            desktop.xdotool("key", "alt+s")  # ... Stop for now
        wait_for(partial(_playing, desktop, home, None), 10, f"{routine} to close")
    assert desktop.calf_coach(home, "quit").returncode == 0
    with sqlite3.connect(home / "history.sqlite3") as conn:
        rows = conn.execute(
            "SELECT routine, finished, steps_done FROM sessions ORDER BY id"
        ).fetchall()
    assert [r[0] for r in rows] == list(ROUTINES)
    # Each first step is timed and Right comes at once: skipped, so reached but not done.
    assert [(r[1], r[2]) for r in rows] == [(0, 0)] * 4, "skipping is not doing"
