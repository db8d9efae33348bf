"""What `calf-coach status` tells about the running app, in one JSON-ready dict: each
part reports its own piece (a `status()` method), so nothing here reaches inside one.
What this desktop gives the app (desktop_abilities) is also written to the log at start."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtGui import QGuiApplication

from coach.core.settings.pregnancy import week_on
from coach.core.settings.schema import Settings
from coach.core.system.session import session_kind

log = logging.getLogger(__name__)


class TellsStatus(Protocol):
    def status(self) -> dict[str, Any]:
        """Its own keys of the status, JSON-ready."""
        ...


def app_status(
    parts: Iterable[TellsStatus], settings: Settings, today: dt.date, language: str | None
) -> dict[str, Any]:
    status: dict[str, Any] = {
        "running": True,
        "week": week_on(settings.pregnancy, today),
        "language": language,
    }
    return status | desktop_abilities(parts)


def desktop_abilities(parts: Iterable[TellsStatus]) -> dict[str, Any]:
    """What this desktop gives the app: the platform and session, and each part's own
    word on it (the tray, notifications, where attention is read, the key)."""
    status: dict[str, Any] = {
        "platform": QGuiApplication.platformName(),
        "session": session_kind(os.environ, sys.platform),
    }
    for part in parts:
        status.update(part.status())
    return status


def log_desktop(parts: Iterable[TellsStatus]) -> None:
    """The desktop's abilities in one line of the log, at start. Only parts that report
    without asking the desktop anything (the tray, notices, readers, key) belong here."""
    log.info("desktop: %s", json.dumps(desktop_abilities(parts), ensure_ascii=False))
