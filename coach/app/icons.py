"""The app's icons, loaded once from the shipped SVGs."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from coach.core.assets import asset_path


@cache
def app_icon(paused: bool = False) -> QIcon:
    name = "calf-coach-paused" if paused else "calf-coach"
    return QIcon(str(asset_path(f"icons/{name}.svg")))
