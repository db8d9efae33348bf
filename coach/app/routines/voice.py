"""Spoken step titles and counts, for a person who turned the voice on.

QTextToSpeech needs a speech engine (on Linux the wheel's only one is
speech-dispatcher) and, on Linux, libpulse even to import. Where any of that is
missing the voice stays silent: never an error, the screen says it all anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from coach.core.i18n import translate
from coach.core.routines.definitions import Hold, Reps, Step, UntilEased

log = logging.getLogger(__name__)


class Speaks(Protocol):
    """Something that says a text aloud: Voice, or a test's fake."""

    def say(self, text: str) -> None: ...


def spoken(step: Step) -> str:
    """What is said when a step starts: its title and its count."""
    match step.timing:
        case Reps(count=times):
            count = translate("voice", "%n time(s)", None, times)
        case Hold(seconds=seconds):
            count = translate("voice", "%n second(s)", None, seconds)
        case UntilEased():
            count = translate("voice", "take your time")
    return f"{step.title}. {count}."


class Voice(QObject):
    def __init__(self, enabled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine: object | None = None
        self.reason = ""
        if not enabled:
            self.reason = "the voice is off in the settings"
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.reason = f"no speech on this system ({exc})"
        else:
            if not QTextToSpeech.availableEngines():
                self.reason = "no speech engine is installed"
            else:
                engine = QTextToSpeech(self)
                if engine.state() == QTextToSpeech.State.Error:
                    self.reason = f"the speech engine failed: {engine.errorString()}"
                else:
                    self.engine = engine
        if self.reason and enabled:
            log.warning("voice silent: %s", self.reason)  # said once, in the log

    def say(self, text: str) -> None:
        if self.engine is not None:
            self.engine.say(text)  # type: ignore[attr-defined]

    def speaking(self) -> bool:
        """Whether it is saying something now."""
        if self.engine is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self.engine.state() == QTextToSpeech.State.Speaking)  # type: ignore[attr-defined]


class LateVoice(QObject):
    """A voice whose engine is made on the event loop's next turn, not when a routine opens.

    Making the engine may take seconds (speech-dispatcher is started on first use and a
    busy machine is slow to answer); made on the spot, it would hold the player's window,
    "Cramp now" included, off the screen meanwhile, and keep the app from answering the
    command that opened it. Until then the newest text waits and is said at once after.
    """

    def __init__(self, make: Callable[[], Speaks], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.voice: Speaks | None = None
        self._waiting: str | None = None
        QTimer.singleShot(0, self, self._made)

    def say(self, text: str) -> None:
        if self.voice is None:
            self._waiting = text  # only the newest: a step already gone is not read out
        else:
            self.voice.say(text)

    def _made(self) -> None:
        self.voice = self._make()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.voice.say(waiting)
