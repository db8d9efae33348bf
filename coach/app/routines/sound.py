"""Playing the chimes: with volume and an off switch, and silent where sound cannot be had.

On Linux, QtMultimedia does not even import without libpulse; with no sound
server a QSoundEffect goes to its Error state. Either way the player goes on
silently (its countdown and text are the cue that always works).
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QUrl

from coach.core.settings.schema import Sound
from coach.core.system.assets import asset_path

log = logging.getLogger(__name__)


class Plays(Protocol):
    """Something that plays the named chime ("step", "done"): Chimes, or a test's fake."""

    def play(self, name: str) -> None: ...


class Chimes(QObject):
    def __init__(self, settings: Sound, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.effects: dict[str, object] = {}
        self.reason = ""
        if not settings.enabled:
            self.reason = "sounds are off in the settings"
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:
            self._silent(f"no sound on this system ({exc})")
            return
        if not QMediaDevices.audioOutputs():
            self._silent("no sound output (no sound server or device)")
            return
        for name in ("step", "done"):
            effect = QSoundEffect(self)
            effect.statusChanged.connect(lambda effect=effect: self._check(effect))
            effect.setSource(QUrl.fromLocalFile(str(asset_path(f"sounds/{name}.wav"))))
            effect.setVolume(settings.volume / 100)
            self.effects[name] = effect

    @property
    def audible(self) -> bool:
        return bool(self.effects)

    def play(self, name: str) -> None:
        effect = self.effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]

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
