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
        except Exception:  # as logging does: said on stderr, and the app goes on
            self.handleError(record)
        super().emit(record)  # the record itself is kept either way

    def _start_afresh(self) -> None:
        """The file moves aside; if it cannot (another program holds it), the log goes on
        in it, and the move is tried again with the next record."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        try:
            self.path.replace(self.path.with_name(self.path.name + ".1"))
        finally:
            self.stream = self._open()
            make_private(self.path)
