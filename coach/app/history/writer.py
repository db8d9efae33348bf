"""What the running app writes to the history (water, cramps, routine sessions, reminder
answers, each with a disk problem told), and today's water total. The history window's
corrections go through the store's journal instead, so that each can be undone, and
then ask the writer to read its total again (`forget`).

Today's total is kept until the log changes or the day does, so the minute
heartbeat that refreshes the tooltip reads nothing from disk.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.app.desktop.clock import Clock
from coach.core.history.entry_checks import where
from coach.core.history.records import (
    CrampRecord,
    Entry,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import History, HistoryError
from coach.core.i18n import translate
from coach.core.settings.schema import SettingsInUse

log = logging.getLogger(__name__)


class HistoryWriter(QObject):
    changed = Signal()
    """Something was logged or corrected: totals shown elsewhere may change."""
    said = Signal(str)
    """A short confirmation for the person ("Logged a glass of water...")."""
    problems = Signal(str, list)
    """(title, lines): something could not be written (a full disk, a read-only folder)."""

    def __init__(
        self,
        history: History,
        clock: Clock,
        settings: SettingsInUse,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.clock = clock
        self._settings = settings
        self._water: tuple[dt.date, int] | None = None
        self._told: set[str] = set()

    # --- water ------------------------------------------------------------------------------

    def drink_glass(self) -> None:
        ml = self._settings.value.water.glass_ml
        if not self._write(self.history.record_water, WaterRecord(self.clock.now(), ml)):
            return
        log.info("water %d ml", ml)
        self.logged()
        total, goal = self.water_today()
        text = translate("coach", "Logged a glass of water ({ml} ml): {total} of {goal} ml today.")
        self.said.emit(text.format(ml=ml, total=total, goal=goal))

    def undo_glass(self) -> None:
        """Take back today's latest drink (a slip of the finger); it can be undone in History."""
        since, until = self._today()
        drinks = self.history.water(since, until)
        if not drinks:
            self.said.emit(translate("coach", "No water was logged today."))
            return
        last = drinks[-1]
        assert last.id is not None
        if not self._write(self.history.delete, Entry.WATER, last.id, self.clock.now()):
            return
        log.info("water entry %d taken back", last.id)
        self.logged()
        total, goal = self.water_today()
        text = translate("coach", "Took back {ml} ml: {total} of {goal} ml today.")
        self.said.emit(text.format(ml=last.ml, total=total, goal=goal))

    def water_today(self) -> tuple[int, int]:
        """(ml drunk today, the goal)."""
        since, until = self._today()
        if self._water is None or self._water[0] != since.date():
            self._water = (since.date(), sum(w.ml for w in self.history.water(since, until)))
        return self._water[1], self._settings.value.water.goal_ml

    def _today(self) -> tuple[dt.datetime, dt.datetime]:
        now = self.clock.now()
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return start, now + dt.timedelta(days=1)

    # --- the rest of the log ----------------------------------------------------------------

    def record_cramp(self, record: CrampRecord) -> None:
        if not self._write(self.history.record_cramp, record):
            return
        text = translate("coach", "Cramp logged: {where}, {severity}/10, at {time}.")
        self.said.emit(
            text.format(
                where=where(record.leg, record.place),
                severity=record.severity,
                time=f"{record.at:%H:%M}",
            )
        )
        log.info(
            "cramp logged: %s, %d/10%s",
            record.leg,
            record.severity,
            ", warning signs" if record.signs else "",
        )
        self.logged()

    def record_session(self, session: SessionRecord) -> None:
        if not self._write(self.history.record_session, session):
            return
        log.info(
            "routine %s %s after %s s",
            session.routine,
            "finished" if session.finished else "stopped",
            session.seconds,
        )

    def record_reminder(self, record: ReminderRecord) -> None:
        self._write(self.history.record_reminder, record)

    def _write(self, write: Callable[..., object], *args: object) -> bool:
        """Write to the history; if the disk refuses, tell the person (once per cause)."""
        try:
            write(*args)
        except HistoryError as exc:
            reason = str(exc)
            if reason not in self._told:
                self._told.add(reason)
                title = translate("coach", "Calf Coach could not save to its history")
                self.problems.emit(title, [reason])
            log.warning("%s", reason)
            return False
        self._told.clear()
        return True

    def logged(self) -> None:
        """Something was logged here or from the command line: totals are read again."""
        self.forget()
        self.changed.emit()

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: today's water so far."""
        return {"water_today_ml": self.water_today()[0]}

    def forget(self) -> None:
        """The log changed behind this writer's back (History): read today's sum again."""
        self._water = None

    def close(self) -> None:
        self.history.close()
