"""Light, dark, or as the system: the `theme` setting applied to the whole app.

"system" leaves Qt to follow the desktop's colour scheme. "light" and "dark"
set Qt's colour-scheme hint and, because not every platform theme honours it,
an explicit palette on the Fusion style, so the choice holds everywhere.
Either way the style is wrapped so that check boxes and radio buttons grow
with the text. (`Qt` is imported where it is used: PySide builds that namespace
whole, about 1 MB, and an idle app on the system theme does not need it.)
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from coach.app.look import DARK, LIGHT

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

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion draws a check box's and a radio button's border a shade darker than the
        window, which vanishes in the dark; the palette's border colour (3:1) is drawn
        over it."""
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        if self.baseStyle().name() != "fusion":
            return
        width = max(1.0, option.rect.height() / 12)
        box = option.rect.toRectF().adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Dark), width))
        from PySide6.QtCore import Qt

        painter.setBrush(Qt.BrushStyle.NoBrush)
        if radio:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def _use_style(app: QApplication, name: str) -> None:
    """`name`'s style, wrapped (once: setting a style repolishes every widget)."""
    current = app.style()
    if isinstance(current, TextSizedIndicators) and current.baseStyle().name() == name.lower():
        return
    base = QStyleFactory.create(name)
    if base is not None:
        app.setStyle(TextSizedIndicators(base))


def apply_theme(app: QApplication, theme: str) -> None:
    hints = app.styleHints()
    if app.property(ORIGINAL_STYLE) is None:
        app.setProperty(ORIGINAL_STYLE, app.style().name())
    if theme == "system":
        hints.unsetColorScheme()
        _use_style(app, str(app.property(ORIGINAL_STYLE)))
        app.setPalette(QPalette())
        return
    from PySide6.QtCore import Qt

    dark = theme == "dark"
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    _use_style(app, "Fusion")
    app.setPalette((DARK if dark else LIGHT).palette())
