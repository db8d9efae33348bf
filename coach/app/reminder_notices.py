"""The OS notification that mirrors the reminder card, with the same three answers.

Where the desktop has no notification service, the tray balloon says it instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from coach.app.flow import ReminderFlow
from coach.app.notices import Notices
from coach.app.presence import Presence
from coach.core.autostart import APP_NAME
from coach.core.history import Outcome
from coach.core.i18n import translate
from coach.core.kinds import snooze_label
from coach.core.reminders import Reminder

log = logging.getLogger(__name__)


class ReminderNotices(QObject):
    def __init__(
        self,
        notices: Notices | None,
        flow: ReminderFlow,
        presence: Presence,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.notices = notices
        self.flow = flow
        self.presence = presence
        flow.presented.connect(self.show)
        flow.answered.connect(self.withdraw)
        if notices is not None:
            notices.pressed.connect(lambda key: flow.answer(Outcome(key)))
            notices.unavailable.connect(self._unavailable)

    def show(self, reminder: Reminder) -> None:
        text = reminder.text
        if self.notices is not None and self.notices.available is not False:
            self.notices.show(
                f"{APP_NAME}: {text.title}",
                text.why,
                [
                    (Outcome.DONE.value, text.action),
                    (Outcome.SNOOZED.value, snooze_label(self.flow.snooze_minutes(reminder))),
                    (Outcome.SKIPPED.value, translate("coach", "Skip")),
                ],
            )
        elif self.presence.tray.icon.isVisible():
            self.presence.message(text.why, f"{APP_NAME}: {text.title}")

    def withdraw(self, _reminder: Reminder, _outcome: Outcome) -> None:
        if self.notices is not None and self.notices.available is not False:
            self.notices.withdraw()  # also one still waiting for the service's answer

    def _unavailable(self, reason: str) -> None:
        log.info("desktop notifications unavailable (%s): using the tray balloon", reason)
        current = self.flow.current
        if current is not None and self.presence.tray.icon.isVisible():
            self.presence.message(current.text.why, f"{APP_NAME}: {current.text.title}")

    def stop(self) -> None:
        if self.notices is not None:
            self.notices.stop()
