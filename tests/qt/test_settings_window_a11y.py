"""Settings for a screen reader: every field named (those beside a "Set" box and the
key recorder's text field too), a refused value marks its field and is said aloud."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QKeySequenceEdit,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach.app.settings.current import CurrentSettings
from coach.app.settings.editors import Settable
from coach.app.settings.settings_window import SettingsWindow
from coach.core.settings.schema import DEFAULTS

TODAY = dt.date(2026, 6, 10)
CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QKeySequenceEdit)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[QAccessibleAnnouncementEvent]:
    """What the app announces, as the accessibility bridge would receive it."""
    heard: list[QAccessibleAnnouncementEvent] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return heard


def open_window(qtbot: QtBot, tmp_path: Path) -> SettingsWindow:
    owner = CurrentSettings(tmp_path / "settings.toml", DEFAULTS, lambda: TODAY)
    window = SettingsWindow(owner, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gets: Qt's accessible interface, as the bridge asks it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_every_field_has_a_name_even_greyed_and_inside_others(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    fields = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
    ]
    assert len(fields) > 30
    unnamed = [f"{type(w).__name__}({w.objectName()!r})" for w in fields if not spoken_name(w)]
    assert unnamed == []
    due = window.tabs.editors["pregnancy.due_date"]
    assert isinstance(due, Settable) and due.set_box is not None
    assert spoken_name(due.field) == "Due date"
    assert spoken_name(due.set_box) == "Set: Due date"
    start = window.tabs.editors["quiet_hours.start"]
    assert isinstance(start, Settable)
    assert spoken_name(start.field) == "Quiet hours \u2013 Start"
    keys = window.findChild(QKeySequenceEdit, "cramp_key")
    assert keys is not None
    (inner,) = keys.findChildren(QLineEdit)
    assert spoken_name(inner) == spoken_name(keys) == "\u201cCramp now\u201d key"


def test_a_refused_value_marks_its_field_and_is_said_aloud(
    qtbot: QtBot, tmp_path: Path, announced: list[QAccessibleAnnouncementEvent]
) -> None:
    window = open_window(qtbot, tmp_path)
    bedtime = window.tabs.editors["bedtime"]
    field = bedtime.value_widget()
    helped = field.accessibleDescription()
    bedtime.show(dt.time(7, 0))  # the same as the wake time
    assert not window.apply()
    problem = "Not saved: must differ from the wake time"
    assert window.tabs.errors["bedtime"].text() == problem
    assert field.property("invalid") is True
    assert field.accessibleDescription() == f"{problem} {helped}"
    (said,) = announced
    assert said.message() == f"Bedtime: {problem}"
    assert said.politeness() is QAccessible.AnnouncementPoliteness.Assertive
    bedtime.show(dt.time(22, 30))
    assert window.apply()
    assert field.property("invalid") is False and field.accessibleDescription() == helped
    assert len(announced) == 1, "nothing more to say"


def test_the_one_key_shortcuts_are_on_their_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path)
    close = window.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert "Esc" in close.toolTip() and "Enter" in window.ok_button.toolTip()
