"""Light, dark, or as the system: the `theme` setting applied to the whole app.

"system" leaves Qt to follow the desktop's colour scheme. "light" and "dark"
set Qt's colour-scheme hint and, because not every platform theme honours it,
an explicit palette on the Fusion style, so the choice holds everywhere.
Either way the style is wrapped so that check boxes and radio buttons grow
with the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

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
INDICATORS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)
INDICATOR_SHARE = 0.85
"""A check box or radio indicator is at least this share of a text line's height."""


class TextSizedIndicators(QProxyStyle):
    """Check boxes and radio buttons as large as their text asks.

    Styles give them a fixed size in pixels (13 in Fusion), so at 200 % text
    they stay small: hard to see and to hit. The text's line height sets them.
    """

    def pixelMetric(  # noqa: N802 (Qt's name)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        size = super().pixelMetric(metric, option, widget)
        if metric in INDICATORS:
            font = widget.font() if widget is not None else QApplication.font()
            size = max(size, round(QFontMetrics(font).height() * INDICATOR_SHARE))
        return size


def _use_style(app: QApplication, name: str) -> None:
    """`name`'s style, wrapped (once: setting a style repolishes every widget)."""
    current = app.style()
    if isinstance(current, TextSizedIndicators) and current.baseStyle().name() == name.lower():
        return
    base = QStyleFactory.create(name)
    if base is not None:
        app.setStyle(TextSizedIndicators(base))


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
        _use_style(app, str(app.property(ORIGINAL_STYLE)))
        app.setPalette(QPalette())
        return
    dark = theme == "dark"
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    _use_style(app, "Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
