"""The key from anywhere through the desktop portal's GlobalShortcuts, against a stand-in
portal on a private bus (GNOME and KDE sessions cannot run here): registered, a
session made, the key bound and described by the desktop, each press heard; refused
without an app id; absent where the portal has no GlobalShortcuts. Settings claims the
key works only once the desktop granted it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.desktop.global_key import GlobalKey
from coach.app.desktop.portal_key import PortalKey, portal_trigger

pytestmark = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(10)
    daemon.stdout.close()


def _portal(address: str, mode: str) -> subprocess.Popen[str]:
    root = Path(__file__).resolve().parents[2]
    stand_in = subprocess.Popen(
        [sys.executable, "-m", "tests.qt.portal_stand_in", address, mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )
    assert stand_in.stdout is not None
    assert json.loads(stand_in.stdout.readline()) == {"ready": True}
    return stand_in


def _stop(stand_in: subprocess.Popen[str]) -> list[str]:
    stand_in.terminate()
    out, _ = stand_in.communicate(timeout=10)
    return [json.loads(line)["call"] for line in out.splitlines() if line.strip()]


def test_the_desktop_grants_the_key_describes_it_and_each_press_arrives(
    private_bus: str, qtbot: QtBot
) -> None:
    stand_in = _portal(private_bus, "grants")
    key = PortalKey("calf-coach", "Cramp now", private_bus)
    with qtbot.waitSignal(key.changed, timeout=5000):
        key.start("Ctrl+Alt+C")
    assert (key.state, key.trigger) == ("granted", "Ctrl+Alt+C (granted)")
    with qtbot.waitSignal(key.pressed, timeout=5000):
        assert stand_in.stdin is not None
        stand_in.stdin.write("press\n")
        stand_in.stdin.flush()
    key.close()
    calls = _stop(stand_in)
    assert calls[-3:] == ["Register", "CreateSession", "BindShortcuts"]


def test_without_an_app_id_the_desktop_refuses_and_nothing_is_claimed(
    private_bus: str, qtbot: QtBot
) -> None:
    stand_in = _portal(private_bus, "grants")
    key = PortalKey(None, "Cramp now", private_bus)
    with qtbot.waitSignal(key.changed, timeout=5000):
        key.start("Ctrl+Alt+C")
    assert key.state == "refused" and "launcher" in key.reason
    assert "CreateSession" not in _stop(stand_in)


def test_a_portal_that_lacks_global_shortcuts_and_no_bus_at_all_are_absent(
    private_bus: str, qtbot: QtBot, tmp_path: Path
) -> None:
    stand_in = _portal(private_bus, "absent")
    key = PortalKey("calf-coach", "Cramp now", private_bus)
    with qtbot.waitSignal(key.changed, timeout=5000):
        key.start("Ctrl+Alt+C")
    assert key.state == "absent"
    _stop(stand_in)
    nowhere = PortalKey("calf-coach", "Cramp now", f"unix:path={tmp_path / 'no-bus'}")
    with qtbot.waitSignal(nowhere.changed, timeout=5000):
        nowhere.start("Ctrl+Alt+C")
    assert nowhere.state == "absent"


def test_settings_claims_the_key_only_once_the_desktop_granted_it(
    private_bus: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Under XWayland (an X11 app, a Wayland session): no X grab is tried; the note says
    the key does not work until the portal grants it, then names the desktop's key."""
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "calf-coach.desktop").write_text("[Desktop Entry]\n")
    stand_in = _portal(private_bus, "grants")
    key = GlobalKey(bus=private_bus)
    with qtbot.waitSignal(key.changed, timeout=5000):
        key.register("Ctrl+Alt+C")
        assert not key.registered and "cannot listen" in key.note(), "nothing claimed yet"
    assert key.registered and key.status()["cramp_key"]["by"] == "portal"
    assert key.note() == "Works while any application has the keyboard: Ctrl+Alt+C (granted)."
    key.release()
    _stop(stand_in)

    absent = _portal(private_bus, "absent")
    key = GlobalKey(bus=private_bus)
    with qtbot.waitSignal(key.changed, timeout=5000):
        key.register("Ctrl+Alt+C")
    assert not key.registered and "calf-coach routine cramp-now" in key.note()
    assert key.status()["cramp_key"]["from_anywhere"] is False
    _stop(absent)


def test_the_preferred_key_is_written_as_the_shortcuts_specification_asks() -> None:
    assert portal_trigger("Ctrl+Alt+C") == "CTRL+ALT+c"
    assert portal_trigger("Meta+Shift+F5") == "LOGO+SHIFT+F5"
