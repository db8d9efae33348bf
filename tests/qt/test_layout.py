"""Every window and card, in light and dark, English and Russian, at 100 % and 200 % text,
on a 1280x800 screen: it fits, nothing overlaps, no text is cut off, every colour is
strong enough. Each failure names the window, the widget and the numbers; a screenshot
of every case is kept in test-artifacts/qt/layout/."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QScreen
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from coach.app.desktop.attention_readers import AttentionWatch
from coach.app.desktop.global_key import GlobalKey
from coach.app.history.history_window import HistoryWindow
from coach.app.history.log_dialogs import CrampDialog, WaterDialog
from coach.app.history.tips_page import TipsDialog
from coach.app.home.actions import CoachActions
from coach.app.home.today_window import HomeWindow
from coach.app.home.tray_or_window import NO_TRAY, NO_TRAY_ON_GNOME
from coach.app.reminders.card import ReminderCard
from coach.app.routines.player_window import PlayerWindow
from coach.app.settings.current import CurrentSettings
from coach.app.settings.settings_window import SettingsWindow
from coach.app.settings.welcome_window import Welcome
from coach.app.style.language import install_language
from coach.app.style.theme import apply_theme, size_indicators_with_text
from coach.core.history.store import open_history
from coach.core.i18n import translate
from coach.core.insights.entry_rows import entry_titles
from coach.core.plan.reminders import Reminder, describe_next, upcoming
from coach.core.plan.today import today_rows
from coach.core.read_only import NO_SPACE
from coach.core.settings import kinds
from coach.core.settings.attention import Reading
from coach.core.settings.schema import DEFAULTS
from coach.core.system.autostart import AutostartState
from coach.core.system.paths import Paths
from tests.helpers import FakeAutostart, FakeClock, InUse
from tests.qt.layout import problems
from tests.qt.windows import NOW, _some_entries, shipped_routines

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt" / "layout"
Case = tuple[str, Callable[[], QWidget]]


def cases(home: Paths, language: str) -> Iterator[tuple[str, QWidget]]:
    """(name, a window shown as the app shows it), one after another."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    size_indicators_with_text(app)  # as the window opener does before building one
    clock = FakeClock(NOW)
    routines = shipped_routines(language)
    helped = routines["cramp-now"].helped_answers
    history = open_history(home.history_file, NOW).history
    _some_entries(history)

    for name, reason in (
        ("home", ""),
        ("home-no-tray", translate("coach", NO_TRAY)),
        ("home-no-tray-gnome", translate("coach", NO_TRAY_ON_GNOME)),
    ):
        actions = CoachActions()
        actions.show_paused(False)  # as the app says it: nothing to resume
        window = HomeWindow(actions, reason)
        coming = upcoming(DEFAULTS, NOW, 12)
        window.show_next(describe_next(coming[0] if coming else None, NOW, None))
        day = NOW.replace(hour=0, minute=0)
        rows = today_rows(history.reminders(day, day + dt.timedelta(days=1)), coming, NOW)
        window.show_today(rows, 750, 1500)
        window.show()
        yield name, window
    for waiting in (0, 2):
        card = ReminderCard()
        card.present(Reminder(kinds.FLUIDS, NOW, NOW.time()), snooze_minutes=15, waiting=0)
        card.set_waiting(waiting)  # later, as when more come due behind it
        yield f"card-{waiting}-waiting", card
    for routine, steps in (
        ("bedtime", 0),
        ("cramp-now", 0),
        ("cramp-now", 1),
        ("cramp-now", 99),
        ("desk", 99),
    ):
        player = PlayerWindow(routines[routine], clock)
        player.start()
        for _ in range(min(steps, len(routines[routine].steps))):
            player.face.next.click()
        yield f"player-{routine}-{steps}", player
        player.player.finish()
    dialog = CrampDialog(clock, helped)
    dialog.show()
    yield "cramp-log", dialog
    dialog.signs["swelling"].click()
    dialog.severity.setValue(9)
    dialog.save()  # no leg: the error shows too
    yield "cramp-log-warning", dialog
    water = WaterDialog(clock, 250)
    water.show()
    yield "water-log", water
    past = HistoryWindow(history, clock, InUse(DEFAULTS), helped, entry_titles(routines.values()))
    past.show()
    yield from _tabs("history", past, past.tabs)
    # As on KDE: idle and the lock read, do not disturb from one place, no full screen.
    kde = [
        FakeReader("Wayland (ext_idle_notifier_v1)", {"idle"}),
        FakeReader("D-Bus (screen saver, notification server)", {"locked", "do-not-disturb"}),
    ]
    watch = AttentionWatch(kde, InUse(DEFAULTS))
    key = GlobalKey(bus="unix:path=/nonexistent")  # as on sway: no portal grants a key
    key.reason = translate("coach", "this desktop ({platform}) does not allow it").format(
        platform="wayland"
    )
    key.combination = "Ctrl+Alt+C"
    # The longest command to bind the note shows: a venv's console script, not on PATH.
    key.command = (
        "/home/someone/.local/share/pipx/venvs/calf-coach/bin/calf-coach routine cramp-now"
    )
    settings = SettingsWindow(
        CurrentSettings(home.settings_file, DEFAULTS, NOW.date),
        None,
        {"cramp_key": key.field_note(), **watch.notes()},
        today=NOW.date(),
    )
    settings.show()
    yield from _tabs("settings", settings, settings.tabs)
    welcome = Welcome(clock, DEFAULTS, None, FakeAutostart())  # start at login offered too
    welcome.show()
    for page in range(len(welcome.pageIds())):
        yield f"welcome-{page + 1}", welcome
        welcome.next()
    disk_full = Welcome(clock, DEFAULTS, NO_SPACE)  # its first page says so too
    disk_full.show()
    yield "welcome-disk-full", disk_full
    # Start at login turned off in the system's startup settings: the longer note, with a path.
    blocked = Welcome(clock, DEFAULTS, None, FakeAutostart(AutostartState.BLOCKED))
    blocked.show()
    blocked.next()
    blocked.next()
    yield "welcome-3-login-blocked", blocked
    tips = TipsDialog()
    tips.show()
    yield "tips", tips
    history.close()


