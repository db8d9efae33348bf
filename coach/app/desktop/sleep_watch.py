"""Hear the laptop wake up: logind's PrepareForSleep signal over D-Bus (Linux).

The heartbeat notices a resume within a minute anyway; this makes it
immediate where logind is there. Elsewhere it simply stays silent.

The signal comes on the system bus, read on the GUI thread as the notifications'
bus is (coach.app.desktop.bus_watch), so no thread waits for it and the app needs no
second D-Bus library (QtDBus costs about 0.3 MB more).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coach.app.desktop.bus_watch import BusWatch

if TYPE_CHECKING:
    from jeepney import Message

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
        self._bus: BusWatch | None = None
        self.listening = self._listen(bus, sender)
        log.info("listening for suspend and resume: %s", self.listening)

    def _listen(self, bus: str, sender: str | None) -> bool:
        try:
            from jeepney import MatchRule, message_bus

            connection = BusWatch.open(bus)
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
        self._bus = BusWatch(connection, self._received, self._lost, self)
        return True

    def _received(self, message: Message) -> None:
        from jeepney import HeaderFields

        if message.header.fields.get(HeaderFields.member) == SIGNAL and message.body:
            self.prepare_for_sleep(bool(message.body[0]))

    def _lost(self, exc: OSError) -> None:
        log.info("the bus closed: %s", exc)
        self._bus = None
        self.listening = False

    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        log.info("logind: %s", "going to sleep" if going_to_sleep else "resumed")
        if not going_to_sleep:
            self.resumed.emit()

    def stop(self) -> None:
        if self._bus is not None:
            self._bus.close()
        self._bus = None
        self.listening = False
