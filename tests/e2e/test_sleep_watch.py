"""Waking from sleep: logind's PrepareForSleep(false) reaches the app over D-Bus.

The system bus of a test machine has no logind to send it, so the test sends
the same signal on the desktop's own session bus.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.desktop.sleep_watch import LOGIND, SleepWatch
from tests.e2e.desktop import Desktop, missing_tools

pytestmark = pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}")


def test_resume_is_heard(qtbot: QtBot, desktop: Desktop) -> None:
    watch = SleepWatch(desktop.env["DBUS_SESSION_BUS_ADDRESS"], sender=None)  # dbus-send
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
    watch.stop()
    assert not watch.listening


def test_no_bus_leaves_it_silent(qtbot: QtBot, tmp_path: Path) -> None:
    watch = SleepWatch(f"unix:path={tmp_path / 'no-bus'}")
    assert not watch.listening
