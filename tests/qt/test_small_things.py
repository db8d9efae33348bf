"""The small things a person notices: undo with nothing to undo, a word after saving, when a
snoozed card comes back, where the welcome is, one night not "1 nights"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.settings.welcome_window import Welcome
from coach.core.history.records import CrampRecord
from coach.core.insights.figures import nights_text
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at
from tests.qt.apps import started_app


@pytest.fixture
def coach(qtbot: QtBot, home: Paths) -> Iterator[CoachApp]:
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 07:59")))
    said: list[str] = []
    app.tray_or_window.message = lambda text, title="": said.append(text)  # type: ignore[method-assign]
    app.said = said  # type: ignore[attr-defined]
    yield app
    app.close()


def test_undo_last_glass_is_off_until_a_glass_is_logged(coach: CoachApp) -> None:
    assert not coach.actions.undo_drink.isEnabled()
    coach.actions.drink.trigger()
    assert coach.actions.undo_drink.isEnabled()
    coach.actions.undo_drink.trigger()
    assert not coach.actions.undo_drink.isEnabled()


def test_saving_a_cramp_says_so(coach: CoachApp) -> None:
    coach.log.record_cramp(CrampRecord(at("2026-06-10 03:10"), "left", 7))
    assert coach.said[-1] == "Cramp logged: left leg, calf, 7/10, at 03:10."  # type: ignore[attr-defined]


def test_a_snoozed_card_says_when_it_comes_back(coach: CoachApp) -> None:
    assert isinstance(coach.clock, FakeClock)
    coach.clock.set(at("2026-06-10 08:00"))
    coach.scheduler.check()
    assert coach.card.isVisible()
    coach.card.snooze.click()
    assert coach.said[-1] == "Snoozed: “A glass of water” comes back at 08:15."  # type: ignore[attr-defined]
    assert "A glass of water at 08:15" in coach.actions.next_up.text()


def test_the_welcome_says_where_it_is_and_ends_with_try_now_or_done(qtbot: QtBot) -> None:
    welcome = Welcome(FakeClock(at("2026-06-10 19:00")), DEFAULTS)
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.currentPage().subTitle() == "1 of 3"
    assert welcome.button(QWizard.WizardButton.CancelButton).isVisible()  # Skip
    welcome.next()
    welcome.next()
    assert welcome.currentPage().subTitle() == "3 of 3"
    try_now = welcome.button(QWizard.WizardButton.CustomButton1)
    assert try_now.isVisible() and try_now.isDefault()  # type: ignore[attr-defined]
    assert not welcome.button(QWizard.WizardButton.CancelButton).isVisible()
    assert welcome.button(QWizard.WizardButton.FinishButton).text() == "Done, not now"


def test_one_night_is_one_night() -> None:
    assert [nights_text(n) for n in (1, 2)] == ["1 night", "2 nights"]


def test_bedtime_by_keyboard_one_click_2300_enter_moves_the_stretch(
    qtbot: QtBot, home: Paths
) -> None:
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 21:00")))
    assert "Bedtime calf stretches at 22:00" in app.tray_or_window.tray.icon.toolTip()
    window = app.windows.open_settings()
    bedtime = window.tabs.editors["bedtime"].focus_widget()
    qtbot.mouseClick(bedtime, Qt.MouseButton.LeftButton, pos=QPoint(8, bedtime.height() // 2))
    qtbot.keyClicks(bedtime, "2300")
    assert "Saved." not in window.status.text()
    qtbot.keyClick(bedtime, Qt.Key.Key_Return)
    assert not window.isVisible(), "Enter is OK: applied and closed"
    assert "Bedtime calf stretches at 22:30" in app.tray_or_window.tray.icon.toolTip()
    assert 'bedtime = "23:00"' in home.settings_file.read_text()
    window.show()
    window.status.setText("Saved.")
    wake = window.tabs.editors["wake_time"].focus_widget()
    qtbot.mouseClick(wake, Qt.MouseButton.LeftButton, pos=QPoint(8, wake.height() // 2))
    qtbot.keyClicks(wake, "06")
    assert window.status.text() == "", "an old Saved. goes with the next edit"
    app.close()
