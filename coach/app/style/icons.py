"""The app's icons: the window icon, and the tray icon in each small size.

Both are drawn by coach.app.style.icon_drawing and shipped as PNG files, so that at
start the icon goes up before the drawing code, and most of Qt's Python layer,
is loaded, and Qt's SVG engine is never loaded for them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from coach.core.system.assets import asset_path

TRAY_SIZES = (16, 22, 24, 32, 48, 64)
TRAY_STATES = ((False, False), (True, False), (False, True), (True, True))
"""(paused, waiting): every look the tray icon can have."""
WINDOW_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The window icon's sizes: title bars, task switchers, docks."""


@cache
def app_icon() -> QIcon:
    """The windows' icon."""
    icon = QIcon()
    for size in WINDOW_SIZES:
        icon.addFile(str(asset_path(window_file(size))), QSize(size, size))
    return icon


@cache
def tray_icon(paused: bool = False, waiting: bool = False) -> QIcon:
    """The tray icon, one drawing for each size a tray asks for (not one scaled)."""
    icon = QIcon()
    for size in TRAY_SIZES:
        icon.addFile(str(asset_path(tray_file(size, paused, waiting))), QSize(size, size))
    return icon


def tray_file(size: int, paused: bool = False, waiting: bool = False) -> str:
    """The asset that holds `icon_drawing.tray_pixmap(size, paused, waiting)`."""
    state = "-paused" * paused + "-waiting" * waiting
    return f"icons/tray/calf-coach{state}-{size}.png"


def window_file(size: int) -> str:
    """The asset that holds `icon_drawing.window_image(size)`."""
    return f"icons/window/calf-coach-{size}.png"
