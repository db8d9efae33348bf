"""Every window of the app, built as a person would meet it, for tests that walk them all
(accessibility, languages). Built when asked, so they speak the language installed then."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QApplication, QWidget

from coach.app.history.history_window import HistoryWindow
from coach.app.history.log_dialogs import CrampDialog, WaterDialog
from coach.app.history.tips_page import TipsDialog
from coach.app.home.actions import CoachActions
from coach.app.home.today_window import HomeWindow
from coach.app.home.tray import Tray
from coach.app.home.tray_or_window import NO_TRAY
from coach.app.reminders.card import ReminderCard
from coach.app.routines.player_window import PlayerWindow
from coach.app.settings.current import CurrentSettings
from coach.app.settings.settings_window import SettingsWindow
from coach.app.settings.welcome_window import Welcome
from coach.app.style.theme import size_indicators_with_text
from coach.core.history.records import (
    CrampRecord,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import History, open_history
from coach.core.i18n import translate
from coach.core.insights.entry_rows import entry_titles
from coach.core.plan.reminders import Reminder
from coach.core.routines.definitions import Routine, load_routines
from coach.core.settings import kinds
from coach.core.settings.schema import DEFAULTS
from coach.core.system.assets import assets_dir
from coach.core.system.paths import Paths
from tests.helpers import FakeAutostart, FakeClock, InUse, at

NOW = at("2026-06-10 09:00")
WINDOWS = [
    "reminder-card",
    "player",
    "cramp-dialog",
    "water-dialog",
    "history",
    "settings",
    "welcome",
    "no-tray-window",
    "tips",
]


def shipped_routines(language: str = "en") -> dict[str, Routine]:
    return {r.id: r for r in load_routines([assets_dir() / "routines"], language)[0]}


def _some_entries(history: History) -> None:
    """One entry of each kind in the week shown, one of them with a warning sign."""
    night = NOW - dt.timedelta(hours=6)
    history.record_cramp(CrampRecord(night, "left", 7, minutes=3, signs=("warmth",)))
    history.record_water(WaterRecord(NOW - dt.timedelta(hours=1), 250))
    history.record_session(
        SessionRecord("bedtime", night - dt.timedelta(hours=3), night, False, 2, 9, 140.0)
    )
    history.record_reminder(
        ReminderRecord(
            "fluids",
            NOW - dt.timedelta(hours=2),
            NOW - dt.timedelta(hours=2),
            Outcome.SKIPPED,
            NOW - dt.timedelta(hours=1, minutes=59),
        )
    )


def windows(home: Paths, language: str = "en") -> Iterator[tuple[str, Callable[[], QWidget]]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_indicators_with_text(app)  # as the window opener does before building one
    clock = FakeClock(NOW)
    routines = shipped_routines(language)
    helped = routines["cramp-now"].helped_answers
    history = open_history(home.history_file, NOW).history
    _some_entries(history)

    def card() -> QWidget:
        widget = ReminderCard()
        reminder = Reminder(kinds.FLUIDS, NOW, NOW.time())
        widget.present(reminder, snooze_minutes=15, waiting=1)
        return widget

    def player() -> QWidget:
        widget = PlayerWindow(routines["bedtime"], clock)
        widget.start()
        return widget

    yield "reminder-card", card
    yield "player", player
    yield "cramp-dialog", lambda: CrampDialog(clock, helped)
    yield "water-dialog", lambda: WaterDialog(clock, 250)
    titles = entry_titles(routines.values())
    yield "history", lambda: HistoryWindow(history, clock, InUse(DEFAULTS), helped, titles)
    yield (
        "settings",
        lambda: SettingsWindow(
            CurrentSettings(home.settings_file, DEFAULTS, NOW.date), None, today=NOW.date()
        ),
    )
    yield "welcome", lambda: Welcome(clock, DEFAULTS, None, FakeAutostart())
    yield "no-tray-window", lambda: HomeWindow(CoachActions(), translate("coach", NO_TRAY))
    yield "tips", TipsDialog


_kept: list[object] = []


def tray_menu() -> QWidget:
    """The tray's menu, as a widget a test can show and read."""
    actions = CoachActions()
    tray = Tray(actions)
    _kept.extend((actions, tray))  # the menu's owners must outlive the test
    return tray.menu
