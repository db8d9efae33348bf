"""Shared looks: scaled fonts for large, readable text, and the calm night palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette


def scaled(font: QFont, factor: float, bold: bool = False) -> QFont:
    """`font` made `factor` times larger, so it still follows the person's text size."""
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger


def night_palette() -> QPalette:
    """A dark palette with little glare, for use at night ("cramp now", logging a cramp)."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#1d2424"),
        (QPalette.ColorRole.WindowText, "#e8efee"),
        (QPalette.ColorRole.Base, "#263030"),
        (QPalette.ColorRole.Text, "#e8efee"),
        (QPalette.ColorRole.Button, "#2d3a39"),
        (QPalette.ColorRole.ButtonText, "#e8efee"),
        (QPalette.ColorRole.Mid, "#3c4a49"),
        (QPalette.ColorRole.Highlight, "#3f9e96"),
    ):
        palette.setColor(role, QColor(color))
    return palette


NOTICE_STYLE = "background: #fff4d6; color: #4d3500; border: 1px solid #b7862a; padding: 8px;"
"""A calm, noticeable box for advice worth acting on soon (not an alarm)."""

ACCENT = "#23706b"
"""The app's colour: the countdown ring, the progress bars."""
ACCENT_ON_DARK = "#3f9e96"


def progress_style(dark: bool) -> str:
    """A progress bar in the app's colours, with a track that shows in both themes."""
    chunk = ACCENT_ON_DARK if dark else ACCENT
    track = "#3c4a49" if dark else "#d5dfde"
    return (
        f"QProgressBar {{ background: {track}; border: none; border-radius: 5px; }}"
        f"QProgressBar::chunk {{ background: {chunk}; border-radius: 5px; }}"
    )
