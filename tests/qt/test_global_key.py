"""The key from anywhere claims only what it can keep: under XWayland (an X11 app in a
Wayland session) an X11 grab hears keys typed into X11 windows only, so the app grabs
nothing there and the settings window shows the command to bind instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.desktop import global_key
from coach.app.desktop.global_key import GlobalKey


class XcbPlatform:
    @staticmethod
    def platformName() -> str:  # noqa: N802 (Qt's name)
        return "xcb"


def test_under_xwayland_the_key_is_not_said_to_work_from_anywhere(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(global_key, "QGuiApplication", XcbPlatform)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-1")
    key = GlobalKey(bus=f"unix:path={tmp_path / 'no-bus'}")  # no portal to grant a key
    key.register("Ctrl+Alt+C")
    status = key.status()["cramp_key"]
    assert (status["from_anywhere"], status["by"], status["desktop_key"]) == (False, "none", "")
    assert "Wayland" in key.reason
    assert key.command in key.note() and "Works while any application" not in key.note()


def test_a_key_taken_away_listens_for_nothing(qtbot: QtBot) -> None:
    key = GlobalKey()
    key.register("Ctrl+Alt+C")  # offscreen: refused, with the platform named
    assert not key.registered and "offscreen" in key.reason
    key.register("")
    assert not key.registered and key.reason == "no key is set"
