"""Reading the person's attention from the desktop: small adapters, one per platform.

Each adapter answers one `read()` with a coach.core.settings.attention.Reading, on demand
only: the scheduler asks when it decides (a reminder due, the heartbeat, every
second while it holds), so an idle app asks nothing in between. What a desktop
cannot tell stays at "present": a reading that fails never holds a reminder.

- X11 (coach.app.desktop.x11, on a connection of its own): idle time from the MIT-SCREEN-SAVER
  extension (and whether the screen saver is on), the active window's
  `_NET_WM_STATE_FULLSCREEN`;
- Wayland (coach.app.desktop.wayland_attention): idle time and full screen from the
  compositor's own protocols, where it offers them;
- D-Bus (coach.app.desktop.bus_readers): do not disturb, the screen saver's and
  logind's lock, GNOME's idle monitor;
- GNOME: `show-banners` off is do not disturb;
- Windows: `GetLastInputInfo`, and `SHQueryUserNotificationState` for full screen,
  presentation mode and quiet hours;
- macOS: the HID system's idle time.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings.attention import Attention, Reading, attention_of
from coach.core.settings.schema import SettingsInUse
from coach.core.system.session import under_wayland

if TYPE_CHECKING:
    from coach.app.desktop.x11 import Connection

log = logging.getLogger(__name__)


def _output(argv: list[str]) -> str:
    """What a desktop tool prints, within a second; "" when it cannot say."""
    import subprocess  # only GNOME and macOS ask a tool; an idle app needn't hold it

    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=1, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


SIGNS = ("idle", "locked", "do-not-disturb", "full-screen")
"""What a reader may be able to see: the idle time, a locked screen, the desktop's
do-not-disturb switch, a full-screen window."""
RULES = {"away": ("idle", "locked"), "do-not-disturb": ("do-not-disturb",)}
RULES["full-screen"] = ("full-screen",)
"""The signs each of the settings' rules is read from (away: idle or locked)."""
SIGN_NAMES = {
    "idle": QT_TRANSLATE_NOOP("coach", "idle time"),
    "locked": QT_TRANSLATE_NOOP("coach", "screen lock"),
}
"""How Settings names the signs of a rule when only some of them can be read."""


class Reader(Protocol):
    source: str
    """Where it reads, in a few words (for the log, `status` and Settings)."""
    reads: frozenset[str]
    """Which of SIGNS it can see."""

    def read(self) -> Reading: ...


class X11Reader:
    """Idle time and the full-screen state of the active window, from the X server."""

    source = "X11"
    reads = frozenset({"idle", "locked", "full-screen"})

    def __init__(self) -> None:
        self._connection: Connection | None = None
        self._broken = False

    def _connect(self) -> Connection | None:
        if self._connection is None and not self._broken:
            from coach.app.desktop import x11

            try:
                self._connection = x11.Connection()
            except x11.X11Error as exc:  # no X server, or no libX11: nothing to read
                log.info("attention: no X display (%s)", exc)
                self._broken = True
        return self._connection

    def read(self) -> Reading:
        x = self._connect()
        if x is None:
            return Reading()
        idle, saver_on, full = None, False, False
        try:
            idle, saver_on = x.idle() or (None, False)
        except Exception as exc:  # a server gone, an extension that misbehaves
            log.info("attention: X11 idle time unreadable (%s)", exc)
        try:
            full = self._full_screen(x)
        except Exception as exc:  # the active window closed between two requests
            log.debug("attention: X11 active window unreadable (%s)", exc)
        return Reading(idle_seconds=idle, locked=saver_on, full_screen=full)

    @staticmethod
    def _full_screen(x: Connection) -> bool:
        from coach.app.desktop.x11 import XA_ATOM

        active = x.window_property(x.root, "_NET_ACTIVE_WINDOW")
        if not active or not active[0]:
            return False
        state = x.window_property(active[0], "_NET_WM_STATE", XA_ATOM)
        return x.atom("_NET_WM_STATE_FULLSCREEN") in state


class GnomeBannersReader:
    """GNOME's do-not-disturb switch is its `show-banners` setting turned off. Asked at most
    every `EVERY` seconds (it takes a process), so holding's one-second look stays cheap."""

    EVERY = 15.0
    source = "GNOME"
    reads = frozenset({"do-not-disturb"})

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.asked: float | None = None
        self.last = Reading()

    def read(self) -> Reading:
        now = self.clock()
        if self.asked is None or now - self.asked >= self.EVERY:
            self.asked, self.last = now, self._ask()
        return self.last

    def _ask(self) -> Reading:
        tool = shutil.which("gsettings")
        if tool is None:
            return Reading()
        out = _output([tool, "get", "org.gnome.desktop.notifications", "show-banners"])
        return Reading(do_not_disturb=out.strip() == "false")


