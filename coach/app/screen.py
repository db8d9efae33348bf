"""Putting windows in front of the person."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget) -> None:
    """Show the window (restored if minimised), on top, with the keyboard."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
