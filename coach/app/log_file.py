"""The app's log file, kept small: one file and one older one, as the person's disk
deserves from an app that runs for months.

This is what logging.handlers.RotatingFileHandler with one backup does, in a few
lines: importing logging.handlers costs about 0.5 MB at idle (pickle, queues, and
the socket, syslog and mail handlers it defines), for one class.
"""

from __future__ import annotations

import contextlib
import io
import logging
import sys
from pathlib import Path

from coach.core.files import make_private


class CappedLogFile(logging.FileHandler):
    """Appends to `path`; a record that would take it past `most` bytes first moves it
    to `path.1` (replacing the older one) and starts the file afresh.

    The file is opened with the first record. One that cannot be written (a full or
    read-only disk) is said once, in one line on stderr, and the app goes on without it:
    logging's own way would print a traceback for every record."""

    def __init__(self, path: Path, most: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.path, self.most = path, most
        self.failed = False
        """Whether a record could not be written (said once)."""

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        make_private(self.path)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self.stream = self.stream or self._open()
            line = self.format(record) + self.terminator
            if stream.tell() + len(line.encode()) > self.most:
                self._start_afresh()
        except Exception:
            self.handleError(record)
        if self.stream is not None:
            logging.StreamHandler.emit(self, record)  # the record itself is kept either way

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if self.failed or sys.stderr is None:
            return
        self.failed = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error
        print(f"calf-coach log: {self.path}: {reason}", file=sys.stderr)

    def close(self) -> None:
        with contextlib.suppress(OSError):  # lines no disk would take are let go
            super().close()

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
