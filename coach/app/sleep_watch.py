"""Hear the laptop wake up: logind's PrepareForSleep signal over D-Bus (Linux).

The heartbeat notices a resume within a minute anyway; this makes it
immediate where logind is there. Elsewhere it simply stays silent.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")


class SleepWatch(QObject):
    resumed = Signal()

    def __init__(
        self,
        bus: QDBusConnection | None = None,
        service: str = LOGIND[0],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        bus = bus if bus is not None else QDBusConnection.systemBus()
        _, path, interface = LOGIND
        # PySide6's stub asks for bytes here, but only SLOT()'s str works at run time.
        self.listening = bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            service, path, interface, "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)")
        )
        log.info("listening for suspend and resume: %s", self.listening)

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        log.info("logind: %s", "going to sleep" if going_to_sleep else "resumed")
        if not going_to_sleep:
            self.resumed.emit()
