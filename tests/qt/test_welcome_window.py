"""The first-run welcome: three screens, skippable, shown once, answers saved as settings
(and, when they cannot be saved now, it says when they will be); start at login offered
ticked on its last screen, and set only when it is finished with one of its own buttons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QCheckBox, QWizard
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.settings.start_and_data import blocked_note
from coach.app.settings.welcome_window import Welcome
from coach.core.history.store import open_history
from coach.core.plan.run_state import AppState
from coach.core.read_only import NO_SPACE
from coach.core.settings import kinds
from coach.core.settings.schema import DEFAULTS, Settings, check_settings_file
from coach.core.system.autostart import AutostartState, autostart_for
from coach.core.system.paths import Paths
from tests.helpers import FakeAutostart, FakeClock, FakeDesktop, at
from tests.unit.test_autostart import COMMAND

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
NOW = at("2026-06-10 19:00")


def open_welcome(
    qtbot: QtBot, autostart: FakeAutostart | None = None, *, first_run: bool = True
) -> tuple[Welcome, list[tuple[Settings, bool]]]:
    welcome = Welcome(FakeClock(NOW), DEFAULTS, None, autostart, first_run=first_run)
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


def login_box(welcome: Welcome) -> QCheckBox:
    """The last screen's start-at-login box, after walking there."""
    welcome.next()
    welcome.next()
    assert welcome.currentId() == welcome.pageIds()[-1]
    choice = welcome.start_at_login
    assert choice is not None and choice.box.isVisible() and choice.note.isVisible()
    return choice.box


FINISHES = {
    "done-not-now": QWizard.WizardButton.FinishButton,
    "try-now": QWizard.WizardButton.CustomButton1,
}


@pytest.mark.parametrize("finish", FINISHES)
def test_finished_with_the_box_ticked_start_at_login_is_turned_on(
    qtbot: QtBot, finish: str
) -> None:
    autostart = FakeAutostart(AutostartState.OFF)
    welcome, answers = open_welcome(qtbot, autostart)
    box = login_box(welcome)
    assert box.isChecked() and box.isEnabled(), "offered ticked at the first start"
    assert box.text() == "Start Calf Coach when I log in"
    named = QAccessible.queryAccessibleInterface(box)
    assert named is not None and named.text(QAccessible.Text.Name) == box.text()
    assert welcome.start_at_login is not None
    note = welcome.start_at_login.note.text()
    assert note == "You can change this later in Settings → Start and data."
    assert welcome.answers().start_at_login is True
    welcome.button(FINISHES[finish]).click()
    assert autostart.calls == ["enable"]
    assert autostart.state is AutostartState.ON
    assert len(answers) == 1, "the other answers are saved all the same"


def test_finished_with_the_box_unticked_start_at_login_stays_off(qtbot: QtBot) -> None:
    autostart = FakeAutostart(AutostartState.OFF)
    welcome, answers = open_welcome(qtbot, autostart)
    login_box(welcome).setChecked(False)
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert autostart.calls == []
    assert autostart.state is AutostartState.OFF
    assert len(answers) == 1


def test_skip_or_escape_leaves_start_at_login_as_it_is(qtbot: QtBot) -> None:
    skipped = FakeAutostart(AutostartState.OFF)
    welcome, answers = open_welcome(qtbot, skipped)
    welcome.button(QWizard.WizardButton.CancelButton).click()  # "Skip", on the first screen
    assert answers == [(DEFAULTS, False)]
    escaped = FakeAutostart(AutostartState.OFF)
    welcome, answers = open_welcome(qtbot, escaped)
    assert login_box(welcome).isChecked()
    qtbot.keyClick(welcome, Qt.Key.Key_Escape)  # on the last screen, the box ticked
    assert answers == [(DEFAULTS, False)]
    assert (skipped.calls, escaped.calls) == ([], [])
    assert (skipped.state, escaped.state) == (AutostartState.OFF, AutostartState.OFF)


