"""Whether a window can be shown, from the environment alone."""

from __future__ import annotations

import pytest

from coach.core.system.display_probe import display_problem
from coach.core.system.session import (
    new_windows_take_the_keyboard,
    no_display_reason,
    session_kind,
)


@pytest.mark.parametrize(
    "env",
    [
        {"DISPLAY": ":0"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"QT_QPA_PLATFORM": "offscreen"},
    ],
)
def test_a_display_or_a_chosen_platform_is_enough(env: dict[str, str]) -> None:
    assert no_display_reason(env, "linux") is None


def test_nothing_to_show_a_window_on_is_said_in_words() -> None:
    reason = no_display_reason({"HOME": "/home/a"}, "linux")
    assert reason is not None and "neither WAYLAND_DISPLAY nor DISPLAY" in reason
    assert no_display_reason({"DISPLAY": ""}, "freebsd") == reason


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_macos_and_windows_always_have_a_desktop(platform: str) -> None:
    assert no_display_reason({}, platform) is None
    assert display_problem({"DISPLAY": ":99"}, platform) is None, "no X display is dialled"


@pytest.mark.parametrize(
    ("platform", "env", "kind"),
    [
        ("darwin", {"DISPLAY": ":0"}, "macos"),  # XQuartz's DISPLAY: still a Mac session
        ("win32", {"WAYLAND_DISPLAY": "wayland-0"}, "windows"),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland"),
        ("linux", {"DISPLAY": ":0"}, "x11"),
        ("linux", {}, "none"),
    ],
)
def test_the_kind_of_session(platform: str, env: dict[str, str], kind: str) -> None:
    assert session_kind(env, platform) == kind


@pytest.mark.parametrize(
    ("platform", "env", "takes"),
    [
        ("wayland", {"WAYLAND_DISPLAY": "wayland-1"}, True),
        ("wayland-egl", {}, True),
        ("xcb", {"DISPLAY": ":1", "WAYLAND_DISPLAY": "wayland-1"}, True),  # XWayland
        ("xcb", {"DISPLAY": ":1", "XDG_SESSION_TYPE": "wayland"}, True),
        ("xcb", {"DISPLAY": ":1", "XDG_SESSION_TYPE": "x11"}, False),
        ("cocoa", {}, False),
        ("windows", {}, False),
        ("offscreen", {"WAYLAND_DISPLAY": "wayland-1"}, False),
    ],
)
def test_where_a_new_window_takes_the_keyboard(
    platform: str, env: dict[str, str], takes: bool
) -> None:
    assert new_windows_take_the_keyboard(platform, env) is takes
