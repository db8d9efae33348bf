"""The routine library's player: a closed player is deleted, and the next routine gets a
new one; a routine set aside for "cramp now" is kept until it comes back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.routines.library import BEDTIME, CRAMP_NOW
from coach.app.routines.player_window import PlayerWindow
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at
from tests.qt.apps import started_app


@pytest.fixture
def coach(qtbot: QtBot, home: Paths) -> Iterator[CoachApp]:
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 21:30")))
    yield app
    app.close()


def players(but: list[PlayerWindow] | None = None) -> list[PlayerWindow]:
    """The player windows there are, `but` those (another test's, still in the same
    QApplication)."""
    found = [widget for widget in QApplication.allWidgets() if isinstance(widget, PlayerWindow)]
    return [player for player in found if not any(player is old for old in but or [])]


def shown(coach: CoachApp) -> PlayerWindow:
    player = coach.routines.player
    assert player is not None and player.isVisible()
    return player


def test_a_closed_player_is_deleted_and_the_next_routine_gets_a_new_one(
    qtbot: QtBot, coach: CoachApp
) -> None:
    others = players()
    coach.routines.open(BEDTIME)
    first = shown(coach)
    gone: list[bool] = []
    first.destroyed.connect(lambda: gone.append(True))
    first.player.finish()
    first.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert not shiboken6.isValid(first)
    assert coach.routines.player is None and players(but=others) == []
    assert coach.status()["player"] is None

    coach.routines.open(BEDTIME)
    again = shown(coach)
    assert again is not first and again.player.index == 0
    again.face.next.click()
    assert again.player.index == 1
    again.player.finish()
    again.close()


def test_cramp_now_closes_for_good_and_the_routine_set_aside_comes_back(
    qtbot: QtBot, coach: CoachApp
) -> None:
    others = players()
    coach.routines.open(BEDTIME)
    bedtime = shown(coach)
    bedtime.face.next.click()
    coach.routines.open(CRAMP_NOW)
    cramp_now = shown(coach)
    gone: list[bool] = []
    cramp_now.destroyed.connect(lambda: gone.append(True))
    cramp_now.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert players(but=others) == [bedtime]
    assert shown(coach) is bedtime and bedtime.player.index == 1
    bedtime.player.finish()
    bedtime.close()
