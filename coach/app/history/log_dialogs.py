"""Logging a cramp or a drink: dialogs made to be answered half-asleep.

Everything has a sensible default except the leg, so choosing it (Alt+L, R or
B) and pressing Enter logs a cramp in seconds. Ticking a warning sign shows the
"get it checked" message at once, in plain words. Rules are the core's
(coach.core.history.entry_checks), so the dialog and the command line refuse the same input
with the same message; a refused entry keeps the dialog open and stores nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import fit_to_screen, scrolling_page
from coach.app.style.announce import announce
from coach.app.style.design import (
    error_style,
    night_palette,
    notice_style,
    scaled,
    warning_style,
)
from coach.core.advice import (
    advice_described,
    not_medical_advice,
    tell_provider,
    warning_described,
)
from coach.core.history.entry_checks import (
    LEGS,
    MAX_MINUTES,
    PLACES,
    SEVERITY,
    SIGNS,
    WATER_ML,
    EntryError,
    check_cramp,
    check_water,
    is_severe,
    sign_name,
    warning_signs,
    when_from_text,
)
from coach.core.history.records import CrampRecord, WaterRecord
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.insights.figures import BAND_NAMES, band

LEG_LABELS = {
    "left": QT_TRANSLATE_NOOP("log", "&Left"),
    "right": QT_TRANSLATE_NOOP("log", "&Right"),
    "both": QT_TRANSLATE_NOOP("log", "&Both"),
}
PLACE_LABELS = {
    "calf": QT_TRANSLATE_NOOP("log", "&Calf"),
    "foot": QT_TRANSLATE_NOOP("log", "&Foot"),
    "thigh": QT_TRANSLATE_NOOP("log", "T&high"),
}

LAST_NIGHT = "03:00"


class WhenField(QWidget):
    """A date and time, defaulting to now, with one-click "Now" and "Last night"."""

    def __init__(self, clock: Clock, moment: dt.datetime | None = None) -> None:
        super().__init__()
        self._clock = clock
        self.edit = QDateTimeEdit()
        self.edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(translate("log", "When"))
        self.now_button = QPushButton(translate("log", "&Now"))
        self.now_button.setAccessibleName(translate("log", "Set the time to now"))
        self.night_button = QPushButton(translate("log", "Last ni&ght"))
        night = translate("log", "Set the time to last night, {time}").format(time=LAST_NIGHT)
        self.night_button.setAccessibleName(night)
        for button in (self.now_button, self.night_button):
            button.setAutoDefault(False)  # Enter always saves
        self.now_button.clicked.connect(lambda: self.set(self._clock.now()))
        self.night_button.clicked.connect(self.last_night)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.now_button)
        row.addWidget(self.night_button)
        self.set(moment or clock.now())

    def set(self, moment: dt.datetime) -> None:
        self.edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )

    def last_night(self) -> None:
        self.set(when_from_text(LAST_NIGHT, self._clock.now()))
        self.edit.setFocus()
        self.edit.setCurrentSection(QDateTimeEdit.Section.HourSection)

    def value(self) -> dt.datetime:
        """The chosen wall time in the clock's zone (so DST is right for the day chosen)."""
        chosen = self.edit.dateTime()
        day, time = chosen.date(), chosen.time()
        return dt.datetime(
            day.year(),
            day.month(),
            day.day(),
            time.hour(),
            time.minute(),
            tzinfo=self._clock.now().tzinfo,
        )


def _choices(
    names: Sequence[str], labels: dict[str, str], group_name: str
) -> tuple[QWidget, QButtonGroup]:
    box = QWidget()
    box.setAccessibleName(group_name)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    for name in names:
        button = QRadioButton(translate("log", labels[name]))
        button.setObjectName(name)
        button.setMinimumHeight(36)
        group.addButton(button)
        row.addWidget(button)
    row.addStretch()
    return box, group


