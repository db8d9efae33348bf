"""A running app for the Qt tests: a fake clock, a private home, and sound and voice that
stay silent (the audible path is played for real in tests/e2e/test_audible.py)."""

from __future__ import annotations

from typing import Protocol

from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.reminders.notices import Notices
from coach.app.routines.sound import Plays
from coach.app.routines.voice import Speaks
from coach.core.history.store import open_history
from coach.core.plan.run_state import AppState
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, FakeDesktop


class Audio(Plays, Speaks, Protocol):
    """Sound and voice in one test object."""


class Silent:
    def play(self, name: str) -> None: ...

    def say(self, text: str) -> None: ...


def started_app(
    qtbot: QtBot,
    home: Paths,
    clock: FakeClock,
    notices: Notices | None = None,
    audio: Audio | None = None,
    desktop: FakeDesktop | None = None,
    state: AppState | None = None,
) -> CoachApp:
    """`audio` stands in for both sound and voice (a recording one, or silence); `desktop`
    says the person's attention (present, unless a test sets it): never this machine's;
    `state` is what the last run left (its last check, a pause)."""
    history = open_history(home.history_file, clock.now()).history
    sound: Audio = audio or Silent()
    app = CoachApp(
        home,
        clock,
        DEFAULTS,
        history,
        state or AppState(),
        notices,
        chimes=lambda _: sound,
        voice=lambda _: sound,
        desktop=[desktop or FakeDesktop()],
    )
    assert app.load_routines() == []
    app.flow.card_built.connect(qtbot.addWidget)  # closed with the test, if one was needed
    app.start([])
    return app
