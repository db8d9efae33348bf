"""What `calf-coach status` tells about the running app, in one JSON-ready dict: each
part reports its own piece (a `status()` method), so nothing here reaches inside one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Protocol

from coach.core.settings.pregnancy import week_on
from coach.core.settings.schema import Settings


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
    for part in parts:
        status.update(part.status())
    return status
