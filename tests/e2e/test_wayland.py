"""End to end on a real Wayland compositor (sway, headless), with a real tray host
(waybar), notification server (mako) and keyboard: the app runs natively there.

What a person on GNOME, KDE or sway must be able to count on: a reminder that comes due
while they type in another application takes none of their keys; the app reads their
absence from the compositor itself; `calf-coach status` says what this desktop gives."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.app.desktop.wayland_attention import WaylandReader
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.desktop import (
    calf_coach_command,
    one_reminder_due_at_start,
    presented_after,
    wait_for,
)
from tests.e2e.wayland_desktop import WaylandDesktop, missing_wayland_tools, running_wayland
from tests.e2e.wayland_keys import VirtualKeyboard

pytestmark = pytest.mark.skipif(
    bool(missing_wayland_tools()), reason=f"needs {', '.join(missing_wayland_tools())}"
)

TYPED = "the quick brown fox j"[:20]


@pytest.fixture(scope="module")
def sway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WaylandDesktop]:
    with running_wayland(tmp_path_factory.mktemp("sway"), ARTIFACTS / "wayland") as running:
        yield running


@pytest.fixture(scope="module")
def keyboard(sway: WaylandDesktop) -> Iterator[VirtualKeyboard]:
    typing = VirtualKeyboard(sway.env)
    yield typing
    typing.close()


def _entries(home: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(home / "history.sqlite3") as db:
        water = db.execute("SELECT * FROM water").fetchall()
        answered = db.execute(
            "SELECT kind, outcome FROM reminders WHERE outcome != 'expired'"
        ).fetchall()
    return [tuple(map(str, row)) for row in water + answered]


def test_a_reminder_due_while_typing_elsewhere_takes_no_key(
    sway: WaylandDesktop, keyboard: VirtualKeyboard, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    app = sway.start_app(home)
    wait_for(lambda: sway.calf_coach(home, "status").returncode == 0, 30, "the app")
    typed = tmp_path / "editor.txt"
    editor = sway._spawn([sys.executable, "-m", "tests.e2e.editor", str(typed)], "editor.log")
    wait_for(lambda: (sway.focused() or {}).get("app_id") == "test-editor", 20, "the editor")
    before = _entries(home)

    assert sway.calf_coach(home, "remind", "fluids").returncode == 0
    wait_for(lambda: "A glass of water" in str(sway.notifications()), 10, "the notification")
    sway.screenshot("reminder-while-typing")
    keyboard.type(TYPED + "\n")

    assert wait_for(lambda: typed.read_text() == TYPED + "\n", 10, "every key in the editor")
    assert (sway.focused() or {}).get("app_id") == "test-editor"
    assert _entries(home) == before, "no key answered the reminder"
    assert sway.notifications(), "the reminder is still there to answer"

    sway.click_notification()  # the person asks for the card
    card = wait_for(lambda: _window(sway, "calf-coach"), 10, "the card, asked for")
    sway.screenshot("card-asked-for")
    screen = sway.swaymsg("-t", "get_outputs")[0]["rect"]
    rect = card["rect"]
    assert card["type"] == "floating_con", "a card, not a tile stretched over the screen"
    assert rect["width"] < screen["width"] / 2 and rect["height"] < screen["height"] / 2
    assert rect["x"] >= 0 and rect["x"] + rect["width"] <= screen["width"]
    assert rect["y"] >= 0 and rect["y"] + rect["height"] <= screen["height"]
    editor.terminate()
    assert sway.calf_coach(home, "quit").returncode == 0
    app.wait(20)


def _window(sway: WaylandDesktop, app_id: str) -> dict[str, object] | None:
    return next((w for w in sway.windows_now() if app_id in str(w.get("app_id"))), None)


def test_the_compositor_says_away_after_the_threshold_and_present_after_a_key(
    sway: WaylandDesktop, keyboard: VirtualKeyboard, qapp: object
) -> None:
    reader = WaylandReader(lambda: 1.0, sway.env)
    try:
        assert reader.reads == {"idle", "full-screen"}, reader.source
        keyboard.type(" ")
        assert reader.read().idle_seconds == 0.0
        away = wait_for(lambda: (reader.read().idle_seconds or 0) >= 1.0, 10, "away")
        assert away
        keyboard.type(" ")
        assert wait_for(lambda: reader.read().idle_seconds == 0.0, 5, "present after a key")
    finally:
        reader.close()


def test_a_full_screen_window_is_seen_and_status_names_what_this_desktop_gives(
    sway: WaylandDesktop, tmp_path: Path, qapp: object
) -> None:
    typed = tmp_path / "editor.txt"
    editor = sway._spawn([sys.executable, "-m", "tests.e2e.editor", str(typed)], "editor.log")
    reader = WaylandReader(lambda: 60.0, sway.env)
    try:
        wait_for(lambda: (sway.focused() or {}).get("app_id") == "test-editor", 20, "the editor")
        assert not reader.read().full_screen
        sway.swaymsg("[app_id=test-editor] fullscreen enable")
        assert wait_for(lambda: reader.read().full_screen, 5, "the full-screen state")
        sway.swaymsg("[app_id=test-editor] fullscreen disable")
        assert wait_for(lambda: not reader.read().full_screen, 5, "the window back")
    finally:
        reader.close()
        editor.terminate()
        editor.wait(10)

    home = tmp_path / "home"
    app = sway.start_app(home)
    status = wait_for(lambda: sway.calf_coach(home, "status", "--json").stdout, 30, "status")
    desktop = json.loads(status)
    assert desktop["session"] == "wayland"
    assert desktop["platform"] == "wayland"
    sources = desktop["attention_sources"]
    assert any("org_kde_kwin_idle" in s for s in sources["idle"]), sources
    assert any("foreign_toplevel" in s for s in sources["full-screen"]), sources
    assert desktop["notifications"] and desktop["tray"], desktop
    assert sway.calf_coach(home, "quit").returncode == 0
    app.wait(20)


def test_a_full_screen_film_holds_the_reminder_until_it_leaves_full_screen(
    sway: WaylandDesktop, tmp_path: Path
) -> None:
    """The compositor tells the app a window is full screen: the reminder waits, no
    notification covers the film, and it comes within 2 s of leaving full screen."""
    typed = tmp_path / "film.txt"
    film = sway._spawn([sys.executable, "-m", "tests.e2e.editor", str(typed)], "film.log")
    home = tmp_path / "home"
    app = None
    try:
        wait_for(lambda: (sway.focused() or {}).get("app_id") == "test-editor", 20, "the film")
        sway.swaymsg("[app_id=test-editor] fullscreen enable")
        one_reminder_due_at_start(home, "[attention]\naway_after_minutes = 120\n")
        app = sway.start_app(home)  # legs up is caught up at once, and held
        wait_for(lambda: sway.calf_coach(home, "status").returncode == 0, 30, "the app")
        for _ in range(6):  # 3 s: held, nothing shown over the film
            status = sway.status(home)
            assert (status["attention"], status["holding"]) == ("full-screen", ["legs-up"])
            assert sway.notifications() == []
            time.sleep(0.5)
        sway.screenshot("full-screen-holding")
        left = time.time()
        sway.swaymsg("[app_id=test-editor] fullscreen disable")
        wait_for(lambda: "Legs up" in str(sway.notifications()), 10, "the reminder")
        late = presented_after(sway.status(home), left)
        assert late <= 2, f"it comes within 2 s of leaving full screen, not {late:.1f}"
    finally:
        film.terminate()
        sway.calf_coach(home, "quit")
        if app is not None:
            app.wait(20)


def test_a_key_bound_command_gives_up_within_10_s_when_the_compositor_does_not_answer(
    sway: WaylandDesktop, tmp_path: Path
) -> None:
    """A compositor that accepts but never answers: `calf-coach routine cramp-now` (what a
    key bound in the desktop runs) says why and stops, and leaves no process waiting."""
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.bind(str(tmp_path / "wayland-silent"))
    silent.listen(8)
    home = tmp_path / "home"
    env = {**sway.env, "WAYLAND_DISPLAY": str(tmp_path / "wayland-silent")}
    try:
        for _ in range(2):  # pressed twice: nothing piles up
            began = time.monotonic()
            done = subprocess.run(
                [*calf_coach_command(), "--home", str(home), "routine", "cramp-now"],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert time.monotonic() - began <= 10
            assert done.returncode != 0
            assert len(done.stderr.strip().splitlines()) == 1, done.stderr
            assert "did not start within" in done.stderr, done.stderr
        leftover = subprocess.run(["pgrep", "-f", f"--home {home}"], capture_output=True)
        assert leftover.stdout == b"", "no app left waiting for the compositor"
    finally:
        silent.close()
