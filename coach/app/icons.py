"""The app's icons: the shipped SVG for windows, and a tray icon drawn for each small size.

At 16 to 32 px a scaled drawing turns to mush, so the tray icon is drawn at each
size with its shapes on whole pixels: a calf (a lower leg whose calf bulges),
a crescent moon, in the app's colour; grey with pause bars while paused; and an
orange dot while a reminder waits for an answer.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

from coach.app.look import ACCENT
from coach.core.assets import asset_path

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
PAUSED_GREY = "#6f7e7e"
MOON = "#f6d77a"
WAITING = "#f08a1c"
CLEAR = QColor(0, 0, 0, 0)
"""Qt's `transparent`, spelt out: the icon is drawn before the app loads, and the first
use of the `Qt` namespace costs 15 ms of Python enums."""


@cache
def app_icon(paused: bool = False) -> QIcon:
    name = "calf-coach-paused" if paused else "calf-coach"
    return QIcon(str(asset_path(f"icons/{name}.svg")))


def _calf(size: int) -> QPainterPath:
    """The lower leg seen from the side, the calf bulging behind, the foot forward."""

    def at(x: float, y: float) -> QPointF:
        return QPointF(round(x * size * 2) / 2, round(y * size * 2) / 2)  # half pixels

    path = QPainterPath(at(0.30, 0.06))
    path.cubicTo(at(0.02, 0.26), at(0.06, 0.54), at(0.31, 0.64))  # the calf, round behind
    path.lineTo(at(0.33, 0.74))  # a thin ankle
    path.cubicTo(at(0.26, 0.78), at(0.28, 0.86), at(0.36, 0.87))  # the heel
    path.lineTo(at(0.74, 0.87))  # the sole
    path.cubicTo(at(0.78, 0.80), at(0.68, 0.74), at(0.48, 0.71))  # toes and instep
    path.lineTo(at(0.45, 0.62))  # the ankle in front
    path.cubicTo(at(0.49, 0.42), at(0.50, 0.24), at(0.47, 0.06))  # the shin
    path.closeSubpath()
    return path


def tray_pixmap(size: int, paused: bool = False, waiting: bool = False) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(CLEAR)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(CLEAR)  # no outline
    painter.setBrush(QColor(PAUSED_GREY if paused else ACCENT))
    painter.drawEllipse(QRectF(0, 0, size, size))
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(_calf(size))
    painter.setBrush(QColor(MOON))
    if paused:
        bar = max(2.0, round(size * 0.09))
        for left in (0.58, 0.74):
            painter.drawRect(QRectF(round(size * left), round(size * 0.14), bar, round(size * 0.3)))
    else:
        moon = QPainterPath()
        moon.addEllipse(QRectF(size * 0.56, size * 0.10, size * 0.30, size * 0.30))
        bite = QPainterPath()
        bite.addEllipse(QRectF(size * 0.64, size * 0.04, size * 0.28, size * 0.28))
        painter.drawPath(moon.subtracted(bite))
    if waiting:
        dot = max(5.0, round(size * 0.36))
        painter.setBrush(QColor(WAITING))
        painter.setPen(QColor("#ffffff"))
        painter.drawEllipse(QRectF(size - dot - 0.5, size - dot - 0.5, dot, dot))
    painter.end()
    return pixmap


@cache
def tray_icon(paused: bool = False, waiting: bool = False) -> QIcon:
    """The tray icon, drawn for each size a tray asks for."""
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addPixmap(tray_pixmap(size, paused, waiting))
    return icon
