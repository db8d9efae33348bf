"""A stand-in D-Bus bus on a Unix socket of the test's own, served by a thread of the test.

It speaks as little of the protocol as the app needs, and can be told to fall silent at
any step: say nothing at all, finish the handshake and then never answer Hello, answer
as a bus but leave every call to a service unanswered, or serve.
Serving, it answers Hello, AddMatch, and the notification server's `Inhibited` property
(do not disturb, as `inhibited` says); any other call gets an error, as from a bus with
no such service. Point the app at it with DBUS_SESSION_BUS_ADDRESS=`address`.
"""

from __future__ import annotations

import contextlib
import enum
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.low_level import Message, Parser


class Answers(enum.Enum):
    NOTHING = "nothing"
    """Accepts the connection and never writes a byte."""
    HANDSHAKE = "handshake"
    """Finishes the handshake, then never answers a message (Hello included)."""
    BUS = "bus"
    """Answers as the bus itself does (Hello, AddMatch); a service called never answers."""
    SERVES = "serves"


class FakeBus:
    def __init__(
        self,
        folder: Path,
        answers: Answers = Answers.SERVES,
        inhibited: Callable[[], bool] = lambda: False,
    ) -> None:
        self.path = folder / "bus.sock"
        self.answers = answers
        self.inhibited = inhibited
        self.asked: list[str] = []
        """The members of the calls it received, in order."""
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(str(self.path))
        self._listener.listen(16)
        self._peers: list[socket.socket] = []
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    @property
    def address(self) -> str:
        return f"unix:path={self.path}"

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for peer in self._peers:
                with contextlib.suppress(OSError):
                    peer.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)

    def __enter__(self) -> FakeBus:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _accept(self) -> None:
        while True:
            try:
                peer, _ = self._listener.accept()
            except OSError:  # closed
                return
            with self._lock:
                self._peers.append(peer)
            thread = threading.Thread(target=self._serve, args=(peer,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, peer: socket.socket) -> None:
        with peer:
            try:
                rest = self._handshake(peer)
                if rest is None:
                    return
                parser = Parser()
                parser.add_data(rest)
                serial = 0
                while True:
                    while (message := parser.get_next_message()) is not None:
                        reply = self._reply(message)
                        if reply is not None:
                            serial += 1
                            peer.sendall(reply.serialise(serial=serial))
                    data = peer.recv(65536)
                    if not data:
                        return
                    parser.add_data(data)
            except OSError:  # the test closed the bus, or the app went away
                return

    def _handshake(self, peer: socket.socket) -> bytes | None:
        """What came after BEGIN; None when this bus says nothing (or the peer left)."""
        buffer, answered = b"", False
        while b"BEGIN\r\n" not in buffer:
            data = peer.recv(4096)
            if not data:
                return None
            buffer += data
            if not answered and b"AUTH " in buffer and self.answers is not Answers.NOTHING:
                peer.sendall(b"OK 0123456789abcdef0123456789abcdef\r\n")
                answered = True
        return buffer.split(b"BEGIN\r\n", 1)[1]

    def _reply(self, call: Message) -> Message | None:
        if call.header.message_type is not MessageType.method_call:
            return None
        member = str(call.header.fields.get(HeaderFields.member))
        self.asked.append(member)
        if self.answers in (Answers.NOTHING, Answers.HANDSHAKE):
            return None
        body: Any = call.body
        if member == "Hello":
            return new_method_return(call, "s", (":1.1",))
        if member == "AddMatch":
            return new_method_return(call)
        if self.answers is Answers.BUS:
            return None
        if member == "Get" and tuple(body) == ("org.freedesktop.Notifications", "Inhibited"):
            return new_method_return(call, "v", (("b", self.inhibited()),))
        return new_error(call, "org.freedesktop.DBus.Error.ServiceUnknown", "s", ("no such",))
