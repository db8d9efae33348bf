"""The routines in the app's language, and the one player window that plays them.

Sound and voice are handed in as factories, so a test can pass fakes; the real
ones (and the player with QtSvg) load on first use, not at start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from coach import APP_NAME
from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import bring_forward, gone_when_closed
from coach.app.routines.sound import Plays
from coach.app.routines.voice import LateVoice, Speaks
from coach.core.i18n import translate
from coach.core.routines.definitions import Routine, load_routines
from coach.core.settings.schema import SettingsInUse, Sound
from coach.core.system.assets import assets_dir
from coach.core.system.paths import Paths

if TYPE_CHECKING:
    from coach.app.routines.player_window import PlayerWindow

log = logging.getLogger(__name__)

CRAMP_NOW = "cramp-now"
BEDTIME = "bedtime"

ChimesFactory = Callable[[Sound], Plays]
VoiceFactory = Callable[[bool], Speaks]


def real_chimes(settings: Sound) -> Plays:
    from coach.app.routines.sound import Chimes  # QtMultimedia loads on first use only

    return Chimes(settings)


def real_voice(enabled: bool) -> Speaks:
    from coach.app.routines.voice import Voice

    return Voice(enabled)


def _left(window: PlayerWindow | None) -> float | None:
    left = window.player.remaining() if window is not None else None
    return round(left, 1) if left is not None else None


class RoutineLibrary(QObject):
    ended = Signal(object)
    """A SessionRecord: the player closed."""
    log_cramp = Signal(bool)
    """The player's "Log this cramp" (True: at night, after cramp-now)."""
    problems = Signal(str, list)
    """(title, lines) to tell the person."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        settings: SettingsInUse,
        chimes: ChimesFactory = real_chimes,
        voice: VoiceFactory = real_voice,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.clock = clock
        self._settings = settings
        self._make_chimes = chimes
        self._make_voice = voice
        self.routines: dict[str, Routine] = {}
        self.player: PlayerWindow | None = None
        self.paused_for_cramp: PlayerWindow | None = None
        """The routine paused to make way for "cramp now"."""
        self._chimes: tuple[Sound, Plays] | None = None
        self._voice: tuple[bool, Speaks] | None = None

    def load(self, language: str) -> list[str]:
        """(Re)load the routines in `language`; the files' problems, as lines to tell."""
        folders = [assets_dir() / "routines", self.paths.routines_dir]
        routines, problems = load_routines(folders, language)
        self.routines = {routine.id: routine for routine in routines}
        skipped = translate("coach", "Routine skipped: {problem}")
        return [skipped.format(problem=problem) for problem in problems]

    @property
    def playing(self) -> str | None:
        """The id of the routine on screen, if any."""
        if self.player is not None and self.player.isVisible():
            return self.player.player.routine.id
        return None

    def open(self, routine_id: str) -> None:
        """Open the player (one at a time: an open one is brought forward).

        "Cramp now" always wins: a routine playing is paused and set aside, and comes
        back where it was once "cramp now" closes."""
        if self.player is not None and self.player.isVisible():
            if routine_id != CRAMP_NOW or self.playing == CRAMP_NOW:
                bring_forward(self.player)
                return
            self.player.set_aside()
            self.paused_for_cramp = self.player
        routine = self.routines.get(routine_id)
        if routine is None:
            text = translate("coach", "There is no routine called {name}.")
            self.problems.emit(APP_NAME, [text.format(name=repr(routine_id))])
            return
        from coach.app.routines.player_window import PlayerWindow  # first use only

        player = PlayerWindow(routine, self.clock, self._chimes_now(), self._voice_now())
        self.player = player
        player.ended.connect(self.ended)
        if routine_id == CRAMP_NOW:
            player.ended.connect(self._take_back)
        player.log_cramp.connect(lambda: self.log_cramp.emit(routine_id == CRAMP_NOW))
        gone_when_closed(player, lambda: self._forget(player))
        player.start()
        log.info("routine %s started", routine_id)

    def _forget(self, player: PlayerWindow) -> None:
        """A closed player is deleted; the next routine gets a new one."""
        if self.player is player:
            self.player = None

    def _take_back(self) -> None:
        """Cramp-now closed: the routine set aside for it plays on."""
        waiting, self.paused_for_cramp = self.paused_for_cramp, None
        if waiting is not None:
            self.player = waiting
            waiting.take_back()

    def stop(self) -> None:
        """On quit: routines still playing (or set aside) end here; their sessions are kept."""
        for player in (self.player, self.paused_for_cramp):
            if player is not None and (player.isVisible() or player is self.paused_for_cramp):
                player.player.finish()
                player.hide()
                self.ended.emit(player.session())
        self.paused_for_cramp = None

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: the routine on screen and how far it is."""
        return {"player": self.playing, "playing": self.describe()}

    def describe(self) -> dict[str, object]:
        """For `calf-coach status`: what plays, where it is, and what waits for cramp-now."""
        shown = self.player if self.playing else None
        waiting = self.paused_for_cramp
        return {
            "state": shown.player.state.value if shown else None,
            "step": shown.player.index + 1 if shown else None,
            "seconds_left": _left(shown),
            "set_aside": waiting.player.routine.id if waiting else None,
            "set_aside_seconds_left": _left(waiting),
        }

    def helped_options(self) -> list[str]:
        """What may have helped: the steps of the cramp-now routine, named as answers."""
        routine = self.routines.get(CRAMP_NOW)
        if routine is None:
            return []
        return routine.helped_answers

    def titles(self) -> dict[str, str]:
        """Names for routines and reminder kinds in the history table."""
        from coach.core.insights.entry_rows import entry_titles  # the history's, when it opens

        return entry_titles(self.routines.values())

    def _chimes_now(self) -> Plays:
        sound = self._settings.value.sound
        if self._chimes is None or self._chimes[0] != sound:
            self._chimes = (sound, self._make_chimes(sound))
        return self._chimes[1]

    def _voice_now(self) -> Speaks:
        enabled = self._settings.value.sound.voice
        if self._voice is None or self._voice[0] != enabled:
            # On, it is made once the window is up: making it may take seconds.
            made: Speaks = (
                LateVoice(lambda: self._make_voice(True), self)
                if enabled
                else self._make_voice(False)
            )
            if self._voice is not None and isinstance(self._voice[1], QObject):
                self._voice[1].deleteLater()  # the late voice of the other setting
            self._voice = (enabled, made)
        return self._voice[1]
