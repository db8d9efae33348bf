"""The routine player window: big countdown, big text, big buttons, keyboard first.

It draws what the pure Player says. One owned single-shot timer wakes it for
the player's next event; a repaint timer runs only while the window is visible
and playing, four times a second, so a hidden player costs nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import cache

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QHideEvent,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.app.clock import Clock
from coach.app.look import night_palette, scaled
from coach.app.sound import Plays
from coach.app.voice import Speaks, spoken
from coach.core.advice import tell_provider, with_disclaimer
from coach.core.assets import asset_path
from coach.core.autostart import APP_NAME
from coach.core.history import SessionRecord
from coach.core.i18n import translate
from coach.core.player import Player, PlayerEvent, PlayerState
from coach.core.routines import Routine

log = logging.getLogger(__name__)

REPAINT_MS = 250
ILLUSTRATION = 220


@cache
def illustration(name: str, mirrored: bool) -> QPixmap:
    """A step's picture at display size; the right-side copy of a move is mirrored."""
    try:
        source = asset_path(f"illustrations/{name}.svg")
    except FileNotFoundError:
        log.warning("no illustration %s", name)
        return QPixmap()
    image = QImage(ILLUSTRATION, ILLUSTRATION, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(source)).render(painter, QRectF(0, 0, ILLUSTRATION, ILLUSTRATION))
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    return QPixmap.fromImage(image)


