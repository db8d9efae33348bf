"""Today with the keyboard alone: it opens on "Cramp now", Enter presses the button in
focus (never another), Esc closes the window (minimises it where it is the app's only
face), and each button names its key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from coach.app.home.actions import CoachActions
from coach.app.home.today_window import HomeWindow


def _opened(qtbot: QtBot, reason: str = "") -> tuple[HomeWindow, CoachActions, list[str]]:
    actions = CoachActions()
    pressed: list[str] = []
    for name in ("cramp_now", "drink", "undo_drink", "log_cramp", "bedtime"):
        getattr(actions, name).triggered.connect(lambda _=False, n=name: pressed.append(n))
    window = HomeWindow(actions, reason)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, actions, pressed


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_it_opens_on_cramp_now_and_enter_presses_it(qtbot: QtBot, key: Qt.Key) -> None:
    window, _, pressed = _opened(qtbot)
    assert QApplication.focusWidget() is window.cramp_now
    qtbot.keyClick(window.cramp_now, key)
    assert pressed == ["cramp_now"]


def test_enter_presses_the_button_tabbed_to_and_only_that(qtbot: QtBot) -> None:
    window, actions, pressed = _opened(qtbot)
    qtbot.keyClick(window.cramp_now, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QToolButton)
    assert focused.defaultAction() is actions.drink
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert pressed == ["drink", "drink"]


def test_escape_closes_it(qtbot: QtBot) -> None:
    window, _, pressed = _opened(qtbot)
    qtbot.keyClick(window.cramp_now, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert pressed == []


def test_without_a_tray_escape_minimises_it_as_closing_does(qtbot: QtBot) -> None:
    window, _, pressed = _opened(qtbot, "No tray on this desktop.")
    qtbot.keyClick(window.cramp_now, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    assert pressed == []


def test_every_button_names_its_key(qtbot: QtBot) -> None:
    from coach.app.home.today_window import KEYS

    window, actions, _ = _opened(qtbot)
    keyed = {getattr(actions, name): key for name, key in KEYS}
    keyed |= {action: str(n) for n, action in enumerate(actions.pauses.values(), start=1)}
    buttons = window.findChildren(QToolButton)
    assert len(buttons) == len(keyed)
    for button in buttons:
        key = keyed[button.defaultAction()]
        assert button.toolTip().endswith(f"(key {key})"), button.toolTip()
        assert button.accessibleDescription() == button.toolTip()
