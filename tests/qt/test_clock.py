"""The system clock follows a change of time zone without a restart."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from coach.app.desktop.clock import SystemClock


def test_a_new_time_zone_is_picked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    clock = SystemClock()
    assert clock.now().tzinfo == ZoneInfo("Europe/Berlin")
    monkeypatch.setenv("TZ", "America/New_York")
    assert clock.now().tzinfo == ZoneInfo("America/New_York")
    assert clock.monotonic() <= clock.monotonic()
