"""Every command a person can give, as QActions: the tray menu and the
no-tray window show the same ones, so they can never drift apart."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from coach.core.state import PAUSES

PAUSE_LABELS = {
    "30m": "For 30 minutes",
    "1h": "For 1 hour",
    "2h": "For 2 hours",
    "until-tomorrow": "Until tomorrow morning",
}
assert set(PAUSE_LABELS) == set(PAUSES)


class CoachActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.next_up = QAction("No reminders planned", self)
        self.next_up.setEnabled(False)
        self.bedtime = QAction("Start bedtime routine", self)
        self.cramp_now = QAction("Cramp now", self)
        self.log_cramp = QAction("Log a cramp…", self)
        self.drink = QAction("I drank a glass", self)
        self.undo_drink = QAction("Undo last glass", self)
        self.water_today = QAction("Water today: 0 ml", self)
        self.water_today.setEnabled(False)
        self.pauses = {choice: QAction(label, self) for choice, label in PAUSE_LABELS.items()}
        self.resume = QAction("Resume reminders", self)
        self.history = QAction("History…", self)
        self.settings = QAction("Settings…", self)
        self.quit = QAction("Quit Calf Coach", self)
        for action in self.all():
            action.setObjectName(action.text())
        self.water_today.setObjectName("water-today")

    def all(self) -> list[QAction]:
        return [
            self.next_up,
            self.bedtime,
            self.cramp_now,
            self.log_cramp,
            self.drink,
            self.undo_drink,
            self.water_today,
            *self.pauses.values(),
            self.resume,
            self.history,
            self.settings,
            self.quit,
        ]

    def show_paused(self, paused: bool) -> None:
        self.resume.setEnabled(paused)