class FakeReader:
    """A reader that sees `reads` from `source` and says nothing."""

    def __init__(self, source: str, reads: set[str]) -> None:
        self.source, self.reads = source, frozenset(reads)

    def read(self) -> Reading:
        return Reading()


def _tabs(name: str, window: QWidget, tabs: QTabWidget) -> Iterator[tuple[str, QWidget]]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"{name}-{index + 1}", window


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param)
    yield request.param
    apply_theme(app, "system")


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield install_language(request.param)
    install_language("en")


@pytest.fixture(params=[100, 200])
def text_size(request: pytest.FixtureRequest) -> Iterator[int]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * request.param / 100)
    app.setFont(large)
    yield request.param
    app.setFont(normal)


def test_every_window_fits_overlaps_nothing_cuts_nothing_and_reads_clearly(
    qtbot: QtBot, home: Paths, theme: str, language: str, text_size: int
) -> None:
    folder = ARTIFACTS / f"{theme}-{language}-{text_size}"
    folder.mkdir(parents=True, exist_ok=True)
    found = []
    for name, window in cases(home, language):
        qtbot.addWidget(window)
        QApplication.processEvents()
        window.grab().save(str(folder / f"{name}.png"))
        found += [f"{name}: {problem}" for problem in problems(window)]
    assert not found, "\n" + "\n".join(found)


@pytest.mark.parametrize("size", [100, 200])
def test_every_window_stays_in_the_work_area_above_a_bottom_panel(
    qtbot: QtBot, home: Paths, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """A 40-px panel along the bottom of the 1280x800 screen, as most laptops have: every
    window, dialog and card is placed and sized inside what is left (its frame too)."""
    work_area = QRect(0, 0, 1280, 760)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(work_area))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * size / 100)
    app.setFont(large)
    try:
        found = []
        for name, window in cases(home, "en"):
            qtbot.addWidget(window)
            QApplication.processEvents()
            frame = window.frameGeometry()
            if window.isFullScreen():  # cramp now: over panels and all, the whole screen
                assert frame == QRect(0, 0, 1280, 800), name
            elif not work_area.contains(frame):
                found.append(f"{name}: {frame} reaches past the work area {work_area}")
        assert not found, "\n" + "\n".join(found)
    finally:
        app.setFont(normal)