def _chosen(group: QButtonGroup) -> str:
    """The checked choice; else the focused one (a mnemonic's click lands 100 ms later,
    and Enter pressed sooner than that must still mean the choice just made)."""
    button: QAbstractButton | None = group.checkedButton()
    if button is None:
        button = next((b for b in group.buttons() if b.hasFocus()), None)
    return button.objectName() if button is not None else ""


def _select(group: QButtonGroup, name: str) -> None:
    for button in group.buttons():
        button.setChecked(button.objectName() == name)


class EntryDialog(QDialog):
    """What both dialogs share: large text, an error line, Save/Cancel, Ctrl+Enter saves."""

    def __init__(self, title: str, *, night: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(title)
        self.setFont(scaled(self.font(), 1.15))
        if night:
            self.setPalette(night_palette())
        self.form = QFormLayout()
        self.field_errors: dict[str, tuple[str, QLabel]] = {}
        self.saved_as: object = None
        self.asking: QMessageBox | None = None
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(error_style(self.palette()))
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setMinimumHeight(44)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        # The fields scroll where the screen is too small (200 % text on a laptop); the
        # error and the buttons stay in sight below them.
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.addLayout(self.form)
        self.fields = scrolling_page(self.body, title)
        outer = QVBoxLayout(self)
        outer.addWidget(self.fields, 1)
        # The error line starts where the form's labels do, inside the page's margin.
        self.error.setContentsMargins(self.layout_.contentsMargins().left(), 0, 0, 0)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

    def add_row(self, field: str, label: str, widget: QWidget) -> None:
        """A row of the form, with the line under it where a problem with `field` (the
        name the rules use: "at", "leg", "ml"...) is said, beside what to change."""
        self.form.addRow(label, widget)
        error = QLabel()
        error.setObjectName(f"error-{field}")
        error.setStyleSheet(error_style(self.palette()))
        error.setWordWrap(True)
        error.hide()
        self.form.addRow("", error)
        self.field_errors[field] = (label, error)

    def finish_layout(self, *extra: QWidget) -> None:
        for widget in extra:
            self.layout_.addWidget(widget)
        self.save_button.setDefault(True)  # once inside the dialog, or it does not hold
        fit_to_screen(self, 680, 0)
        self.saved_as = self.snapshot()

    def show_message(self, label: QLabel, shown: bool, *, urgent: bool = False) -> None:
        """Show or hide a message; the dialog grows for it (up to the screen's height)
        rather than squeeze the rows above, and the message is scrolled into view. A
        message that appears while the dialog is open is said to a screen reader, word for
        word (one there from the start is read with the dialog)."""
        if label.isVisibleTo(self) == shown:
            return
        label.setVisible(shown)
        if shown and label is not self.error and self.isVisible():
            announce(label, label.text(), assertive=urgent)
        self.layout_.activate()
        self.fields.updateGeometry()
        fit_to_screen(self, self.width(), self.height())
        if shown and label is not self.error:
            self.fields.ensureWidgetVisible(label)

    def refuse(self, error: EntryError) -> None:
        """Each problem beside its field, in the form's words; the line above the buttons
        says which fields to look at (a problem with no field of its own is said there)."""
        for _label, line in self.field_errors.values():
            line.hide()
        fields, elsewhere = [], []
        for problem in error.problems:
            field, _, said = problem.partition(": ")
            if field in self.field_errors and said:
                label, line = self.field_errors[field]
                line.setText(said[:1].upper() + said[1:])
                line.show()
                fields.append(label)
            else:
                elsewhere.append(problem)
        parts = (
            [translate("log", "see {fields}").format(fields=", ".join(fields))] if fields else []
        )
        text = translate("log", "Not saved: {problems}").format(
            problems="; ".join(parts + elsewhere)
        )
        self.error.setText(text)
        self.show_message(self.error, True)
        first = next(
            (line for _label, line in self.field_errors.values() if line.isVisible()), None
        )
        if first is not None:
            self.fields.ensureWidgetVisible(first)

    def snapshot(self) -> object:
        """What the person has entered (compared on leaving: nothing is thrown away unasked)."""
        return None

    def reject(self) -> None:
        """Esc or Cancel: an entry that was changed is not thrown away without asking."""
        if self.snapshot() == self.saved_as or self.asking is not None:
            super().reject()
            return
        box = self.asking = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(translate("log", "Throw away this entry?"))
        box.setInformativeText(translate("log", "What you filled in has not been saved."))
        role = QMessageBox.ButtonRole
        discard = box.addButton(translate("log", "Throw away"), role.DestructiveRole)
        keep = box.addButton(translate("log", "Keep editing"), role.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.asking = None
            if box.clickedButton() is discard:
                super(EntryDialog, self).reject()

        box.finished.connect(answered)
        box.open()  # no nested event loop: the app goes on while it asks

    def save(self) -> None:
        raise NotImplementedError


class CrampDialog(EntryDialog):
    """Log (or correct) a cramp; `saved` carries the checked CrampRecord."""

    saved = Signal(object)

    def __init__(
        self,
        clock: Clock,
        helped_options: Sequence[str],
        record: CrampRecord | None = None,
        *,
        night: bool = False,
    ) -> None:
        title = translate("log", "Edit a cramp") if record else translate("log", "Log a cramp")
        super().__init__(title, night=night)
        self.setObjectName("cramp-dialog")
        self.clock = clock
        self.record = record
        self.when = WhenField(clock, record.at if record else None)
        legs, self.leg = _choices(LEGS, LEG_LABELS, translate("log", "Which leg"))
        places, self.place = _choices(PLACES, PLACE_LABELS, translate("log", "Where"))
        _select(self.place, "calf")
        self.severity = QSlider(Qt.Orientation.Horizontal)
        self.severity.setRange(*SEVERITY)
        self.severity.setValue(5)
        self.severity.setPageStep(1)
        self.severity.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.severity.setAccessibleName(translate("log", "How bad, from 1 to 10"))
        self.severity_label = QLabel()
        self.severity_label.setMinimumWidth(140)
        self.severity.valueChanged.connect(self._show_severity)
        severity_row = QWidget()
        row = QHBoxLayout(severity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.severity, 1)
        row.addWidget(self.severity_label)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSpecialValueText(translate("log", "Not sure"))
        self.minutes.setSuffix(translate("log", " min"))
        self.minutes.setAccessibleName(translate("log", "How long it lasted, in minutes"))
        self.helped = [QCheckBox(option) for option in dict.fromkeys(helped_options)]
        helped = QWidget()
        helped.setAccessibleName(translate("log", "What helped"))
        grid = QGridLayout(helped)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.helped):  # two columns: the form stays short
            grid.addWidget(box, index // 2, index % 2)
        self.signs = {name: QCheckBox(sign_name(name)) for name in SIGNS}
        signs = QWidget()
        signs.setAccessibleName(translate("log", "Warning signs"))
        sign_grid = QGridLayout(signs)
        sign_grid.setContentsMargins(0, 0, 0, 0)
        for index, (name, box) in enumerate(self.signs.items()):
            box.setObjectName(f"sign-{name}")
            box.toggled.connect(self._show_warning)
            sign_grid.addWidget(box, index, 0)
        self.warning = QLabel(warning_signs())
        self.warning.setObjectName("warning-signs")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(warning_style(self.palette()))
        self.warning.setFont(scaled(self.font(), 1.0, bold=True))
        # The words are the label's own accessible text; the description says what they are.
        self.warning.setAccessibleDescription(warning_described())
        self.warning.hide()
        self.severe = QLabel(tell_provider())
        self.severe.setObjectName("severe-cramp")
        self.severe.setWordWrap(True)
        self.severe.setStyleSheet(notice_style(self.palette()))
        self.severe.setAccessibleDescription(advice_described())
        self.severe.hide()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(translate("log", "Anything worth remembering (optional)"))
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(translate("log", "Note"))
        disclaimer = QLabel(not_medical_advice())
        disclaimer.setWordWrap(True)
        disclaimer.setFont(scaled(self.font(), 0.85))

        self.add_row("at", translate("log", "When"), self.when)
        self.add_row("leg", translate("log", "Leg"), legs)
        self.add_row("place", translate("log", "Where"), places)
        self.add_row("severity", translate("log", "How bad"), severity_row)
        self.form.addRow(self.severe)  # right under the slider that shows it
        self.add_row("minutes", translate("log", "How long"), self.minutes)
        self.add_row("helped", translate("log", "What helped"), helped)
        self.add_row("sign", translate("log", "Warning signs"), signs)
        self.form.addRow(self.warning)  # right under the signs that show it
        self.add_row("note", translate("log", "Note"), self.note)
        self.finish_layout(disclaimer)
        if record is not None:
            self._fill(record)
        self._show_severity(self.severity.value())
        self.saved_as = self.snapshot()

    def _fill(self, record: CrampRecord) -> None:
        _select(self.leg, record.leg)
        _select(self.place, record.place)
        self.severity.setValue(record.severity)
        self.minutes.setValue(round(record.minutes or 0))
        for box in self.helped:
            box.setChecked(box.text() in record.helped)
        for name, box in self.signs.items():
            box.setChecked(name in record.signs)
        self.note.setPlainText(record.note)

    def snapshot(self) -> object:
        return self.entry()

    def _show_severity(self, value: int) -> None:
        name = translate("insights", BAND_NAMES[band(value)]).lower()
        self.severity_label.setText(f"{value} / 10 ({name})")
        self.show_message(self.severe, is_severe(value))

    def _show_warning(self) -> None:
        ticked = any(box.isChecked() for box in self.signs.values())
        self.show_message(self.warning, ticked, urgent=True)

    def entry(self) -> CrampRecord:
        return CrampRecord(
            self.when.value(),
            _chosen(self.leg),
            self.severity.value(),
            _chosen(self.place),
            self.minutes.value() or None,
            tuple(box.text() for box in self.helped if box.isChecked()),
            tuple(name for name, box in self.signs.items() if box.isChecked()),
            self.note.toPlainText(),
        )

    def save(self) -> None:
        entry = self.entry()
        if not entry.leg:
            # "field: problem": the field's key stays as it is, so the problem goes beside it.
            self.refuse(EntryError([f"leg: {translate('log', 'choose left, right or both')}"]))
            self.leg.buttons()[0].setFocus()  # where the answer goes
            return
        try:
            record = check_cramp(entry, self.clock.now())
        except EntryError as error:
            self.refuse(error)
            return
        self.saved.emit(record)
        self.accept()


class WaterDialog(EntryDialog):
    """Log (or correct) a drink; `saved` carries the checked WaterRecord."""

    saved = Signal(object)

    def __init__(self, clock: Clock, ml: int, record: WaterRecord | None = None) -> None:
        title = translate("log", "Edit a drink") if record else translate("log", "Log a drink")
        super().__init__(title)
        self.setObjectName("water-dialog")
        self.clock = clock
        self.record = record
        self.when = WhenField(clock, record.at if record else None)
        self.ml = QSpinBox()
        self.ml.setRange(*WATER_ML)
        self.ml.setSingleStep(50)
        self.ml.setSuffix(translate("log", " ml"))
        self.ml.setValue(record.ml if record else ml)
        self.ml.setAccessibleName(translate("log", "How much, in millilitres"))
        self.add_row("at", translate("log", "When"), self.when)
        self.add_row("ml", translate("log", "How much"), self.ml)
        self.finish_layout()

    def snapshot(self) -> object:
        return (self.when.value(), self.ml.value())

    def save(self) -> None:
        try:
            record = check_water(self.when.value(), self.ml.value(), self.clock.now())
        except EntryError as error:
            self.refuse(error)
            return
        self.saved.emit(record)
        self.accept()
