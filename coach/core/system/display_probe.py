"""Whether the display the environment names answers at all, asked before Qt is.

Qt ends the process (an abort and a core dump) when its platform cannot connect, and
its message blames a plugin library that is installed. A plain connection to the
display's socket, with a short bound, tells the real reason in one line first.
"""

from __future__ import annotations

import contextlib
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

from coach.core.i18n import printable
from coach.core.system.session import no_display_reason

CONNECT_SECONDS = 1.0
X_TCP_PORT = 6000
QT_DISPLAY_PLATFORMS = ("xcb", "wayland")
"""The platforms of Qt that need a display server; any other one (offscreen, vnc, …) is
the starter's own choice and is trusted."""


def display_problem(env: Mapping[str, str], platform: str) -> str | None:
    """Why no window can be shown here, in one line; None when the display answers."""
    reason = no_display_reason(env, platform)
    if reason is not None or platform in ("darwin", "win32"):
        return reason
    tried = _candidates(env)
    if tried is None or any(_answers(address) for _, address in tried):
        return None
    names = " and ".join(f"{name}={printable(env.get(name, ''))}" for name, _ in tried)
    return (
        f"the desktop's display does not answer ({names}): start Calf Coach from your "
        "desktop session, or let it start at login"
    )


Address = str | tuple[str, int]
"""A socket's path (a leading NUL: Linux's abstract name) or a host and port."""


def _candidates(env: Mapping[str, str]) -> list[tuple[str, list[Address]]] | None:
    """The displays Qt would try, as (variable, addresses); None: nothing to check."""
    chosen = [p.split(":")[0] for p in env.get("QT_QPA_PLATFORM", "").split(";") if p]
    if any(not p.startswith(QT_DISPLAY_PLATFORMS) for p in chosen):
        return None
    if env.get("WAYLAND_SOCKET"):  # an inherited connection: nothing to dial
        return None
    found = []
    wayland = env.get("WAYLAND_DISPLAY")
    if wayland and (not chosen or any(p.startswith("wayland") for p in chosen)):
        found.append(("WAYLAND_DISPLAY", [_wayland_address(wayland, env)]))
    display = env.get("DISPLAY")
    if display and (not chosen or "xcb" in chosen):
        found.append(("DISPLAY", _x_addresses(display)))
    return found


def _wayland_address(name: str, env: Mapping[str, str]) -> Address:
    if name.startswith("/"):
        return name
    return str(Path(env.get("XDG_RUNTIME_DIR", "")) / name)


def _x_addresses(display: str) -> list[Address]:
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not (number.isascii() and number.isdigit()):  # "²" is a digit to Python, not to X
        return []
    if host.startswith("/"):  # a launchd socket path, as XQuartz names it
        return [display]
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return [path, f"\0{path}"] if sys.platform.startswith("linux") else [path]
    return [(host, X_TCP_PORT + int(number))]


def _answers(addresses: list[Address]) -> bool:
    for address in addresses:
        if isinstance(address, tuple):  # a port past 65535 is no display either
            with contextlib.suppress(OSError, OverflowError):
                socket.create_connection(address, CONNECT_SECONDS).close()
                return True
            continue
        with contextlib.suppress(OSError, ValueError), socket.socket(socket.AF_UNIX) as probe:
            probe.settimeout(CONNECT_SECONDS)
            probe.connect(address)
            return True
    return False
