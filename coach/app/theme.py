"""Light, dark, or as the system: the `theme` setting applied to the whole app.

"system" leaves Qt to follow the desktop's colour scheme. "light" and "dark"
set Qt's colour-scheme hint and, because not every platform theme honours it,
an explicit palette on the Fusion style, so the choice holds everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

DARK = {
    QPalette.ColorRole.Window: "#202326",
    QPalette.ColorRole.WindowText: "#eceff1",
    QPalette.ColorRole.Base: "#17191b",
    QPalette.ColorRole.AlternateBase: "#26292c",
    QPalette.ColorRole.Text: "#eceff1",
    QPalette.ColorRole.Button: "#2b2f33",
    QPalette.ColorRole.ButtonText: "#eceff1",
    QPalette.ColorRole.ToolTipBase: "#2b2f33",
    QPalette.ColorRole.ToolTipText: "#eceff1",
    QPalette.ColorRole.PlaceholderText: "#9aa3aa",
    QPalette.ColorRole.Highlight: "#3f9e96",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cc7ff",
    QPalette.ColorRole.Mid: "#3c4247",
    QPalette.ColorRole.Midlight: "#4a5258",
    QPalette.ColorRole.Light: "#6b757d",
    QPalette.ColorRole.Dark: "#0f1112",
    QPalette.ColorRole.Shadow: "#000000",
}
ORIGINAL_STYLE = "calf-coach-original-style"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d858c"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    hints = app.styleHints()
    if app.property(ORIGINAL_STYLE) is None:
        app.setProperty(ORIGINAL_STYLE, app.style().name())
    if theme == "system":
        hints.unsetColorScheme()
        original = QStyleFactory.create(str(app.property(ORIGINAL_STYLE)))
        if original is not None and original.name() != app.style().name():
            app.setStyle(original)
        app.setPalette(QPalette())
        return
    dark = theme == "dark"
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