class CountdownRing(QWidget):
    """A ring that empties as the step runs, with the seconds left in its middle."""

    def __init__(self) -> None:
        super().__init__()
        self.fraction = 1.0
        self.text = ""
        self.setMinimumSize(180, 180)
        self.setAccessibleName(translate("player", "Time left in this step"))

    def show_time(self, fraction: float, text: str) -> None:
        self.fraction, self.text = fraction, text
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        track = QPen(self.palette().mid().color(), 12)
        painter.setPen(track)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("#23706b"), 12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, 90 * 16, round(-360 * 16 * self.fraction))
        painter.setPen(self.palette().windowText().color())
        painter.setFont(scaled(self.font(), 2.4, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)


class PlayerWindow(QWidget):
    """Plays one routine; `ended` carries the SessionRecord once the window closes."""

    ended = Signal(object)
    log_cramp = Signal()

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        chimes: Plays | None = None,
        voice: Speaks | None = None,
    ) -> None:
        super().__init__()
        self.chimes = chimes
        self.voice = voice
        self.setWindowTitle(f"{APP_NAME}: {routine.title}")
        self.setObjectName("player")
        self.player = Player(routine, clock.monotonic)
        self._clock = clock
        self._started: dt.datetime | None = None
        self.events: list[PlayerEvent] = []

        self.step_of = QLabel()
        self.title = QLabel()
        self.title.setFont(scaled(self.font(), 2.0, bold=True))
        self.title.setWordWrap(True)
        self.instruction = QLabel()
        self.instruction.setFont(scaled(self.font(), 1.4))
        self.instruction.setWordWrap(True)
        self.cue = QLabel()
        self.cue.setFont(scaled(self.font(), 1.4, bold=True))
        self.ring = CountdownRing()
        self.picture = QLabel()
        self.picture.setFixedSize(ILLUSTRATION, ILLUSTRATION)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overall = QProgressBar()
        self.overall.setRange(0, 1000)
        self.overall.setTextVisible(False)
        self.overall.setAccessibleName(translate("player", "Progress through the routine"))
        self.up_next = QLabel()
        self.safety = QLabel(with_disclaimer(routine.safety))
        self.safety.setWordWrap(True)

        self.back = QPushButton(translate("player", "◀ Back"))
        self.pause = QPushButton(translate("player", "Pause"))
        self.next = QPushButton(translate("player", "Next ▶"))
        self.log_button = QPushButton(translate("player", "Log this cramp"))
        self.log_button.hide()
        for button, name in (
            (self.back, translate("player", "Back to the previous step")),
            (self.pause, translate("player", "Pause or resume")),
            (self.next, translate("player", "Next step")),
            (self.log_button, translate("player", "Log this cramp")),
        ):
            button.setMinimumHeight(56)
            button.setFont(scaled(self.font(), 1.3))
            button.setAccessibleName(name)
        self.back.clicked.connect(lambda: self._apply(self.player.back()))
        self.next.clicked.connect(lambda: self._apply(self.player.next()))
        self.pause.clicked.connect(self._toggle)
        self.log_button.clicked.connect(self.log_cramp.emit)

        text = QVBoxLayout()
        for widget in (self.step_of, self.title, self.instruction, self.cue):
            text.addWidget(widget)
        text.addStretch()
        middle = QHBoxLayout()
        middle.addWidget(self.ring)
        middle.addLayout(text, 1)
        middle.addWidget(self.picture)
        buttons = QHBoxLayout()
        for button in (self.back, self.pause, self.next, self.log_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(middle)
        layout.addWidget(self.overall)
        layout.addWidget(self.up_next)
        layout.addLayout(buttons)
        layout.addWidget(self.safety)
        self.resize(980, 480)
        if routine.when == "cramp":  # at 3 a.m.: dark, calm, easy on sleepy eyes
            self.setPalette(night_palette())
            self.setAutoFillBackground(True)

        # Window-wide shortcuts: a focused button would otherwise take Space and the arrows.
        for key, press in (
            (Qt.Key.Key_Space, self.pause.click),
            (Qt.Key.Key_Right, self.next.click),
            (Qt.Key.Key_Left, self.back.click),
            (Qt.Key.Key_Escape, self.close),
            (Qt.Key.Key_R, lambda: self._apply(self.player.restart_step())),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(press)

        self.wake = QTimer(self)
        self.wake.setSingleShot(True)
        self.wake.setTimerType(Qt.TimerType.PreciseTimer)
        self.wake.timeout.connect(self.tick)
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(REPAINT_MS)
        self.repaint_timer.timeout.connect(self.refresh)

    # --- playing ---------------------------------------------------------------------------

    def start(self) -> None:
        self._started = self._clock.now()
        self._apply(self.player.start())
        self.show()
        self.raise_()
        self.activateWindow()

    def tick(self) -> None:
        self._apply(self.player.poll())

    def _toggle(self) -> None:
        self.player.toggle()
        self._apply([])

    def _apply(self, events: list[PlayerEvent]) -> None:
        first = not self.events
        self.events += events
        if PlayerEvent.ROUTINE_DONE in events:
            log.info("routine %s done", self.player.routine.id)
        if self.chimes is not None:
            if PlayerEvent.ROUTINE_DONE in events:
                self.chimes.play("done")
            elif PlayerEvent.STEP_STARTED in events and not first:
                self.chimes.play("step")
        if self.voice is not None:
            if PlayerEvent.ROUTINE_DONE in events:
                self.voice.say(translate("player", "Well done."))
            elif PlayerEvent.STEP_STARTED in events:
                self.voice.say(spoken(self.player.step))
        self.refresh()
        self._arm()

    def _arm(self) -> None:
        wait = self.player.next_event_in()
        if wait is None:
            self.wake.stop()
        else:
            self.wake.start(max(0, round(wait * 1000)))
        playing = self.player.state is PlayerState.PLAYING and self.isVisible()
        if playing and self.player.step.seconds is not None:
            if not self.repaint_timer.isActive():
                self.repaint_timer.start()
        else:
            self.repaint_timer.stop()

    # --- drawing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        player = self.player
        steps = player.routine.steps
        step = player.step
        if player.state is PlayerState.FINISHED and player.completed:
            self.step_of.setText(translate("player", "All %n step(s) done", None, len(steps)))
            self.title.setText(translate("player", "Well done"))
            rest = translate("player", "Rest now. You can close this window.")
            if player.routine.when == "cramp":
                rest = f"{rest}\n\n{tell_provider()}"
            self.instruction.setText(rest)
            self.cue.setText("")
            self.ring.show_time(0.0, "✓")
            self.overall.setValue(1000)
            self.up_next.setText("")
            self.pause.setEnabled(False)
            self.next.setEnabled(False)
            self.log_button.setVisible(player.routine.when == "cramp")
            return
        step_of = translate("player", "Step {number} of {count}")
        self.step_of.setText(step_of.format(number=player.index + 1, count=len(steps)))
        self.title.setText(step.title)
        self.picture.setPixmap(illustration(step.illustration, step.mirrored))
        self.picture.setAccessibleName(
            translate("player", "Picture: {title}").format(title=step.title)
        )
        self.instruction.setText(step.instruction)
        self.cue.setText(step.cue if player.cue_due() else "")
        remaining = player.remaining()
        if remaining is None or step.seconds is None:
            self.ring.show_time(1.0, "…")
            self.next.setText(translate("player", "Done, next ▶"))
        else:
            self.ring.show_time(remaining / step.seconds, f"{int(remaining + 0.999)}")
            self.next.setText(translate("player", "Next ▶"))
        self.overall.setValue(round(player.overall() * 1000))
        following = player.next_step
        if following:
            self.up_next.setText(translate("player", "Next: {title}").format(title=following.title))
        else:
            self.up_next.setText(translate("player", "Last step"))
        paused = player.state is PlayerState.PAUSED
        self.pause.setText(
            translate("player", "Resume") if paused else translate("player", "Pause")
        )
        self.back.setEnabled(player.index > 0)

    # --- keys, showing, closing ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._arm()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.repaint_timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Esc or the window's close: ask before abandoning a routine half-way.

        Not for cramp-now: once the cramp has eased there is nothing to finish later."""
        unfinished = self.player.state is not PlayerState.FINISHED
        ask = unfinished and self.player.routine.when != "cramp"
        if ask and not self.confirm_finish_later():
            event.ignore()
            return
        self.wake.stop()
        self.repaint_timer.stop()
        self.player.finish()
        self.ended.emit(self.session())
        event.accept()

    def confirm_finish_later(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("player", "Finish later?"),
            translate("player", "Stop the routine here? You can start it again from the tray."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def session(self) -> SessionRecord:
        now = self._clock.now()
        return SessionRecord(
            routine=self.player.routine.id,
            started=self._started or now,
            ended=now,
            finished=self.player.completed,
            steps_done=self.player.steps_done,
            step_count=len(self.player.routine.steps),
            seconds=round(self.player.seconds_spent(), 1),
        )
