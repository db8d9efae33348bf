"""The routine player window: big countdown, big text, big buttons, keyboard first.

It plays what the pure Player says, on its face (player_face, filled in by
player_display). One owned single-shot timer wakes it for
the player's next event; a repaint timer runs only while the window is visible
and playing, four times a second, so a hidden player costs nothing.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import fit_to_screen, pointer_screen_area
from coach.app.routines.player_display import said_at_step, show_player
from coach.app.routines.player_face import PlayerFace
from coach.app.routines.sound import Plays
from coach.app.routines.voice import Speaks, spoken
from coach.app.style.announce import announce
from coach.app.style.design import night_palette
from coach.app.style.keys import default_follows_focus, focused_or
from coach.core.history.records import SessionRecord
from coach.core.i18n import translate
from coach.core.routines.definitions import Routine
from coach.core.routines.player import Player, PlayerEvent, PlayerState
from coach.core.routines.time_left import mark_passed, time_left_words

log = logging.getLogger(__name__)

REPAINT_MS = 250


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
        self._left_before: float | None = None
        """The time left at the last look, to say it aloud as it passes a mark."""
        if self.calm:  # at 3 a.m.: dark, calm, easy on sleepy eyes
            self.setPalette(night_palette())
            self.setAutoFillBackground(True)

        self.face = face = PlayerFace(self, routine, self.calm)
        face.back.clicked.connect(lambda: self._apply(self.player.back()))
        face.next.clicked.connect(lambda: self._apply(self.player.next()))
        face.pause.clicked.connect(self._toggle)
        face.log_button.clicked.connect(self._log_this_cramp)
        face.close_button.clicked.connect(self.close)
        default_follows_focus(
            self, (face.back, face.pause, face.next, face.log_button, face.close_button)
        )
        if self.calm:
            face.instruction.clicked.connect(self._next_by_click)

        # Window-wide shortcuts; Space and Enter press a button tabbed to instead.
        space = face.next.click if self.calm else face.pause.click
        for keys, press in (
            ((Qt.Key.Key_Space,), focused_or(self, space)),
            ((Qt.Key.Key_Right,), face.next.click),
            ((Qt.Key.Key_Left,), face.back.click),
            ((Qt.Key.Key_Escape,), self.close),
            ((Qt.Key.Key_R,), lambda: self._apply(self.player.restart_step())),
            ((Qt.Key.Key_Return, Qt.Key.Key_Enter), focused_or(self, self._enter)),
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
        # Cramp now: the keyboard on Next, its one action, ringed (Enter and Space press
        # it). A routine: on no button, so Space pauses and Enter goes on.
        (self.face.next if self.calm else self).setFocus()
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

    def _log_this_cramp(self) -> None:
        """The page closes first, then the log opens: in front, with the keyboard, never
        behind the full-screen page or a routine that comes back after it."""
        self.close()
        self.log_cramp.emit()

    def _toggle(self) -> None:
        self.player.toggle()
        self._apply([])

    def _enter(self) -> None:
        """Enter: the obvious thing now (Next; at the end, log the cramp or close)."""
        if self.player.state is PlayerState.FINISHED:
            (self.face.log_button if self.calm else self.face.close_button).click()
        else:
            self.face.next.click()

    def _next_by_click(self) -> None:
        if self.player.state is not PlayerState.FINISHED:
            self.face.next.click()

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
        if PlayerEvent.STEP_STARTED in events:
            self._left_before = self.player.remaining()
        self.refresh()
        if PlayerEvent.ROUTINE_DONE in events:
            face = self.face
            announce(self, f"{face.step_of.text()}. {face.title.text()}. {face.instruction.text()}")
        elif PlayerEvent.STEP_STARTED in events:
            announce(self, said_at_step(self.player))
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
        show_player(self.face, self.player)
        self._say_time_left()
        step = self.player.step
        if step is not self._shown_step:  # a new text: its wrapped height now, not later
            self._shown_step = step
            layout = self.layout()
            if layout is not None:
                layout.activate()

    def _say_time_left(self) -> None:
        """At halfway and near the end of a long step: the time left, aloud."""
        left, seconds = self.player.remaining(), self.player.step.seconds
        before, self._left_before = self._left_before, left
        if left is None or before is None or seconds is None:
            return
        playing = self.player.state is PlayerState.PLAYING
        if playing and mark_passed(seconds, before, left) is not None:
            announce(self.face.ring, time_left_words(left))

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
        """Esc in a routine under way: stop, or go on? Said with verbs, going on is the
        default (a slipped key loses nothing)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("player", "Stop this routine?"))
        box.setText(translate("player", "Stop this routine?"))
        box.setInformativeText(translate("player", "The steps you did are kept in your history."))
        stop = box.addButton(
            translate("player", "&Stop for now"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(translate("player", "&Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is stop

    def session(self) -> SessionRecord:
        now = self._clock.now()
        return SessionRecord(
            routine=self.player.routine.id,
            started=self._started or now,
            ended=now,
            finished=self.player.done_in_full,
            steps_done=self.player.done_count,
            step_count=len(self.player.routine.steps),
            seconds=round(self.player.seconds_spent(), 1),
        )
