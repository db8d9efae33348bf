"""Where the app lives on the desktop: the tray icon where there is a tray, a window where
there is none. It never runs invisible.

At login the tray often appears seconds after the app (tint2 takes 15 s).
Check every second at first, then open the window so that nothing is
invisible, and keep looking every few seconds for two minutes: when a tray
turns up, move into it.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from coach import APP_NAME
from coach.app.desktop.screen import bring_forward, gone_when_closed
from coach.app.home.actions import CoachActions
from coach.app.home.tray import Tray
from coach.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from coach.app.home.today_window import HomeWindow

log = logging.getLogger(__name__)

TRAY_WAIT_SECONDS = 5
TRAY_LATE_CHECKS = 24  # every 5 s: two more minutes
NO_TRAY = QT_TRANSLATE_NOOP(
    "coach",
    "No system tray was found on this desktop, so Calf Coach runs in this window. "
    "Reminders still come on time.",
)
NO_TRAY_ON_GNOME = QT_TRANSLATE_NOOP(
    "coach",
    "GNOME shows no tray icons by itself, so Calf Coach runs in this window. With the "
    "“AppIndicator and KStatusNotifierItem Support” extension (in Extensions, or your "
    "system's gnome-shell-extension-appindicator package) its icon goes to the top bar. "
    "Reminders still come on time.",
)


def no_tray_text() -> str:
    """Why the app lives in a window; on GNOME, with the extension that gives it a tray."""
    gnome = "GNOME" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper()
    return translate("coach", NO_TRAY_ON_GNOME if gnome else NO_TRAY)


class TrayOrWindow(QObject):
    opened = Signal()
    """The home window came on screen: it wants today's figures."""

    def __init__(
        self,
        actions: CoachActions,
        parent: QObject | None = None,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions = actions
        self.tray = Tray(actions, self, icon)
        self.window: HomeWindow | None = None
        self.no_tray = False
        self._checks = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.find_tray)

    def find_tray(self) -> None:
        self._checks += 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            if not self.tray.icon.isVisible():  # else it went up before the app loaded
                self.tray.show()
                log.info("tray icon shown")
            if self.no_tray and self.window is not None:
                self.no_tray = self.window.keeps_running = False
                self.window.close()  # and deleted: the tray is the app's face now
                text = translate("coach", "Calf Coach now lives in the system tray.")
                self.tray.message(APP_NAME, text)
            return
        if self._checks == TRAY_WAIT_SECONDS:
            log.info("no system tray yet: using a window")
            self.no_tray = True
            self.open_window()
        if self._checks < TRAY_WAIT_SECONDS:
            self.timer.start(1000)
        elif self._checks < TRAY_WAIT_SECONDS + TRAY_LATE_CHECKS:
            self.timer.start(5000)

    def open_window(self) -> HomeWindow:
        """The home window: the app's face where there is no tray, and on a left click."""
        if self.window is None:
            from coach.app.home.today_window import (
                HomeWindow,  # where there is no tray, or on a click
            )

            window = self.window = HomeWindow(self.actions)
            window.show_next(self.actions.next_up.text())
            gone_when_closed(window, lambda: self._forget(window))
        self.window.keeps_running = self.no_tray
        self.window.reason.setText(no_tray_text())
        self.window.reason.setVisible(self.no_tray)
        bring_forward(self.window)
        self.opened.emit()  # now on screen: today's figures are read for it
        return self.window

    def _forget(self, window: HomeWindow) -> None:
        """Closed (where a tray keeps the app), the window is deleted; a click builds it
        again. Without a tray it only minimises, and stays."""
        if self.window is window:
            self.window = None

    def show_next(self, text: str, tooltip: str, paused: bool, waiting: bool = False) -> None:
        """The next reminder, in the tray's tooltip and the window; the icon says whether
        reminders are paused and whether one waits for an answer."""
        self.tray.show_next(tooltip, paused, waiting)
        if self.window is not None:
            self.window.show_next(text)

    def message(self, text: str, title: str = APP_NAME) -> None:
        """A short message by the tray icon (a balloon), where there is one."""
        self.tray.message(title, text)

    def can_balloon(self) -> bool:
        return self.tray.icon.isVisible()

    def withdraw_balloon(self) -> None:
        self.tray.withdraw_message()

    def balloon(self, title: str, text: str) -> bool:
        """A balloon only where the tray icon is on screen; whether one was shown."""
        if not self.tray.icon.isVisible():
            return False
        self.tray.message(title, text)
        return True

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: the tray icon and the home window, as shown."""
        geometry = self.tray.icon.geometry()
        shown = self.window is not None and self.window.isVisible()
        return {
            "tray": {
                "available": QSystemTrayIcon.isSystemTrayAvailable(),
                "visible": self.tray.icon.isVisible(),
                "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            },
            "window": shown,
        }

    def retranslate(self) -> None:
        self.tray.retranslate()
        if self.window is not None:
            self.window.reason.setText(no_tray_text())
            self.window.retranslate()

    def close(self) -> None:
        self.timer.stop()
        if self.window is not None:
            self.window.quitting = True
            self.window.close()
        self.tray.icon.hide()