class WindowsReader:  # pragma: no cover (runs on Windows only)
    """Idle time, and the shell's own "busy" states: full screen, presentation, quiet."""

    QUNS_BUSY, QUNS_D3D_FULL_SCREEN, QUNS_PRESENTATION, QUNS_QUIET_TIME = 2, 3, 4, 6
    source = "Windows"
    reads = frozenset({"idle", "full-screen", "do-not-disturb"})

    def read(self) -> Reading:
        import ctypes
        from ctypes import wintypes

        class LastInput(ctypes.Structure):
            _fields_ = [("cbSize", wintypes.UINT), ("dwTime", wintypes.DWORD)]

        windll = ctypes.windll  # type: ignore[attr-defined]
        info = LastInput(ctypes.sizeof(LastInput), 0)
        idle = None
        if windll.user32.GetLastInputInfo(ctypes.byref(info)):
            idle = ((windll.kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF) / 1000
        state = ctypes.c_int(0)
        busy = quiet = False
        if windll.shell32.SHQueryUserNotificationState(ctypes.byref(state)) == 0:
            busy = state.value in (
                self.QUNS_BUSY,
                self.QUNS_D3D_FULL_SCREEN,
                self.QUNS_PRESENTATION,
            )
            quiet = state.value == self.QUNS_QUIET_TIME
        return Reading(idle_seconds=idle, full_screen=busy, do_not_disturb=quiet)


class MacReader:  # pragma: no cover (runs on macOS only)
    """The HID system's idle time (nanoseconds), from `ioreg`."""

    source = "macOS"
    reads = frozenset({"idle"})

    def read(self) -> Reading:
        out = _output(["ioreg", "-c", "IOHIDSystem", "-d", "4"])
        found = re.search(r'"HIDIdleTime" = (\d+)', out)
        return Reading(idle_seconds=int(found[1]) / 1e9 if found else None)


def merged(readings: Sequence[Reading]) -> Reading:
    """One reading from several sources: any source that says "busy" is believed."""
    idle = [r.idle_seconds for r in readings if r.idle_seconds is not None]
    return Reading(
        idle_seconds=min(idle) if idle else None,
        locked=any(r.locked for r in readings),
        do_not_disturb=any(r.do_not_disturb for r in readings),
        full_screen=any(r.full_screen for r in readings),
    )


def desktop_readers(
    platform: str = sys.platform,
    env: dict[str, str] | None = None,
    away_after: Callable[[], float] = lambda: 300.0,
) -> list[Reader]:
    """The readers this desktop offers; `away_after` is the person's "away" in seconds
    (a Wayland compositor is asked to say when that much time passes without input)."""
    env = dict(os.environ) if env is None else env
    if platform == "win32":
        return [WindowsReader()]
    if platform == "darwin":
        return [MacReader()]
    from coach.app.desktop.bus_readers import FreedesktopReader, LogindReader, MutterIdleReader

    session_bus = bool(env.get("DBUS_SESSION_BUS_ADDRESS"))  # the one place jeepney looks
    readers: list[Reader] = [FreedesktopReader()] if session_bus else []
    if env.get("XDG_SESSION_ID"):  # a logind session: its lock is known there
        readers.append(LogindReader())
    gnome = "GNOME" in env.get("XDG_CURRENT_DESKTOP", "").upper()
    if env.get("WAYLAND_DISPLAY"):
        from coach.app.desktop.wayland_attention import WaylandReader

        readers.insert(0, WaylandReader(away_after, env))
    elif env.get("DISPLAY") and not under_wayland(env):  # XWayland's idle counts X input only
        readers.insert(0, X11Reader())
    if gnome and session_bus:
        readers += [MutterIdleReader(), GnomeBannersReader()]
    return [reader for reader in readers if reader.reads]


class AttentionWatch:
    """The person's attention now, by the settings' rules, from the desktop's readers."""

    def __init__(self, readers: Sequence[Reader], settings: SettingsInUse) -> None:
        self.readers = list(readers)
        self.settings = settings

    def __call__(self) -> Attention:
        readings = []
        for reader in self.readers:
            with contextlib.suppress(Exception):  # a reader that fails says nothing
                readings.append(reader.read())
        return attention_of(merged(readings), self.settings.value.attention)

    def sources(self) -> dict[str, list[str]]:
        """For each sign, where this desktop lets it be seen (none: never held for)."""
        return {sign: [r.source for r in self.readers if sign in r.reads] for sign in SIGNS}

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: where each sign is read from."""
        return {"attention_sources": self.sources()}

    def notes(self) -> dict[str, str]:
        """What the settings window says under each rule, in plain words: that this desktop
        shows it, shows part of it, or does not (a rule that cannot be read is never
        silently applied). Where each sign comes from is for `calf-coach status`."""
        notes, sources = {}, self.sources()
        for rule, setting in RULE_SETTINGS.items():
            signs = [sign for sign in RULES[rule] if sources[sign]]
            if len(signs) == len(RULES[rule]):
                notes[setting] = translate("coach", "This desktop lets the app see this.")
            elif signs:
                names = ", ".join(translate("coach", SIGN_NAMES[s]) for s in signs)
                notes[setting] = translate(
                    "coach", "This desktop lets the app see only the {signs}."
                ).format(signs=names)
            else:
                notes[setting] = translate(
                    "coach", "This desktop does not let apps see this, so nothing is held for it."
                )
        return notes


RULE_SETTINGS = {
    "away": "attention.hold_when_away",
    "do-not-disturb": "attention.hold_when_do_not_disturb",
    "full-screen": "attention.hold_when_full_screen",
}
"""The setting that turns each rule on, where its note goes."""
