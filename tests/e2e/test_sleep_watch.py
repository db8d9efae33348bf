"""Waking from sleep: logind's PrepareForSleep(false) reaches the app over D-Bus.

The system bus of a test machine has no logind to send it, so the test sends
the same signal on the desktop's own session bus.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from coach.app.sleep_watch import LOGIND, SleepWatch
from tests.e2e.desktop import Desktop, missing_tools

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")


def test_resume_is_heard(qtbot: QtBot, desktop: Desktop) -> None:
    bus = QDBusConnection.connectToBus(desktop.env["DBUS_SESSION_BUS_ADDRESS"], "sleep-test")
    watch = SleepWatch(bus, service="")  # any sender: dbus-send is not logind
    assert watch.listening
    _, path, interface = LOGIND

    def send(value: str) -> None:
        subprocess.run(
            [
                "dbus-send",
                "--session",
                "--type=signal",
                path,
                f"{interface}.PrepareForSleep",
                value,
            ],
            env=desktop.env,
            check=True,
        )

    with qtbot.assertNotEmitted(watch.resumed, wait=300):
        send("boolean:true")
    with qtbot.waitSignal(watch.resumed, timeout=5000):
        send("boolean:false")
    QDBusConnection.disconnectFromBus("sleep-test")
