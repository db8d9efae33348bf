"""Keys every window answers the same way: Enter and Space press the button a person
tabbed to; only with no button in focus do they do the window's own thing. And the
button Enter will press is the one drawn as the default."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget


def focused_or(window: QWidget, press: Callable[[], None]) -> Callable[[], None]:
    """A key that presses the button in focus, if one is, else does `press`: a person
    who tabbed to Back and pressed Enter means Back."""

    def pressed() -> None:
        focused = window.focusWidget()
        if isinstance(focused, QAbstractButton) and focused.isVisible():
            if focused.isEnabled():
                focused.click()
            return
        press()

    return pressed


class _DefaultFollowsFocus(QObject):
    def __init__(self, buttons: Sequence[QPushButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        for button in self.buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn and watched in self.buttons:
            for button in self.buttons:
                button.setDefault(button is watched)
        return False


def default_follows_focus(window: QWidget, buttons: Sequence[QPushButton]) -> None:
    """Outside a dialog Qt leaves the default look where it was set, so a person who
    tabbed from "I drank a glass" to "Snooze" saw two buttons marked for Enter: the one
    tabbed to becomes the default, as a dialog does it."""
    _DefaultFollowsFocus(buttons, window)
