"""What the tray and the home window say at a glance: the next reminder, today's water,
whether reminders are paused or held, and today's reminders in the home window."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coach.app.desktop.clock import Clock
from coach.app.history.writer import HistoryWriter
from coach.app.home.actions import CoachActions
from coach.app.home.tray_or_window import TrayOrWindow
from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.i18n import in_english, translate
from coach.core.plan.reminders import describe_next, upcoming
from coach.core.plan.today import today_rows
from coach.core.settings.attention import holding_text
from coach.core.settings.schema import SettingsInUse


class Glance:
    def __init__(
        self,
        actions: CoachActions,
        tray_or_window: TrayOrWindow,
        scheduler: ReminderScheduler,
        flow: ReminderFlow,
        log: HistoryWriter,
        settings: SettingsInUse,
        clock: Clock,
    ) -> None:
        self.actions = actions
        self.tray_or_window = tray_or_window
        self.scheduler = scheduler
        self.flow = flow
        self.log = log
        self.settings = settings
        self.clock = clock
        self.told: list[str] = []
        """What it said after the welcome (for `status` and tests)."""

    def refresh(self) -> None:
        """Read again what the tray and the home window say, as of now."""
        now = self.clock.now()
        paused = self.scheduler.paused_until()
        text = describe_next(self.scheduler.upcoming, now, paused)
        self.actions.next_up.setText(text)
        self.actions.show_paused(paused is not None)
        total, goal = self.log.water_today()
        water = translate("coach", "Water today: {total} of {goal} ml").format(
            total=total, goal=goal
        )
        self.actions.water_today.setText(water)
        self.actions.undo_drink.setEnabled(total > 0)  # no glass today: nothing to take back
        waiting = self.flow.current is not None
        holding = holding_text(self.scheduler.agenda.attention)
        tooltip = "\n".join(filter(None, [holding, text, water]))
        self.tray_or_window.show_next(text, tooltip, paused is not None, waiting)
        home = self.tray_or_window.window
        if home is not None and home.isVisible():  # only what is on screen is read
            day = now.replace(hour=0, minute=0, second=0, microsecond=0)
            answered = self.log.history.reminders(day, day + dt.timedelta(days=1, hours=1))
            coming = upcoming(self.settings.value, now, 48, paused_until=paused)
            home.show_today(today_rows(answered, coming, now), total, goal)

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: the next reminder as the home window on screen says
        it, built again in the language in effect (English, for the command line), not
        read off the window, which speaks the app's language."""
        home = self.tray_or_window.window
        if home is None or not home.isVisible():
            return {"home_next": None}
        now = self.clock.now()
        with in_english():  # this line only: what the status reads may update the tray
            said = describe_next(self.scheduler.upcoming, now, self.scheduler.paused_until())
        return {"home_next": said}

    def after_welcome(self) -> None:
        """The welcome closed: say where the app now waits, and when it first speaks up."""
        if self.tray_or_window.no_tray:
            where = translate("coach", "Calf Coach waits in its window; you can minimise it.")
        else:
            where = translate(
                "coach", "Calf Coach now waits in the system tray: click its icon to open it."
            )
        now = self.clock.now()
        first = describe_next(self.scheduler.upcoming, now, self.scheduler.paused_until())
        text = translate("coach", "{where} First: {next}.").format(where=where, next=first)
        self.told.append(text)
        self.tray_or_window.message(text)
