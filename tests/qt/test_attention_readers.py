"""Reading the person's attention from the desktop (coach.app.desktop.attention_readers):
what one reader makes of a desktop that answers in part. The real X server and buses
are read in tests/e2e (test_x11, test_desktop_bus)."""

from __future__ import annotations

import ctypes
from typing import Any

import pytest

from coach.app.desktop import attention_readers
from coach.app.desktop.attention_readers import (
    AttentionWatch,
    MacReader,
    WindowsReader,
    X11Reader,
    desktop_readers,
)
from coach.core.settings.attention import Attention, AttentionSettings, Reading, attention_of
from coach.core.settings.schema import DEFAULTS
from tests.helpers import InUse

RULES = AttentionSettings()


def test_a_reading_that_fails_in_part_keeps_the_rest() -> None:
    """The active window may close between two X requests: the idle time still counts."""

    class Connection:
        root = 1

        def idle(self) -> tuple[float, bool]:
            return 400.0, False

        def window_property(self, *_: object) -> list[int]:
            raise RuntimeError("BadWindow")

    reader = X11Reader()
    reader._connection = Connection()  # type: ignore[assignment]
    reading = reader.read()
    assert (reading.idle_seconds, reading.full_screen) == (400.0, False)
    assert attention_of(reading, RULES) is Attention.AWAY


class Banners:
    source = "GNOME"
    reads = frozenset({"do-not-disturb"})

    def read(self) -> Reading:
        return Reading(do_not_disturb=True)


def test_each_rule_says_where_it_is_read_or_that_it_cannot_be() -> None:
    """A sway session, say: do not disturb is seen, away and full screen are not."""
    watch = AttentionWatch([Banners()], InUse(DEFAULTS))
    assert watch.status() == {
        "attention_sources": {
            "idle": [],
            "locked": [],
            "do-not-disturb": ["GNOME"],
            "full-screen": [],
        }
    }
    notes = watch.notes()
    assert notes["attention.hold_when_do_not_disturb"] == "This desktop lets the app see this."
    for rule in ("attention.hold_when_away", "attention.hold_when_full_screen"):
        assert notes[rule].startswith("This desktop does not let apps see this")


def test_under_xwayland_idle_time_is_not_read_from_x11() -> None:
    """XWayland counts only X input: its idle time would say "away" while the person types."""
    wayland = desktop_readers("linux", {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-1"})
    x11 = desktop_readers("linux", {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"})
    assert not any(isinstance(r, X11Reader) for r in wayland)
    assert any(isinstance(r, X11Reader) for r in x11)


class IdleOnly:
    source = "Wayland (ext_idle_notifier_v1)"
    reads = frozenset({"idle"})

    def read(self) -> Reading:
        return Reading(idle_seconds=0.0)


def test_a_rule_read_in_part_says_which_part_in_words_not_protocols() -> None:
    """Away is idle time or a locked screen; a desktop that shows only the first says so,
    and never names the protocol (that is for `calf-coach status`)."""
    watch = AttentionWatch([IdleOnly()], InUse(DEFAULTS))
    notes = watch.notes()
    assert notes["attention.hold_when_away"] == "This desktop lets the app see only the idle time."
    assert watch.status()["attention_sources"]["idle"] == ["Wayland (ext_idle_notifier_v1)"]
    assert not any("Wayland" in note or "D-Bus" in note for note in notes.values())


def test_windows_and_macos_each_read_their_own_system() -> None:
    (windows,) = desktop_readers("win32", {"DISPLAY": ":0"})
    (mac,) = desktop_readers("darwin", {"WAYLAND_DISPLAY": "wayland-1"})
    assert isinstance(windows, WindowsReader) and isinstance(mac, MacReader)


class StandInWindows:
    """user32, kernel32 and shell32 as ctypes.windll offers them, answering as told."""

    def __init__(self, last_input: int, ticks: int, shell_state: int | None) -> None:
        self.user32 = self.kernel32 = self.shell32 = self
        self.last_input, self.ticks, self.shell_state = last_input, ticks, shell_state

    def GetLastInputInfo(self, info: Any) -> int:  # noqa: N802 (Windows' names)
        info._obj.dwTime = self.last_input
        return 1

    def GetTickCount(self) -> int:  # noqa: N802
        return self.ticks

    def SHQueryUserNotificationState(self, state: Any) -> int:  # noqa: N802
        if self.shell_state is None:
            return 1  # the call failed: nothing is known
        state._obj.value = self.shell_state
        return 0


@pytest.mark.parametrize(
    ("windows", "reading"),
    [
        (StandInWindows(10_000, 70_500, 1), Reading(idle_seconds=60.5)),
        # The tick count wrapped around (every 49.7 days) since the last input:
        (StandInWindows(2**32 - 1_000, 500, 3), Reading(idle_seconds=1.5, full_screen=True)),
        (StandInWindows(0, 0, 4), Reading(idle_seconds=0.0, full_screen=True)),  # presenting
        (StandInWindows(0, 0, 6), Reading(idle_seconds=0.0, do_not_disturb=True)),  # quiet
        (StandInWindows(0, 0, None), Reading(idle_seconds=0.0)),
    ],
)
def test_windows_idle_time_and_busy_states(
    monkeypatch: pytest.MonkeyPatch, windows: StandInWindows, reading: Reading
) -> None:
    monkeypatch.setattr(ctypes, "windll", windows, raising=False)
    assert WindowsReader().read() == reading


@pytest.mark.parametrize(
    ("printed", "idle"),
    [
        ('  |   "HIDIdleTime" = 61500000000\n  |   "HIDIdleTimeDelta" = 1\n', 61.5),
        ("", None),  # ioreg missing or silent: present, never held for
    ],
)
def test_macos_idle_time_from_the_hid_system(
    monkeypatch: pytest.MonkeyPatch, printed: str, idle: float | None
) -> None:
    asked: list[list[str]] = []

    def ioreg(argv: list[str]) -> str:
        asked.append(argv)
        return printed

    monkeypatch.setattr(attention_readers, "_output", ioreg)
    assert MacReader().read() == Reading(idle_seconds=idle)
    assert asked == [["ioreg", "-c", "IOHIDSystem", "-d", "4"]]


def test_without_a_session_bus_nothing_is_said_to_be_read_over_it() -> None:
    """No session bus: Settings and `status` must not say do not disturb can be seen."""
    on_bus = {"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    with_bus = AttentionWatch(desktop_readers("linux", on_bus), InUse(DEFAULTS)).sources()
    without = AttentionWatch(desktop_readers("linux", {"DISPLAY": ":0"}), InUse(DEFAULTS))
    assert with_bus["do-not-disturb"] == ["D-Bus (screen saver, notification server)"]
    assert without.sources()["do-not-disturb"] == []
    assert without.notes()["attention.hold_when_do_not_disturb"].startswith(
        "This desktop does not let apps see this"
    )
