"""Check boxes and radio buttons that grow with the text, as a style around the app's own.

Put in place by coach.app.style.theme.size_indicators_with_text, with the first window
that has any: setting up QStyle's Python side costs about 0.6 MB, and the tray
menu an idle app shows has neither.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

INDICATORS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)
INDICATOR_SHARE = 0.85
"""A check box or radio indicator is at least this share of a text line's height."""
ARROW_SHARE = 1.4
"""A number field's arrow buttons are at least this share of a text line's height wide."""
HANDLE_SHARE = 1.2
"""A slider's handle is at least this share of a text line's height (Fusion's was a
grey 10-pixel tab that all but vanished in the dark)."""


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
        font = widget.font() if widget is not None else QApplication.font()
        line = QFontMetrics(font).height()
        if metric in INDICATORS:
            size = max(size, round(line * INDICATOR_SHARE))
        elif metric in (
            QStyle.PixelMetric.PM_SliderLength,
            QStyle.PixelMetric.PM_SliderControlThickness,
        ):
            size = max(size, round(line * HANDLE_SHARE))
        elif metric == QStyle.PixelMetric.PM_SliderThickness:
            size = max(size, round(line * HANDLE_SHARE) + 4)
        return size

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        data: Any = None,
    ) -> int:
        """No stock icons on dialog buttons (a floppy disk on Save, a red X on Cancel):
        no other button of the app has one."""
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return int(super().styleHint(hint, option, widget, data))

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion draws a check box's and a radio button's border a shade darker than the
        window, which vanishes in the dark; the palette's border colour (3:1) is drawn
        over it. Fusion's own dotted focus box is left out: the app's ring
        (coach.app.style.rings) marks the focus, once, the same on every control."""
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_Frame):
            self._edge(option, painter)  # fields, and framed panels (the history's tiles)
            return
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
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if radio:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()

    def _arrows_grow(self, option: QStyleOption, widget: QWidget | None) -> int:
        """How much wider a spin box's arrows are than the base style makes them."""
        font = widget.font() if widget is not None else QApplication.font()
        up = QStyle.SubControl.SC_SpinBoxUp
        complex_option = option if isinstance(option, QStyleOptionComplex) else None
        if complex_option is None:
            return 0
        arrows = super().subControlRect(
            QStyle.ComplexControl.CC_SpinBox,
            complex_option,
            up,
            widget,  # type: ignore[arg-type]
        )
        return max(0, round(QFontMetrics(font).height() * ARROW_SHARE) - arrows.width())

    def sizeFromContents(  # noqa: N802 (Qt's name)
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        """A spin box asks for its wider arrows on top of its text (without, "22:30" was
        cut to "22:3")."""
        asked = super().sizeFromContents(contents, option, size, widget)  # type: ignore[arg-type]
        if contents == QStyle.ContentsType.CT_SpinBox and self.baseStyle().name() == "fusion":
            asked.setWidth(asked.width() + self._arrows_grow(option, widget))
        return asked

    def subControlRect(  # noqa: N802 (Qt's name)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        sub: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        """A number's and a time's up and down arrows as wide as a text line is high:
        Fusion's were 8 pixels wide, hard to hit for a tired hand (and at 200 % text)."""
        # Qt passes no widget at times; PySide's stub says it always does.
        rect = super().subControlRect(control, option, sub, widget)  # type: ignore[arg-type]
        if control != QStyle.ComplexControl.CC_SpinBox or self.baseStyle().name() != "fusion":
            return rect
        grow = self._arrows_grow(option, widget)
        if sub in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            return rect.adjusted(-grow, 0, 0, 0)
        if sub == QStyle.SubControl.SC_SpinBoxEditField:
            return rect.adjusted(0, 0, -grow, 0)
        return rect

    def drawComplexControl(  # noqa: N802 (Qt's name)
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Spin boxes (times, dates, numbers) and editable lists get the same edge as text
        fields."""
        if control == QStyle.ComplexControl.CC_Slider and isinstance(option, QStyleOptionSlider):
            option = QStyleOptionSlider(option)  # the groove and ticks; the knob is ours
            option.subControls &= ~QStyle.SubControl.SC_SliderHandle
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox):
            self._edge(option, painter)
        elif control == QStyle.ComplexControl.CC_Slider:
            self._handle(option, painter, widget)

    def _handle(
        self, option: QStyleOptionComplex, painter: QPainter, widget: QWidget | None
    ) -> None:
        """A slider's handle as a round knob in the accent colour with the border colour's
        edge, in place of Fusion's: it reads in both themes and is big enough to hit; with
        the keyboard on it, a ring around it."""
        if self.baseStyle().name() != "fusion" or widget is None:
            return
        rect = self.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, widget
        ).toRectF()
        side = min(rect.width(), rect.height()) - 1
        knob = rect.adjusted(
            (rect.width() - side) / 2,
            (rect.height() - side) / 2,
            -(rect.width() - side) / 2,
            -(rect.height() - side) / 2,
        )
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Dark), max(1.0, side / 14)))
        fill = QPalette.ColorRole.Highlight if enabled else QPalette.ColorRole.Button
        painter.setBrush(option.palette.color(fill))
        painter.drawEllipse(knob)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's here: a ring
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawEllipse(knob.adjusted(-3, -3, 3, 3))
        painter.restore()

    def _edge(self, option: QStyleOption, painter: QPainter) -> None:
        """A field's edge in the palette's border colour (3:1 against the window and the
        field): Fusion's shade of the field itself was 1.1:1 in the dark."""
        if self.baseStyle().name() != "fusion":
            return
        painter.save()
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Dark), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(option.rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()
