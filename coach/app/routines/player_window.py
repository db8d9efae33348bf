"""The routine player window: big countdown, big text, big buttons, keyboard first.

It draws what the pure Player says. One owned single-shot timer wakes it for
the player's next event; a repaint timer runs only while the window is visible
and playing, four times a second, so a hidden player costs nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QHideEvent,
    QImage,
    QKeySequence,
    QMouseEvent,
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import fit_to_screen, pointer_screen_area
from coach.app.routines.sound import Plays
from coach.app.routines.voice import Speaks, spoken
from coach.app.style.design import ACCENT, ACCENT_ON_DARK, night_palette, progress_style, scaled
from coach.core.advice import tell_provider, with_disclaimer
from coach.core.history.store import SessionRecord
from coach.core.i18n import translate
from coach.core.routines.definitions import Routine
from coach.core.routines.player import Player, PlayerEvent, PlayerState, countdown_text
from coach.core.system.assets import asset_path

log = logging.getLogger(__name__)

REPAINT_MS = 250
ILLUSTRATION = 220


ON_DARK = {"#23706b": ACCENT_ON_DARK, "#cfe3e1": "#35514e", "#9aa9a8": "#7d8f8d"}
"""The pictures' colours redrawn for a dark background: the figure must stay visible."""


@cache
def illustration(name: str, mirrored: bool, dark: bool = False) -> QPixmap:
    """A step's picture at display size; the right-side copy of a move is mirrored."""
    try:
        svg = asset_path(f"illustrations/{name}.svg").read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("no illustration %s", name)
        return QPixmap()
    if dark:
        for light, on_dark in ON_DARK.items():
            svg = svg.replace(light, on_dark)
    image = QImage(ILLUSTRATION, ILLUSTRATION, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    renderer.render(painter, QRectF(0, 0, ILLUSTRATION, ILLUSTRATION))
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    return QPixmap.fromImage(image)


class CountdownRing(QWidget):
    """A ring that empties as the step runs, with the time left in its middle; grey and
    marked "Paused" while paused, so the state shows from across the room."""

    def __init__(self, dark: bool = False) -> None:
        super().__init__()
        self.fraction = 1.0
        self.text = ""
        self.paused = False
        self.colour = QColor(ACCENT_ON_DARK if dark else ACCENT)
        self.setMinimumSize(180, 180)
        self.setAccessibleName(translate("player", "Time left in this step"))

    def show_time(self, fraction: float, text: str, paused: bool = False) -> None:
        self.fraction, self.text, self.paused = fraction, text, paused
        described = translate("player", "{time}, paused") if paused else "{time}"
        self.setAccessibleDescription(described.format(time=text))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        width = max(10, side // 16)
        painter.setPen(QPen(self.palette().mid().color(), width))
        painter.drawEllipse(box)
        arc = self.palette().dark().color() if self.paused else self.colour
        painter.setPen(QPen(arc, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, 90 * 16, round(-360 * 16 * self.fraction))
        text = self.palette().windowText().color()
        if self.paused:
            text.setAlphaF(0.55)
        painter.setPen(text)
        font = scaled(self.font(), 1.0, bold=True)
        font.setPixelSize(max(12, round(side * (0.22 if len(self.text) > 3 else 0.3))))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.paused:
            small = scaled(self.font(), 1.0, bold=True)
            small.setPixelSize(max(10, round(side * 0.09)))
            painter.setFont(small)
            below = QRectF(box.left(), box.center().y() + side * 0.16, box.width(), side * 0.14)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, translate("player", "Paused"))


class Picture(QWidget):
    """A step's picture, drawn as large as the room allows (never larger than it was made),
    so large text on a small screen shrinks the picture rather than hide the words."""

    def __init__(self) -> None:
        super().__init__()
        self._pixmap = QPixmap()
        self.setMinimumSize(ILLUSTRATION // 2, ILLUSTRATION // 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(ILLUSTRATION, ILLUSTRATION)

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 (as QLabel's)
        self._pixmap = pixmap
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self._pixmap.isNull():
            return
        side = min(self.width(), self.height(), ILLUSTRATION)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(box, self._pixmap, QRectF(self._pixmap.rect()))


class Instruction(QLabel):
    """The step's instruction; in the calm cramp-now screen a click on it is "Next"."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.clicked.emit()
        super().mousePressEvent(event)


class PlayerWindow(QWidget):
    """Plays one routine; `ended` carries the SessionRecord once the window closes.

    A routine for a cramp ("cramp-now") plays in the calm screen: full screen, dark,
    one instruction in very large type, Next as the one obvious action (Enter, Space
    or a click on the instruction), Esc to close, "Log this cramp" at the end.
    """

    ended = Signal(object)
    log_cramp = Signal()

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        chimes: Plays | None = None,
        voice: Speaks | None = None,
    ) -> None:
        self.calm = routine.when == "cramp"
        flags = Qt.WindowType.Window
        if self.calm:  # it wins over any card or dialog
            flags |= Qt.WindowType.WindowStaysOnTopHint
        super().__init__(None, flags)
        self.chimes = chimes
        self.voice = voice
        self.setWindowTitle(routine.title)  # Qt adds " — Calf Coach" where titles are shown
        self.setObjectName("player")
        self.player = Player(routine, clock.monotonic)
        self._clock = clock
        self._started: dt.datetime | None = None
        self.events: list[PlayerEvent] = []
        self._shown_step: object = None
        if self.calm:  # at 3 a.m.: dark, calm, easy on sleepy eyes
            self.setPalette(night_palette())
            self.setAutoFillBackground(True)

        sizes = (1.2, 3.0, 2.4, 1.8) if self.calm else (1.0, 2.0, 1.4, 1.4)
        self.step_of = QLabel()
        self.step_of.setFont(scaled(self.font(), sizes[0]))
        self.title = QLabel()
        self.title.setFont(scaled(self.font(), sizes[1], bold=True))
        self.title.setWordWrap(True)
        self.instruction = Instruction()
        self.instruction.setFont(scaled(self.font(), sizes[2]))
        self.instruction.setWordWrap(True)
        self.cue = QLabel()
        self.cue.setFont(scaled(self.font(), sizes[3], bold=True))
        self.cue.setWordWrap(True)
        self.ring = CountdownRing(dark=self.calm)
        self.picture = Picture()
        self.overall = QProgressBar()
        self.overall.setRange(0, 1000)
        self.overall.setTextVisible(False)
        self.overall.setFixedHeight(10)
        self.overall.setStyleSheet(progress_style(self.calm))
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
            (self.pause, translate("player", "Pause or resume")),
            (self.next, translate("player", "Next step")),
            (self.log_button, translate("player", "Log this cramp")),
            (self.close_button, translate("player", "Close the player")),
        ):
            button.setMinimumHeight(80 if self.calm else 56)
            button.setFont(scaled(self.font(), 1.8 if self.calm else 1.3))
            button.setAccessibleName(name)
        self.log_button.hide()
        self.close_button.hide()
        self.back.clicked.connect(lambda: self._apply(self.player.back()))
        self.next.clicked.connect(lambda: self._apply(self.player.next()))
        self.pause.clicked.connect(self._toggle)
        self.log_button.clicked.connect(self.log_cramp.emit)
        self.close_button.clicked.connect(self.close)
        if self.calm:
            self.instruction.clicked.connect(self._next_by_click)
            self.back.hide()  # one obvious action; Left still goes back
            self.pause.hide()
        self._lay_out()

        # Window-wide shortcuts: a focused button would otherwise take Space and the arrows.
        space = self.next.click if self.calm else self.pause.click
        for keys, press in (
            ((Qt.Key.Key_Space,), space),
            ((Qt.Key.Key_Right,), self.next.click),
            ((Qt.Key.Key_Left,), self.back.click),
            ((Qt.Key.Key_Escape,), self.close),
            ((Qt.Key.Key_R,), lambda: self._apply(self.player.restart_step())),
            ((Qt.Key.Key_Return, Qt.Key.Key_Enter), self._enter),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self).activated.connect(press)

        self.wake = QTimer(self)
        self.wake.setSingleShot(True)
        self.wake.setTimerType(Qt.TimerType.PreciseTimer)
        self.wake.timeout.connect(self.tick)
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(REPAINT_MS)
        self.repaint_timer.timeout.connect(self.refresh)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.back, self.pause, self.next, self.log_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
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

    # --- playing ---------------------------------------------------------------------------

    def start(self) -> None:
        self._started = self._clock.now()
        self._apply(self.player.start())
        if self.calm:
            self.setGeometry(pointer_screen_area())
            self.showFullScreen()
        else:
            fit_to_screen(self, 980, 520)
            self.show()
            fit_to_screen(self, self.width(), self.height())
        self.raise_()
        self.activateWindow()

    def tick(self) -> None:
        self._apply(self.player.poll())

    def set_aside(self) -> None:
        """Make way for "cramp now": pause where it is and step out of sight."""
        self.player.pause()
        self._apply([])
        self.hide()

    def take_back(self) -> None:
        """Come back after "cramp now" and go on from where it was."""
        self.player.resume()
        self._apply([])
        self.show()
        self.raise_()
        self.activateWindow()

    def _toggle(self) -> None:
        self.player.toggle()
        self._apply([])

    def _enter(self) -> None:
        """Enter: the obvious thing now (Next; at the end, log the cramp or close)."""
        if self.player.state is PlayerState.FINISHED:
            (self.log_button if self.calm else self.close_button).click()
        else:
            self.next.click()

    def _next_by_click(self) -> None:
        if self.player.state is not PlayerState.FINISHED:
            self.next.click()

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
            rest = translate("player", "Rest now.")
            if self.calm:
                rest = f"{rest}\n\n{tell_provider()}"
            self.instruction.setText(rest)
            self.cue.setText("")
            self.ring.show_time(0.0, "✓")
            self.ring.show()
            self.picture.hide()
            self.overall.setValue(1000)
            self.up_next.setText("")
            for button in (self.back, self.pause, self.next):
                button.hide()
            self.log_button.setVisible(self.calm)
            self.close_button.show()
            default = self.log_button if self.calm else self.close_button
            default.setDefault(True)
            default.setFocus()
            return
        step_of = translate("player", "Step {number} of {count}")
        self.step_of.setText(step_of.format(number=player.index + 1, count=len(steps)))
        self.title.setText(step.title)
        self.picture.setPixmap(illustration(step.illustration, step.mirrored, self.calm))
        self.picture.setAccessibleName(
            translate("player", "Picture: {title}").format(title=step.title)
        )
        self.instruction.setText(step.instruction)
        self.cue.setText(step.cue if player.cue_due() else "")
        remaining = player.remaining()
        paused = player.state is PlayerState.PAUSED
        timed = remaining is not None and step.seconds is not None
        self.ring.setVisible(timed)  # until it eases: no clock to watch, no stalled ring
        if remaining is None or step.seconds is None:
            self.next.setText(translate("player", "It has eased, next ▶"))
        else:
            text = countdown_text(remaining, step.seconds)
            self.ring.show_time(remaining / step.seconds, text, paused)
            self.next.setText(translate("player", "Next ▶"))
        self.overall.setValue(round(player.overall() * 1000))
        following = player.next_step
        if following:
            self.up_next.setText(translate("player", "Next: {title}").format(title=following.title))
        else:
            self.up_next.setText(translate("player", "Last step"))
        self.pause.setText(
            translate("player", "Resume") if paused else translate("player", "Pause")
        )
        self.back.setEnabled(player.index > 0)
        if step is not self._shown_step:  # a new text: its wrapped height now, not later
            self._shown_step = step
            layout = self.layout()
            if layout is not None:
                layout.activate()

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
        if unfinished and not self.calm:
            playing = self.player.state is PlayerState.PLAYING
            self.player.pause()  # the countdown waits while the question is open
            self._apply([])
            if not self.confirm_finish_later():
                if playing:
                    self.player.resume()
                    self._apply([])
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
