"""Qt test fixtures: no test may ever wait on a modal dialog; text at 200 %."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coach.app.routines.player_window import PlayerWindow


@pytest.fixture(autouse=True)
def finish_later_says_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes widgets before fixtures end; the "Finish later?" question must not block."""
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
