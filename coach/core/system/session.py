"""What kind of desktop session the app is started in, read from the environment alone
(no connection made), so that a start with nowhere to show a window says so plainly
instead of letting Qt abort with a message about a library that is installed."""

from __future__ import annotations

from collections.abc import Mapping


def no_display_reason(env: Mapping[str, str], platform: str) -> str | None:
    """Why no window can be shown here, in one line; None when a desktop may be there.

    macOS and Windows always have one. Elsewhere Qt needs a Wayland or an X11 display,
    named by WAYLAND_DISPLAY or DISPLAY, unless QT_QPA_PLATFORM picks a platform itself
    (offscreen, for tests and tools)."""
    if platform in ("darwin", "win32"):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("WAYLAND_DISPLAY") or env.get("DISPLAY"):
        return None
    return (
        "no desktop to show a window on (neither WAYLAND_DISPLAY nor DISPLAY is set): "
        "start Calf Coach from your desktop session, or let it start at login"
    )
