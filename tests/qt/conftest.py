"""Qt test fixtures: no test may ever wait on a modal dialog; text at 200 %."""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coach.app.routines.player_window import PlayerWindow
from coach.core.system.paths import Paths


@pytest.fixture(autouse=True)
def finish_later_says_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes widgets before fixtures end: "Stop this routine?" must not block."""
    monkeypatch.setattr(PlayerWindow, "confirm_finish_later", lambda self: True)


@pytest.fixture
def large_text() -> Iterator[QFont]:
    """The app's font at 200 % for one test (as a person's text-scale setting would make it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    yield large
    app.setFont(normal)


@pytest.fixture
def no_desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Paths]:
    """A private home (its own config folder too: start at login is written there), and
    neither a display nor a session bus to read."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP"):
        monkeypatch.delenv(name, raising=False)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    paths = Paths.resolve(str(tmp_path / "home"))
    paths.ensure()
    handlers = list(logging.getLogger("coach").handlers)
    yield paths
    for handler in logging.getLogger("coach").handlers:
        if handler not in handlers:
            logging.getLogger("coach").removeHandler(handler)
            handler.close()
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
