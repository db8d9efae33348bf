"""The Wayland attention reader against a stand-in compositor that speaks the wire format
and offers ext-idle-notify-v1, the protocol of newer wlroots, KDE and Hyprland (the
sway of the end-to-end tests offers only the older org_kde_kwin_idle): each request
the reader makes is checked as a compositor would decode it."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.app.desktop.wayland import Arguments, string, uint
from coach.app.desktop.wayland_attention import WaylandReader

GLOBALS = [(1, "wl_seat", 7), (2, "ext_idle_notifier_v1", 1), (3, "wl_compositor", 6)]


class StandInCompositor:
    """Answers get_registry and sync, records every other request, and sends events."""

    def __init__(self, path: Path) -> None:
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(1)
        self.requests: list[tuple[int, int, bytes]] = []
        self.client: socket.socket | None = None
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def event(self, target: int, opcode: int, arguments: bytes = b"") -> None:
        assert self.client is not None
        self.client.sendall(struct.pack("=IHH", target, opcode, 8 + len(arguments)) + arguments)

    def _serve(self) -> None:
        try:
            self._talk()
        except OSError:  # closed by the test: the compositor left
            return

    def _talk(self) -> None:
        client, _ = self.server.accept()
        self.client = client
        self.ready.set()
        buffer = b""
        while chunk := client.recv(4096):
            buffer += chunk
            while len(buffer) >= 8:
                target, opcode, size = struct.unpack_from("=IHH", buffer)
                if len(buffer) < size:
                    break
                data, buffer = buffer[8:size], buffer[size:]
                self._request(target, opcode, data)

    def _request(self, target: int, opcode: int, data: bytes) -> None:
        if (target, opcode) == (1, 1):  # wl_display.get_registry
            registry = Arguments(data).uint()
            for name, interface, version in GLOBALS:
                self.event(registry, 0, uint(name) + string(interface) + uint(version))
        elif (target, opcode) == (1, 0):  # wl_display.sync: done at once
            self.event(Arguments(data).uint(), 0, uint(0))
        else:
            self.requests.append((target, opcode, data))

    def close(self) -> None:
        if self.client is not None:
            self.client.shutdown(socket.SHUT_RDWR)
            self.client.close()
            self.client = None
        self.server.close()
        self.thread.join(5)


@pytest.fixture
def compositor(tmp_path: Path) -> Iterator[StandInCompositor]:
    stand_in = StandInCompositor(tmp_path / "wayland-9")
    yield stand_in
    stand_in.close()


def _settle(reader: WaylandReader, stand_in: StandInCompositor, count: int) -> None:
    """Until the stand-in has received `count` requests (it answers on its own thread)."""
    for _ in range(200):
        if len(stand_in.requests) >= count:
            return
        threading.Event().wait(0.01)
    raise AssertionError(f"only {stand_in.requests}")


def test_idle_is_asked_for_with_the_persons_threshold_and_read_from_the_events(
    compositor: StandInCompositor, tmp_path: Path, qapp: object
) -> None:
    now = [100.0]
    threshold = [300.0]
    env = {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": str(tmp_path)}
    reader = WaylandReader(lambda: threshold[0], env, clock=lambda: now[0])
    assert reader.reads == {"idle"}, "no foreign-toplevel here: full screen is not claimed"
    assert "ext_idle_notifier_v1" in reader.source
    _settle(reader, compositor, 3)
    binds = [Arguments(data) for target, opcode, data in compositor.requests[:2]]
    assert [(b.uint(), b.string(), b.uint()) for b in binds] == [
        (1, "wl_seat", 1),
        (2, "ext_idle_notifier_v1", 1),
    ]
    seat, notifier = (b.uint() for b in binds)  # the ids the client gave them
    target, opcode, data = compositor.requests[2]
    request = Arguments(data)
    watch = request.uint()
    assert (target, opcode) == (notifier, 1), "get_idle_notification"
    assert (request.uint(), request.uint()) == (300_000, seat), "timeout in ms, then the seat"
    assert reader.read().idle_seconds == 0.0

    compositor.event(watch, 0)  # idled
    _wait(lambda: reader.read().idle_seconds == 300.0)
    now[0] += 42
    assert reader.read().idle_seconds == 342.0, "idle since the event, plus the threshold"
    compositor.event(watch, 1)  # resumed
    _wait(lambda: reader.read().idle_seconds == 0.0)

    threshold[0] = 60.0  # the person changed "away after"
    reader.read()
    _settle(reader, compositor, 5)
    assert compositor.requests[3] == (watch, 0, b""), "the old notification destroyed"
    target, opcode, data = compositor.requests[4]
    again = Arguments(data)
    assert (target, opcode, again.uint() != watch, again.uint()) == (notifier, 1, True, 60_000)
    reader.close()


def test_a_compositor_that_leaves_or_is_not_there_says_nothing(
    compositor: StandInCompositor, tmp_path: Path, qapp: object
) -> None:
    env = {"WAYLAND_DISPLAY": str(tmp_path / "wayland-9")}  # a full path works too
    reader = WaylandReader(lambda: 300.0, env)
    assert reader.reads == {"idle"}
    compositor.close()
    _wait(lambda: reader.read().idle_seconds is None)
    missing = WaylandReader(lambda: 300.0, {"WAYLAND_DISPLAY": str(tmp_path / "none")})
    assert missing.reads == frozenset() and missing.read().idle_seconds is None


def _wait(check: object) -> None:
    for _ in range(200):
        if callable(check) and check():
            return
        threading.Event().wait(0.01)
    raise AssertionError("never came true")
