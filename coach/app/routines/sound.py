"""Playing the chimes: with volume and an off switch, and silent where sound cannot be had.

On Linux the sound server's own player (`paplay`, or PipeWire's `pw-play`) plays each
chime in a process of its own: QtMultimedia, with the FFmpeg plugin it loads and the
QtQuick that plugin links, would stay in the app's memory (about 20 MB) for the rest of
the day after the first routine. Elsewhere, and on a Linux without either program,
QtMultimedia plays them. On Linux QtMultimedia does not even import without libpulse;
with no sound server a QSoundEffect goes to its Error state and a player program exits
with an error. Either way the player goes on silently (its countdown and text are the
cue that always works), and the log says why once.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from typing import Protocol

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QUrl

from coach.core.settings.schema import Sound
from coach.core.system.assets import asset_path
from coach.core.system.launch import for_system_programs, this_install

log = logging.getLogger(__name__)

PLAYER_PROGRAMS = {
    "paplay": lambda volume: [
        "--latency-msec=100",
        f"--volume={round(65536 * (volume / 100) ** (1 / 3))}",
    ],
    "pw-play": lambda volume: [f"--volume={volume / 100:.2f}"],
}
"""Sound servers' players, the first found is used, with their options for a volume of
0-100 (the setting's, as loud as QtMultimedia plays it). PulseAudio's volumes are on a
cubic scale, and paplay asks for a two-second buffer unless told less: the start of a
one-second chime could be lost."""
CHIMES = ("step", "done")


def player_program() -> str | None:
    """The sound server's player on this system, or None (then QtMultimedia plays)."""
    if not sys.platform.startswith("linux"):
        return None
    return next((name for name in PLAYER_PROGRAMS if shutil.which(name)), None)


class Plays(Protocol):
    """Something that plays the named chime ("step", "done"): Chimes, or a test's fake."""

    def play(self, name: str) -> None: ...


class Chimes(QObject):
    def __init__(self, settings: Sound, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.effects: dict[str, object] = {}
        self.program: str | None = None
        self.environment = QProcessEnvironment()
        """The player's environment (see for_system_programs)."""
        self.reason = ""
        if not settings.enabled:
            self.reason = "sounds are off in the settings"
            return
        self.program = player_program()
        if self.program is not None:
            for key, value in for_system_programs(os.environ, this_install()).items():
                self.environment.insert(key, value)
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            self._silent(f"no sound on this system ({exc})")
            return
        if not QMediaDevices.audioOutputs():
            self._silent("no sound output (no sound server or device)")
            return
        for name in CHIMES:
            effect = QSoundEffect(self)
            effect.statusChanged.connect(lambda effect=effect: self._check(effect))
            effect.setSource(QUrl.fromLocalFile(str(asset_path(f"sounds/{name}.wav"))))
            effect.setVolume(settings.volume / 100)
            self.effects[name] = effect

    @property
    def audible(self) -> bool:
        return bool(self.effects) or self.program is not None

    def play(self, name: str) -> None:
        if self.program is not None:
            self._run(self.program, name)
            return
        effect = self.effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

    def _run(self, program: str, name: str) -> None:
        """Start the player on the chime's file; it says how it ended when it ends."""
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(lambda code, _status: self._ended(process, code))
        process.errorOccurred.connect(lambda error: self._failed(process, error))
        process.setProcessEnvironment(self.environment)
        volume = PLAYER_PROGRAMS[program](self.settings.volume)
        process.start(program, [*volume, str(asset_path(f"sounds/{name}.wav"))])

    def _ended(self, process: QProcess, code: int) -> None:
        if code != 0 and self.program is not None:
            said = bytes(process.readAll().data()).decode(errors="replace").strip()
            first = said.splitlines()[0] if said else f"exit status {code}"
            self._silent(f"{self.program} could not play the chime ({first})")
        process.deleteLater()

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.program is not None:
            self._silent(f"{self.program} could not be started")
            process.deleteLater()

    def _check(self, effect: object) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if isinstance(effect, QSoundEffect) and effect.status() == QSoundEffect.Status.Error:
            self._silent(f"the sound output refused {effect.source().fileName()}")

    def _silent(self, reason: str) -> None:
        """Say once, in the log, why there is no sound; then go on without it."""
        if not self.reason:
            log.warning("chimes silent: %s", reason)
        self.reason = reason
        self.effects.clear()
        self.program = None
