"""End to end: Ctrl+Alt+C, pressed while another application has the keyboard, opens
"Cramp now" over the legs-up timer, which goes on where it was once the cramp has eased;
`calf-coach routine cramp-now` does the same. Screenshots kept."""

from __future__ import annotations

import shutil
import subprocess
import time
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import Desktop, missing_tools, wait_for

NEEDED = [*missing_tools(), *(["xterm"] if shutil.which("xterm") is None else [])]
pytestmark = pytest.mark.skipif(bool(NEEDED), reason=f"needs {', '.join(NEEDED)}")
CRAMP_WINDOW = "Cramp now — Calf Coach"


def playing(desktop: Desktop, home: Path) -> dict[str, Any]:
    status = desktop.status(home)
    return {"player": status["player"], **status["playing"]}


CRAMP_SECONDS = 1.5
"""How long the cramp lasts in the test: the legs-up timer must not count it."""


def cramp_now_then_back(desktop: Desktop, home: Path, open_it: Any, name: str) -> float:
    """Open cramp-now with `open_it`; seconds until its window was there. Then close it and
    check that the legs-up timer goes on from where it stood, having counted none of the
    cramp. How long the commands themselves take varies with the machine's load, so the
    check allows for that time, measured, rather than for a guess."""
    before = time.monotonic()
    left = playing(desktop, home)["seconds_left"]
    started = time.monotonic()
    open_it()
    wait_for(partial(desktop.windows, CRAMP_WINDOW), 10, "the cramp-now window", step=0.01)
    shown = time.monotonic() - started
    set_aside = playing(desktop, home)
    assert set_aside["player"] == "cramp-now" and set_aside["set_aside"] == "legs-up"
    desktop.screenshot(f"cramp-now-from-{name}")
    time.sleep(CRAMP_SECONDS)  # the cramp eases; the legs-up timer must not count this
    window = desktop.windows(CRAMP_WINDOW)[0]
    desktop.xdotool("windowfocus", "--sync", window)
    desktop.xdotool("key", "Escape")
    wait_for(lambda: playing(desktop, home)["player"] == "legs-up", 10, "legs-up back")
    back = playing(desktop, home)
    elapsed = time.monotonic() - before
    assert back["state"] == "playing"
    counted = left - back["seconds_left"]
    # It counted at most the time outside the cramp (0.1 s: the status rounds to tenths).
    assert 0 <= counted <= elapsed - CRAMP_SECONDS + 0.1, (left, back, elapsed)
    desktop.screenshot(f"legs-up-after-cramp-now-from-{name}")
    return shown


def test_the_key_and_the_command_open_cramp_now_over_legs_up(
    desktop: Desktop, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    desktop.start_app(home)
    wait_for(lambda: desktop.status(home).get("cramp_key", {}).get("from_anywhere"), 30, "key")
    assert desktop.calf_coach(home, "routine", "legs-up").returncode == 0
    wait_for(lambda: playing(desktop, home)["player"] == "legs-up", 15, "legs-up")
    xterm = subprocess.Popen(["xterm", "-title", "another-application"], env=desktop.env)
    try:
        other = wait_for(partial(desktop.windows, "another-application"), 15, "the xterm")[0]
        desktop.xdotool("windowfocus", "--sync", other)
        assert desktop.xdotool("getwindowfocus") == other
        by_key = cramp_now_then_back(
            desktop, home, lambda: desktop.xdotool("key", "ctrl+alt+c"), "the-key"
        )
        by_command = cramp_now_then_back(
            desktop,
            home,
            lambda: desktop.calf_coach(home, "routine", "cramp-now"),
            "the-command",
        )
    finally:
        xterm.terminate()
        xterm.wait(timeout=10)
    assert desktop.calf_coach(home, "quit").returncode == 0
    print(  # a figure, not a test: tests/bench/player.py measures it on a quiet machine
        f"\ncramp-now shown {by_key * 1000:.0f} ms after the key, {by_command * 1000:.0f} ms "
        "after the command"
    )
