"""A small Wayland client, for the few protocols the coach reads: idle time, and whether a
window is full screen.

Qt speaks Wayland for the app's own windows but offers no way to bind the protocols a
compositor gives other clients (ext-idle-notify-v1, org_kde_kwin_idle,
wlr-foreign-toplevel-management), and a binding library would mean compiled code and
the protocols' XML at install. The wire format is simple, so this speaks it itself on
a connection of its own: a message is the object's id, its size and opcode, then its
arguments, each padded to four bytes; file descriptors travel beside it.

Only connecting waits, once: a round trip to learn what the compositor offers (at most
`TIMEOUT` seconds). After that, `dispatch()` reads whatever has arrived; the app calls
it when the socket has something (a QSocketNotifier), so nothing waits on the
compositor.
"""

from __future__ import annotations

import array
import os
import select
import socket
import struct
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT = 1.0
"""How long connecting may wait for the compositor's answer, in seconds."""

Handler = Callable[[int, bytes], None]
"""Told each event of an object: its opcode and its raw arguments."""


class WaylandError(OSError):
    """No compositor to connect to, or one that closed the connection."""


def socket_path(env: Mapping[str, str]) -> Path | None:
    """Where the session's compositor listens; None outside a Wayland session."""
    display = env.get("WAYLAND_DISPLAY")
    if not display:
        return None
    if display.startswith("/"):
        return Path(display)
    runtime = env.get("XDG_RUNTIME_DIR")
    return Path(runtime) / display if runtime else None


def uint(value: int) -> bytes:
    return struct.pack("=I", value)


def string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return uint(len(raw)) + raw + b"\0" * (-len(raw) % 4)


class Arguments:
    """Reads an event's arguments in order."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def uint(self) -> int:
        (value,) = struct.unpack_from("=I", self.data, self.at)
        self.at += 4
        return int(value)

    def bytes(self) -> bytes:
        size = self.uint()
        value = self.data[self.at : self.at + size]
        self.at += size + (-size % 4)
        return value

    def string(self) -> str:
        return self.bytes().rstrip(b"\0").decode(errors="replace")

    def uints(self) -> list[int]:
        raw = self.bytes()
        return list(struct.unpack(f"={len(raw) // 4}I", raw))


@dataclass
class Connection:
    """One connection to the compositor, with the globals it announced."""

    sock: socket.socket
    globals: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Interface name -> (the registry's name for it, its version)."""
    handlers: dict[int, Handler] = field(default_factory=dict)
    next_id: int = 2  # 1 is the display
    _buffer: bytes = b""

    DISPLAY, REGISTRY = 1, 2

    @classmethod
    def open(cls, env: Mapping[str, str] | None = None) -> Connection:
        """Connect and learn the globals; raises WaylandError when there is no compositor."""
        path = socket_path(os.environ if env is None else env)
        if path is None:
            raise WaylandError("not a Wayland session (WAYLAND_DISPLAY is not set)")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(TIMEOUT)
        try:
            sock.connect(str(path))
        except OSError as exc:
            sock.close()
            raise WaylandError(f"no compositor at {path}: {exc}") from exc
        connection = cls(sock)
        connection.handlers[cls.DISPLAY] = connection._display_event
        registry = connection.new_object(connection._registry_event)
        connection.send(cls.DISPLAY, 1, uint(registry))  # wl_display.get_registry
        connection.roundtrip()
        return connection

    def new_object(self, handler: Handler | None = None) -> int:
        """An id for an object this client creates; its events go to `handler`."""
        new, self.next_id = self.next_id, self.next_id + 1
        self.handlers[new] = handler or (lambda opcode, data: None)
        return new

    def bind(self, interface: str, version: int, handler: Handler | None = None) -> int | None:
        """Bind a global at `version` (or the compositor's, if older); None if not offered."""
        offered = self.globals.get(interface)
        if offered is None:
            return None
        name, newest = offered
        new = self.new_object(handler)
        arguments = uint(name) + string(interface) + uint(min(version, newest)) + uint(new)
        self.send(self.REGISTRY, 0, arguments)  # wl_registry.bind
        return new

    def send(self, target: int, opcode: int, arguments: bytes = b"", fds: list[int] = []) -> None:  # noqa: B006 (never changed)
        header = struct.pack("=IHH", target, opcode, 8 + len(arguments))
        ancillary = []
        if fds:
            ancillary = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", fds).tobytes())]
        self.sock.sendmsg([header + arguments], ancillary)

    def roundtrip(self) -> None:
        """Wait until the compositor has answered everything sent so far."""
        done: list[bool] = []
        callback = self.new_object(lambda opcode, data: done.append(True))
        self.send(self.DISPLAY, 0, uint(callback))  # wl_display.sync
        deadline = time.monotonic() + TIMEOUT
        while not done:
            if time.monotonic() > deadline:
                raise WaylandError("the compositor did not answer in time")
            self._receive(block=True)
        self.handlers.pop(callback, None)

    def dispatch(self) -> None:
        """Handle every event that has arrived; raises WaylandError if the compositor left."""
        self._receive(block=False)

    def _receive(self, block: bool) -> None:
        if not block and not select.select([self.sock], [], [], 0)[0]:
            return  # nothing has arrived
        try:
            chunk = self.sock.recv(65536)
        except InterruptedError:
            return
        except TimeoutError as exc:
            raise WaylandError("the compositor did not answer in time") from exc
        if not chunk:
            raise WaylandError("the compositor closed the connection")
        self._buffer += chunk
        while len(self._buffer) >= 8:
            target, opcode, size = struct.unpack_from("=IHH", self._buffer)
            if len(self._buffer) < size:
                break
            data, self._buffer = self._buffer[8:size], self._buffer[size:]
            handler = self.handlers.get(target)
            if handler is not None:
                handler(opcode, data)

    def _display_event(self, opcode: int, data: bytes) -> None:
        if opcode == 0:  # error: object, code, message
            args = Arguments(data)
            args.uint()
            code = args.uint()
            raise WaylandError(f"the compositor refused a request ({code}: {args.string()})")
        if opcode == 1:  # delete_id
            self.handlers.pop(Arguments(data).uint(), None)

    def _registry_event(self, opcode: int, data: bytes) -> None:
        args = Arguments(data)
        if opcode == 0:  # global: name, interface, version
            name = args.uint()
            interface = args.string()
            self.globals[interface] = (name, args.uint())
        elif opcode == 1:  # global_remove
            name = args.uint()
            self.globals = {k: v for k, v in self.globals.items() if v[0] != name}

    def close(self) -> None:
        self.sock.close()
