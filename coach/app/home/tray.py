"""The tray icon and its menu: the app's whole face, most of the time."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from coach import APP_NAME
from coach.app.home.actions import CoachActions
from coach.app.style.icons import app_icon, tray_icon
from coach.core.i18n import translate

BALLOON_MS = 10_000
"""How long a tray balloon stays up."""


class Tray(QObject):
    clicked = Signal()
    """A left click: bring up what is waiting (a reminder card), if anything."""

    def __init__(
        self,
        actions: CoachActions,
        parent: QObject | None = None,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        """`icon`: one already on screen (put up before the app loaded); else a new one."""
        super().__init__(parent)
        self.menu = QMenu()
        self._balloon_shown = False
        """Whether a balloon was shown since the last card took balloons down."""
        self.menu.addAction(actions.next_up)
        self.menu.addSeparator()
        # Cramp now first and in bold: what a person in pain reaches for, found at once.
        self.menu.addAction(actions.cramp_now)
        self.menu.setDefaultAction(actions.cramp_now)
        self.menu.addAction(actions.bedtime)
        self.menu.addSeparator()
        self.menu.addAction(actions.log_cramp)
        self.menu.addAction(actions.drink)
        self.menu.addAction(actions.undo_drink)
        self.menu.addAction(actions.water_today)
        self.menu.addSeparator()
        self.pause_menu = self.menu.addMenu(translate("tray", "Pause reminders"))
        for action in actions.pauses.values():
            self.pause_menu.addAction(action)
        self.menu.addAction(actions.resume)
        self.menu.addSeparator()
        self.menu.addAction(actions.history)
        self.menu.addAction(actions.settings)
        self.menu.addSeparator()
        self.menu.addAction(actions.quit)
        self.icon = icon or QSystemTrayIcon(tray_icon())
        self.icon.setParent(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def show(self) -> None:
        self.icon.show()

    def show_next(self, text: str, paused: bool, waiting: bool = False) -> None:
        self.icon.setToolTip(f"{APP_NAME}\n{text}")
        self.icon.setIcon(tray_icon(paused, waiting))

    def message(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, app_icon(), BALLOON_MS)
        self._balloon_shown = True

    def withdraw_message(self) -> None:
        """Take down a balloon Qt drew itself by the icon (an X11 tray's), so it never
        covers a card that comes up under it ("Snoozed: ..." hid the next card's last
        line). Where the desktop shows the message (a notification), it is left alone."""
        if not self._balloon_shown:
            return  # none since the last look: the windows are not walked (it costs 2 MB)
        self._balloon_shown = False
        for widget in QApplication.topLevelWidgets():
            # inherits(), not metaObject(): PySide sets QMetaObject's Python side up whole
            if widget.inherits("QBalloonTip") and widget.isVisible():
                widget.close()

    def retranslate(self) -> None:
        self.pause_menu.setTitle(translate("tray", "Pause reminders"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.clicked.emit()