def test_turned_off_in_the_systems_startup_settings_it_is_never_ticked_nor_turned_on(
    qtbot: QtBot,
) -> None:
    autostart = FakeAutostart(AutostartState.BLOCKED)
    welcome, answers = open_welcome(qtbot, autostart)
    box = login_box(welcome)
    assert not box.isChecked() and not box.isEnabled()
    assert welcome.start_at_login is not None
    assert welcome.start_at_login.note.text() == blocked_note(FakeAutostart.WHERE)
    assert "leaves that choice alone" in blocked_note(FakeAutostart.WHERE)
    assert welcome.answers().start_at_login is None, "not asked"
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert autostart.calls == []
    assert autostart.state is AutostartState.BLOCKED
    assert len(answers) == 1


def test_shown_again_from_settings_the_box_says_what_is_set_and_the_answer_wins(
    qtbot: QtBot,
) -> None:
    turned_off = FakeAutostart(AutostartState.OFF)
    welcome, _ = open_welcome(qtbot, turned_off, first_run=False)
    assert not login_box(welcome).isChecked(), "turned off in Settings: not ticked again"
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert turned_off.calls == []
    on = FakeAutostart(AutostartState.ON)
    welcome, _ = open_welcome(qtbot, on, first_run=False)
    box = login_box(welcome)
    assert box.isChecked()
    box.setChecked(False)
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert on.calls == ["disable"]
    assert on.state is AutostartState.OFF


def test_already_on_at_the_first_start_it_is_ticked_and_left_on(qtbot: QtBot) -> None:
    autostart = FakeAutostart(AutostartState.ON)
    welcome, _ = open_welcome(qtbot, autostart)
    assert login_box(welcome).isChecked()
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert autostart.calls == []
    assert autostart.state is AutostartState.ON


def test_without_start_at_login_on_this_system_nothing_is_offered(qtbot: QtBot) -> None:
    welcome, answers = open_welcome(qtbot)
    welcome.next()
    welcome.next()
    assert welcome.start_at_login is None
    assert welcome.findChild(QCheckBox, "start-at-login") is None
    assert welcome.answers().start_at_login is None
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert len(answers) == 1


def test_start_at_login_that_cannot_be_written_is_told_and_the_answers_are_kept(
    qtbot: QtBot,
) -> None:
    autostart = FakeAutostart(AutostartState.OFF)
    autostart.refusal = PermissionError(13, "Permission denied", FakeAutostart.WHERE)
    welcome, answers = open_welcome(qtbot, autostart)
    told: list[tuple[str, list[str]]] = []
    welcome.problems.connect(lambda title, lines: told.append((title, lines)))
    login_box(welcome)
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert autostart.calls == ["enable"]
    ((_, (line,)),) = told
    assert f"({FakeAutostart.WHERE}: Permission denied)" in line
    assert "Settings → Start and data" in line
    assert len(answers) == 1


def test_the_app_writes_the_autostart_entry_in_the_home_it_is_given(
    qtbot: QtBot, home: Paths, tmp_path: Path
) -> None:
    """The real entry, in a temporary home: Done at the first start, then the welcome shown
    again from Settings says it is on."""
    autostart = autostart_for("linux", tmp_path / "user", {}, COMMAND)
    entry = tmp_path / "user" / ".config" / "autostart" / "calf-coach.desktop"
    history = open_history(home.history_file, NOW).history
    app = CoachApp(
        home,
        FakeClock(NOW),
        DEFAULTS,
        history,
        AppState(),
        desktop=[FakeDesktop()],
        autostart=autostart,
    )
    qtbot.addWidget(app.card)
    app.start([], welcome=True)
    welcome = app.windows.welcome
    assert welcome is not None
    assert login_box(welcome).isChecked()
    welcome.button(QWizard.WizardButton.FinishButton).click()
    assert entry.is_file()
    assert autostart.status().state is AutostartState.ON
    settings_window = app.windows.open_settings()
    assert settings_window.start.login.isChecked()
    settings_window.start.welcome_button.click()
    again = app.windows.welcome
    assert again is not None and again is not welcome
    assert login_box(again).isChecked(), "on: ticked"
    again.reject()
    assert entry.is_file()
    settings_window.hide()
    app.scheduler.stop()
    app.tray_or_window.timer.stop()
    app.flow.close()
    history.close()
