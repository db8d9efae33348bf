"""What `calf-coach status` tells about the running app, in one JSON-ready dict."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QSystemTrayIcon

from coach.app.desktop.global_key import GlobalKey
from coach.app.history.writer import HistoryWriter
from coach.app.home.presence import Presence
from coach.app.home.windows import WindowOpener
from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.settings import pregnancy
from coach.core.settings.schema import Settings


def app_status(
    now: dt.datetime,
    scheduler: ReminderScheduler,
    settings: Settings,
    log: HistoryWriter,
    language: str | None,
    presence: Presence,
    windows: WindowOpener,
    player: str | None,
    playing: dict[str, object],
    flow: ReminderFlow,
    key: GlobalKey,
) -> dict[str, Any]:
    upcoming = scheduler.next_reminder()
    paused = scheduler.paused_until()
    icon = presence.tray.icon
    geometry = icon.geometry()
    window = presence.window
    attention = scheduler.attention()
    return {
        "running": True,
        "attention": attention.value,
        "holding": [h.reminder.kind for h in scheduler.agenda.held],
        "paused_until": paused.isoformat(timespec="seconds") if paused else None,
        "next": upcoming.to_json() if upcoming else None,
        "week": pregnancy.week_on(settings.pregnancy, now.date()),
        "water_today_ml": log.water_today()[0],
        "language": language,
        "tray": {
            "available": QSystemTrayIcon.isSystemTrayAvailable(),
            "visible": icon.isVisible(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        },
        "window": window is not None and window.isVisible(),
        "home_next": window.next_up.text() if window is not None and window.isVisible() else None,
        "history_window": windows.history_open,
        "dialogs": [dialog.objectName() for dialog in windows.dialogs],
        "player": player,
        "playing": playing,
        "cramp_key": {"key": key.combination, "from_anywhere": key.registered},
        "card": {
            "kind": flow.current.kind if flow.current else None,
            "waiting": len(flow.waiting),
        },
    }
