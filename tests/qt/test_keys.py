"""Keys every window answers alike: Esc closes each window (the card: it snoozes, as its
close button does), and Enter in each window presses the button the person tabbed to,
never another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coach.app.reminders.card import ReminderCard
from coach.app.style.keys import focused_or
from coach.core.history.records import Outcome
from coach.core.system.paths import Paths
from tests.qt.windows import WINDOWS, windows


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


@pytest.mark.parametrize("name", WINDOWS)
def test_escape_closes_every_window(qtbot: QtBot, home: Paths, name: str) -> None:
    window = dict(windows(home))[name]()
    qtbot.addWidget(window)
    _active(qtbot, window)
    if isinstance(window, ReminderCard):
        window.guard_keys(False)  # as once the person has clicked into it
    answers: list[object] = []
    if isinstance(window, ReminderCard):
        window.answered.connect(answers.append)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible() or window.isMinimized(), timeout=2000)
    if isinstance(window, ReminderCard):
        assert answers == [Outcome.SNOOZED], "Esc snoozes a card"


def test_enter_presses_the_focused_button_and_only_then_the_windows_own(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QPushButton("First", window), QPushButton("Second", window)
    second.move(0, 40)
    pressed: list[str] = []
    first.clicked.connect(lambda: pressed.append("first"))
    second.clicked.connect(lambda: pressed.append("second"))
    enter = focused_or(window, lambda: pressed.append("the window's own"))
    _active(qtbot, window)
    second.setFocus()
    enter()
    window.setFocus()
    enter()
    assert pressed == ["second", "the window's own"]


def test_on_a_card_enter_presses_the_button_tabbed_to_which_alone_looks_the_default(
    qtbot: QtBot, home: Paths
) -> None:
    card = dict(windows(home))["reminder-card"]()
    qtbot.addWidget(card)
    assert isinstance(card, ReminderCard)
    _active(qtbot, card)
    card.guard_keys(False)  # as once the person has clicked into it
    card.action.setFocus()
    answers: list[object] = []
    card.answered.connect(answers.append)
    qtbot.keyClick(card.action, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.snooze
    assert [b.isDefault() for b in (card.action, card.snooze, card.skip)] == [False, True, False]
    qtbot.keyClick(card.snooze, Qt.Key.Key_Return)
    assert answers == [Outcome.SNOOZED], "Enter pressed Snooze, not the action"


def test_cramp_now_opens_with_the_keyboard_on_next(qtbot: QtBot) -> None:
    from coach.app.routines.player_window import PlayerWindow
    from tests.helpers import FakeClock
    from tests.qt.windows import NOW, shipped_routines

    player = PlayerWindow(shipped_routines()["cramp-now"], FakeClock(NOW))
    qtbot.addWidget(player)
    player.start()
    player.activateWindow()
    qtbot.waitUntil(player.isActiveWindow, timeout=2000)
    assert QApplication.focusWidget() is player.face.next
    step = player.player.index
    qtbot.keyClick(player.face.next, Qt.Key.Key_Return)
    assert player.player.index == step + 1
    player.player.finish()
