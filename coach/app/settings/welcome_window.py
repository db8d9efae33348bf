"""The first-run welcome: three short screens, every question skippable.

1. What the app does and does not do (a coach, not medical advice).
2. Due date (optional), bedtime and wake time.
3. Which reminders to turn on, the left-side one explained and preset from the week,
   and whether to start at login (ticked: an app installed and forgotten must still be
   there after a reboot), where the system has start at login and the person has not
   turned it off in the system's own startup settings.

It ends with "Try the bedtime routine now" or "Done, not now". Skipping keeps the
defaults and leaves start at login as it is; either way `answered` carries the settings
to save, so it is shown once.
When they cannot be saved now (a full disk), the first screen says so: they are used
at once and saved later.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coach import APP_NAME
from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import fit_to_screen
from coach.app.settings.date_time_fields import date_field, date_of, show_date, time_field, time_of
from coach.app.settings.login_choice import LoginChoice
from coach.app.style.design import caution_style, error_style, scaled
from coach.app.style.icons import app_icon
from coach.core.advice import not_medical_advice, tell_provider
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.read_only import NO_SPACE
from coach.core.settings.kinds import KINDS, LEFT_SIDE, ReminderKind, all_kinds, kind_text
from coach.core.settings.pregnancy import due_date_range
from coach.core.settings.schema import Settings
from coach.core.settings.welcome_answers import (
    WelcomeAnswers,
    apply_answers,
    preset_reminders,
    week_from_due,
)
from coach.core.system.autostart import Autostart

INTRO = QT_TRANSLATE_NOOP(
    "welcome",
    "Calf Coach helps make night-time calf cramps less likely and helps you get through "
    "them: it reminds "
    "you, gently and on time, to stretch your calves before bed, to drink through the day, "
    "to rest with your legs raised and, late in pregnancy, to sleep on your left side. "
    'When a cramp strikes, "Cramp now" talks you through it step by step, and a private '
    "log on this computer lets you show your midwife or doctor how often cramps come.",
)
NOT_A_DOCTOR = QT_TRANSLATE_NOOP(
    "welcome",
    "It never diagnoses and never suggests medicines or supplements. Your midwife or doctor "
    "knows best.",
)
LEFT_SIDE_WHY = QT_TRANSLATE_NOOP(
    "welcome",
    "From week 28, lying on your left side keeps the womb off a large vein, so blood "
    "returns from the legs more easily.",
)


TITLE_START = '<span style="font-size: large; font-weight: 600">'


def _title(text: str) -> str:
    """A page title in the app's title type (the wizard draws rich text titles)."""
    return f"{TITLE_START}{html.escape(text)}</span>"


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def unsaved_note(reason: str) -> str:
    """What the welcome says when its answers cannot be saved now, for `reason`."""
    if reason == NO_SPACE:
        return translate(
            "welcome",
            "The disk is full: your answers will be used at once, and your settings will be "
            "saved when there is room.",
        )
    text = translate(
        "welcome",
        "Your settings cannot be saved now ({reason}): your answers will be used at once, "
        "and saved when they can be.",
    )
    return text.format(reason=reason)


