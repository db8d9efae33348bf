"""Helpers for building time in tests: every instant is constructed, never read."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(text: str, tz: dt.tzinfo = BERLIN) -> dt.datetime:
    """An aware datetime from "YYYY-MM-DD HH:MM" in `tz`."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)
