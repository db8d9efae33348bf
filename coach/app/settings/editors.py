"""One editor widget per kind of option, built from the settings schema.

An editor shows a typed value (`show`) and gives back the raw TOML-shaped
value (`raw`), or None when an optional option is left unset. Checking is not
done here: the raw values go through the same schema as a settings file, so
the window shows the very messages `calf-coach settings check` prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from coach.app.settings.date_time_fields import (
    date_field,
    date_of,
    show_date,
    show_time,
    time_field,
)
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings.option_types import (
    CalendarDate,
    Choice,
    ClockTime,
    ClockTimes,
    Flag,
    KeyCombination,
    Kind,
    Option,
    Switch,
    Whole,
)

NOT_SET = QT_TRANSLATE_NOOP("settings", "Not set")
SWITCH_LABELS = {
    "auto": QT_TRANSLATE_NOOP("settings", "Automatic"),
    "on": QT_TRANSLATE_NOOP("settings", "On"),
    "off": QT_TRANSLATE_NOOP("settings", "Off"),
}


def _times(value: tuple[dt.time, ...]) -> str:
    return ", ".join(f"{t:%H:%M}" for t in value)


class Editor:
    """The widget for one option; `widget` is what goes into the form."""

    widget: QWidget

    def show(self, value: Any) -> None:
        raise NotImplementedError

    def raw(self) -> object | None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget

    def value_widget(self) -> QWidget:
        """The field that holds the value: marked when the value is refused."""
        return self.focus_widget()

    def name(self, label: str, full: str) -> None:
        """Name every field a person can reach by its label (`full`: with its group's
        title, for a field that has no label of its own beside it)."""
        self.focus_widget().setAccessibleName(label)

    def limits(self) -> str:
        """What values it takes, said under the field where that is not plain ("")."""
        return ""

    def preview(self, value: Any) -> None:
        """Show what a field left unset comes to, without setting it."""

    def describe(self, value: Any) -> str:
        """A value in the words this editor shows it with (for "Default: ..." tooltips)."""
        if value is None:
            return translate("settings", "not set")
        if isinstance(value, tuple):
            return _times(value)
        if isinstance(value, dt.time):
            return f"{value:%H:%M}"
        return str(value)


class FlagEditor(Editor):
    def __init__(self) -> None:
        self.box = QCheckBox()
        self.widget = self.box

    def show(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def raw(self) -> object | None:
        return self.box.isChecked()

    def describe(self, value: Any) -> str:
        return translate("settings", SWITCH_LABELS["on" if value else "off"])


class WholeEditor(Editor):
    """A spin box with its unit after the number; an optional number has a "Not set" step
    below its range."""

    def __init__(self, kind: Whole, optional: bool, unit: str) -> None:
        self.optional = optional
        self.unit = translate("settings", unit) if unit else ""
        self.spin = QSpinBox()
        self.spin.setRange(kind.low - 1 if optional else kind.low, kind.high)
        if self.unit:
            self.spin.setSuffix(f" {self.unit}")
        if optional:
            self.spin.setSpecialValueText(translate("settings", NOT_SET))
        # A number typed past the range becomes the nearest it takes, not the old value.
        self.spin.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.kind = kind
        self.widget = self.spin

    def limits(self) -> str:
        text = translate("settings", "From {low} to {high}.")
        unit = f" {self.unit}" if self.unit else ""
        return text.format(low=self.kind.low, high=f"{self.kind.high}{unit}")

    def show(self, value: Any) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else int(value))

    def raw(self) -> object | None:
        if self.optional and self.spin.value() == self.spin.minimum():
            return None
        return self.spin.value()

    def describe(self, value: Any) -> str:
        text = super().describe(value)
        return f"{text} {self.unit}" if self.unit and value is not None else text


class Settable(Editor):
    """A field that an optional option may leave unset: a "Set" box before it says whether."""

    def __init__(self, field: QWidget, optional: bool) -> None:
        self.field = field
        self.set_box: QCheckBox | None = None
        if optional:
            self.set_box = QCheckBox(translate("settings", "Set"))
            self.set_box.toggled.connect(field.setEnabled)
            self.widget = QWidget()
            row = QHBoxLayout(self.widget)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.set_box)
            row.addWidget(field, 1)
        else:
            self.widget = field

    def show(self, value: Any) -> None:
        if self.set_box is not None:
            self.set_box.setChecked(value is not None)
            self.field.setEnabled(value is not None)
        if value is not None:
            self.show_value(value)

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def preview(self, value: Any) -> None:
        """The greyed field shows what it comes to while unset (23:00), not a blank 00:00."""
        if self.set_box is not None and not self.set_box.isChecked():
            blocked = self.field.blockSignals(True)
            self.show_value(value)
            self.field.blockSignals(blocked)

    def raw(self) -> object | None:
        if self.set_box is not None and not self.set_box.isChecked():
            return None
        return self.raw_value()

    def raw_value(self) -> object:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.set_box or self.field

    def value_widget(self) -> QWidget:
        return self.field

    def name(self, label: str, full: str) -> None:
        """The "Set" box and the field beside it, each named (the label is the box's)."""
        if self.set_box is None:
            self.field.setAccessibleName(label)
            return
        self.set_box.setAccessibleName(translate("settings", "Set: {label}").format(label=label))
        self.field.setAccessibleName(full)


class TimeEditor(Settable):
    """A time of day that takes typing after one click."""

    def __init__(self, optional: bool) -> None:
        self.edit = time_field()
        super().__init__(self.edit, optional)

    def show_value(self, value: Any) -> None:
        show_time(self.edit, value)

    def raw_value(self) -> object:
        return self.edit.time().toString("HH:mm")


class DateEditor(Settable):
    """A date, picked from a calendar or typed: the same field as the welcome's due date.
    Unset, it waits at `today`, so that setting it starts from a date near the one wanted."""

    def __init__(self, optional: bool, today: dt.date) -> None:
        self.edit = date_field(today)
        self.today = today
        super().__init__(self.edit, optional)

    def show(self, value: Any) -> None:
        super().show(value)
        if value is None:
            show_date(self.edit, self.today)

    def show_value(self, value: Any) -> None:
        show_date(self.edit, value)

    def raw_value(self) -> object:
        return date_of(self.edit).isoformat()

    def describe(self, value: Any) -> str:
        if value is None:
            return super().describe(value)
        date = QDate(value.year, value.month, value.day)
        return self.edit.locale().toString(date, self.edit.displayFormat())


class TimesEditor(Editor):
    """Several times of day, typed as a list ("11:00, 15:00")."""

    def __init__(self, placeholder: str) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("0" * 30))
        self.widget = self.line

    def show(self, value: Any) -> None:
        self.line.setText(_times(value) if value else "")

    def raw(self) -> object | None:
        text = self.line.text().strip()
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ChoiceEditor(Editor):
    def __init__(self, choices: tuple[str, ...], label: Callable[[str], str]) -> None:
        self.combo = QComboBox()
        for choice in choices:
            self.combo.addItem(label(choice), choice)
        self.widget = self.combo

    def show(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def raw(self) -> object | None:
        data: object = self.combo.currentData()
        return data

    def describe(self, value: Any) -> str:
        return self.combo.itemText(max(0, self.combo.findData(value)))


class SwitchEditor(ChoiceEditor):
    def __init__(self) -> None:
        super().__init__(("auto", "on", "off"), lambda v: translate("settings", SWITCH_LABELS[v]))

    def raw(self) -> object | None:
        value: object = self.combo.currentData()
        return {"on": True, "off": False}.get(str(value), value)


class KeyEditor(Editor):
    """A key combination, recorded by pressing it; cleared for none."""

    def __init__(self) -> None:
        self.keys = QKeySequenceEdit()
        self.keys.setMaximumSequenceLength(1)
        self.keys.setClearButtonEnabled(True)
        self.widget = self.keys

    def name(self, label: str, full: str) -> None:
        """The editor and the text field inside it, which is what takes the keyboard."""
        super().name(label, full)
        for inner in self.keys.findChildren(QLineEdit):
            inner.setAccessibleName(label)
        for clear in self.keys.findChildren(QToolButton):  # the line's clear button
            clear.setAccessibleName(translate("settings", "Clear the key"))

    def show(self, value: Any) -> None:
        self.keys.setKeySequence(QKeySequence(str(value or "")))

    def raw(self) -> object | None:
        return self.keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText)

    def describe(self, value: Any) -> str:
        if not value:
            return translate("settings", "none")
        return QKeySequence(str(value)).toString(QKeySequence.SequenceFormat.NativeText)


def editor_for(option: Option, today: dt.date) -> Editor:
    """The editor for `option`; `today` is where an unset date field waits."""
    kind: Kind = option.kind
    if isinstance(kind, Flag):
        return FlagEditor()
    if isinstance(kind, Whole):
        return WholeEditor(kind, option.optional, option.unit)
    if isinstance(kind, ClockTime):
        return TimeEditor(option.optional)
    if isinstance(kind, ClockTimes):
        return TimesEditor(translate("settings", "e.g. 11:00, 15:00, 19:00"))
    if isinstance(kind, CalendarDate):
        return DateEditor(option.optional, today)
    if isinstance(kind, Switch):
        return SwitchEditor()
    if isinstance(kind, KeyCombination):
        return KeyEditor()
    if isinstance(kind, Choice):
        return ChoiceEditor(kind.choices, kind.label)
    raise TypeError(f"no editor for {type(kind).__name__} ({option.key})")
