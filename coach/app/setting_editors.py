"""One editor widget per kind of option, built from the settings schema.

An editor shows a typed value (`show`) and gives back the raw TOML-shaped
value (`raw`), or None when an optional option is left unset. Checking is not
done here: the raw values go through the same schema as a settings file, so
the window shows the very messages `calf-coach settings check` prints.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.options import (
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
    """A spin box; an optional number has a "Not set" step below its range."""

    def __init__(self, kind: Whole, optional: bool) -> None:
        self.optional = optional
        self.spin = QSpinBox()
        self.spin.setRange(kind.low - 1 if optional else kind.low, kind.high)
        if optional:
            self.spin.setSpecialValueText(translate("settings", NOT_SET))
        self.widget = self.spin

    def show(self, value: Any) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else int(value))

    def raw(self) -> object | None:
        if self.optional and self.spin.value() == self.spin.minimum():
            return None
        return self.spin.value()


class OneClickTime(QTimeEdit):
    """A time field that takes typing after one click: the clicked part (hours or
    minutes) is selected, so "2300" typed reads 23:00."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        self.setSelectedSection(self.currentSection())


class TimeEditor(Editor):
    """A time of day; an optional one has a check box that says whether it is set."""

    def __init__(self, optional: bool) -> None:
        self.edit = OneClickTime()
        self.edit.setDisplayFormat("HH:mm")
        self.set_box: QCheckBox | None = None
        if optional:
            self.set_box = QCheckBox(translate("settings", "Set"))
            self.set_box.toggled.connect(self.edit.setEnabled)
            self.widget = QWidget()
            row = QHBoxLayout(self.widget)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.set_box)
            row.addWidget(self.edit, 1)
        else:
            self.widget = self.edit

    def show(self, value: Any) -> None:
        if self.set_box is not None:
            self.set_box.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
        if isinstance(value, dt.time):
            self.edit.setTime(QTime(value.hour, value.minute))

    def raw(self) -> object | None:
        if self.set_box is not None and not self.set_box.isChecked():
            return None
        return self.edit.time().toString("HH:mm")

    def focus_widget(self) -> QWidget:
        return self.set_box or self.edit


class TextEditor(Editor):
    """Free text for lists of times and for dates: typed as in the settings file."""

    def __init__(self, placeholder: str, optional: bool) -> None:
        self.optional = optional
        self.line = QLineEdit()
        if optional:
            placeholder += f" ({translate('settings', NOT_SET).lower()})"
        self.line.setPlaceholderText(placeholder)
        self.widget = self.line

    def show(self, value: Any) -> None:
        if value is None:
            self.line.clear()
        elif isinstance(value, tuple):
            self.line.setText(_times(value))
        elif isinstance(value, dt.date):
            self.line.setText(value.isoformat())
        else:
            self.line.setText(str(value))

    def raw(self) -> object | None:
        text = self.line.text().strip()
        if not text and self.optional:
            return None
        return text


class TimesEditor(TextEditor):
    def raw(self) -> object | None:
        text = self.line.text().strip()
        return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ChoiceEditor(Editor):
    def __init__(self, choices: tuple[str, ...], labels: dict[str, str]) -> None:
        self.combo = QComboBox()
        for choice in choices:
            self.combo.addItem(translate("settings", labels.get(choice, choice)), choice)
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
        super().__init__(("auto", "on", "off"), SWITCH_LABELS)

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

    def show(self, value: Any) -> None:
        self.keys.setKeySequence(QKeySequence(str(value or "")))

    def raw(self) -> object | None:
        return self.keys.keySequence().toString(QKeySequence.SequenceFormat.PortableText)

    def describe(self, value: Any) -> str:
        if not value:
            return translate("settings", "none")
        return QKeySequence(str(value)).toString(QKeySequence.SequenceFormat.NativeText)


LANGUAGE_LABELS = {
    "system": QT_TRANSLATE_NOOP("settings", "As the computer"),
    # Each language by its own name, so that anyone can find theirs.
    "en": QT_TRANSLATE_NOOP("settings", "English"),
    "ru": QT_TRANSLATE_NOOP("settings", "Russian (Русский)"),
}
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("settings", "As the computer"),
    "light": QT_TRANSLATE_NOOP("settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("settings", "Dark"),
}


def editor_for(option: Option) -> Editor:
    kind: Kind = option.kind
    if isinstance(kind, Flag):
        return FlagEditor()
    if isinstance(kind, Whole):
        return WholeEditor(kind, option.optional)
    if isinstance(kind, ClockTime):
        return TimeEditor(option.optional)
    if isinstance(kind, ClockTimes):
        return TimesEditor(translate("settings", "e.g. 11:00, 15:00, 19:00"), option.optional)
    if isinstance(kind, CalendarDate):
        return TextEditor(translate("settings", "YYYY-MM-DD"), option.optional)
    if isinstance(kind, Switch):
        return SwitchEditor()
    if isinstance(kind, KeyCombination):
        return KeyEditor()
    if isinstance(kind, Choice):
        labels = {"language": LANGUAGE_LABELS, "theme": THEME_LABELS}.get(option.key, {})
        return ChoiceEditor(kind.choices, labels)
    raise TypeError(f"no editor for {type(kind).__name__} ({option.key})")
