"""The one owner of the settings in use: loads them, watches the file, applies changes.

Every part is handed this owner and reads `value` when it decides; a part that
must act on a change (the plan, the look, the key) listens to `changed`. A file
edited by hand is re-read when it changes on disk; one with a syntax error is the
person's work in progress, so it is reported and left where it is, and the
settings in use stay as they were. Answers the disk would not take (a full disk on a
first start) are used at once and saved once it will.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from coach.core.files import FileRefusedError, read_small_file
from coach.core.i18n import translate
from coach.core.read_only import cannot_write
from coach.core.settings.option_types import Problem
from coach.core.settings.schema import DEFAULTS, Settings, check_settings_file, save_settings

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
SAVE_AGAIN_MS = 60_000
"""How often settings the disk refused are offered to it again."""


def _read_or_none(path: Path) -> bytes | None:
    """The file's bytes, to tell a change; None when there are none to use (what is wrong
    with it is told by the check that follows)."""
    try:
        return read_small_file(path)
    except (FileNotFoundError, FileRefusedError):
        return None


class CurrentSettings(QObject):
    changed = Signal(object)
    """The settings in use changed (the new Settings)."""
    problems = Signal(str, list)
    """(title, lines) to tell the person."""

    def __init__(
        self,
        path: Path,
        settings: Settings,
        today: Callable[[], dt.date],
        parent: QObject | None = None,
    ) -> None:
        """`today` bounds the pregnancy's dates when the file is read again."""
        super().__init__(parent)
        self.path = path
        self.today = today
        self._settings = settings
        self._bytes = _read_or_none(path)
        self.watch = QFileSystemWatcher([str(path.parent)], self)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.watch.directoryChanged.connect(lambda _: self.debounce.start())
        self.debounce.timeout.connect(self.reload)
        self.unsaved: Settings | None = None
        """Settings in use that the disk refused, to be saved once it takes them."""
        self.save_again = QTimer(self)
        self.save_again.setInterval(SAVE_AGAIN_MS)
        self.save_again.timeout.connect(self.save_unsaved)

    def stop(self) -> None:
        """Watch the file no more."""
        self.debounce.stop()
        self.save_again.stop()
        directories = self.watch.directories()
        if directories:
            self.watch.removePaths(directories)

    @property
    def value(self) -> Settings:
        """The settings in use now: every part reads them here, at the moment it decides."""
        return self._settings

    def cannot_save(self) -> str | None:
        """Why the settings file cannot be written now (a full disk...), or None."""
        return cannot_write(self.path)

    def save(self, settings: Settings) -> None:
        """Write the settings (the welcome's answers) and use them; if the disk refuses,
        say so, use them all the same, and save them once the disk takes them."""
        error = self.write(settings)
        if error is not None:
            title = translate("coach", "Calf Coach could not save its settings")
            later = translate("coach", "They are used now and will be saved when there is room.")
            self.problems.emit(title, [error, later])
            self._use(settings)
            self.unsaved = settings
            self.save_again.start()

    def save_unsaved(self) -> None:
        """Offer the settings the disk refused to it again; still refused, they wait."""
        if self.unsaved is None:
            self.save_again.stop()
            return
        try:
            save_settings(self.path, self.unsaved)
        except OSError:
            return
        log.info("settings saved now that the disk took them")
        self._bytes = _read_or_none(self.path)
        self._forget_unsaved()

    def _forget_unsaved(self) -> None:
        self.unsaved = None
        self.save_again.stop()

    def write(self, settings: Settings) -> str | None:
        """Write the settings (the settings window's, already checked) and use them at once;
        if the disk refuses, why, and the settings in use stay as they were."""
        try:
            save_settings(self.path, settings)
        except OSError as exc:
            text = translate("settings", "Could not save {path}: {error}.")
            return text.format(path=self.path, error=exc.strerror or exc)
        self.saved(settings)
        return None

    def saved(self, settings: Settings) -> None:
        """Already written (by the settings window): use them at once; the watcher then
        sees nothing new, since the bytes it knows are these."""
        self._bytes = _read_or_none(self.path)
        self._forget_unsaved()  # these are newer
        log.info("settings applied")
        self._use(settings)

    def reload(self) -> None:
        """The file changed on disk (edited by hand): re-read it."""
        data = _read_or_none(self.path)
        if data == self._bytes:
            return
        self._bytes = data
        self._forget_unsaved()  # the file the person wrote wins over answers never saved
        problems: list[Problem] = []
        settings = DEFAULTS
        if data is not None or self.path.exists():
            settings, problems = check_settings_file(self.path, self.today())
        unreadable = [p for p in problems if p.severity == "error" and not p.key]
        if unreadable:
            lines = [f"{self.path.name}: {p}" for p in unreadable]
            self.problems.emit(translate("coach", "Calf Coach kept its settings"), lines)
            return
        if problems:
            lines = [f"{self.path.name}: {p}" for p in problems]
            self.problems.emit(translate("coach", "Calf Coach found problems"), lines)
        log.info("settings changed on disk")
        self._use(settings)

    def _use(self, settings: Settings) -> None:
        self._settings = settings
        self.changed.emit(settings)
