"""The OS notification that mirrors the reminder card, with the same three answers.

Where the desktop has no notification service and the card waits to be asked for
(Wayland), the tray balloon says it instead; where the card comes up by itself by the
tray, no balloon covers it.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject

from coach import APP_NAME
from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.notices import Notices
from coach.core.history.records import Outcome
from coach.core.i18n import translate
from coach.core.plan.reminders import Reminder
from coach.core.settings.kinds import snooze_label

log = logging.getLogger(__name__)


class Balloons(Protocol):
    """Where a short message can stand by the tray icon (TrayOrWindow)."""

    def balloon(self, title: str, text: str) -> bool:
        """Show it if there is a tray icon on screen; whether it was shown."""
        ...

    def can_balloon(self) -> bool:
        """Whether a tray icon is on screen to show one."""
        ...

    def withdraw_balloon(self) -> None:
        """Take down one still on screen."""
        ...


class ReminderNotices(QObject):
    def __init__(
        self,
        notices: Notices | None,
        flow: ReminderFlow,
        balloons: Balloons,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.notices = notices
        self.flow = flow
        self.balloons = balloons
        flow.told_elsewhere = self.reaches
        flow.presented.connect(self.show)
        flow.answered.connect(self.withdraw)
        if notices is not None:
            notices.stays = not flow.unasked  # there the notification is the reminder
            notices.pressed.connect(lambda key: flow.answer(Outcome(key)))
            notices.unavailable.connect(self._unavailable)

    @property
    def _service(self) -> Notices | None:
        """The notification service, unless it is known to be missing."""
        return self.notices if self.notices and self.notices.available is not False else None

    def show(self, reminder: Reminder) -> None:
        self.balloons.withdraw_balloon()  # an older one ("Snoozed: ...") would cover the card
        text = reminder.text
        if self._service is not None:
            self._service.show(
                f"{APP_NAME}: {text.title}",
                text.why,
                [
                    (Outcome.DONE.value, text.action),
                    (Outcome.SNOOZED.value, snooze_label(self.flow.snooze_minutes(reminder))),
                    (Outcome.SKIPPED.value, translate("coach", "Skip")),
                ],
            )
        # Where the card comes up by itself by the tray, a balloon there would cover it;
        # where it waits to be asked for, the balloon tells (or, with no tray, the card).
        elif not self.flow.unasked and not self.balloons.balloon(
            f"{APP_NAME}: {text.title}", text.why
        ):
            self.flow.show_unasked()

    def withdraw(self, _reminder: Reminder, _outcome: Outcome) -> None:
        if self._service is not None:
            self._service.withdraw()  # also one still waiting for the service's answer

    def _unavailable(self, reason: str) -> None:
        log.info("desktop notifications unavailable (%s): using the tray balloon", reason)
        current = self.flow.current
        if current is None or self.flow.unasked:  # the card is up by the tray already
            return
        if not self.balloons.balloon(f"{APP_NAME}: {current.text.title}", current.text.why):
            self.flow.show_unasked()

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: whether the desktop's notification service answers."""
        if self.notices is None:
            return {"notifications": "none"}
        said = {True: "available", False: "unavailable", None: "not asked yet"}
        return {"notifications": said[self.notices.available]}

    def reaches(self) -> bool:
        """Whether the person hears of a reminder without the card: a notification service
        (or one not asked yet), or the tray balloon."""
        return self._service is not None or self.balloons.can_balloon()

    def stop(self) -> None:
        if self.notices is not None:
            self.notices.stop()
