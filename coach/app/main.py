"""Starting the tray app: one instance, logging, loading, then the event loop."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import (
    QLockFile,
    QMessageLogContext,
    QSocketNotifier,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from coach.app import ipc
from coach.app.clock import Clock, SystemClock
from coach.app.coach_app import CoachApp
from coach.app.icons import app_icon
from coach.app.language import install_language
from coach.app.notices import desktop_notices
from coach.core.assets import asset_path
from coach.core.autostart import APP_NAME, app_command, autostart_for
from coach.core.files import make_private
from coach.core.history import open_history
from coach.core.paths import Paths
from coach.core.settings import load_settings, read_language
from coach.core.state import load_state

log = logging.getLogger("coach")


def run_app(paths: Paths, clock: Clock | None = None) -> int:
    """Run the tray app until Quit; a second start just brings the first one forward."""
    clock = clock or SystemClock()
    paths.ensure()
    name = ipc.socket_name(paths)
    lock = QLockFile(str(paths.runtime_dir / "calf-coach.lock"))
    if not lock.tryLock(0):
        return _bring_forward(name)
    _log_to(paths)
    app = QApplication.instance() or QApplication(["calf-coach"])  # names the window class
    assert isinstance(app, QApplication)
    app.setApplicationName("calf-coach")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("calf-coach")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)

    install_language(read_language(paths.settings_file))
    now = clock.now()
    first_run = not paths.settings_file.exists()
    loaded = load_settings(paths.settings_file, now)
    problems = [f"{paths.settings_file.name}: {p}" for p in loaded.problems]
    opened = open_history(paths.history_file, now)
    state, state_notice = load_state(paths.state_file, now)
    problems += [notice for notice in (opened.notice, state_notice) if notice]

    notices = desktop_notices(APP_NAME, asset_path("icons/calf-coach.svg"))
    coach = CoachApp(
        paths,
        clock,
        loaded.settings,
        opened.history,
        state,
        notices,
        autostart=autostart_for(sys.platform, Path.home(), os.environ, app_command(paths.home)),
    )
    coach.apply_look(loaded.settings)
    problems += coach.load_routines()
    server = ipc.CommandServer(name, coach.handle, coach)
    server.listen()
    _quit_on_signals(app, coach)
    coach.start(problems, welcome=first_run)
    log.info("ready")
    code = app.exec()
    server.close()
    lock.unlock()
    return code


def _bring_forward(name: str) -> int:
    for _ in range(10):  # the other instance may still be starting
        if ipc.send(name, {"command": "show"}, timeout_ms=500) is not None:
            print("Calf Coach is already running; brought it forward.")
            return 0
    print("Calf Coach seems to be starting or stuck; try again in a moment.", file=sys.stderr)
    return 1


def _log_to(paths: Paths) -> None:
    handler = RotatingFileHandler(
        paths.log_file, maxBytes=1_000_000, backupCount=1, encoding="utf-8"
    )
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
