"""The app's icons: the shipped SVG for windows, and the tray icon in each small size.

The tray icon's pictures are drawn by coach.app.tray_drawing and shipped as PNG
files, so that at start the icon goes up before the drawing code, and most of
Qt's Python layer, is loaded.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from coach.core.assets import asset_path

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
TRAY_STATES = ((False, False), (True, False), (False, True), (True, True))
"""(paused, waiting): every look the tray icon can have."""


@cache
def app_icon(paused: bool = False) -> QIcon:
    name = "calf-coach-paused" if paused else "calf-coach"
    return QIcon(str(asset_path(f"icons/{name}.svg")))


@cache
def tray_icon(paused: bool = False, waiting: bool = False) -> QIcon:
    """The tray icon, one drawing for each size a tray asks for (not one scaled)."""
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addFile(str(asset_path(tray_file(size, paused, waiting))), QSize(size, size))
    return icon


def tray_file(size: int, paused: bool = False, waiting: bool = False) -> str:
    """The asset that holds `tray_drawing.tray_pixmap(size, paused, waiting)`."""
    state = "-paused" * paused + "-waiting" * waiting
    return f"icons/tray/calf-coach{state}-{size}.png"
