"""Putting windows in front of the person, on the screen they are looking at."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget) -> None:
    """Show the window (restored if minimised), on top, with the keyboard."""
    window.showNormal()
    window.raise_()
    window.activateWindow()


def pointer_screen_area() -> QRect:
    """The available area of the screen with the pointer (where the person is looking)."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def centre_on_pointer_screen(window: QWidget, width: int, height: int) -> None:
    """Size the window, frame included, to fit the screen's free area, and centre it there
    (call again once shown, when the window manager's frame is known)."""
    area = pointer_screen_area()
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    window.resize(
        min(width, area.width() - frame_extra.width()),
        min(height, area.height() - frame_extra.height()),
    )
    frame = window.frameGeometry()
    frame.moveCenter(area.center())
    window.move(frame.topLeft())
