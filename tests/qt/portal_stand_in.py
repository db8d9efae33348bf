"""A stand-in desktop portal with GlobalShortcuts, on a private bus, answering as
xdg-desktop-portal does: requests answered by a `Response` signal on the request's
predicted path, a session, the bound shortcut described in the desktop's own words,
`Activated` for each press. Run as `python -m tests.qt.portal_stand_in ADDRESS MODE`:
MODE "grants" or "absent" (no GlobalShortcuts). Like the real portal, it refuses to
create a session for an app that has not registered an app id. Each line on stdin
"press" sends Activated; every call it received is printed as JSON, one a line."""

from __future__ import annotations

import json
import sys
import threading

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

PATH = "/org/freedesktop/portal/desktop"


def main() -> None:
    address, mode = sys.argv[1], sys.argv[2]
    bus = open_dbus_connection(address)
    bus.send_and_get_reply(message_bus.RequestName("org.freedesktop.portal.Desktop"))
    lock = threading.Lock()
    registered: dict[str, str] = {}
    sessions: list[str] = []

    def respond(path: str, results: dict[str, object], code: int = 0) -> None:
        signal = new_signal(
            DBusAddress(path, interface="org.freedesktop.portal.Request"),
            "Response",
            "ua{sv}",
            (code, results),
        )
        with lock:
            bus.send(signal)

    def request_path(call: object, options: dict[str, tuple[str, str]]) -> str:
        sender = str(call.header.fields[HeaderFields.sender]).lstrip(":").replace(".", "_")  # type: ignore[attr-defined]
        return f"{PATH}/request/{sender}/{options['handle_token'][1]}"

    def presses() -> None:
        for line in sys.stdin:
            if line.strip() == "press" and sessions:
                signal = new_signal(
                    DBusAddress(PATH, interface="org.freedesktop.portal.GlobalShortcuts"),
                    "Activated",
                    "osta{sv}",
                    (sessions[-1], "cramp-now", 1234, {}),
                )
                with lock:
                    bus.send(signal)

    threading.Thread(target=presses, daemon=True).start()
    print(json.dumps({"ready": True}), flush=True)
    while True:
        call = bus.receive()
        if call.header.message_type != MessageType.method_call:
            continue
        member = call.header.fields.get(HeaderFields.member)
        sender = str(call.header.fields.get(HeaderFields.sender))
        print(json.dumps({"call": member, "body": repr(call.body)}), flush=True)
        if member == "Get" and call.body == ("org.freedesktop.portal.GlobalShortcuts", "version"):
            if mode == "absent":
                reply = new_error(call, "org.freedesktop.DBus.Error.UnknownProperty", "s", ("no",))
            else:
                reply = new_method_return(call, "v", (("u", 1),))
        elif member == "Register":
            registered[sender] = call.body[0]
            reply = new_method_return(call)
        elif member == "CreateSession":
            if sender not in registered:
                reply = new_error(
                    call, "org.freedesktop.portal.Error.NotAllowed", "s", ("no app id",)
                )
            else:
                (options,) = call.body
                path = request_path(call, options)
                session = f"{PATH}/session/x/{options['session_handle_token'][1]}"
                sessions.append(session)
                reply = new_method_return(call, "o", (path,))
                with lock:
                    bus.send(reply)
                respond(path, {"session_handle": ("s", session)})
                continue
        elif member == "BindShortcuts":
            session, shortcuts, _parent, options = call.body
            path = request_path(call, options)
            with lock:
                bus.send(new_method_return(call, "o", (path,)))
            bound = [
                (ident, {**props, "trigger_description": ("s", "Ctrl+Alt+C (granted)")})
                for ident, props in shortcuts
            ]
            respond(path, {"shortcuts": ("a(sa{sv})", bound)})
            continue
        else:
            reply = new_error(call, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))
        with lock:
            bus.send(reply)


if __name__ == "__main__":
    main()
