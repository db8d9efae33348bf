"""A D-Bus connection read on the GUI thread, for the notifications and the sleep watch.

jeepney (pure Python) builds and reads the messages; a `QSocketNotifier` says when
the bus socket has something, so a message arrives like any other event and an
idle app holds no thread or loop of its own for it. Only connecting waits, once:
the bus's handshake (at most a second) and its Hello, which the bus itself
answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier

if TYPE_CHECKING:
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection


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
        when there is no such bus, or it does not answer."""
        from jeepney.io.blocking import open_dbus_connection

        connection = open_dbus_connection(bus, auth_timeout=1.0)
        connection.sock.settimeout(1.0)  # a send to a stalled bus gives up
        return connection

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
