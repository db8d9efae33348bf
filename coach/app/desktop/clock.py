"""The clock the app reads, once per decision; tests hand in a fake one."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import Protocol

import tzlocal


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Aware wall-clock time in the local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds that never jump (and stop while the machine sleeps)."""
        ...


class SystemClock:
    """The real clock; notices a change of time zone and reloads it."""

    def __init__(self) -> None:
        # Unknown: the first reading loads the zone (tzlocal may hold one from before).
        self._zone_source: tuple[str | None, str] | None = None

    @staticmethod
    def _zone_signature() -> tuple[str | None, str]:
        localtime = Path("/etc/localtime")
        target = str(localtime.resolve()) if localtime.exists() else ""
        return os.environ.get("TZ"), target

    def now(self) -> dt.datetime:
        signature = self._zone_signature()
        if signature != self._zone_source:
            self._zone_source = signature
            tzlocal.reload_localzone()
        return dt.datetime.now(tzlocal.get_localzone())

    def monotonic(self) -> float:
        return time.monotonic()
