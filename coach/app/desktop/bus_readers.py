"""Attention read over D-Bus: what the desktop's services say when asked.

- the notification server's `Inhibited` property: do not disturb (freedesktop);
- `GetActive` of the screen saver: locked (`org.freedesktop.ScreenSaver` on KDE and
  most desktops, `org.gnome.ScreenSaver` on GNOME);
- logind's `LockedHint` of this session, on the system bus: locked, whatever the
  desktop (GNOME, KDE and sway's swaylock set it);
- GNOME's `org.gnome.Mutter.IdleMonitor`: the idle time, which GNOME on Wayland lets
  apps see no other way.

Each asks on a connection of its own that only ever waits for its own replies, for at
most `TIMEOUT_MS`: a service that does not answer at once is taken as saying nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from coach.core.settings.attention import Reading

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)

TIMEOUT_MS = 300
"""How long a reading waits for a service's answer."""
PROPERTIES = "org.freedesktop.DBus.Properties"


class BusReader:
    """Asks services on one bus ("SESSION", "SYSTEM" or an address)."""

    bus = "SESSION"

    def __init__(self, bus: str | None = None) -> None:
        self.bus = bus or self.bus
        self._connection: DBusConnection | None = None
        self._broken = False

    def ask(
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
            reply = connection.send_and_get_reply(call, timeout=TIMEOUT_MS / 1000)
        except TimeoutError:
            return None
        except OSError as exc:  # the bus went away: ask a new one next time
            log.info("attention: %s bus lost (%s)", self.bus.lower(), exc)
            connection.close()
            self._connection = None
            return None
        if reply.header.message_type != MessageType.method_return or not reply.body:
            return None
        value = reply.body[0]
        if isinstance(value, tuple) and len(value) == 2:  # a variant: (signature, value)
            value = value[1]
        return value

    def property(self, service: str, path: str, interface: str, name: str) -> object:
        return self.ask(service, path, PROPERTIES, "Get", "ss", (interface, name))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self) -> DBusConnection | None:
        if self._connection is None and not self._broken:
            from coach.app.desktop.bus_watch import BusWatch

            try:
                self._connection = BusWatch.open(self.bus)
            except Exception as exc:  # no such bus: nothing to read
                log.info("attention: no %s bus (%s)", self.bus.lower(), exc)
                self._broken = True
        return self._connection


class FreedesktopReader(BusReader):
    """Do not disturb, from the notification server, and the screen saver's lock."""

    source = "D-Bus (screen saver, notification server)"
    reads = frozenset({"locked", "do-not-disturb"})

    def read(self) -> Reading:
        inhibited = self.property(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "Inhibited",
        )
        locked = any(
            self.ask(
                f"org.{owner}.ScreenSaver",
                f"/org/{owner}/ScreenSaver",
                f"org.{owner}.ScreenSaver",
                "GetActive",
            )
            is True
            for owner in ("freedesktop", "gnome")
        )
        return Reading(do_not_disturb=inhibited is True, locked=locked)


class LogindReader(BusReader):
    """The session's lock, as logind knows it (the session the app runs in: "auto")."""

    bus = "SYSTEM"
    source = "logind (LockedHint)"
    reads = frozenset({"locked"})

    def read(self) -> Reading:
        locked = self.property(
            "org.freedesktop.login1",
            "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session",
            "LockedHint",
        )
        return Reading(locked=locked is True)


class MutterIdleReader(BusReader):
    """GNOME's idle time: milliseconds since the last input in any window."""

    source = "GNOME idle monitor"
    reads = frozenset({"idle"})

    def read(self) -> Reading:
        idle = self.ask(
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
            "GetIdletime",
        )
        return Reading(idle_seconds=idle / 1000 if isinstance(idle, int) else None)
