"""Loading the app once its icon is up (coach.app.startup): from the person's own files,
with their problems told, a log file of its own, the command socket answering, and a
clean quit on SIGTERM (a logout). On a desktop with no session bus and no display, as
the Qt tests run, so nothing of this machine's desktop is read."""

from __future__ import annotations

import json
import logging
import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from coach.app import startup
from coach.app.coach_app import CoachApp
from coach.app.desktop import command_socket
from coach.app.desktop.command_socket import CommandServer
from coach.app.reminders.freedesktop_notices import FreedesktopNotices
from coach.app.reminders.notifier_notices import NotifierNotices
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at
from tests.qt.test_command_socket import in_a_thread


def loaded(paths: Paths) -> tuple[CommandServer, CoachApp]:
    """The app loaded into the tests' QApplication, as run_app does once its icon is up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    server = startup.load(app, paths, FakeClock(at("2026-06-10 15:00")), QSystemTrayIcon())
    coach = server.parent()
    assert isinstance(coach, CoachApp)
    return server, coach


def test_it_loads_tells_the_files_problems_answers_and_quits_on_sigterm(
    qtbot: QtBot, no_desktop: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = no_desktop
    paths.settings_file.write_text("bedtime = 25\n", encoding="utf-8")
    server, coach = loaded(paths)
    try:
        told = "\n".join(box.text() for box in coach.problem_box.told)
        assert "settings.toml" in told and "bedtime" in told, told
        assert coach.windows.welcome is None, "not a first run: the settings file exists"
        name = command_socket.socket_name(paths)
        reply = in_a_thread(qtbot, lambda: command_socket.send(name, {"command": "status"}))
        assert reply is not None and reply["status"]["running"] is True
        assert oct(paths.log_file.stat().st_mode & 0o777) == "0o600"
        logged = paths.log_file.read_text(encoding="utf-8")
        assert "ready" in logged
        desktop = next(line for line in logged.splitlines() if " desktop: {" in line)
        said = json.loads(desktop.split(" desktop: ", 1)[1])
        assert (said["platform"], said["session"], said["notifications"]) == (
            "offscreen",
            "none",
            "not asked yet",
        )
        assert said["attention_sources"]["full-screen"] == [], "no display: not seen"
        status = reply["status"]
        assert {"platform", "session", "tray", "attention_sources", "cramp_key"} <= set(status)
        quits: list[bool] = []
        monkeypatch.setattr(coach, "quit", lambda: quits.append(True))
        os.kill(os.getpid(), signal.SIGTERM)  # a logout
        qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    finally:
        server.close()
        coach.close()


def test_a_first_run_opens_the_welcome(qtbot: QtBot, no_desktop: Paths) -> None:
    server, coach = loaded(no_desktop)
    try:
        welcome = coach.windows.welcome
        assert welcome is not None and welcome.isVisible()
        assert coach.problem_box.told == []
        welcome.answered.emit(coach.settings.value, False)  # "Done, not now"
        (said,) = coach.glance.told
        assert said.startswith("Calf Coach waits in its window") or "tray" in said, said
        assert " First: " in said, "when the app first speaks up"
    finally:
        server.close()
        coach.close()


def test_qt_messages_go_to_the_app_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, "coach.qt"):
        startup._qt_to_log(QtMsgType.QtWarningMsg, QMessageLogContext(), "no sound device")
        startup._qt_to_log(QtMsgType.QtCriticalMsg, QMessageLogContext(), "a plugin failed")
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "no sound device"),
        ("ERROR", "a plugin failed"),
    ]


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_macos_and_windows_notifications_go_through_desktop_notifier(
    qtbot: QtBot, platform: str
) -> None:
    """(Its library is loaded with the first notification, so none is needed here.)"""
    notices = startup.desktop_notices("Calf Coach", Path("icon.svg"), platform=platform)
    try:
        assert isinstance(notices, NotifierNotices)
    finally:
        notices.stop()


def test_linux_notifications_speak_the_freedesktop_service(qtbot: QtBot, no_desktop: Paths) -> None:
    notices = startup.desktop_notices("Calf Coach", Path("icon.svg"), platform="linux")
    try:
        assert isinstance(notices, FreedesktopNotices)
    finally:
        notices.stop()
