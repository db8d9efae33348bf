"""The key from anywhere on Wayland: the desktop portal's GlobalShortcuts (KDE Plasma
5.27 and later, GNOME 48 and later).

The desktop, not the app, owns the key: the app asks for a "Cramp now" shortcut with
Ctrl+Alt+C preferred, the desktop asks the person (or takes its own choice) and says
which key it bound, in its own words; each press arrives as `Activated`. An app that
is not a Flatpak first tells the portal which launcher it is (its app id), or the
portal has nobody to ask for.

Every step is a call whose answer comes later, as a `Response` signal on a request
object: all of it is read as the bus socket fills (coach.app.desktop.bus_watch), so
nothing waits. The steps: Registry.Register(app id) where the portal has it,
CreateSession, BindShortcuts, then Activated for each press.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from jeepney import Message

    from coach.app.desktop.bus_watch import BusWatch

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REGISTRY = "org.freedesktop.host.portal.Registry"
SHORTCUT_ID = "cramp-now"


def portal_trigger(combination: str) -> str:
    """Qt's "Ctrl+Alt+C" as the shortcuts specification writes it: "CTRL+ALT+c"."""
    *modifiers, key = combination.split("+")
    names = {"Ctrl": "CTRL", "Alt": "ALT", "Shift": "SHIFT", "Meta": "LOGO"}
    key = key.lower() if len(key) == 1 else key
    return "+".join([*(names.get(m, m.upper()) for m in modifiers), key])


class PortalKey(QObject):
    """One "Cramp now" shortcut, asked of the portal. `state` is "asking", "granted",
    "refused" or "absent"; `changed` says when it moves, `pressed` each press."""

    changed = Signal()
    pressed = Signal()

    def __init__(
        self,
        app_id: str | None,
        description: str,
        bus: str = "SESSION",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_id, self.description, self.bus = app_id, description, bus
        self.state = "asking"
        self.trigger = ""
        """The desktop's own words for the key it bound ("Ctrl+Alt+C")."""
        self.reason = ""
        self._watch: BusWatch | None = None
        self._session = ""
        self._replies: dict[int, Callable[[Message], None]] = {}
        self._requests: dict[str, Callable[[dict[str, Any]], None]] = {}

    # --- asking ----------------------------------------------------------------------------

    def start(self, combination: str) -> None:
        from coach.app.desktop.bus_watch import BusWatch

        self.combination = combination
        try:
            connection = BusWatch.open(self.bus)
        except Exception as exc:  # no session bus: no portal
            self._end("absent", str(exc))
            return
        self._watch = BusWatch(
            connection, self._received, lambda exc: self._end("absent", str(exc)), self
        )
        self._call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "AddMatch",
            "s",
            (f"type='signal',sender='{PORTAL}'",),
            lambda _: None,
        )
        self._call(
            PORTAL,
            PORTAL_PATH,
            "org.freedesktop.DBus.Properties",
            "Get",
            "ss",
            (SHORTCUTS, "version"),
            self._has_shortcuts,
        )

    def _has_shortcuts(self, reply: Message) -> None:
        if not self._ok(reply):
            self._end("absent", "this desktop's portal has no GlobalShortcuts")
            return
        if self.app_id is None:
            self._end("refused", "Calf Coach has no launcher installed for the desktop to name")
            return
        self._call(
            PORTAL,
            PORTAL_PATH,
            REGISTRY,
            "Register",
            "sa{sv}",
            (self.app_id, {}),
            lambda _: self._create_session(),
        )  # older portals lack it: go on

    def _create_session(self) -> None:
        token = self._token()
        options = {
            "handle_token": ("s", self._request(token, self._session_made)),
            "session_handle_token": ("s", token),
        }
        self._call(
            PORTAL,
            PORTAL_PATH,
            SHORTCUTS,
            "CreateSession",
            "a{sv}",
            (options,),
            self._refused_unless_ok,
        )

    def _session_made(self, results: dict[str, Any]) -> None:
        self._session = str(results.get("session_handle", ("s", ""))[1])
        shortcut = (
            SHORTCUT_ID,
            {
                "description": ("s", self.description),
                "preferred_trigger": ("s", portal_trigger(self.combination)),
            },
        )
        options = {"handle_token": ("s", self._request(self._token(), self._bound))}
        self._call(
            PORTAL,
            PORTAL_PATH,
            SHORTCUTS,
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            (self._session, [shortcut], "", options),
            self._refused_unless_ok,
        )

    def _bound(self, results: dict[str, Any]) -> None:
        for shortcut_id, properties in results.get("shortcuts", ("a(sa{sv})", []))[1]:
            if shortcut_id == SHORTCUT_ID:
                described = properties.get("trigger_description", ("s", ""))[1]
                self.trigger = str(described) or self.combination
                self._end("granted", "")
                return
        self._end("refused", "the desktop bound no key")

    # --- the bus ---------------------------------------------------------------------------

    def _call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str,
        body: tuple[object, ...],
        then: Callable[[Message], None],
    ) -> None:
        from jeepney import DBusAddress, new_method_call

        if self._watch is None or self._watch.connection is None:
            return
        call = new_method_call(DBusAddress(path, service, interface), method, signature, body)
        serial = next(self._watch.connection.outgoing_serial)
        self._replies[serial] = then
        self._watch.connection.send(call, serial=serial)

    def _received(self, message: Message) -> None:
        from jeepney import HeaderFields, MessageType

        header = message.header
        if header.message_type in (MessageType.method_return, MessageType.error):
            then = self._replies.pop(header.fields.get(HeaderFields.reply_serial, -1), None)
            if then is not None:
                then(message)
            return
        member = header.fields.get(HeaderFields.member)
        path = str(header.fields.get(HeaderFields.path, ""))
        if member == "Response" and path in self._requests:
            code, results = message.body
            done = self._requests.pop(path)
            if code == 0:
                done(results)
            else:
                self._end("refused", "the desktop said no" if code == 1 else "the desktop gave up")
        elif member == "Activated" and message.body[:2] == (self._session, SHORTCUT_ID):
            log.info("the desktop's shortcut %s pressed", self.trigger)
            self.pressed.emit()

    def _request(self, token: str, then: Callable[[dict[str, Any]], None]) -> str:
        """The token of a request whose answer goes to `then` (its path is known ahead,
        so the answer is never missed)."""
        assert self._watch is not None and self._watch.connection is not None
        sender = (self._watch.connection.unique_name or "").lstrip(":").replace(".", "_")
        self._requests[f"{PORTAL_PATH}/request/{sender}/{token}"] = then
        return token

    @staticmethod
    def _token() -> str:
        return f"calf_coach_{os.urandom(4).hex()}"  # not secrets: it would load OpenSSL

    @staticmethod
    def _ok(reply: Message) -> bool:
        from jeepney import MessageType

        return bool(reply.header.message_type == MessageType.method_return)

    def _refused_unless_ok(self, reply: Message) -> None:
        if not self._ok(reply):
            self._end("refused", f"the portal refused: {reply.body[0] if reply.body else '?'}")

    def _end(self, state: str, reason: str) -> None:
        self.state, self.reason = state, reason
        log.info("portal shortcut: %s %s", state, reason or self.trigger)
        if state != "granted":
            self.close()
        self.changed.emit()

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
