"""The settings window: built from the schema, checked by it, saved atomically, never half-saved."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from coach.app.settings.current import CurrentSettings
from coach.app.settings.date_time_fields import date_field
from coach.app.settings.editors import DateEditor
from coach.app.settings.settings_window import SettingsWindow
from coach.core.settings.option_types import options
from coach.core.settings.schema import DEFAULTS, Settings, check_settings_file, parse_settings
from coach.core.system.autostart import autostart_for
from tests.unit.test_autostart import COMMAND

TODAY = dt.date(2026, 6, 10)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.toml"


def open_window(
    qtbot: QtBot, path: Path, tmp_path: Path, settings: Settings = DEFAULTS
) -> SettingsWindow:
    owner = CurrentSettings(path, settings, lambda: TODAY)
    window = SettingsWindow(
        owner, autostart_for("linux", tmp_path / "user", {}, COMMAND), today=TODAY
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_option_of_the_schema_has_an_editor_showing_its_value(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    keys = [option.key for option in options(DEFAULTS)]
    assert sorted(window.tabs.editors) == sorted(keys)
    fluids = window.findChild(QSpinBox, "reminders.fluids.every_minutes")
    assert fluids is not None
    assert (fluids.value(), fluids.minimum(), fluids.maximum()) == (90, 15, 480)
    assert fluids.accessibleName() == "Every"
    assert fluids.text() == "90 min"
    assert fluids.toolTip() == "Default: 90 min."
    fluids_help = window.findChild(QLabel, "help-reminders.fluids.every_minutes")
    assert fluids_help is not None
    assert fluids_help.text() == "The time from one reminder to the next. From 15 to 480 min."
    fluids.lineEdit().selectAll()  # a key past the range is not taken; the line says why
    qtbot.keyClicks(fluids, "999")
    fluids.interpretText()
    assert fluids.value() == 99
    fluids.setValue(90)  # back as it was, for the rest of this test
    assert fluids_help.font().pointSizeF() < fluids.font().pointSizeF()  # quieter than the field
    goal = window.findChild(QSpinBox, "water.goal_ml")
    assert goal is not None and goal.text() == "1500 ml"
    window.tabs.setCurrentIndex(3)
    qtbot.waitUntil(goal.isVisible)
    assert goal.width() < window.width() / 2, "a number field is not stretched across the page"
    bedtime = window.findChild(QTimeEdit, "bedtime")
    assert bedtime is not None and bedtime.time().toString("HH:mm") == "22:30"
    assert isinstance(window.findChild(QCheckBox, "quiet_hours.enabled"), QCheckBox)
    assert isinstance(window.findChild(QComboBox, "theme"), QComboBox)
    week = window.findChild(QSpinBox, "pregnancy.week")
    assert week is not None and week.text() == "Not set"
    # Nothing changed: applying gives back exactly the settings shown.
    assert parse_settings_of(window) == DEFAULTS
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "My day",
        "Pregnancy",
        "Reminders",
        "Water",
        "Sound and voice",
        "Start and data",
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "settings-general.png"))
    window.tabs.setCurrentIndex(2)
    window.grab().save(str(ARTIFACTS / "settings-reminders.png"))


def test_every_label_on_screen_is_in_the_window_words(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    """No file key (`wake_time`) or file value ("system", `true`) anywhere on any page."""
    window = open_window(qtbot, settings_file, tmp_path)
    shown = [label.text() for label in window.findChildren(QLabel)]
    shown += [box.text() for box in window.findChildren(QCheckBox)]
    shown += [box.title() for box in window.findChildren(QGroupBox)]
    shown += [c.itemText(i) for c in window.findChildren(QComboBox) for i in range(c.count())]
    folders = {label.text() for label in window.start.folder_labels}
    words = [text for text in shown if text and text not in folders]
    assert "Bedtime" in words and "Quiet hours" in words and "As the computer" in words
    for text in words:
        assert not re.search(r'`|"|_|\b(true|false|auto|unset|system)\b', text), text


def test_the_due_date_is_the_welcomes_date_picker(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = SettingsWindow(
        CurrentSettings(settings_file, DEFAULTS, lambda: dt.date(2026, 11, 26)),
        today=dt.date(2026, 11, 26),
    )
    qtbot.addWidget(window)
    due = window.tabs.editors["pregnancy.due_date"]
    assert isinstance(due, DateEditor) and due.set_box is not None
    assert type(due.edit) is type(date_field()) and due.edit.calendarPopup()
    assert due.edit.displayFormat() == date_field().displayFormat()
    assert not due.edit.isEnabled() and due.raw() is None  # unset waits at today
    assert due.edit.date().toString("yyyy-MM-dd") == "2026-11-26"
    due.set_box.setChecked(True)
    due.edit.setDate(QDate(2027, 3, 14))
    assert window.apply()
    saved, _ = check_settings_file(settings_file, window.today)
    assert saved.pregnancy.due_date == dt.date(2027, 3, 14)
    assert "due_date = 2027-03-14" in settings_file.read_text()


def parse_settings_of(window: SettingsWindow) -> Settings:
    from coach.core.settings.schema import settings_from_raw

    settings, problems = settings_from_raw(window.tabs.raw(), window.today)
    assert problems == []
    return settings


def test_invalid_values_show_the_schema_message_and_save_nothing(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    settings_file.write_text('bedtime = "23:00"\n')
    before = settings_file.read_bytes()
    window = open_window(qtbot, settings_file, tmp_path)
    applied: list[Settings] = []
    window.settings.changed.connect(applied.append)
    times = window.findChild(QLineEdit, "reminders.legs-up.times")
    assert times is not None
    times.setText("11:00, 25:00")
    window.tabs.editors["wake_time"].show(dt.time(22, 30))  # the same as bedtime
    window.apply_button.click()
    assert applied == []
    assert settings_file.read_bytes() == before
    error = window.findChild(type(window.status), "error-reminders.legs-up.times")
    assert error is not None and not error.isHidden()
    assert error.text() == 'Not saved: must be a time of day like "22:30"'  # 25:00 is not
    bedtime_error = window.findChild(type(window.status), "error-bedtime")
    assert bedtime_error is not None
    assert bedtime_error.text() == "Not saved: must differ from the wake time"
    assert window.status.text() == (
        "Nothing was saved: 2 settings to fix (Legs up for 20 minutes \u2013 At: must be a time of "
        'day like "22:30").'
    )
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Reminders"  # the first one shown


def test_bedtime_equal_to_wake_time_is_caught_by_the_cross_check(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    window.tabs.editors["bedtime"].show(dt.time(7, 0))
    assert not window.apply()
    assert not settings_file.exists()
    assert window.tabs.errors["bedtime"].text() == "Not saved: must differ from the wake time"


def test_a_day_in_which_a_reminder_never_comes_is_not_saved_and_says_why_in_words(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    """Bedtime 07:30 after waking at 07:00: water could never be reminded of. Nothing is
    saved; the reason sits beside the water reminder's own switch, in words."""
    window = open_window(qtbot, settings_file, tmp_path)
    window.tabs.editors["bedtime"].show(dt.time(7, 30))
    assert not window.apply()
    assert not settings_file.exists()
    beside = window.tabs.errors["reminders.fluids.enabled"]
    assert beside.isVisibleTo(window) and beside.text().startswith("Not saved: it never comes")
    assert "between waking (07:00) and bedtime (07:30)" in beside.text()
    assert "reminders." not in window.status.text(), "no keys, the window's own words"
    assert window.status.text().startswith("Nothing was saved: ")
    assert "A glass of water" in window.status.text()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Reminders"


