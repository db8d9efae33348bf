"""End to end: the attention reader asks the session bus whether notifications are
inhibited (do not disturb) and the screen is locked, from services that answer as a
desktop's do, and takes a missing service as "nothing to say"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from coach.app.desktop.bus_readers import FreedesktopReader, LogindReader, MutterIdleReader
from coach.core.settings.attention import Reading
from tests.e2e.desktop import Desktop, missing_tools, wait_for

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")

SERVICE = textwrap.dedent(
    """
    # A stand-in desktop: the screen saver (locked), a notification server that is
    # inhibited, GNOME's idle monitor (7 minutes) and logind (locked), answering as
    # GNOME's, KDE's and systemd's do (logind on this private bus, not the system's).
    from jeepney import HeaderFields, MessageType, new_method_return
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    bus = open_dbus_connection("SESSION")
    names = (
        "org.freedesktop.ScreenSaver",
        "org.freedesktop.NotificationsStandIn",
        "org.gnome.Mutter.IdleMonitor",
        "org.freedesktop.login1",
    )
    for name in names:
        bus.send_and_get_reply(message_bus.RequestName(name))
    print("ready", flush=True)
    while True:
        call = bus.receive()
        if call.header.message_type != MessageType.method_call:
            continue
        member = call.header.fields.get(HeaderFields.member)
        if member == "GetActive":
            bus.send(new_method_return(call, "b", (True,)))
        elif member == "Get" and call.body[1] in ("Inhibited", "LockedHint"):
            bus.send(new_method_return(call, "v", (("b", True),)))
        elif member == "GetIdletime":
            bus.send(new_method_return(call, "t", (420_000,)))
    """
)


def test_locked_and_inhibited_are_read_and_a_missing_service_says_nothing(
    desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.env["DBUS_SESSION_BUS_ADDRESS"])
    address = desktop.env["DBUS_SESSION_BUS_ADDRESS"]
    reader, logind, mutter = FreedesktopReader(), LogindReader(address), MutterIdleReader()
    assert reader.read() == Reading(), "dunst has no Inhibited, nothing owns the screen saver"
    assert logind.read() == mutter.read() == Reading(), "no logind, no GNOME: nothing to say"
    stand_in = subprocess.Popen(
        [sys.executable, "-c", SERVICE],
        env={**os.environ, **desktop.env},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert stand_in.stdout is not None and stand_in.stdout.readline().strip() == "ready"
        assert wait_for(lambda: reader.read().locked, 5, "the screen saver's answer")
        inhibited = reader.ask(
            "org.freedesktop.NotificationsStandIn",
            "/org/freedesktop/Notifications",
            "org.freedesktop.DBus.Properties",
            "Get",
            "ss",
            ("org.freedesktop.Notifications", "Inhibited"),
        )
        assert inhibited is True, "a property comes as a variant, read through"
        assert logind.read() == Reading(locked=True)
        assert mutter.read() == Reading(idle_seconds=420.0)
    finally:
        for each in (reader, logind, mutter):
            each.close()
        stand_in.terminate()
        stand_in.wait(10)
        if stand_in.stdout is not None:
            stand_in.stdout.close()
