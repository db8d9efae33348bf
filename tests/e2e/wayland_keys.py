"""A keyboard for the Wayland tests: a virtual keyboard (zwp_virtual_keyboard_v1) that
stays for the whole test, with one full US keymap uploaded once, so every key reaches
whichever window the compositor has given the keyboard, exactly as a person's would.
(A tool run per key, such as wtype, uploads a new keymap each time, which the
compositor passes on to the focused window, which then may drop the keys.)"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping

from coach.app.desktop.wayland import Connection, uint

KEYS = {
    **dict(zip("qwertyuiop", range(16, 26), strict=True)),
    **dict(zip("asdfghjkl", range(30, 39), strict=True)),
    **dict(zip("zxcvbnm", range(44, 51), strict=True)),
    " ": 57,
    "\n": 28,
}
"""Linux input key codes of the characters the tests type."""
XKB_V1 = 1


class VirtualKeyboard:
    def __init__(self, env: Mapping[str, str]) -> None:
        self.connection = Connection.open(env)
        seat = self.connection.bind("wl_seat", 1)
        manager = self.connection.bind("zwp_virtual_keyboard_manager_v1", 1)
        if seat is None or manager is None:
            raise RuntimeError("this compositor offers no virtual keyboard")
        self.keyboard = self.connection.new_object()
        self.connection.send(manager, 0, uint(seat) + uint(self.keyboard))
        keymap = (
            subprocess.run(
                ["xkbcli", "compile-keymap", "--layout", "us"], capture_output=True, check=True
            ).stdout
            + b"\0"
        )
        fd = os.memfd_create("keymap")
        os.write(fd, keymap)
        self.connection.send(self.keyboard, 0, uint(XKB_V1) + uint(len(keymap)), [fd])
        os.close(fd)
        self.connection.roundtrip()

    def type(self, text: str, pause: float = 0.02) -> None:
        """Press and release each character's key, as typing does."""
        for char in text:
            for state in (1, 0):
                stamp = int(time.monotonic() * 1000) & 0xFFFFFFFF
                self.connection.send(self.keyboard, 1, uint(stamp) + uint(KEYS[char]) + uint(state))
            time.sleep(pause)
        self.connection.roundtrip()

    def close(self) -> None:
        self.connection.close()
