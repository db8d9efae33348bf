"""The app's log file, kept small: one file and one older one, as the person's disk
deserves from an app that runs for months.

This is what logging.handlers.RotatingFileHandler with one backup does, in a few
lines: importing logging.handlers costs about 0.5 MB at idle (pickle, queues, and
the socket, syslog and mail handlers it defines), for one class.
"""

from __future__ import annotations

import logging
from pathlib import Path

from coach.core.files import make_private


class CappedLogFile(logging.FileHandler):
    """Appends to `path`; a record that would take it past `most` bytes first moves it
    to `path.1` (replacing the older one) and starts the file afresh."""

    def __init__(self, path: Path, most: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.path, self.most = path, most

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record) + self.terminator
            if self.stream is not None and self.stream.tell() + len(line.encode()) > self.most:
                self._start_afresh()
        except Exception:  # as logging does: a log that fails must not stop the app
            self.handleError(record)
            return
        super().emit(record)

    def _start_afresh(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.path.replace(self.path.with_name(self.path.name + ".1"))
        self.stream = self._open()
        make_private(self.path)
