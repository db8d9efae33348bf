"""Notifications with buttons on Linux and the BSDs: org.freedesktop.Notifications.

The session bus is read on the GUI thread (coach.app.desktop.bus_watch), so a button
press arrives like any other event. Each call is sent without waiting: the
replies are matched by serial when they come. One notification at a time: while
a Notify is on its way, the newest request waits and replaces it once the server
has said its id. A server that leaves a call unanswered for `ANSWER_SECONDS` is taken
as missing (the tray balloon, or the card, says the reminder instead): a reminder
is never left waiting on it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from coach.app.desktop.bus_watch import BusWatch
from coach.app.reminders.notices import Notices

if TYPE_CHECKING:
    from jeepney import Message

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
DEFAULT_ACTION = "default"
"""The spec's key for a click on the notification itself."""
NORMAL_URGENCY = ("y", 1)
ANSWER_SECONDS = 5
"""How long the notification server may take to answer a call."""

Reply = Callable[[Any], None]


class FreedesktopNotices(Notices):
    def __init__(self, app_name: str, icon: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._bus: BusWatch | None = None
        self._replies: dict[int, Reply] = {}
        self._current = 0
        """The server's id of what we show; 0 for nothing."""
        self._in_flight = False
        """A Notify was sent and its id has not come back yet."""
        self._wanted = False
        """False once withdrawn: a Notify reply that comes after is closed at once."""
        self._waiting: tuple[str, str, list[tuple[str, str]]] | None = None
        """What to show once the capabilities are known, or the Notify on its way is."""
        self._patience = QTimer(self)
        """Runs while an answer is awaited; when it runs out, the server is given up on."""
        self._patience.setSingleShot(True)
        self._patience.setInterval(ANSWER_SECONDS * 1000)
        self._patience.timeout.connect(self._unanswered)

    def show(self, title: str, message: str, buttons: Sequence[tuple[str, str]]) -> None:
        if self.available is False or not self._connect():
            return
        self._wanted = True
        if self.available is None or self._in_flight:
            self._waiting = (title, message, list(buttons))
            return
        self._notify(title, message, list(buttons))

    def withdraw(self) -> None:
        self._wanted = False
        self._waiting = None
        if self._current and not self._in_flight:  # else closed when its id comes
            self._call("CloseNotification", "u", (self._current,))
            self._current = 0

    def stop(self) -> None:
        self.withdraw()
        self._disconnect()

    # the bus

    def _connect(self) -> bool:
        if self._bus is not None:
            return True
        try:
            from jeepney import MatchRule, message_bus

            connection = BusWatch.open("SESSION")
        except Exception as exc:  # no bus, or one that does not answer
            self._give_up(f"no session bus: {exc}")
            return False
        self._bus = BusWatch(connection, self._received, self._lost, self)
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(
                type="signal", sender=SERVICE, interface=SERVICE, path=PATH, member=member
            )
            self._send(message_bus.AddMatch(rule))
        self._call("GetCapabilities", "", (), self._capabilities)
        return True

    def _disconnect(self) -> None:
        if self._bus is not None:
            self._bus.close()
        self._bus = None
        self._replies.clear()
        self._patience.stop()
        self._current = 0
        self._in_flight = False

    def _call(
        self, method: str, signature: str, body: tuple[Any, ...], then: Reply | None = None
    ) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        self._send(new_method_call(address, method, signature, body), then)

    def _send(self, message: Message, then: Reply | None = None) -> None:
        connection = self._bus.connection if self._bus is not None else None
        if connection is None:
            return
        serial = next(connection.outgoing_serial)
        if then is not None:
            self._replies[serial] = then
            if not self._patience.isActive():
                self._patience.start()
        try:
            connection.send(message, serial=serial)
        except OSError as exc:
            self._lost(exc)

    def _received(self, message: Message) -> None:
        from jeepney import HeaderFields, MessageType

        kind = message.header.message_type
        fields = message.header.fields
        if kind is MessageType.signal:
            self._signal(fields.get(HeaderFields.member), message.body)
        elif kind in (MessageType.method_return, MessageType.error):
            then = self._replies.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if then is not None:
                if self._replies:  # the next answer has its own time
                    self._patience.start()
                else:
                    self._patience.stop()
                error = fields.get(HeaderFields.error_name) if kind is MessageType.error else None
                then(RuntimeError(f"{error}: {message.body}") if error else message.body)

    def _unanswered(self) -> None:
        if self._replies:
            self._give_up(f"the notification server did not answer within {ANSWER_SECONDS} s")

    def _lost(self, exc: Exception) -> None:
        log.info("the session bus went away: %s", exc)
        self._disconnect()  # the next show connects again

    # the notification service

    def _capabilities(self, reply: Any) -> None:
        waiting, self._waiting = self._waiting, None
        if isinstance(reply, Exception):
            self._give_up(f"the desktop has no notification service ({reply})")
            return
        self.available = True
        log.info("notification service can: %s", ", ".join(reply[0]))
        if waiting is not None and self._wanted:
            self._notify(*waiting)

    def _notify(self, title: str, message: str, buttons: list[tuple[str, str]]) -> None:
        self._in_flight = True
        actions = [DEFAULT_ACTION, ""]
        for key, label in buttons:
            actions += [key, label]
        self._call(
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                self._current,  # replaced in place when one is up
                self._icon.as_uri(),
                title,
                message,
                actions,
                {"urgency": NORMAL_URGENCY},
                0 if self.stays else -1,  # never expires, or the server's own timeout
            ),
            self._shown,
        )

    def _shown(self, reply: Any) -> None:
        self._in_flight = False
        if isinstance(reply, Exception):
            log.warning("desktop notification failed: %s", reply)
            self._give_up(f"notifications failed: {reply}")
            return
        (self._current,) = reply
        waiting, self._waiting = self._waiting, None
        if not self._wanted:  # withdrawn while it was on its way
            self.withdraw()
        elif waiting is not None:  # a newer one came meanwhile: it replaces this one
            self._notify(*waiting)

    def _signal(self, member: object, body: tuple[Any, ...]) -> None:
        if not body or body[0] != self._current or not self._current:
            return  # another app's, or one we have already replaced
        if member == "ActionInvoked":
            key = body[1]
            if key == DEFAULT_ACTION:
                self.clicked.emit()
            else:
                self.pressed.emit(key)
        elif member == "NotificationClosed":
            self._current = 0

    def _give_up(self, reason: str) -> None:
        self.available = False
        self._waiting = None
        self._disconnect()
        self.unavailable.emit(reason)
