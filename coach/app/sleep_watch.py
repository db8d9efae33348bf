"""Hear the laptop wake up: logind's PrepareForSleep signal over D-Bus (Linux).

The heartbeat notices a resume within a minute anyway; this makes it
immediate where logind is there. Elsewhere it simply stays silent.

The signal comes on the system bus, read as the notifications are
(coach.app.freedesktop_notices): jeepney reads the messages and a
`QSocketNotifier` watches the socket, so no thread waits for it and the app
needs no second D-Bus library (QtDBus costs about 0.3 MB more).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger(__name__)

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
SIGNAL = "PrepareForSleep"


class SleepWatch(QObject):
    resumed = Signal()

    def __init__(
        self,
        bus: str = "SYSTEM",
        sender: str | None = LOGIND[0],
        parent: QObject | None = None,
    ) -> None:
        """`bus`: "SYSTEM", "SESSION" or a bus address; `sender`: whose signal counts (None:
        anyone's, for a test that sends it with dbus-send)."""
        super().__init__(parent)
        self._connection: DBusConnection | None = None
        self._watch: QSocketNotifier | None = None
        self.listening = self._listen(bus, sender)
        log.info("listening for suspend and resume: %s", self.listening)

    def _listen(self, bus: str, sender: str | None) -> bool:
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection

            connection = open_dbus_connection(bus, auth_timeout=1.0)
        except Exception as exc:  # no such bus (a container, a test machine): stay silent
            log.info("no bus to hear logind on: %s", exc)
            return False
        _, path, interface = LOGIND
        rule = MatchRule(
            type="signal", sender=sender, interface=interface, path=path, member=SIGNAL
        )
        try:
            connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=1.0)
        except Exception as exc:  # a bus that does not answer
            log.info("the bus did not take the match rule: %s", exc)
            connection.close()
            return False
        self._connection = connection
        self._watch = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._read)
        return True

    def _read(self) -> None:
        from jeepney import HeaderFields

        while self._connection is not None:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return  # all read; the rest of a message comes with the next event
            except OSError as exc:  # the bus went away
                log.info("the bus closed: %s", exc)
                self.stop()
                return
            if message.header.fields.get(HeaderFields.member) == SIGNAL and message.body:
                self.prepare_for_sleep(bool(message.body[0]))

    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        log.info("logind: %s", "going to sleep" if going_to_sleep else "resumed")
        if not going_to_sleep:
            self.resumed.emit()

    def stop(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch.deleteLater()
        if self._connection is not None:
            self._connection.close()
        self._connection = self._watch = None
        self.listening = False
