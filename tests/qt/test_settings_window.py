"""The settings window: built from the schema, checked by it, saved atomically, never half-saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox, QTimeEdit
from pytestqt.qtbot import QtBot

from coach.app.settings_window import SettingsWindow
from coach.core.autostart import autostart_for
from coach.core.options import options
from coach.core.settings import DEFAULTS, Settings, check_settings_file, parse_settings
from tests.unit.test_autostart import COMMAND

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.toml"


def open_window(
    qtbot: QtBot, path: Path, tmp_path: Path, settings: Settings = DEFAULTS
) -> SettingsWindow:
    window = SettingsWindow(path, settings, autostart_for("linux", tmp_path / "user", {}, COMMAND))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_option_of_the_schema_has_an_editor_showing_its_value(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    keys = [option.key for option in options(DEFAULTS)]
    assert list(window.editors) == keys
    fluids = window.findChild(QSpinBox, "reminders.fluids.every_minutes")
    assert fluids is not None
    assert (fluids.value(), fluids.minimum(), fluids.maximum()) == (90, 15, 480)
    assert fluids.accessibleName() == "Minutes between two reminders."
    assert "must be between 15 and 480. Default: 90." in fluids.toolTip()
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
        "General",
        "Pregnancy",
        "Quiet hours",
        "Water",
        "Sound and voice",
        "Reminders",
    ]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "settings-general.png"))
    window.tabs.setCurrentIndex(5)
    window.grab().save(str(ARTIFACTS / "settings-reminders.png"))


def parse_settings_of(window: SettingsWindow) -> Settings:
    from coach.core.settings import settings_from_raw

    settings, problems = settings_from_raw(window.raw())
    assert problems == []
    return settings


def test_invalid_values_show_the_schema_message_and_save_nothing(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    settings_file.write_text('bedtime = "23:00"\n')
    before = settings_file.read_bytes()
    window = open_window(qtbot, settings_file, tmp_path)
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    times = window.findChild(QLineEdit, "reminders.legs-up.times")
    due = window.findChild(QLineEdit, "pregnancy.due_date")
    assert times is not None and due is not None
    times.setText("11:00, 25:00")
    due.setText("2027-13-01")
    window.apply_button.click()
    assert applied == []
    assert settings_file.read_bytes() == before
    error = window.findChild(type(window.status), "error-reminders.legs-up.times")
    assert error is not None and not error.isHidden()
    assert error.text() == 'Not saved: must be a time of day like "22:30"'  # 25:00 is not
    due_error = window.findChild(type(window.status), "error-pregnancy.due_date")
    assert due_error is not None and due_error.text() == "Not saved: must be a date like 2027-03-14"
    assert window.status.text().startswith("Nothing was saved: 2 settings to fix")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Pregnancy"  # the first one shown


def test_bedtime_equal_to_wake_time_is_caught_by_the_cross_check(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    window.editors["bedtime"].show(dt.time(7, 0))
    assert not window.apply()
    assert not settings_file.exists()
    assert window.errors["bedtime"].text() == "Not saved: must differ from wake_time"


def test_valid_values_are_saved_atomically_with_a_backup(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    settings_file.write_text("[water]\ngoal_ml = 2000\n")
    settings, _ = check_settings_file(settings_file)
    window = open_window(qtbot, settings_file, tmp_path, settings)
    applied: list[Settings] = []
    window.applied.connect(applied.append)
    goal = window.findChild(QSpinBox, "water.goal_ml")
    assert goal is not None and goal.value() == 2000
    goal.setValue(1800)
    window.editors["pregnancy.week"].show(30)
    window.editors["quiet_hours.start"].show(dt.time(23, 15))
    window.ok_button.click()
    assert not window.isVisible()
    (saved,) = applied
    assert (saved.water.goal_ml, saved.pregnancy.week) == (1800, 30)
    assert saved.quiet_hours.start == dt.time(23, 15)
    assert check_settings_file(settings_file) == (saved, [])
    assert (tmp_path / "settings.toml.bak").read_text() == "[water]\ngoal_ml = 2000\n"
    assert oct(settings_file.stat().st_mode & 0o777) == "0o600"
    assert parse_settings(settings_file.read_text())[0] == saved


def test_restore_defaults_asks_first_and_touches_only_its_page(
    qtbot: QtBot, settings_file: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    window.editors["water.goal_ml"].show(3000)
    window.editors["bedtime"].show(dt.time(23, 45))
    window.ask_restore("water")
    box = window.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert window.raw()["water"]["goal_ml"] == 3000
    window.ask_restore("water")
    assert window.confirm is not None
    window.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert window.raw()["water"]["goal_ml"] == 1500
    assert window.raw()["bedtime"] == "23:45"
    assert not settings_file.exists(), "restoring only fills the form"


def test_start_at_login_from_the_window(qtbot: QtBot, settings_file: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, settings_file, tmp_path)
    entry = tmp_path / "user" / ".config" / "autostart" / "calf-coach.desktop"
    assert not window.login.isChecked()
    window.login.setChecked(True)
    assert window.apply()
    assert entry.exists()
    window.login.setChecked(False)
    assert window.apply()
    assert not entry.exists()
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("[Desktop Entry]\nHidden=true\n")
    window.show_settings(DEFAULTS)
    assert not window.login.isEnabled()
    assert "leaves that choice alone" in window.login_note.text()
