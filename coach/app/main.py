"""Starting the tray app: one instance, logging, the tray icon, then the rest.

The icon goes up, and is drawn, before the rest of the app loads (its modules,
the settings, the history, the routines: a few tenths of a second, more on a
slow disk), so the person sees at once that it started. A click on it meanwhile
is answered when the loading is done, with the menu and tooltip in place (one in
the few milliseconds before Qt has drawn the icon is not seen).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach import APP_NAME
from coach.app.binding_probe import binding_problem
from coach.app.style.icons import app_icon, tray_icon
from coach.app.style.theme import show_focus
from coach.core.read_only import cannot_write, disk_full
from coach.core.system.display_probe import display_problem
from coach.core.system.paths import Paths

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from coach.app.desktop.clock import Clock
    from coach.app.desktop.command_socket import CommandServer

log = logging.getLogger("coach")
TRAY_WINDOW = "QSystemTrayIconSysWindow"
"""The name Qt gives the window of its own X11 tray icon (the widget's name + "Window")."""


def run_app(paths: Paths, clock: Clock | None = None) -> int:
    """Run the tray app until Quit; a second start just brings the first one forward."""
    reason = display_problem(os.environ, sys.platform)
    if reason is not None:  # Qt would abort, blaming its platform plugin
        print(f"calf-coach: {reason}.", file=sys.stderr)
        return 1
    faulty = binding_problem()
    if faulty is not None:  # the app would abort after an hour or so
        print(f"calf-coach: {faulty}.", file=sys.stderr)
        return 1
    paths.ensure()
    lock = QLockFile(str(paths.lock_file))
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:  # another app holds it
            return _bring_forward(paths)
        refused = _start_unlocked(paths)
        if refused is not None:
            return refused
    app = QApplication.instance() or QApplication(["calf-coach"])  # names the window class
    assert isinstance(app, QApplication)
    app.setApplicationName("calf-coach")
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("calf-coach")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    show_focus(app)
    icon = QSystemTrayIcon(tray_icon())
    icon.setToolTip(APP_NAME)
    loaded: list[CommandServer] = []
    failed: list[BaseException] = []

    def load_the_rest() -> None:
        from coach.app import startup  # once the icon is drawn (see above)

        try:
            loaded.append(startup.load(app, paths, clock, icon))
        except BaseException as exc:  # told by the caller, as before the event loop ran
            failed.append(exc)
            app.exit(1)

    if QSystemTrayIcon.isSystemTrayAvailable():
        icon.show()
    WhenDrawn(app, load_the_rest)
    code = app.exec()
    for server in loaded:
        server.close()
    lock.unlock()
    if failed:
        raise failed[0]
    return code


class WhenDrawn(QObject):
    """Runs `then` once the tray icon is on screen. Qt's own X11 tray icon is a window of
    this app, painted by its event loop when the tray host exposes it: `then` waits for
    that first expose (at most half a second). Where the desktop draws the icon (its D-Bus
    tray, Windows, macOS), or there is no tray, `then` runs as soon as the event loop does.

    The window is found by name among the QWindows. Listing the widgets would wrap Qt's
    private QSystemTrayIconSys, and to wrap a widget of a class it does not know PySide
    sets up every QtWidgets type: about 1 MB for the life of the app."""

    MOST_MS = 500

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._then: Callable[[], None] | None = then
        self._window = next(
            (w for w in QApplication.allWindows() if w.objectName() == TRAY_WINDOW), None
        )
        if self._window is None:
            QTimer.singleShot(0, self._run)
            return
        self._window.installEventFilter(self)
        QTimer.singleShot(self.MOST_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent  # 3 ms: here, while the tray host docks the icon

        shown = self._window is not None and self._window.isExposed()  # not an unmap's
        if event.type() == QEvent.Type.Expose and shown:
            QTimer.singleShot(0, self._run)  # once the painting it causes has been sent
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        QApplication.processEvents()  # sends the painted icon to the X server now
        if self._window is not None:
            self._window.removeEventFilter(self)
        then()


def _start_unlocked(paths: Paths) -> int | None:
    """The lock file could not be made: None to start all the same, or the exit code.
    On a full disk (an empty file fits there, the few bytes inside it do not) the app
    starts, unless one answers already; anywhere else (a read-only folder) it cannot run
    there, and says why in one line."""
    if not disk_full(paths.runtime_dir):
        why = cannot_write(paths.lock_file) or "the lock file cannot be made"
        print(f"calf-coach: {paths.runtime_dir}: cannot be used: {why}", file=sys.stderr)
        return 1
    from coach.app.desktop import command_socket

    if command_socket.send(command_socket.socket_name(paths), {"command": "show"}) is not None:
        print("Calf Coach is already running; brought it forward.")
        return 0
    return None


def _bring_forward(paths: Paths) -> int:
    from coach.app.desktop import command_socket

    if command_socket.send_to_app(paths, {"command": "show"}) is not None:  # waits while it loads
        print("Calf Coach is already running; brought it forward.")
        return 0
    print("Calf Coach seems to be starting or stuck; try again in a moment.", file=sys.stderr)
    return 1
