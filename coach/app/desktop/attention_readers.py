"""Reading the person's attention from the desktop: small adapters, one per platform.

Each adapter answers one `read()` with a coach.core.settings.attention.Reading, on demand
only: the scheduler asks when it decides (a reminder due, the heartbeat, every
second while it holds), so an idle app asks nothing in between. What a desktop
cannot tell stays at "present": a reading that fails never holds a reminder.

- X11 (coach.app.desktop.x11, on a connection of its own): idle time from the MIT-SCREEN-SAVER
  extension (and whether the screen saver is on), the active window's
  `_NET_WM_STATE_FULLSCREEN`;
- freedesktop D-Bus (jeepney): the notification server's `Inhibited` property
  (do not disturb) and `org.freedesktop.ScreenSaver.GetActive` (locked);
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

from coach.core.i18n import translate
from coach.core.settings.attention import Attention, Reading, attention_of
from coach.core.settings.schema import SettingsInUse
from coach.core.system.session import under_wayland

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

    from coach.app.desktop.x11 import Connection

log = logging.getLogger(__name__)

DBUS_TIMEOUT_MS = 300
"""A desktop service that does not answer at once is taken as saying nothing."""


def _output(argv: list[str]) -> str:
    """What a desktop tool prints, within a second; "" when it cannot say."""
    import subprocess  # only GNOME and macOS ask a tool; an idle app needn't hold it

    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=1, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


RULES = ("away", "do-not-disturb", "full-screen")
"""What a reader may be able to see, named as the settings' rules are: away (idle time
or a locked screen), do not disturb, a full-screen window."""


class Reader(Protocol):
    source: str
    """Where it reads, in a few words (for the log, `status` and Settings)."""
    reads: frozenset[str]
    """Which of RULES it can see."""

    def read(self) -> Reading: ...


class X11Reader:
    """Idle time and the full-screen state of the active window, from the X server."""

    source = "X11"
    reads = frozenset({"away", "full-screen"})

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


class FreedesktopReader:
    """Do not disturb and a locked screen, over the session bus (jeepney, on a connection
    of its own that only ever waits for its own replies)."""

    source = "D-Bus (screen saver, notification server)"
    reads = frozenset({"away", "do-not-disturb"})

    def __init__(self) -> None:
        self._connection: DBusConnection | None = None
        self._broken = False

    def read(self) -> Reading:
        inhibited = self._ask(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.DBus.Properties",
            "Get",
            "ss",
            ("org.freedesktop.Notifications", "Inhibited"),
        )
        locked = self._ask(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "GetActive",
        )
        return Reading(do_not_disturb=inhibited is True, locked=locked is True)

    def _ask(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str = "",
        body: tuple[object, ...] = (),
    ) -> object:
        """The first value of the reply; None for no answer in time, or an error."""
        from jeepney import DBusAddress, MessageType, new_method_call

        connection = self._connect()
        if connection is None:
            return None
        call = new_method_call(DBusAddress(path, service, interface), method, signature, body)
        try:
            reply = connection.send_and_get_reply(call, timeout=DBUS_TIMEOUT_MS / 1000)
        except TimeoutError:
            return None
        except OSError as exc:  # the bus went away: ask a new one next time
            log.info("attention: session bus lost (%s)", exc)
            connection.close()
            self._connection = None
            return None
        if reply.header.message_type != MessageType.method_return or not reply.body:
            return None
        value = reply.body[0]
        if isinstance(value, tuple) and len(value) == 2:  # a variant: (signature, value)
            value = value[1]
        return value

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self) -> DBusConnection | None:
        if self._connection is None and not self._broken:
            from coach.app.desktop.bus_watch import BusWatch

            try:
                self._connection = BusWatch.open("SESSION")
            except Exception as exc:  # no session bus: nothing to read
                log.info("attention: no session bus (%s)", exc)
                self._broken = True
        return self._connection


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
    reads = frozenset({"away", "full-screen", "do-not-disturb"})

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
    reads = frozenset({"away"})

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
    platform: str = sys.platform, env: dict[str, str] | None = None
) -> list[Reader]:
    """The readers this desktop offers."""
    env = dict(os.environ) if env is None else env
    if platform == "win32":
        return [WindowsReader()]
    if platform == "darwin":
        return [MacReader()]
    readers: list[Reader] = [FreedesktopReader()]
    if env.get("DISPLAY") and not under_wayland(env):  # XWayland's idle counts X input only
        readers.insert(0, X11Reader())
    if "GNOME" in env.get("XDG_CURRENT_DESKTOP", "").upper():
        readers.append(GnomeBannersReader())
    return readers


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
        """For each rule, where this desktop lets it be seen (none: it never holds)."""
        return {rule: [r.source for r in self.readers if rule in r.reads] for rule in RULES}

    def status(self) -> dict[str, Any]:
        """For `calf-coach status`: where each rule is read from."""
        return {"attention_sources": self.sources()}

    def notes(self) -> dict[str, str]:
        """What the settings window says under each rule: where it is read, or that this
        desktop does not show it (a rule that cannot be read is never silently applied)."""
        notes = {}
        for rule, setting in RULE_SETTINGS.items():
            sources = self.sources()[rule]
            if sources:
                text = translate("coach", "Read here from: {sources}.")
                notes[setting] = text.format(sources=", ".join(sources))
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
