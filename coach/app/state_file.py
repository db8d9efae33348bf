"""The app's memory between runs (a pause, the last check), kept in its file as it changes.

A disk that will not take it (full, read-only) costs only that memory across a restart:
the log says so, once a cause, and the app goes on.
"""

from __future__ import annotations

import logging
from pathlib import Path

from coach.core.plan.run_state import AppState, save_state

log = logging.getLogger(__name__)


class StateFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.unsaved: str | None = None
        """Why the state could not be saved last time, or None: it was."""

    def save(self, state: AppState) -> None:
        try:
            save_state(self.path, state)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            if reason != self.unsaved:
                log.warning("%s cannot be saved now: %s", self.path, reason)
            self.unsaved = reason
        else:
            self.unsaved = None
