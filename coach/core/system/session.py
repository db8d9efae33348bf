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


def new_windows_take_the_keyboard(platform_name: str, env: Mapping[str, str]) -> bool:
    """Whether a window the app opens unasked may take the keyboard from the person's work.

    On Wayland the compositor decides, and sway, GNOME and KDE give a new window the
    keyboard whatever the window asks; an X11 window under XWayland fares no better. On
    X11, macOS and Windows a window can appear without it. `platform_name` is Qt's
    (QGuiApplication.platformName()): "wayland", "xcb", "cocoa", "windows", "offscreen"."""
    if platform_name.startswith("wayland"):
        return True
    return platform_name == "xcb" and under_wayland(env)


def under_wayland(env: Mapping[str, str]) -> bool:
    """Whether the session is a Wayland one (the app may still run as an X11 client of its
    XWayland, which sees only what happens in X11 windows)."""
    return bool(env.get("WAYLAND_DISPLAY")) or env.get("XDG_SESSION_TYPE") == "wayland"


def session_kind(env: Mapping[str, str], platform: str) -> str:
    """The kind of desktop session: "wayland", "x11", "macos", "windows" or "none"."""
    if platform == "darwin":
        return "macos"
    if platform == "win32":
        return "windows"
    if under_wayland(env):
        return "wayland"
    return "x11" if env.get("DISPLAY") else "none"
