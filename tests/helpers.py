"""Helpers for building time in tests (every instant is constructed, never read), and for
bounding a wait that would otherwise hang a test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from coach.core.settings.attention import Reading
from coach.core.settings.schema import Settings
from coach.core.system.autostart import AutostartResult, AutostartState, Removal

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(text: str, tz: dt.tzinfo = BERLIN) -> dt.datetime:
    """An aware datetime from "YYYY-MM-DD HH:MM" in `tz`."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=tz)


@dataclasses.dataclass
class InUse:
    """Settings handed to a part the way the app hands them (coach.app.settings.current):
    an owner whose `value` the part reads when it decides; a test may change it."""

    value: Settings


class FakeClock:
    """Wall and monotonic time that move only when a test says so.

    Time passes as instants (in UTC) and is read in the start's zone, so a step
    across a DST change is as long as it says. `sleep` moves the wall clock
    alone, as a suspended laptop does.
    """

    def __init__(self, start: dt.datetime) -> None:
        self.zone = start.tzinfo
        self._utc = start.astimezone(dt.UTC)
        self.mono = 1000.0

    @property
    def wall(self) -> dt.datetime:
        return self._utc.astimezone(self.zone)

    @wall.setter
    def wall(self, moment: dt.datetime) -> None:
        """Set the wall clock alone (a clock set by hand)."""
        self._utc = moment.astimezone(dt.UTC)

    def now(self) -> dt.datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def advance(self, **delta: float) -> None:
        step = dt.timedelta(**delta)
        self._utc += step
        self.mono += step.total_seconds()

    def sleep(self, **delta: float) -> None:
        self._utc += dt.timedelta(**delta)

    def set(self, moment: dt.datetime) -> None:
        target = moment.astimezone(dt.UTC)
        self.mono += (target - self._utc).total_seconds()
        self._utc = target


class FakeDesktop:
    """A desktop whose attention a test sets: a reader of the kind
    coach.app.desktop.attention_readers has, that says what `reading` holds."""

    source = "a test's stand-in desktop"
    reads = frozenset({"idle", "locked", "do-not-disturb", "full-screen"})

    def __init__(self) -> None:
        self.reading = Reading()
        self.asked = 0
        """How often it was read."""

    def read(self) -> Reading:
        self.asked += 1
        return self.reading

    def set(self, **changes: Any) -> None:
        self.reading = dataclasses.replace(self.reading, **changes)


class FakeAutostart:
    """Start at login as a system holds it, in memory (nothing is written anywhere), with
    every change asked of it kept in `calls`. BLOCKED: the person turned it off in the
    system's startup settings, and enable() leaves it so, as every real one does."""

    WHERE = "/home/someone/.config/autostart/calf-coach.desktop"

    def __init__(self, state: AutostartState = AutostartState.OFF, where: str = WHERE) -> None:
        self.state, self.where = state, where
        self.calls: list[str] = []
        self.refusal: OSError | None = None
        """Raised by enable() and disable(), as a folder the system will not write to."""

    def status(self) -> AutostartResult:
        return AutostartResult(self.state, self.where)

    def enable(self) -> AutostartResult:
        return self._change("enable", AutostartState.ON)

    def disable(self) -> AutostartResult:
        return self._change("disable", AutostartState.OFF)

    def remove(self) -> Removal | None:
        self.calls.append("remove")
        return None

    def _change(self, call: str, state: AutostartState) -> AutostartResult:
        self.calls.append(call)
        if self.refusal is not None:
            raise self.refusal
        if self.state is not AutostartState.BLOCKED:
            self.state = state
        return self.status()


def ended_within(seconds: float, work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run `work` in a thread: whether it ended within `seconds`, and what it gave (or
    raised). A test of something that would hang without a bound fails instead."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive(), outcome[0] if outcome else None
