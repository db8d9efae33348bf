"""The window opener: a closed window is deleted (it leaves QApplication's widgets), the
next opening builds a fresh one that works, and what the person chose in the last one
(History's period and tab, the Settings page) is where they left it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.core.history.records import WaterRecord
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at
from tests.qt.apps import started_app

NOW = at("2026-06-10 07:30")


Left = Callable[[type[QWidget]], list[QWidget]]


@pytest.fixture
def left() -> Left:
    """The widgets of a kind made since the test began and still there (another test's
    may linger in the same QApplication)."""
    earlier = QApplication.allWidgets()

    def of(kind: type[QWidget]) -> list[QWidget]:
        found = [widget for widget in QApplication.allWidgets() if isinstance(widget, kind)]
        return [widget for widget in found if not any(widget is old for old in earlier)]

    return of


@pytest.fixture
def coach(qtbot: QtBot, home: Paths, left: Left) -> Iterator[CoachApp]:
    """The app, made after `left` has seen what was there before it."""
    app = started_app(qtbot, home, FakeClock(NOW))
    yield app
    app.close()


def deleted_after(qtbot: QtBot, window: QWidget, act: Callable[[], object]) -> None:
    """Do `act` (a close, an answer) and wait for Qt to delete `window`."""
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    act()
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert not shiboken6.isValid(window)


def closed_and_deleted(qtbot: QtBot, window: QWidget) -> None:
    """Close `window` as a person does, and wait for Qt to delete it."""
    deleted_after(qtbot, window, window.close)


def test_a_closed_history_window_is_deleted_and_the_next_opens_where_it_was_left(
    qtbot: QtBot, coach: CoachApp, left: Left
) -> None:
    first = coach.windows.open_history()
    kind = type(first)
    first.range.setCurrentIndex(0)  # the last 4 weeks
    first.tabs.setCurrentWidget(first.entries)
    closed_and_deleted(qtbot, first)
    assert coach.windows.history_window is None
    assert left(kind) == []
    assert coach.status()["history_window"] is False

    coach.history.record_water(WaterRecord(at("2026-06-10 07:00"), 300))
    again = coach.windows.open_history()
    assert again is not first and again.isVisible()
    assert again.range.currentData() == "Last 4 weeks"
    assert again.tabs.currentWidget() is again.entries
    assert again.week.tiles["today"].text().startswith("300 of")
    assert coach.status()["history_window"] is True
    closed_and_deleted(qtbot, again)


def test_a_closed_settings_window_is_deleted_and_the_next_opens_on_the_same_page(
    qtbot: QtBot, coach: CoachApp, left: Left
) -> None:
    first = coach.windows.open_settings()
    kind = type(first)
    first.tabs.setCurrentIndex(first.tabs.count() - 1)
    closed_and_deleted(qtbot, first)
    assert coach.windows.settings_window is None
    assert left(kind) == []

    again = coach.windows.open_settings()
    assert again is not first and again.isVisible()
    assert again.tabs.currentIndex() == again.tabs.count() - 1
    again.tabs.editors["water.goal_ml"].show(2000)
    again.apply_button.click()
    assert coach.settings.value.water.goal_ml == 2000
    closed_and_deleted(qtbot, again)


def test_closed_tips_and_welcome_are_deleted_and_open_again(
    qtbot: QtBot, coach: CoachApp, left: Left
) -> None:
    coach.windows.open_tips()
    tips = coach.windows.tips
    assert tips is not None
    closed_and_deleted(qtbot, tips)
    assert coach.windows.tips is None
    coach.windows.open_tips()
    assert coach.windows.tips is not None and coach.windows.tips is not tips
    assert coach.windows.tips.isVisible()
    closed_and_deleted(qtbot, coach.windows.tips)

    welcome = coach.windows.open_welcome(first_run=False)
    kind = type(welcome)
    deleted_after(qtbot, welcome, welcome.reject)  # Skip
    assert coach.windows.welcome is None and left(kind) == []
    assert coach.status()["welcome"] is False
    again = coach.windows.open_welcome(first_run=False)
    assert again.isVisible() and again.currentId() == again.pageIds()[0]
    deleted_after(qtbot, again, again.reject)


def test_an_answered_cramp_dialog_is_deleted(qtbot: QtBot, coach: CoachApp, left: Left) -> None:
    dialog = coach.windows.open_cramp_dialog()
    kind = type(dialog)
    dialog.leg.buttons()[0].click()
    deleted_after(qtbot, dialog, dialog.save_button.click)
    assert coach.windows.dialogs == [] and left(kind) == []
    assert len(coach.history.cramps(at("2026-06-10 00:00"), at("2026-06-11 00:00"))) == 1
    again = coach.windows.open_cramp_dialog()
    assert again.isVisible() and coach.windows.dialogs == [again]
    deleted_after(qtbot, again, again.reject)


def test_a_new_language_rebuilds_the_open_windows_and_deletes_the_old(
    qtbot: QtBot, coach: CoachApp, left: Left
) -> None:
    history = coach.windows.open_history()
    history.tabs.setCurrentIndex(1)
    deleted_after(qtbot, history, coach.windows.rebuild)
    rebuilt = coach.windows.history_window
    assert rebuilt is not None and rebuilt.isVisible()
    assert rebuilt.tabs.currentIndex() == 1
    assert len(left(type(rebuilt))) == 1
    closed_and_deleted(qtbot, rebuilt)
    assert coach.windows.history_window is None


def test_many_openings_leave_no_window_behind(qtbot: QtBot, coach: CoachApp) -> None:
    """What a day of use does, ten times over: the app ends with the widgets it had."""
    before = len(QApplication.allWidgets())
    for _ in range(10):
        closed_and_deleted(qtbot, coach.windows.open_history())
        closed_and_deleted(qtbot, coach.windows.open_settings())
        dialog = coach.windows.open_cramp_dialog()
        deleted_after(qtbot, dialog, dialog.reject)
    assert len(QApplication.allWidgets()) == before


def test_ok_with_a_new_language_closes_settings_for_good(
    qtbot: QtBot, coach: CoachApp, left: Left
) -> None:
    """Apply rebuilds the open window in the new language; OK closes it, and it stays
    closed (it came back rebuilt, unasked)."""
    coach.apply_look(DEFAULTS)
    window = coach.windows.open_settings()
    window.tabs.editors["language"].show("ru")
    try:
        deleted_after(qtbot, window, window.ok_button.click)
        assert coach.language == "ru"
        assert coach.windows.settings_window is None
        assert left(type(window)) == []
    finally:
        coach.apply_look(DEFAULTS)
    assert coach.language == "en"


def test_apply_with_a_new_language_keeps_settings_in_front_on_its_page(
    qtbot: QtBot, coach: CoachApp
) -> None:
    """History open behind, Settings in front on its last page: Apply with Russian
    rebuilds both in Russian, History on its tab, Settings on its page and in front."""
    coach.apply_look(DEFAULTS)
    history = coach.windows.open_history()
    history.tabs.setCurrentIndex(2)
    window = coach.windows.open_settings()
    last = window.tabs.count() - 1
    window.tabs.setCurrentIndex(last)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.tabs.editors["language"].show("ru")
    try:
        deleted_after(qtbot, window, window.apply_button.click)
        assert coach.language == "ru"
        settings, rebuilt = coach.windows.settings_window, coach.windows.history_window
        assert settings is not None and rebuilt is not None
        assert settings.windowTitle() == "Настройки" and rebuilt.windowTitle() == "История"
        assert settings.tabs.currentIndex() == last
        assert rebuilt.tabs.currentIndex() == 2
        qtbot.waitUntil(settings.isActiveWindow, timeout=2000)
        assert QApplication.activeWindow() is settings, "the window the person was in"
    finally:
        coach.apply_look(DEFAULTS)
        for opened in (coach.windows.settings_window, coach.windows.history_window):
            if opened is not None:
                closed_and_deleted(qtbot, opened)
    assert coach.language == "en"
