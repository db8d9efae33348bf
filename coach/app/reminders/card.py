"""The reminder card: a small always-on-top window that never steals focus.

Large title, the one-line why, and three big buttons: the kind's action,
Snooze and Skip. Enter is the action (or the button tabbed to) and Esc snoozes
(once the person has clicked into it, since it does not take focus by itself).
Where the desktop hands every new window the keyboard anyway (Wayland), a card that
came up by itself takes no key at all until the person clicks into it: typing meant
for another window never answers it. When a card no one answers expires is the agenda's to decide
(coach.core.plan.agenda), not the card's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleInterface, QGuiApplication
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.app.style.announce import announce
from coach.app.style.design import TYPE, scaled
from coach.app.style.keys import default_follows_focus, focused_or
from coach.core.advice import not_medical_advice
from coach.core.history.records import Outcome
from coach.core.i18n import translate
from coach.core.plan.reminders import Reminder
from coach.core.settings.kinds import snooze_label

if TYPE_CHECKING:  # only their types: setting up their Python side costs 0.4 MB, and Qt
    # builds them itself with the first key, click or close the card receives
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent


class ReminderCard(QWidget):
    """Shows one reminder; `answered` carries the Outcome the person chose."""

    answered = Signal(object)
    _role_told = False

    def __init__(self) -> None:
        if not ReminderCard._role_told:
            QAccessible.installFactory(_as_notification)
            ReminderCard._role_told = True
        # A title and a close button only: a card is not to be maximised or minimised.
        flags = Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        flags |= Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        super().__init__(None, flags | Qt.WindowType.WindowCloseButtonHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("reminder-card")
        self.reminder: Reminder | None = None
        self._anchor: QRect | None = None
        self.keys_guarded = False
        """True while keys must not answer it: it came up by itself where the desktop
        gives it the keyboard, and the person has not clicked into it yet."""

        self.title = QLabel()
        self.title.setFont(scaled(self.font(), TYPE["title"], bold=True))
        self.title.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.waiting = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setFont(scaled(self.font(), TYPE["small"]))

        self.action = QPushButton()
        self.snooze = QPushButton()
        self.skip = QPushButton()
        for button in (self.action, self.snooze, self.skip):
            button.setMinimumHeight(44)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.action.setDefault(True)
        default_follows_focus(self, (self.action, self.snooze, self.skip))
        self.action.clicked.connect(lambda: self._answer(Outcome.DONE))
        self.snooze.clicked.connect(lambda: self._answer(Outcome.SNOOZED))
        self.skip.clicked.connect(lambda: self._answer(Outcome.SKIPPED))

        buttons = QHBoxLayout()
        for button in (self.action, self.snooze, self.skip):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.why, self.waiting):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        # One width for every kind, from the type size (not from its buttons' words): a
        # short card broke "Sleep on your left side" over two lines.
        self.setMinimumWidth(max(420, self.fontMetrics().averageCharWidth() * 52))
        # Always as large as its contents ask: "1 more waiting" arriving later pushes the
        # advice line down instead of drawing it over the buttons.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts again, in the new language (present() sets the rest)."""
        self.setWindowTitle(translate("card", "Reminder"))
        self.note.setText(not_medical_advice())
        self.skip.setText(translate("card", "Skip"))
        self.skip.setAccessibleName(translate("card", "Skip this reminder"))

    def present(
        self,
        reminder: Reminder,
        snooze_minutes: int,
        waiting: int,
        anchor: QRect | None = None,
        *,
        show: bool = True,
        keys_guarded: bool = False,
    ) -> None:
        """Show `reminder` near the tray icon (`anchor`) or the screen's corner, without focus;
        with `show` False, only get it ready for when the person asks for it."""
        self.reminder = reminder
        text = reminder.text
        self.title.setText(text.title)
        self.why.setText(text.why)
        self.action.setText(text.action)
        self.action.setAccessibleName(text.action)
        self.snooze.setText(snooze_label(snooze_minutes))
        snooze = translate("card", "Snooze for %n minute(s)", None, snooze_minutes)
        self.snooze.setAccessibleName(snooze)
        self.setAccessibleName(translate("card", "Reminder: {title}").format(title=text.title))
        self.setAccessibleDescription(text.why)
        self._anchor = anchor
        self.set_waiting(waiting)
        self.guard_keys(keys_guarded)
        self.adjustSize()
        self._place(anchor)
        if show:
            self.show()
            self.raise_()
        # Spoken whether the card shows or waits behind a notification, and without taking
        # focus: a screen reader's user hears the reminder however it reaches the screen.
        spoken = translate("card", "{title}. {why}").format(title=text.title, why=text.why)
        announce(self, spoken)

    def guard_keys(self, guarded: bool) -> None:
        """Keys answer the card only when not `guarded`: no button takes the keyboard, none
        is the default, and Enter and Esc are let go. A click still answers."""
        self.keys_guarded = guarded
        policy = Qt.FocusPolicy.NoFocus if guarded else Qt.FocusPolicy.StrongFocus
        for button in (self.action, self.snooze, self.skip):
            button.setFocusPolicy(policy)
        self.action.setDefault(not guarded)

    def set_waiting(self, count: int) -> None:
        self.waiting.setText(translate("card", "%n more waiting", None, count) if count else "")
        self.waiting.setVisible(count > 0)
        if self.isVisible():  # it grew: keep it whole, in its corner
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self._place(self._anchor)

    def dismiss(self) -> None:
        """Take the card down: answered elsewhere, expired, or the app is quitting."""
        self.reminder = None
        self.hide()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        """A click into the card: from now on its keys are the person's."""
        self.guard_keys(False)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self.keys_guarded:
            event.ignore()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused_or(self, self.action.click)()  # the button tabbed to, else the action
        elif event.key() == Qt.Key.Key_Escape:
            self.snooze.click()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing the window is a snooze: the reminder comes back, nothing is lost."""
        if self.reminder is not None:
            event.ignore()
            self._answer(Outcome.SNOOZED)
        else:
            event.accept()

    def _answer(self, outcome: Outcome) -> None:
        self.reminder = None
        self.hide()
        self.answered.emit(outcome)

    def _place(self, anchor: QRect | None) -> None:
        """By the tray icon, or in the corner above the clock. A Wayland compositor places
        windows itself and ignores `move()`: there the card keeps one size, which tiling
        compositors (sway) float rather than stretch, and goes where the desktop puts a
        window the person opened (it comes only when asked, see card_flow)."""
        # One size, its content's: a tiling compositor (sway) floats it rather than stretch
        # it, and a window manager offers no maximise button (openbox drew one).
        self.setFixedSize(self.sizeHint())
        if QGuiApplication.platformName().startswith("wayland"):
            return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        margin = 16
        x = area.right() - self.width() - margin
        y = area.bottom() - self.height() - margin
        if anchor is not None and anchor.isValid() and not anchor.isEmpty():
            x = min(max(area.left() + margin, anchor.right() - self.width()), x)
            above = anchor.center().y() > area.center().y()
            y = anchor.top() - self.height() - margin if above else anchor.bottom() + margin
        # Frame and all inside the work area: never under a panel, nor over the tray icon.
        frame = self.frameGeometry().size() - self.size()
        x = max(area.left() + margin, min(x, area.right() - self.width() - frame.width() - margin))
        y = max(
            area.top() + margin, min(y, area.bottom() - self.height() - frame.height() - margin)
        )
        self.move(x, y)


def _as_notification(_class_name: str, widget: QObject | None) -> QAccessibleInterface | None:
    """The card's window is a notification to a screen reader (AT-SPI's "notification"
    role, which Orca reads out when it shows), not a plain window."""
    if isinstance(widget, ReminderCard):
        return QAccessibleWidget(widget, QAccessible.Role.Notification)
    return None
