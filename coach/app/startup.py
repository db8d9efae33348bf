"""The app's loading, once its tray icon is on screen: the language, settings, history
and state, the app itself, its routines and its command socket."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QSocketNotifier,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach import APP_NAME
from coach.app.coach_app import CoachApp
from coach.app.desktop import command_socket
from coach.app.desktop.clock import Clock, SystemClock
from coach.app.log_file import CappedLogFile
from coach.app.reminders.notices import Notices
from coach.app.style.language import install_language
from coach.core.files import make_private
from coach.core.history.store import open_history
from coach.core.plan.run_state import load_state
from coach.core.settings.schema import load_settings, read_language
from coach.core.system.assets import asset_path
from coach.core.system.autostart import autostart_for
from coach.core.system.launch import start_command, this_install
from coach.core.system.paths import Paths

log = logging.getLogger("coach")


def load(
    app: QApplication, paths: Paths, clock: Clock | None, icon: QSystemTrayIcon
) -> command_socket.CommandServer:
    """Start the app in `app`'s event loop; returns the socket to close after it."""
    _log_to(paths)
    if icon.isVisible():
        log.info("tray icon shown")
    clock = clock or SystemClock()
    install_language(read_language(paths.settings_file))
    now = clock.now()
    first_run = not paths.settings_file.exists()
    loaded = load_settings(paths.settings_file, now)
    problems = [f"{paths.settings_file.name}: {p}" for p in loaded.problems]
    opened = open_history(paths.history_file, now)
    state, state_notice = load_state(paths.state_file, now)
    unsaved = opened.history.read_only
    told = (opened.notice, unsaved.line() if unsaved else None, state_notice)
    problems += [line for line in told if line]

    notices = desktop_notices(APP_NAME, asset_path("icons/calf-coach.svg"))
    coach = CoachApp(
        paths,
        clock,
        loaded.settings,
        opened.history,
        state,
        notices,
        autostart=autostart_for(
            sys.platform, Path.home(), os.environ, start_command(this_install(), paths.home)
        ),
        icon=icon,
    )
    coach.apply_look(loaded.settings)
    problems += coach.load_routines()
    server = command_socket.CommandServer(command_socket.socket_name(paths), coach.handle, coach)
    server.listen()
    _quit_on_signals(app, coach)
    coach.start(problems, welcome=first_run)
    log.info("ready")
    return server


def _quit_on_signals(app: QApplication, coach: CoachApp) -> None:
    """SIGTERM and SIGINT (logout, Ctrl+C) quit cleanly, woken through a socket Qt watches."""
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woke() -> None:
        reader.recv(64)
        coach.quit()

    notifier.activated.connect(woke)
    coach.keep_alive = (reader, writer, notifier)


def _log_to(paths: Paths) -> None:
    handler = CappedLogFile(paths.log_file, most=1_000_000)
    handler.setFormatter(
        logging.Formatter(
            "%(asctime)s.%(msecs)03d %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S"
        )
    )
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    make_private(paths.log_file)
    qInstallMessageHandler(_qt_to_log)


QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own messages (a sound device that refuses, a missing plugin) go to the app's
    log file, where a person or a helper can read them, not to a console no one sees."""
    logging.getLogger("coach.qt").log(QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def desktop_notices(app_name: str, icon: Path, platform: str = sys.platform) -> Notices:
    """The notifications of this platform (see coach.app.reminders.notices)."""
    if platform in ("darwin", "win32"):
        from coach.app.reminders.notifier_notices import NotifierNotices

        return NotifierNotices(app_name, icon)
    from coach.app.reminders.freedesktop_notices import FreedesktopNotices

    return FreedesktopNotices(app_name, icon)