def test_valid_values_are_saved_atomically_with_a_backup(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    settings_file.write_text("[water]\ngoal_ml = 2000\n")
    settings, _ = check_settings_file(settings_file, TODAY)
    window = open_window(qtbot, settings_file, tmp_path, settings)
    applied: list[Settings] = []
    window.settings.changed.connect(applied.append)
    goal = window.findChild(QSpinBox, "water.goal_ml")
    assert goal is not None and goal.value() == 2000
    goal.setValue(1800)
    window.tabs.editors["pregnancy.week"].show(30)
    window.tabs.editors["quiet_hours.start"].show(dt.time(23, 15))
    window.ok_button.click()
    assert not window.isVisible()
    (saved,) = applied
    assert (saved.water.goal_ml, saved.pregnancy.week) == (1800, 30)
    assert saved.quiet_hours.start == dt.time(23, 15)
    assert check_settings_file(settings_file, window.today) == (saved, [])
    assert (tmp_path / "settings.toml.bak").read_text() == "[water]\ngoal_ml = 2000\n"
    assert oct(settings_file.stat().st_mode & 0o777) == "0o600"
    assert parse_settings(settings_file.read_text(), window.today)[0] == saved


def test_restore_defaults_asks_first_and_touches_only_its_page(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    window.tabs.editors["water.goal_ml"].show(3000)
    window.tabs.editors["bedtime"].show(dt.time(23, 45))
    window.ask_restore("water")
    box = window.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert window.tabs.raw()["water"]["goal_ml"] == 3000
    window.ask_restore("water")
    assert window.confirm is not None
    window.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert window.tabs.raw()["water"]["goal_ml"] == 1500
    assert window.tabs.raw()["bedtime"] == "23:45"
    assert not settings_file.exists(), "restoring only fills the form"


def test_start_at_login_from_the_window(qtbot: QtBot, settings_file: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    entry = tmp_path / "user" / ".config" / "autostart" / "calf-coach.desktop"
    assert not window.start.login.isChecked()
    window.start.login.setChecked(True)
    assert window.apply()
    assert entry.exists()
    window.start.login.setChecked(False)
    assert window.apply()
    assert not entry.exists()
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("[Desktop Entry]\nHidden=true\n")
    window.show_settings(DEFAULTS)
    assert not window.start.login.isEnabled()
    assert "leaves that choice alone" in window.start.login_note.text()


def test_closing_with_changes_not_saved_asks_and_each_answer_does_what_it_says(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    window.close()
    assert not window.isVisible(), "nothing changed: it closes at once"
    window.show()
    goal = window.tabs.editors["water.goal_ml"]
    goal.show(2000)
    window.close()
    box = window.confirm
    assert box is not None and window.isVisible() and box.text() == "Save your changes?"
    labels = {b.text(): b for b in box.buttons()}
    assert box.defaultButton() is labels["Save"]
    labels["Keep editing"].click()
    assert window.isVisible() and goal.raw() == 2000 and not settings_file.exists()
    window.close()
    assert window.confirm is not None
    {b.text(): b for b in window.confirm.buttons()}["Discard changes"].click()
    assert not window.isVisible() and not settings_file.exists()
    window.show()
    assert goal.raw() == DEFAULTS.water.goal_ml, "the form shows what is saved again"
    goal.show(2000)
    window.close()
    assert window.confirm is not None
    {b.text(): b for b in window.confirm.buttons()}["Save"].click()
    assert not window.isVisible()
    assert parse_settings(settings_file.read_text(), window.today)[0].water.goal_ml == 2000


def test_fields_left_to_work_themselves_out_say_what_they_come_to(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    """A due date gives today's week; unset quiet hours follow bedtime and wake time."""
    owner = CurrentSettings(settings_file, DEFAULTS, lambda: TODAY)
    window = SettingsWindow(owner, None, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    start = window.findChild(QLabel, "in-effect-quiet_hours.start")
    end = window.findChild(QLabel, "in-effect-quiet_hours.end")
    week = window.findChild(QLabel, "in-effect-pregnancy.week")
    assert start is not None and end is not None and week is not None
    assert start.text() == "So now: 23:00." and end.text() == "So now: 07:00."
    greyed = window.tabs.editors["quiet_hours.start"]
    shown = window.findChild(QTimeEdit, "quiet_hours.start") or greyed.widget.findChild(QTimeEdit)
    assert greyed.raw() is None and shown is not None, "not set"
    assert shown.time().toString("HH:mm") == "23:00", "the greyed field shows it, not 00:00"
    assert week.isHidden(), "no due date: nothing worked out"
    window.tabs.editors["bedtime"].show(dt.time(21, 30))
    window.tabs.editors["pregnancy.due_date"].show(dt.date(2026, 8, 19))
    window._worked_out()  # as each edit does
    assert start.text() == "So now: 22:00."
    assert not week.isHidden() and week.text() == "From your due date: week 30 today."
