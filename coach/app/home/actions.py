"""Every command a person can give, as QActions, declared once: the tray menu and the
home window take theirs from here (the menu leaves out Tips, which the home window and
History offer), so a label or a key can never drift apart."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.plan.run_state import PAUSES

PAUSE_LABELS = {
    "30m": QT_TRANSLATE_NOOP("actions", "For 30 minutes"),
    "1h": QT_TRANSLATE_NOOP("actions", "For 1 hour"),
    "2h": QT_TRANSLATE_NOOP("actions", "For 2 hours"),
    "until-tomorrow": QT_TRANSLATE_NOOP("actions", "Until tomorrow morning"),
}
assert set(PAUSE_LABELS) == set(PAUSES)


class CoachActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.next_up = self._action(QT_TRANSLATE_NOOP("actions", "No reminders planned"))
        self.next_up.setEnabled(False)
        self.bedtime = self._action(QT_TRANSLATE_NOOP("actions", "Start bedtime routine"))
        self.cramp_now = self._action(QT_TRANSLATE_NOOP("actions", "Cramp now"))
        self.log_cramp = self._action(QT_TRANSLATE_NOOP("actions", "Log a cramp…"))
        self.drink = self._action(QT_TRANSLATE_NOOP("actions", "I drank a glass"))
        self.undo_drink = self._action(QT_TRANSLATE_NOOP("actions", "Undo last glass"))
        self.water_today = self._action(QT_TRANSLATE_NOOP("actions", "Water today: 0 ml"))
        self.water_today.setEnabled(False)
        self.water_today.setObjectName("water-today")
        self.pauses = {choice: self._action(label) for choice, label in PAUSE_LABELS.items()}
        self.resume = self._action(QT_TRANSLATE_NOOP("actions", "Resume reminders"))
        self.history = self._action(QT_TRANSLATE_NOOP("actions", "History…"))
        self.tips = self._action(QT_TRANSLATE_NOOP("actions", "Tips…"))
        self.settings = self._action(QT_TRANSLATE_NOOP("actions", "Settings…"))
        self.quit = self._action(QT_TRANSLATE_NOOP("actions", "Quit Calf Coach"))

    def _action(self, source: str) -> QAction:
        """An action shown in the app's language, found by its English text (objectName)."""
        action = QAction(translate("actions", source), self)
        action.setObjectName(source)
        return action

    def retranslate(self) -> None:
        """Re-read the texts after a language change; the app then refreshes the live
        ones (next reminder, water today)."""
        for action in self.all():
            action.setText(translate("actions", action.objectName()))

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
            self.tips,
            self.settings,
            self.quit,
        ]

    def show_paused(self, paused: bool) -> None:
        self.resume.setEnabled(paused)
