"""Keys every window answers the same way: Enter and Space press the button a person
tabbed to; only with no button in focus do they do the window's own thing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QWidget


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
