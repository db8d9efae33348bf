"""The player's face: its labels and buttons and where they stand, for the calm
full-screen cramp-now page or a routine's own window. What they show is the
window's to say (PlayerWindow.refresh), from the pure player's state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from coach.app.routines.player_widgets import CountdownRing, Instruction, Picture
from coach.app.style.design import progress_style, scaled, scheme_of
from coach.core.advice import with_disclaimer
from coach.core.i18n import translate
from coach.core.routines.definitions import Routine


class PlayerFace:
    """Big countdown, big text, big buttons; in the calm page, one obvious action."""

    def __init__(self, window: QWidget, routine: Routine, calm: bool) -> None:
        self.calm = calm
        font = window.font()
        sizes = (1.2, 3.0, 2.4, 1.8) if calm else (1.0, 2.0, 1.4, 1.4)
        self.step_of = QLabel()
        self.step_of.setFont(scaled(font, sizes[0]))
        self.title = QLabel()
        self.title.setFont(scaled(font, sizes[1], bold=True))
        self.title.setWordWrap(True)
        self.instruction = Instruction()
        self.instruction.setFont(scaled(font, sizes[2]))
        self.instruction.setWordWrap(True)
        self.cue = QLabel()
        self.cue.setFont(scaled(font, sizes[3], bold=True))
        self.cue.setWordWrap(True)
        # Drawn for the palette it is on: the calm page's, or the dark theme's (the light
        # theme's near-white track and dark teal vanished on it).
        self.dark = calm or scheme_of(window.palette()).dark
        self.ring = CountdownRing(dark=self.dark)
        self.picture = Picture()
        self.overall = QProgressBar()
        self.overall.setRange(0, 1000)
        self.overall.setTextVisible(False)
        self.overall.setFixedHeight(10)
        self.overall.setStyleSheet(progress_style(self.dark))
        self.overall.setAccessibleName(translate("player", "Progress through the routine"))
        self.up_next = QLabel()
        self.up_next.setWordWrap(True)
        self.safety = QLabel(with_disclaimer(routine.safety))
        self.safety.setWordWrap(True)
        self.back = QPushButton(translate("player", "◀ Back"))
        self.pause = QPushButton(translate("player", "Pause"))
        self.next = QPushButton(translate("player", "Next ▶"))
        self.log_button = QPushButton(translate("player", "Log this cramp"))
        self.close_button = QPushButton(translate("player", "Close"))
        for button, name in (
            (self.back, translate("player", "Back to the previous step")),
            (self.pause, translate("player", "Pause")),
            (self.next, translate("player", "Next step")),
            (self.log_button, translate("player", "Log this cramp")),
            (self.close_button, translate("player", "Close the player")),
        ):
            button.setMinimumHeight(80 if calm else 56)
            button.setFont(scaled(font, 1.8 if calm else 1.3))
            button.setAccessibleName(name)
            # Reached by Tab, not taken by a click: after a click, Space still pauses
            # and Enter still goes on; once tabbed to, they press the button in focus.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The one-key shortcuts, said where a person looks for them.
        for button, tip in (
            (self.back, translate("player", "Back to the previous step (Left arrow)")),
            (self.pause, translate("player", "Pause or resume (Space)")),
            (self.log_button, translate("player", "Log this cramp (Enter)")),
            (self.close_button, translate("player", "Close the player (Esc)")),
        ):
            button.setToolTip(tip)
        if calm:
            self.next.setToolTip(translate("player", "Next step (Space, Enter or Right arrow)"))
        else:
            self.next.setToolTip(translate("player", "Next step (Enter or Right arrow)"))
        self.log_button.hide()
        self.close_button.hide()
        if calm:
            self.back.hide()  # one obvious action; Left still goes back
            self.pause.hide()
        self._lay_out(window)

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.back, self.pause, self.next, self.log_button, self.close_button)

    def _lay_out(self, window: QWidget) -> None:
        buttons = QHBoxLayout()
        for button in self.buttons:
            buttons.addWidget(button)
        layout = QVBoxLayout(window)
        if self.calm:
            layout.setContentsMargins(48, 32, 48, 32)
            for label in (self.step_of, self.title, self.instruction, self.cue):
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.ring.setMinimumSize(140, 140)
            middle = QHBoxLayout()
            middle.addStretch()
            middle.addWidget(self.ring)
            middle.addSpacing(32)
            middle.addWidget(self.picture)
            middle.addStretch()
            layout.addWidget(self.step_of)
            layout.addWidget(self.title)
            layout.addWidget(self.instruction)
            layout.addStretch(1)
            layout.addLayout(middle)
            layout.addStretch(1)
            layout.addWidget(self.cue)
            layout.addWidget(self.overall)
            layout.addLayout(buttons)
            layout.addWidget(self.safety)
            return
        text = QVBoxLayout()
        for widget in (self.step_of, self.title, self.instruction, self.cue):
            text.addWidget(widget)
        text.addStretch()
        middle = QHBoxLayout()
        middle.addWidget(self.ring)
        middle.addLayout(text, 1)
        middle.addWidget(self.picture)
        layout.addLayout(middle)
        layout.addWidget(self.overall)
        layout.addWidget(self.up_next)
        layout.addLayout(buttons)
        layout.addWidget(self.safety)
