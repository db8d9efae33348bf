"""A D-Bus connection read on the GUI thread, for the notifications and the sleep watch.

jeepney (pure Python) builds and reads the messages; a `QSocketNotifier` says when
the bus socket has something, so a message arrives like any other event and an
idle app holds no thread or loop of its own for it. Only connecting waits, once:
the bus's handshake and its answer to Hello, each for at most `WAIT_SECONDS` (a bus
that accepts and then says nothing, a stopped dbus-daemon say, is given up on, not
waited for: jeepney bounds the handshake, but waits for the answer to Hello without
end).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier

if TYPE_CHECKING:
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection


WAIT_SECONDS = 1.0
"""How long a connection waits for the bus: each step of the handshake, the answer to
Hello or to a call sent with no bound of its own, and a send to a stalled bus."""


class BusWatch(QObject):
    """One connection to a bus: each message read goes to `received`; a bus that goes away
    closes the watch and is told to `lost`."""

    def __init__(
        self,
        connection: DBusConnection,
        received: Callable[[Message], None],
        lost: Callable[[OSError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection: DBusConnection | None = connection
        self._received, self._lost = received, lost
        self._notifier = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @staticmethod
    def open(bus: str) -> DBusConnection:
        """A connection to "SESSION", "SYSTEM" or a bus address; raises what jeepney raises
        when there is no such bus, and TimeoutError when it does not answer in time."""
        from jeepney.bus import get_bus
        from jeepney.io.blocking import DBusConnection, prep_socket

        class Bounded(DBusConnection):  # type: ignore[misc]  # jeepney is not typed
            """jeepney's connection, whose waits for a reply all end: it says Hello as it
            is made, with no bound of its own."""

            def send_and_get_reply(self, message: Message, *, timeout: float | None = None) -> Any:
                bound = WAIT_SECONDS if timeout is None else timeout
                return super().send_and_get_reply(message, timeout=bound)

        sock = prep_socket(get_bus(bus), timeout=WAIT_SECONDS)
        sock.settimeout(WAIT_SECONDS)  # a send to a stalled bus gives up
        try:
            return Bounded(sock)
        except BaseException:
            sock.close()
            raise

    def _read(self) -> None:
        while self.connection is not None:
            try:
                message = self.connection.receive(timeout=0)
            except TimeoutError:
                return  # all read; the rest of a message comes with the next event
            except OSError as exc:
                self.close()
                self._lost(exc)
                return
            self._received(message)

    def close(self) -> None:
        if self.connection is None:
            return
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        self.connection.close()
        self.connection = None