class Welcome(QWizard):
    answered = Signal(object, bool)
    """(the settings to save, whether to try the bedtime routine now)."""
    problems = Signal(str, list)
    """(title, lines): start at login could not be turned on or off."""

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        cannot_save: str | None = None,
        autostart: Autostart | None = None,
        *,
        first_run: bool = True,
    ) -> None:
        """`cannot_save`: why the settings file cannot be written now, or None;
        `autostart`: this system's start at login (None: it has none); `first_run`: shown
        at the first start, where start at login is offered ticked (shown again from
        Settings, the box says what is set now)."""
        super().__init__()
        self.setObjectName("welcome")
        self.setWindowTitle(translate("welcome", "Welcome"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setFont(scaled(self.font(), 1.1))
        self.clock = clock
        self.settings = settings
        self.try_now = False
        self._done = False

        # Titles in the app's title type, not the wizard's body-sized bold line.
        self.setTitleFormat(Qt.TextFormat.RichText)
        intro = QWizardPage()
        intro.setTitle(_title(translate("welcome", "A quiet coach against calf cramps")))
        column = QVBoxLayout(intro)
        picture = QLabel()
        side = 96 if cannot_save is None else 64  # the note needs its room at 200 % text
        picture.setPixmap(app_icon().pixmap(side, side))
        picture.setAccessibleName(APP_NAME)
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        for text in (translate("welcome", INTRO), translate("welcome", NOT_A_DOCTOR)):
            column.addWidget(_label(text))
        self.tell_provider = _label(tell_provider())
        self.tell_provider.setObjectName("tell-provider")
        column.addWidget(self.tell_provider)
        column.addWidget(_label(not_medical_advice()))
        self.unsaved_note: QLabel | None = None
        if cannot_save is not None:
            self.unsaved_note = _label(unsaved_note(cannot_save))
            self.unsaved_note.setObjectName("unsaved-note")
            self.unsaved_note.setStyleSheet(caution_style(self.palette()))
            column.addWidget(self.unsaved_note)

        about = QWizardPage()
        about.setTitle(_title(translate("welcome", "About you (everything here is optional)")))
        form = QFormLayout(about)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.know_due = QCheckBox(translate("welcome", "I know my due date"))
        self.due = date_field()
        self.due.setAccessibleName(translate("welcome", "Due date"))
        today = clock.now().date()
        start = settings.pregnancy.due_date or today + dt.timedelta(days=140)
        show_date(self.due, start)
        first, last = due_date_range(today)  # the dates the settings accept
        self.due.setDateRange(
            QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        )
        self.know_due.setChecked(settings.pregnancy.due_date is not None)
        self.due.setEnabled(self.know_due.isChecked())
        self.know_due.toggled.connect(self.due.setEnabled)
        self.bedtime = time_field(settings.bedtime)
        self.wake = time_field(settings.wake_time)
        self.bedtime.setAccessibleName(translate("welcome", "Bedtime"))
        self.wake.setAccessibleName(translate("welcome", "Wake time"))
        form.addRow(self.know_due)
        form.addRow(translate("welcome", "Due date"), self.due)
        form.addRow(translate("welcome", "I usually go to bed at"), self.bedtime)
        form.addRow(translate("welcome", "I usually get up at"), self.wake)
        form.addRow(
            _label(translate("welcome", "The week of pregnancy is worked out from the due date."))
        )
        self.times_problem = _label("")
        self.times_problem.setObjectName("times-problem")
        self.times_problem.setStyleSheet(error_style(self.palette()))
        self.times_problem.hide()
        form.addRow(self.times_problem)
        about.validatePage = self._times_differ  # type: ignore[method-assign]

        choose = QWizardPage()
        choose.setTitle(_title(translate("welcome", "Which reminders would you like?")))
        self.choose_layout = QVBoxLayout(choose)
        self.boxes: dict[ReminderKind, QCheckBox] = {}
        for kind in all_kinds():
            says = kind_text(kind)
            box = QCheckBox(says.title)
            box.setObjectName(f"remind-{kind}")
            box.setToolTip(says.why)
            box.setAccessibleDescription(says.why)
            self.boxes[kind] = box
            self.choose_layout.addWidget(box)
            if kind == LEFT_SIDE:  # its why, right under it
                self.left_note = _label(translate("welcome", LEFT_SIDE_WHY))
                self.left_note.setContentsMargins(24, 0, 0, 0)
                self.choose_layout.addWidget(self.left_note)
        later = translate("welcome", "You can change any of this later in Settings.")
        self.choose_layout.addWidget(_label(later))
        self.start_at_login = None if autostart is None else LoginChoice(autostart, first_run)
        if self.start_at_login is not None:
            self.start_at_login.add_to(self.choose_layout, self.fontMetrics().height() // 2)
        self.choose_layout.addWidget(_label(not_medical_advice()))
        choose.initializePage = self._preset  # type: ignore[method-assign]

        for page in (intro, about, choose):
            self.addPage(page)
        for button, text in (
            (QWizard.WizardButton.FinishButton, translate("welcome", "Done, not now")),
            (QWizard.WizardButton.CancelButton, translate("welcome", "Skip")),
            (
                QWizard.WizardButton.CustomButton1,
                translate("welcome", "Try the bedtime routine now"),
            ),
        ):
            self.setButtonText(button, text)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        W = QWizard.WizardButton  # noqa: N806 (Qt's names, short)
        # Back, then the ways on, the one to take by default last: "Try ... now" at the end.
        self.setButtonLayout(
            [W.Stretch, W.BackButton, W.CancelButton, W.NextButton, W.FinishButton, W.CustomButton1]
        )
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(self._try_now)
        self.currentIdChanged.connect(self._show_try_button)
        self._show_try_button(0)
        self.finished.connect(self._finished)
        fit_to_screen(self, 720, 0)  # its pages' own size, no wider than it needs

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Qt sizes a wizard by its pages' guesses at wrapped text, made at other widths:
        once shown at its own width, it grows to what its tallest page needs there (the
        last page, with start at login turned off in the system, at 200 % text)."""
        super().showEvent(event)
        shown = self.currentPage()
        if shown is None:
            return
        needed = [
            layout.totalHeightForWidth(shown.width())
            for layout in (self.page(page).layout() for page in self.pageIds())
            if layout is not None and layout.hasHeightForWidth()
        ]
        short = max(needed, default=0) - shown.height()
        if short > 0:
            fit_to_screen(self, self.width(), self.height() + short)

    def _times_differ(self) -> bool:
        same = self.bedtime.time() == self.wake.time()
        problem = translate("welcome", "Bedtime and wake time must differ.")
        self.times_problem.setText(problem if same else "")
        self.times_problem.setVisible(same)
        return not same

    def due_date(self) -> dt.date | None:
        if not self.know_due.isChecked():
            return None
        return date_of(self.due)

    def _preset(self) -> None:
        today = self.clock.now().date()
        chosen = preset_reminders(self.settings, self.due_date(), today)
        for kind, box in self.boxes.items():
            box.setChecked(kind in chosen)
        week = week_from_due(self.due_date(), today)
        for spec in KINDS:
            box, title, start = self.boxes[spec.key], kind_text(spec.key).title, spec.auto_from_week
            if start is not None and week is not None and week < start:
                text = translate(
                    "welcome",
                    "{title}: ticked now, it starts by itself in week {start} (now: {week})",
                )
                box.setText(text.format(title=title, start=start, week=week))
                box.setChecked(True)  # "auto": it starts by itself at its week
            else:
                box.setText(title)

    def _show_try_button(self, page_id: int) -> None:
        """The last page offers the routine (the default, for Enter) or "Done, not now";
        Skip (Esc) is for the pages before it. Each page says where it is: "2 of 3"."""
        for label in self.findChildren(QLabel):  # the wizard's own title line: it wraps
            if label.text().startswith(TITLE_START):
                label.setWordWrap(True)
        last = page_id == self.pageIds()[-1]
        try_now = self.button(QWizard.WizardButton.CustomButton1)
        try_now.setVisible(last)
        if isinstance(try_now, QPushButton):
            try_now.setDefault(last)
        self.button(QWizard.WizardButton.CancelButton).setVisible(not last)
        if page_id in self.pageIds():
            where = translate("welcome", "{page} of {pages}").format(
                page=self.pageIds().index(page_id) + 1, pages=len(self.pageIds())
            )
            self.page(page_id).setSubTitle(where)

    def _try_now(self, which: int) -> None:
        self.try_now = True
        self.accept()

    def answers(self) -> WelcomeAnswers:
        return WelcomeAnswers(
            self.due_date(),
            time_of(self.bedtime),
            time_of(self.wake),
            frozenset(kind for kind, box in self.boxes.items() if box.isChecked()),
            None if self.start_at_login is None else self.start_at_login.wanted(),
        )

    def _finished(self, result: int) -> None:
        if self._done:
            return
        self._done = True
        accepted = result == int(QWizard.DialogCode.Accepted.value)
        answers = self.answers()
        today = self.clock.now().date()
        settings = apply_answers(self.settings, answers, today) if accepted else self.settings
        if accepted and self.start_at_login is not None:  # first: Settings shows it anew
            problem = self.start_at_login.apply(answers.start_at_login)
            if problem is not None:
                self.problems.emit(APP_NAME, [problem])
        self.answered.emit(settings, accepted and self.try_now)
