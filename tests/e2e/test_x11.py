"""End to end: coach.app.desktop.x11 against a real X server (Xvfb, openbox): a grabbed key
arrives, a key another connection holds is refused, the idle time moves with the
mouse, and a request about a window that is gone answers "nothing" instead of ending
the process (Xlib's default error handler would)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coach.app.desktop import x11
from tests.e2e.desktop import Desktop, missing_tools, wait_for

pytestmark = pytest.mark.skipif(
    bool(missing_tools()) or not sys.platform.startswith("linux"),
    reason="needs a Linux desktop for the end-to-end tests",
)


def test_a_grabbed_key_comes_to_its_connection_and_no_other(managed: Desktop) -> None:
    first, second = x11.Connection(managed.display), x11.Connection(managed.display)
    try:
        keycode = first.keycode("C")
        assert keycode > 0
        assert first.keycode("NoSuchKeyName") == 0
        assert first.grab_key(keycode, x11.CONTROL | x11.MOD1)
        assert not second.grab_key(keycode, x11.CONTROL | x11.MOD1), "held by the first"
        assert second.grab_key(keycode, x11.CONTROL | x11.SHIFT), "another combination is free"
        managed.xdotool("key", "ctrl+alt+c")
        pressed = wait_for(first.pressed_keys, 5, "the key on the grabbing connection", 0.02)
        assert pressed == [keycode]
        assert second.pressed_keys() == []
        first.ungrab_key(keycode, x11.CONTROL | x11.MOD1)
        assert second.grab_key(keycode, x11.CONTROL | x11.MOD1), "free once released"
        with pytest.raises(x11.X11Error, match="refused"):
            first.grab_key(3, x11.CONTROL)  # below every keyboard's first keycode: BadValue
    finally:
        first.close()
        second.close()


def test_idle_time_and_full_screen_read_off_the_server(managed: Desktop) -> None:
    connection = x11.Connection(managed.display)
    try:
        managed.xdotool("mousemove", "20", "20")
        managed.xdotool("mousemove", "30", "30")
        idle = connection.idle()
        assert idle is not None, "Xvfb has MIT-SCREEN-SAVER and this machine libXss"
        seconds, saver_on = idle
        assert 0 <= seconds < 5 and saver_on is False
        xterm = subprocess.Popen(["xterm", "-title", "full-screen-probe"], env=managed.env)
        try:
            window = int(wait_for(lambda: managed.windows("full-screen-probe"), 15, "xterm")[0])
            managed.xdotool("windowactivate", "--sync", str(window))
            wait_for(
                lambda: (
                    connection.window_property(connection.root, "_NET_ACTIVE_WINDOW") == [window]
                ),
                5,
                "openbox to name the xterm the active window",
            )
            subprocess.run(
                ["wmctrl", "-i", "-r", str(window), "-b", "add,fullscreen"],
                env=managed.env,
                check=True,
            )
            fullscreen = connection.atom("_NET_WM_STATE_FULLSCREEN")
            wait_for(
                lambda: (
                    fullscreen in connection.window_property(window, "_NET_WM_STATE", x11.XA_ATOM)
                ),
                5,
                "the full-screen state",
            )
        finally:
            xterm.terminate()
            xterm.wait(10)
        # The window is gone: BadWindow is answered with nothing, and the process lives on.
        wait_for(lambda: not managed.windows("full-screen-probe"), 10, "the xterm to close")
        assert connection.window_property(window, "_NET_WM_STATE", x11.XA_ATOM) == []
        assert connection.idle() is not None, "the connection still works after the error"
    finally:
        connection.close()
