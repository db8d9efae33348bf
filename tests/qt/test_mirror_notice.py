"""With no notification service, the tray balloon tells of a reminder only where the card
waits to be asked for (Wayland); where the card comes up by itself by the tray, a
balloon there would cover its buttons, so none is shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.mirror_notice import ReminderNotices
from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.history.store import History, open_history
from coach.core.plan.run_state import AppState
from coach.core.settings.schema import DEFAULTS
from tests.helpers import FakeClock, InUse, at


class Tray:
    """A tray icon on screen that counts its balloons."""

    def __init__(self) -> None:
        self.shown: list[str] = []

    def balloon(self, title: str, text: str) -> bool:
        self.shown.append(title)
        return True

    def can_balloon(self) -> bool:
        return True

    def withdraw_balloon(self) -> None: ...


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.sqlite3", at("2026-06-10 08:00")).history
    yield opened
    opened.close()


@pytest.mark.parametrize("card_comes_up", [True, False])
def test_a_balloon_only_where_the_card_waits_to_be_asked_for(
    qtbot: QtBot, history: History, card_comes_up: bool
) -> None:
    clock = FakeClock(at("2026-06-10 08:00"))
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=card_comes_up)
    tray = Tray()
    mirror = ReminderNotices(None, flow, tray)
    qtbot.addWidget(flow.card)
    try:
        scheduler.start()
        qtbot.waitUntil(lambda: flow.current is not None, timeout=2000)
        current = flow.current
        assert current is not None
        assert flow.card.isVisible() is card_comes_up
        if card_comes_up:
            assert tray.shown == [], "a balloon by the tray would cover the card's buttons"
        else:
            assert tray.shown == [f"Calf Coach: {current.text.title}"]
        assert mirror.reaches(), "the tray icon is there"
    finally:
        mirror.stop()
