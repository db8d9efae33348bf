"""The first-run welcome: three screens, skippable, shown once, answers saved as settings
(and, when they cannot be saved now, it says when they will be)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.settings.welcome_window import Welcome
from coach.core.history.store import open_history
from coach.core.plan.run_state import AppState
from coach.core.read_only import NO_SPACE
from coach.core.settings import kinds
from coach.core.settings.schema import DEFAULTS, Settings, check_settings_file
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, FakeDesktop, at

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
NOW = at("2026-06-10 19:00")


def open_welcome(qtbot: QtBot) -> tuple[Welcome, list[tuple[Settings, bool]]]:
    welcome = Welcome(FakeClock(NOW), DEFAULTS)
    qtbot.addWidget(welcome)
    answers: list[tuple[Settings, bool]] = []
    welcome.answered.connect(lambda s, t: answers.append((s, t)))
    welcome.show()
    return welcome, answers


def test_three_screens_ending_with_try_now(qtbot: QtBot) -> None:
    welcome, answers = open_welcome(qtbot)
    assert len(welcome.pageIds()) == 3
    assert "not medical advice" in " ".join(
        label.text() for label in welcome.page(0).findChildren(type(welcome.left_note))
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    welcome.grab().save(str(ARTIFACTS / "welcome-1.png"))
    welcome.next()
    welcome.know_due.setChecked(True)
    welcome.due.setDate(QDate(2026, 8, 19))  # 70 days: week 30
    welcome.bedtime.setTime(welcome.bedtime.time().addSecs(30 * 60))  # 23:00
    welcome.next()
    assert welcome.boxes[kinds.LEFT_SIDE].isChecked(), "week 30: preset on"
    assert not welcome.boxes[kinds.MOVE].isChecked()
    assert welcome.button(QWizard.WizardButton.CustomButton1).isVisible()
    welcome.grab().save(str(ARTIFACTS / "welcome-3.png"))
    welcome.boxes[kinds.FLUIDS].setChecked(False)
    welcome.button(QWizard.WizardButton.CustomButton1).click()
    ((settings, try_now),) = answers
    assert try_now
    assert settings.bedtime == dt.time(23, 0)
    assert settings.pregnancy.due_date == dt.date(2026, 8, 19)
    assert not settings.reminders.fluids.enabled
    assert settings.reminders.left_side.enabled == "auto"


def test_skip_keeps_the_defaults(qtbot: QtBot) -> None:
    welcome, answers = open_welcome(qtbot)
    welcome.button(QWizard.WizardButton.CancelButton).click()
    assert answers == [(DEFAULTS, False)]


def test_bedtime_and_wake_time_must_differ(qtbot: QtBot) -> None:
    welcome, answers = open_welcome(qtbot)
    welcome.next()
    welcome.bedtime.setTime(welcome.wake.time())
    welcome.next()
    assert welcome.currentId() == welcome.pageIds()[1]
    assert welcome.times_problem.text() == "Bedtime and wake time must differ."
    assert answers == []


def test_the_app_shows_it_on_first_run_and_saves_the_answers(qtbot: QtBot, home: Paths) -> None:
    clock = FakeClock(NOW)
    history = open_history(home.history_file, NOW).history
    app = CoachApp(home, clock, DEFAULTS, history, AppState(), desktop=[FakeDesktop()])
    qtbot.addWidget(app.card)
    app.start([], welcome=True)
    welcome = app.windows.welcome
    assert welcome is not None and welcome.isVisible()
    welcome.next()
    welcome.next()
    welcome.boxes[kinds.MOVE].setChecked(True)
    welcome.button(QWizard.WizardButton.FinishButton).click()  # "Later"
    saved, problems = check_settings_file(home.settings_file, NOW.date())
    assert problems == []
    assert saved.reminders.move.enabled
    assert app.scheduler.settings == saved
    assert app.routines.player is None, "Later: no routine"
    app.scheduler.stop()
    app.tray_or_window.timer.stop()
    app.flow.close()
    history.close()


def test_answers_that_cannot_be_saved_now_are_said_to_be_saved_later(qtbot: QtBot) -> None:
    said: dict[str | None, str] = {}
    for reason in (None, NO_SPACE, "its folder was made read-only"):
        welcome = Welcome(FakeClock(NOW), DEFAULTS, reason)
        qtbot.addWidget(welcome)
        note = welcome.unsaved_note
        said[reason] = "" if note is None else note.text()
        if reason == NO_SPACE:
            welcome.show()
            qtbot.waitExposed(welcome)
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            welcome.grab().save(str(ARTIFACTS / "welcome-disk-full.png"))
            assert note is not None and note.isVisible()
            assert welcome.page(0).geometry().contains(note.geometry())
    assert said[None] == ""
    assert "saved when there is room" in said[NO_SPACE]
    assert "(its folder was made read-only)" in said["its folder was made read-only"]
