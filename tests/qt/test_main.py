"""Starting the tray app (coach.app.main): one instance, behind its lock; the icon first,
the rest loaded once the event loop runs (at once where there is no tray window to wait
for); a failure while loading is raised after the loop, and the lock is let go."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from coach.app import main, startup
from coach.app.coach_app import CoachApp
from coach.app.desktop.command_socket import CommandServer, socket_name
from coach.core.history.store import HistoryError
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at


@pytest.fixture
def shared_app() -> Iterator[QApplication]:
    """run_app names and sets up the one QApplication: put it back for the other tests."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    kept = (
        app.applicationName(),
        app.applicationDisplayName(),
        app.desktopFileName(),
        app.windowIcon(),
        app.quitOnLastWindowClosed(),
    )
    yield app
    app.setApplicationName(kept[0])
    app.setApplicationDisplayName(kept[1])
    app.setDesktopFileName(kept[2])
    app.setWindowIcon(kept[3])
    app.setQuitOnLastWindowClosed(kept[4])


def test_it_loads_behind_its_lock_and_lets_it_go_on_quit(
    qtbot: QtBot, no_desktop: Paths, shared_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded: list[CoachApp] = []
    load = startup.load

    def load_then_quit(
        app: QApplication, paths: Paths, clock: object, icon: QSystemTrayIcon
    ) -> CommandServer:
        server = load(app, paths, FakeClock(at("2026-06-10 15:00")), icon)
        coach = server.parent()
        assert isinstance(coach, CoachApp)
        loaded.append(coach)
        assert Path(no_desktop.lock_file).exists(), "held while it runs"
        QTimer.singleShot(0, coach.quit)  # as `calf-coach quit` would
        return server

    monkeypatch.setattr(startup, "load", load_then_quit)
    assert main.run_app(no_desktop) == 0
    assert len(loaded) == 1
    assert shared_app.applicationDisplayName() == "Calf Coach"
    assert not Path(socket_name(no_desktop)).exists(), "the socket is closed on quit"
    assert not no_desktop.lock_file.exists(), "the lock is let go"


def test_a_failure_while_loading_is_raised_after_the_loop(
    qtbot: QtBot, no_desktop: Paths, shared_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> CommandServer:
        raise HistoryError("history.sqlite3: the disk is full")

    monkeypatch.setattr(startup, "load", refuse)
    with pytest.raises(HistoryError, match="the disk is full"):
        main.run_app(no_desktop)
    assert not no_desktop.lock_file.exists()


def test_with_no_tray_window_the_rest_loads_as_soon_as_the_loop_runs(qtbot: QtBot) -> None:
    ran: list[bool] = []
    main.WhenDrawn(QApplication.instance(), lambda: ran.append(True))  # type: ignore[arg-type]
    assert ran == []
    qtbot.waitUntil(lambda: ran == [True], timeout=2000)
