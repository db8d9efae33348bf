"""Today, the home window: closed where a tray keeps the app, it is deleted and a click
builds it again, with today's figures; without a tray it only minimises and stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at
from tests.qt.apps import started_app


@pytest.fixture
def coach(qtbot: QtBot, home: Paths) -> Iterator[CoachApp]:
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 07:30")))
    yield app
    app.close()


def test_a_closed_home_window_is_deleted_and_opens_again_with_today(
    qtbot: QtBot, coach: CoachApp
) -> None:
    first = coach.tray_or_window.open_window()
    assert not first.keeps_running  # the tray's app: closing it quits nothing
    gone: list[bool] = []
    first.destroyed.connect(lambda: gone.append(True))
    first.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert not shiboken6.isValid(first)
    assert coach.tray_or_window.window is None
    assert coach.status()["window"] is False
    coach.actions.drink.trigger()  # while it is closed: nothing to update but the tray

    again = coach.tray_or_window.open_window()
    assert again is not first and again.isVisible()
    assert again.water_text.text() == "Water today: 250 of 1500 ml"
    assert again.next_up.text() == "A glass of water at 08:00, in 30 min"
    again.close()
