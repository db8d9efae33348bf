"""The notification beside the card, in a real notification server (dunst) on a desktop
with a window manager: its buttons answer the card, a click on it brings the card back
up, and answering on the card takes it away. The buttons are chosen the way a dunst user
does, from its context menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.desktop import NOTHING_PLANNED, Desktop, missing_tools, wait_for

pytestmark = pytest.mark.skipif(
    bool(missing_tools()),
    reason=f"end-to-end tests need {', '.join(missing_tools())} (bash .ci/run installs them)",
)

CARD = "Reminder — Calf Coach"


def _answers(home: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(home / "history.sqlite3") as conn:
        return conn.execute("SELECT kind, outcome FROM reminders ORDER BY id").fetchall()


def test_notification_buttons_answer_and_a_click_brings_the_card(
    managed: Desktop, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text("[attention]\naway_after_minutes = 120\n" + NOTHING_PLANNED)
    managed.notifications()  # closes any left by other tests
    app = managed.start_app(home)
    wait_for(lambda: managed.status(home)["running"], 30, "the app", step=0.3)

    assert managed.calf_coach(home, "remind", "fluids").returncode == 0
    wait_for(lambda: managed.status(home)["card"]["kind"] == "fluids", 10, "the fluids card")
    wait_for(managed.displayed, 10, "dunst to show the notification")
    managed.screenshot("notification-with-card")
    offered = managed.press_notification_button("Snooze")
    for label in ("I drank a glass", "Snooze", "Skip"):
        assert any(label in line for line in offered), (label, offered)
    wait_for(lambda: _answers(home) == [("fluids", "snoozed")], 10, "`snoozed` in the history")
    wait_for(lambda: not managed.windows(CARD), 10, "the card to go")
    wait_for(lambda: managed.displayed() == 0, 10, "the notification to go")

    assert managed.calf_coach(home, "remind", "stretch").returncode == 0
    card = wait_for(lambda: managed.windows(CARD), 10, "the stretch card")[0]
    wait_for(managed.displayed, 10, "the stretch notification")
    managed.xdotool("windowminimize", "--sync", card)
    wait_for(lambda: not managed.windows(CARD), 10, "the card to be minimised")
    managed.click_notification()
    assert wait_for(lambda: managed.windows(CARD), 10, "the card back up") == [card]
    assert managed.status(home)["card"]["kind"] == "stretch"
    managed.screenshot("card-back-from-a-notification-click")
    managed.xdotool("windowfocus", "--sync", card, "key", "Escape")  # snoozed on the card
    wait_for(lambda: not managed.windows(CARD), 10, "the stretch card to go")

    assert managed.calf_coach(home, "remind", "legs-up").returncode == 0
    card = wait_for(lambda: managed.windows(CARD), 10, "the legs-up card")[0]
    wait_for(lambda: managed.displayed() == 1, 10, "the legs-up notification")
    managed.xdotool("windowfocus", "--sync", card, "key", "Escape")
    # dunst would keep it 10 s (its own timeout): gone sooner, the app withdrew it.
    wait_for(lambda: managed.displayed() == 0, 3, "the notification withdrawn with the card")
    wait_for(lambda: _answers(home)[-1] == ("legs-up", "snoozed"), 5, "`snoozed` recorded")

    assert managed.calf_coach(home, "quit").returncode == 0
    assert app.wait(timeout=5) == 0
