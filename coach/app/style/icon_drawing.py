"""The app's icon pictures: the tray icon drawn for each small size, and the window
icon rendered from its SVG at each size a desktop shows.

At 16 to 32 px a scaled drawing turns to mush, so the tray icon is drawn at each
size with its shapes on whole pixels: a calf (a lower leg whose calf bulges),
a crescent moon, in the app's colour; grey with pause bars while paused; and an
orange dot while a reminder waits for an answer.

The app reads both from the PNG files `python -m coach.app.style.icon_drawing` writes
(tests/qt/test_icons.py checks that they match): reading the SVG at start
would load Qt's SVG engine, about 1.7 MB for the life of the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap

from coach.app.style.design import ACCENT
from coach.app.style.icons import TRAY_SIZES, TRAY_STATES, WINDOW_SIZES, tray_file, window_file
from coach.core.system.assets import asset_path

PAUSED_GREY = "#6f7e7e"
MOON = "#f6d77a"
WAITING = "#f08a1c"


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
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
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


WINDOW_SOURCE = "icons/calf-coach.svg"
"""The window icon's drawing (also the launcher's and the notifications' icon)."""


def window_image(size: int) -> QImage:
    """The window icon at `size` pixels, rendered from its SVG."""
    from PySide6.QtSvg import QSvgRenderer  # only here: the app reads the PNG files

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(asset_path(WINDOW_SOURCE))).render(painter)
    painter.end()
    return image


def write_icon_files(assets: Path) -> list[Path]:
    """Draw every tray icon and window icon into `assets`."""
    pictures: list[tuple[str, QPixmap | QImage]] = [
        (tray_file(size, paused, waiting), tray_pixmap(size, paused, waiting))
        for paused, waiting in TRAY_STATES
        for size in TRAY_SIZES
    ]
    pictures += [(window_file(size), window_image(size)) for size in WINDOW_SIZES]
    written = []
    for name, picture in pictures:
        path = assets / name
        path.parent.mkdir(parents=True, exist_ok=True)
        picture.save(str(path))  # PNG, by the name
        written.append(path)
    return written


if __name__ == "__main__":  # python -m coach.app.style.icon_drawing: after changing a drawing
    import os

    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QGuiApplication([])
    for written in write_icon_files(Path(__file__).resolve().parents[3] / "assets"):
        print(written)
