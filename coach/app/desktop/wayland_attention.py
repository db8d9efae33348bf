"""Away and full screen on a Wayland desktop, from the compositor itself.

- Away: the compositor tells when there has been no input for a timeout, and when input
  comes back (`ext-idle-notify-v1`; `org_kde_kwin_idle` on KDE and on wlroots before
  0.17). The timeout is the person's "away after"; when they change it, the request is
  made again. GNOME offers neither (its D-Bus idle monitor is read instead).
- Full screen: the active window's state, from `wlr-foreign-toplevel-management`
  (sway, Hyprland, river, labwc). GNOME and KDE do not let apps see other windows.

Both arrive as events on a connection of its own; a QSocketNotifier reads them as they
come, and `read()` only looks at what they said, so reading never waits.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSocketNotifier

from coach.app.desktop.wayland import Arguments, Connection, WaylandError, uint
from coach.core.settings.attention import Reading

log = logging.getLogger(__name__)

IDLE_PROTOCOLS = ("ext_idle_notifier_v1", "org_kde_kwin_idle")
"""The idle protocols, preferred first."""
TOPLEVELS = "zwlr_foreign_toplevel_manager_v1"
ACTIVATED, FULL_SCREEN = 2, 3
"""A toplevel's states, as the protocol numbers them."""


@dataclass
class Toplevel:
    """A window of any app, as the compositor last described it."""

    pending: set[int] = field(default_factory=set)
    states: set[int] = field(default_factory=set)


class WaylandReader(QObject):
    """Idle time and the active window's full screen, from the compositor's own events."""

    def __init__(
        self,
        away_after: Callable[[], float],
        env: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.away_after, self.env, self.clock = away_after, env, clock
        self.connection: Connection | None = None
        self._broken = False
        self._seat: int | None = None
        self._idle_protocol: tuple[str, int] | None = None
        self._watch: tuple[int, float] | None = None  # the idle request's id, its timeout
        self.idle_since: float | None = None
        """When the compositor said "idle" (the clock's time), None since input came."""
        self.toplevels: dict[int, Toplevel] = {}
        self._connect()
        reads: set[str] = set()
        if self._idle_protocol is not None:
            reads.add("idle")
        if self.connection is not None and TOPLEVELS in self.connection.globals:
            reads.add("full-screen")
        self.reads = frozenset(reads)
        protocols = [p for p in (*IDLE_PROTOCOLS, TOPLEVELS) if p in self.globals()]
        self.source = f"Wayland ({', '.join(protocols) or 'nothing readable'})"
        if not reads:
            self.close()

    def globals(self) -> dict[str, tuple[int, int]]:
        return self.connection.globals if self.connection is not None else {}

    def _connect(self) -> None:
        try:
            self.connection = Connection.open(self.env)
        except (WaylandError, OSError) as exc:
            log.info("attention: no Wayland compositor to read (%s)", exc)
            self._broken = True
            return
        connection = self.connection
        self._seat = connection.bind("wl_seat", 1)
        for protocol in IDLE_PROTOCOLS:
            if protocol in connection.globals and self._seat is not None:
                self._idle_protocol = (protocol, connection.bind(protocol, 1) or 0)
                break
        connection.bind(TOPLEVELS, 3, self._toplevel_announced)
        self._watch_idle()
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._dispatch)

    def _watch_idle(self) -> None:
        """Ask to be told after `away_after` seconds without input (again, if it changed)."""
        connection, protocol = self.connection, self._idle_protocol
        if connection is None or protocol is None or self._seat is None:
            return
        seconds = self.away_after()
        if self._watch is not None:
            if self._watch[1] == seconds:
                return
            connection.send(self._watch[0], 0)  # destroy / release: both are opcode 0
            connection.handlers.pop(self._watch[0], None)
        name, notifier = protocol
        watch = connection.new_object(self._idle_event)
        ms = uint(max(1, round(seconds * 1000)))
        if name == "ext_idle_notifier_v1":  # get_idle_notification(id, timeout, seat)
            connection.send(notifier, 1, uint(watch) + ms + uint(self._seat))
        else:  # org_kde_kwin_idle.get_idle_timeout(id, seat, timeout)
            connection.send(notifier, 0, uint(watch) + uint(self._seat) + ms)
        self._watch, self.idle_since = (watch, seconds), None

    def _idle_event(self, opcode: int, data: bytes) -> None:
        self.idle_since = self.clock() if opcode == 0 else None  # idled / resumed

    def _toplevel_announced(self, opcode: int, data: bytes) -> None:
        if opcode == 0 and self.connection is not None:  # toplevel(new handle)
            handle = Arguments(data).uint()
            window = Toplevel()
            self.toplevels[handle] = window
            self.connection.handlers[handle] = lambda op, d: self._toplevel_event(
                handle, window, op, d
            )

    def _toplevel_event(self, handle: int, window: Toplevel, opcode: int, data: bytes) -> None:
        if opcode == 4:  # state: the array of states
            window.pending = set(Arguments(data).uints())
        elif opcode == 5:  # done: the states hold from now
            window.states = set(window.pending)
        elif opcode == 6 and self.connection is not None:  # closed
            self.toplevels.pop(handle, None)
            self.connection.send(handle, 7)  # destroy

    def _dispatch(self) -> None:
        if self.connection is None:
            return
        try:
            self.connection.dispatch()
        except (WaylandError, OSError) as exc:
            log.info("attention: the Wayland connection ended (%s)", exc)
            self._notifier.setEnabled(False)
            self.connection.close()
            self.connection, self.idle_since, self.toplevels = None, None, {}

    def read(self) -> Reading:
        self._dispatch()  # what arrived since the last event loop turn
        self._watch_idle()
        idle = None
        if self._watch is not None and self.connection is not None:
            idle = (
                0.0
                if self.idle_since is None
                else self._watch[1] + (self.clock() - self.idle_since)
            )
        full = any({ACTIVATED, FULL_SCREEN} <= w.states for w in self.toplevels.values())
        return Reading(idle_seconds=idle, full_screen=full)

    def close(self) -> None:
        if self.connection is not None:
            self._notifier.setEnabled(False)
            self.connection.close()
            self.connection = None
