"""A running app for the Qt tests: a fake clock, a private home, and sound and voice that
stay silent (the audible path is played for real in tests/e2e/test_audible.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.core.history import open_history
from coach.core.paths import Paths
from coach.core.settings import DEFAULTS
from coach.core.state import AppState
from tests.helpers import FakeClock


class Silent:
    def play(self, name: str) -> None: ...

    def say(self, text: str) -> None: ...


def started_app(qtbot: QtBot, home: Paths, clock: FakeClock) -> CoachApp:
    history = open_history(home.history_file, clock.now()).history
    app = CoachApp(
        home,
        clock,
        DEFAULTS,
        history,
        AppState(),
        chimes=lambda _: Silent(),
        voice=lambda _: Silent(),
    )
    app.load_routines()
    qtbot.addWidget(app.card)
    app.start([])
    return app
