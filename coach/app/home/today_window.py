"""The home window, "Today": the app's main window where there is no tray, and what a left
click on the tray icon or a second `calf-coach` opens.

Cramp now is the largest button. Below it: what is next and what became of
today's reminders, water today against the goal with "+ a glass" and undo, the
bedtime routine and the cramp log, pausing with its choices named, History,
Tips and Settings. Every action has a key, listed at the bottom; Enter presses the
button in focus ("Cramp now" when the window opens) and Esc closes the window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.screen import fit_to_screen, scrolling_page
from coach.app.home.actions import CoachActions
from coach.app.style.design import accent_button_style, progress_style, scaled, scheme_of
from coach.app.style.icons import app_icon
from coach.app.style.keys import focused_or
from coach.core.advice import not_medical_advice
from coach.core.i18n import translate
from coach.core.plan.today import COMING, TodayRow

KEYS: tuple[tuple[str, str], ...] = (
    ("cramp_now", "C"),
    ("drink", "W"),
    ("undo_drink", "U"),
    ("log_cramp", "L"),
    ("bedtime", "B"),
    ("history", "H"),
    ("tips", "T"),
    ("settings", "S"),
    ("resume", "R"),
    ("quit", "Ctrl+Q"),
)
"""(action, key) for every action of the home window; pauses take 1 to 4."""
TODAY_LINES = 7
"""Today's reminders shown at most; the rest are counted in one line."""


def _button(action: QAction, big: bool = False) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setMinimumHeight(72 if big else 40)
    if big:
        button.setFont(scaled(button.font(), 1.8, bold=True))
        button.setObjectName("cramp-now-button")
    button.setAccessibleName(action.text())
    return button


def _label(text: str = "", factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if factor != 1.0 or bold:
        label.setFont(scaled(label.font(), factor, bold))
    return label


class HomeWindow(QWidget):
    def __init__(self, actions: CoachActions, reason: str = "") -> None:
        super().__init__()
        self.setObjectName("home")
        self.setWindowIcon(app_icon())
        self.coach_actions = actions
        self.quitting = False
        self.keeps_running = bool(reason)
        """Without a tray, closing minimises: the window is the app's only face."""

        self.heading = _label(factor=1.6, bold=True)
        self.reason = _label(reason)
        self.reason.setVisible(bool(reason))
        self.cramp_now = _button(actions.cramp_now, big=True)
        self.cramp_now.setStyleSheet(accent_button_style(self.palette()))
        self.next_up = _label(factor=1.2, bold=True)
        self.next_up.setObjectName("next-up")
        self.today = _label()
        self.today.setObjectName("today")
        self.today.setTextFormat(Qt.TextFormat.PlainText)
        self.water_text = _label(factor=1.2)
        self.water = QProgressBar()
        self.water.setTextVisible(False)
        self.water.setFixedHeight(10)
        self.water.setStyleSheet(progress_style(scheme_of(self.palette()).dark))
        self.water.setAccessibleName(translate("home", "Water today"))
        self.pause_label = _label(translate("home", "Pause reminders:"))
        self.keys = _label(factor=0.85)
        self.keys.setObjectName("keys")
        self.note = _label(not_medical_advice(), factor=0.85)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(self.reason)
        column.addWidget(self.cramp_now)
        column.addSpacing(8)
        column.addWidget(self.next_up)
        column.addWidget(self.today)
        column.addSpacing(8)
        water = QGridLayout()
        water.addWidget(self.water_text, 0, 0, 1, 2)
        water.addWidget(self.water, 1, 0, 1, 2)
        water.addWidget(_button(actions.drink), 2, 0)
        water.addWidget(_button(actions.undo_drink), 2, 1)
        column.addLayout(water)
        column.addSpacing(8)
        doing = QGridLayout()
        for index, action in enumerate((actions.bedtime, actions.log_cramp)):
            doing.addWidget(_button(action), 0, index)
        column.addLayout(doing)
        column.addWidget(self.pause_label)
        pauses = QGridLayout()
        for index, action in enumerate([*actions.pauses.values(), actions.resume]):
            pauses.addWidget(_button(action), index // 3, index % 3)
        column.addLayout(pauses)
        column.addSpacing(8)
        rest = QHBoxLayout()
        for action in (actions.history, actions.tips, actions.settings):
            rest.addWidget(_button(action), 2)
        rest.addSpacing(24)  # quitting is not one of the things to do here: set apart
        rest.addWidget(_button(actions.quit), 1)
        column.addLayout(rest)
        column.addStretch()
        column.addWidget(self.keys)
        column.addWidget(self.note)
        scroll = scrolling_page(body, translate("home", "Today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for name, key in KEYS:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(getattr(actions, name).trigger)
        for number, action in enumerate(actions.pauses.values(), start=1):
            QShortcut(QKeySequence(str(number)), self).activated.connect(action.trigger)
        # Enter presses the button tabbed to (it opens on "Cramp now"); Esc closes, as
        # the window's own close button does.
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(enter), self).activated.connect(focused_or(self, lambda: None))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self.retranslate()
        self.cramp_now.setFocus()  # the keyboard starts where it matters most
        fit_to_screen(self, 560, 760)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("home", "Today"))
        self.heading.setText(translate("home", "Today"))
        self.pause_label.setText(translate("home", "Pause reminders:"))
        self.note.setText(not_medical_advice())
        keys = translate(
            "home",
            "Keys: C cramp now · W a glass · U undo · L log a cramp · B bedtime routine · "
            "1 to 4 pause · R resume · H history · T tips · S settings",
        )
        # Each key with its name on one line: "H history" never broken between H and history.
        self.keys.setText(" · ".join(part.replace(" ", "\u00a0") for part in keys.split(" · ")))
        # And on each button, found by hovering or by a screen reader's description.
        key_of = {getattr(self.coach_actions, name): key for name, key in KEYS}
        for number, action in enumerate(self.coach_actions.pauses.values(), start=1):
            key_of[action] = str(number)
        for button in self.findChildren(QToolButton):
            key = key_of.get(button.defaultAction())
            if key is not None:
                text = button.defaultAction().text().replace("&", "").rstrip("…")
                tip = translate("home", "{action} (key {key})").format(action=text, key=key)
                button.setToolTip(tip)
                button.setAccessibleDescription(tip)

    def show_next(self, text: str) -> None:
        self.next_up.setText(text)

    def show_today(self, rows: Sequence[TodayRow], total: int, goal: int) -> None:
        """Today's reminders and water."""
        if rows:
            # The last two answered, then what comes next: the buttons below stay in
            # the first view; the rest of the day is counted in one line.
            done = [row for row in rows if row.state != COMING][-2:]
            coming = [row for row in rows if row.state == COMING]
            shown = coming[: TODAY_LINES - len(done)]
            lines = [row.text for row in done + shown]
            if len(coming) > len(shown):
                later = len(coming) - len(shown)
                lines.append(translate("home", "… and %n more later today", None, later))
            self.today.setText("\n".join(lines))
        else:
            self.today.setText(translate("home", "No reminders today."))
        text = translate("home", "Water today: {total} of {goal} ml")
        self.water_text.setText(text.format(total=total, goal=goal))
        self.water.setRange(0, max(goal, 1))
        self.water.setValue(min(total, goal))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.quitting or not self.keeps_running:
            event.accept()
            return
        event.ignore()
        self.showMinimized()
