"""The first-run welcome: three short screens, every question skippable.

1. What the app does and does not do (a coach, not medical advice).
2. Due date (optional), bedtime and wake time.
3. Which reminders to turn on, the left-side one explained and preset from the week.

It ends with "Try the bedtime routine now" or "Later". Skipping keeps the
defaults; either way `answered` carries the settings to save, so it is shown once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coach.app.clock import Clock
from coach.app.look import scaled
from coach.core.advice import NOT_MEDICAL_ADVICE
from coach.core.pregnancy import THIRD_TRIMESTER_WEEK
from coach.core.reminders import KIND_TEXT, ReminderKind
from coach.core.settings import Settings
from coach.core.welcome import (
    WelcomeAnswers,
    apply_answers,
    preset_reminders,
    week_from_due,
)

INTRO = (
    "Calf Coach helps you prevent night-time calf cramps and get through them: it reminds "
    "you, gently and on time, to stretch your calves before bed, to drink through the day, "
    "to rest with your legs raised and, late in pregnancy, to sleep on your left side. "
    'When a cramp strikes, "Cramp now" talks you through it step by step, and a private '
    "log on this computer lets you show a care provider how often cramps come."
)
NOT_A_DOCTOR = (
    "It is a coach, not a doctor: it never diagnoses and never suggests medicines or "
    "supplements. Your midwife or doctor knows best."
)
LEFT_SIDE_WHY = (
    "From week 28, lying on your left side keeps the womb off a large vein, so blood "
    "returns from the legs more easily."
)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class Welcome(QWizard):
    answered = Signal(object, bool)
    """(the settings to save, whether to try the bedtime routine now)."""

    def __init__(self, clock: Clock, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("welcome")
        self.setWindowTitle("Welcome to Calf Coach")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setFont(scaled(self.font(), 1.1))
        self.clock = clock
        self.settings = settings
        self.try_now = False
        self._done = False

        intro = QWizardPage()
        intro.setTitle("A quiet coach against calf cramps")
        column = QVBoxLayout(intro)
        for text in (INTRO, NOT_A_DOCTOR, NOT_MEDICAL_ADVICE):
            column.addWidget(_label(text))

        about = QWizardPage()
        about.setTitle("About you (everything here is optional)")
        form = QFormLayout(about)
        self.know_due = QCheckBox("I know my due date")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMMM yyyy")
        self.due.setAccessibleName("Due date")
        today = clock.now().date()
        start = settings.pregnancy.due_date or today + dt.timedelta(days=140)
        self.due.setDate(QDate(start.year, start.month, start.day))
        self.due.setMinimumDate(QDate(today.year, today.month, today.day).addDays(-30))
        self.know_due.setChecked(settings.pregnancy.due_date is not None)
        self.due.setEnabled(self.know_due.isChecked())
        self.know_due.toggled.connect(self.due.setEnabled)
        self.bedtime = QTimeEdit(QTime(settings.bedtime.hour, settings.bedtime.minute))
        self.wake = QTimeEdit(QTime(settings.wake_time.hour, settings.wake_time.minute))
        for edit, name in ((self.bedtime, "Bedtime"), (self.wake, "Wake time")):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        form.addRow(self.know_due)
        form.addRow("Due date", self.due)
        form.addRow("I usually go to bed at", self.bedtime)
        form.addRow("I usually get up at", self.wake)
        form.addRow(_label("The week of pregnancy is worked out from the due date."))
        self.times_problem = _label("")
        self.times_problem.setObjectName("times-problem")
        self.times_problem.setStyleSheet("color: #b00020;")
        self.times_problem.hide()
        form.addRow(self.times_problem)
        about.validatePage = self._times_differ  # type: ignore[method-assign]

        choose = QWizardPage()
        choose.setTitle("Which reminders would you like?")
        self.choose_layout = QVBoxLayout(choose)
        self.boxes: dict[ReminderKind, QCheckBox] = {}
        for kind in ReminderKind:
            box = QCheckBox(KIND_TEXT[kind].title)
            box.setObjectName(f"remind-{kind.value}")
            box.setToolTip(KIND_TEXT[kind].why)
            box.setAccessibleDescription(KIND_TEXT[kind].why)
            self.boxes[kind] = box
            self.choose_layout.addWidget(box)
        self.left_note = _label(LEFT_SIDE_WHY)
        self.choose_layout.addWidget(self.left_note)
        self.choose_layout.addWidget(_label("You can change any of this later in Settings."))
        self.choose_layout.addWidget(_label(NOT_MEDICAL_ADVICE))
        choose.initializePage = self._preset  # type: ignore[method-assign]

        for page in (intro, about, choose):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Later")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Skip")
        self.setButtonText(QWizard.WizardButton.CustomButton1, "Try the bedtime routine now")
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._try_now)
        self.currentIdChanged.connect(self._show_try_button)
        self._show_try_button(0)
        self.finished.connect(self._finished)

    def _times_differ(self) -> bool:
        same = self.bedtime.time() == self.wake.time()
        self.times_problem.setText("Bedtime and wake time must differ." if same else "")
        self.times_problem.setVisible(same)
        return not same

    def due_date(self) -> dt.date | None:
        if not self.know_due.isChecked():
            return None
        value = self.due.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def _preset(self) -> None:
        today = self.clock.now().date()
        chosen = preset_reminders(self.settings, self.due_date(), today)
        for kind, box in self.boxes.items():
            box.setChecked(kind in chosen)
        week = week_from_due(self.due_date(), today)
        left = self.boxes[ReminderKind.LEFT_SIDE]
        if week is not None and week < THIRD_TRIMESTER_WEEK:
            left.setText(
                f"{KIND_TEXT[ReminderKind.LEFT_SIDE].title} (from week {THIRD_TRIMESTER_WEEK}; "
                f"you are in week {week})"
            )
            left.setChecked(True)  # "auto": it starts by itself at week 28
        else:
            left.setText(KIND_TEXT[ReminderKind.LEFT_SIDE].title)

    def _show_try_button(self, page_id: int) -> None:
        button = self.button(QWizard.WizardButton.CustomButton1)
        button.setVisible(page_id == self.pageIds()[-1])

    def _try_now(self, which: int) -> None:
        self.try_now = True
        self.accept()

    def answers(self) -> WelcomeAnswers:
        bedtime, wake = self.bedtime.time(), self.wake.time()
        return WelcomeAnswers(
            self.due_date(),
            dt.time(bedtime.hour(), bedtime.minute()),
            dt.time(wake.hour(), wake.minute()),
            frozenset(kind for kind, box in self.boxes.items() if box.isChecked()),
        )

    def _finished(self, result: int) -> None:
        if self._done:
            return
        self._done = True
        accepted = result == int(QWizard.DialogCode.Accepted.value)
        settings = apply_answers(self.settings, self.answers()) if accepted else self.settings
        self.answered.emit(settings, accepted and self.try_now)
