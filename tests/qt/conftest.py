"""Qt test fixtures: no test may ever wait on a modal dialog."""

from __future__ import annotations

import pytest

from coach.app.player_window import PlayerWindow


@pytest.fixture(autouse=True)
def finish_later_says_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes widgets before fixtures end; the "Finish later?" question must not block."""
    monkeypatch.setattr(PlayerWindow, "confirm_finish_later", lambda self: True)
