"""bring_forward: a window the person asks for comes back on screen, minimised or not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coach.app.desktop import screen
from coach.app.desktop.screen import bring_forward


class Shows(QObject):
    """Counts the times its window is shown (mapped) again."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def _window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Today")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_minimised_window_is_restored(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    bring_forward(window)
    assert not window.isMinimized()
    assert window.isVisible()


def test_where_minimising_is_not_told_a_window_in_the_background_is_mapped_anew(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Wayland Qt takes a minimised window for a normal one: only showing it anew
    brings it back (measured on sway: the state is normal again a moment after
    showMinimized)."""
    monkeypatch.setattr(screen, "minimising_unseen", lambda: True)
    window = _window(qtbot)
    other = _window(qtbot)
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    shows = Shows()
    window.installEventFilter(shows)
    bring_forward(window)
    assert shows.count == 1
    assert window.isVisible() and not window.isMinimized()


def test_where_minimising_is_not_told_the_window_in_front_is_left_as_it_is(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen, "minimising_unseen", lambda: True)
    window = _window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    shows = Shows()
    window.installEventFilter(shows)
    bring_forward(window)
    assert shows.count == 0
    assert window.isVisible() and window.isActiveWindow()
