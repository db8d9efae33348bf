"""A real Wayland desktop for the end-to-end tests: sway (wlroots) on its headless
backend, waybar as the tray host (StatusNotifierItem), mako for notifications, a
session bus, and a persistent virtual keyboard.

sway refuses to run as root, so it runs as `nobody` in a runtime folder of its own;
every other client (the app, waybar, mako, the editor) reaches it by the socket's full
path. It must not start an Xwayland of its own: on a shared machine that unlinks
another display's socket. What the tests assert comes from the compositor itself
(`swaymsg -t get_tree`: which window has the keyboard, where, full screen or not) and
from mako's own list."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.e2e.desktop import SCREEN, Desktop, wait_for

WAYLAND_TOOLS = ("sway", "swaymsg", "waybar", "mako", "grim", "xkbcli", "dbus-launch", "setpriv")
WAYBAR = {"layer": "top", "position": "top", "height": 28, "modules-right": ["tray"]}


def missing_wayland_tools() -> list[str]:
    return [tool for tool in WAYLAND_TOOLS if shutil.which(tool) is None]


class WaylandDesktop(Desktop):
    """The Desktop's app helpers (start_app, calf_coach, status), on sway."""

    def __init__(self, root: Path, artifacts: Path) -> None:
        super().__init__(root, artifacts)
        self.socket = Path()
        self.sway_ipc = ""
        self.sway_runtime = Path()

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.artifacts.mkdir(parents=True, exist_ok=True)
        self._start_sway()
        self._start_bus()
        (self.root / "waybar.json").write_text(json.dumps(WAYBAR))
        self._spawn(["mako"], "mako.log")
        self._spawn(["waybar", "-c", str(self.root / "waybar.json")], "waybar.log")
        wait_for(self._mako_ready, 20, "mako")
        wait_for(self._tray_host_ready, 30, "waybar's tray")

    def _start_sway(self) -> None:
        nobody = pwd.getpwnam("nobody")
        # Beside the test's folders, which `nobody` may not enter.
        runtime = self.sway_runtime = Path(tempfile.mkdtemp(prefix="calf-coach-sway-"))
        os.chown(runtime, nobody.pw_uid, nobody.pw_gid)
        width, height = SCREEN
        config = runtime / "sway.config"
        config.write_text(
            "xwayland disable\n"
            f"output HEADLESS-1 resolution {width}x{height}\n"
            "default_border none\n"
        )
        config.chmod(0o644)
        sway_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(runtime),
            "XDG_RUNTIME_DIR": str(runtime),
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
        }
        with (self.root / "sway.log").open("wb") as log:
            sway = subprocess.Popen(
                [
                    "setpriv",
                    f"--reuid={nobody.pw_uid}",
                    f"--regid={nobody.pw_gid}",
                    "--clear-groups",
                    "sway",
                    "-c",
                    str(config),
                ],
                env=sway_env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        self._procs.append(sway)
        self.socket = wait_for(
            lambda: self._alive(sway, "sway.log") and next(runtime.glob("wayland-*[0-9]"), None),
            20,
            "sway's socket",
        )
        self.sway_ipc = str(
            wait_for(lambda: next(runtime.glob("sway-ipc.*.sock"), None), 20, "sway's IPC")
        )
        own_runtime = self.root / "run"
        own_runtime.mkdir(mode=0o700)
        drop = ("QT_", "DBUS_", "XDG_RUNTIME", "DISPLAY", "WAYLAND", "XDG_SESSION", "XDG_CURRENT")
        keep = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
        self.env = {
            **keep,
            "WAYLAND_DISPLAY": str(self.socket),
            "XDG_RUNTIME_DIR": str(own_runtime),
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "sway",
            "QT_QPA_PLATFORM": "wayland",
            "XDG_CONFIG_HOME": str(self.own_config()),
        }

    def stop(self) -> None:
        super().stop()
        shutil.rmtree(self.sway_runtime, ignore_errors=True)

    # --- looking at it --------------------------------------------------------------------

    def swaymsg(self, *args: str) -> Any:
        done = subprocess.run(
            ["swaymsg", "-s", self.sway_ipc, "-r", *args],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout) if done.stdout.strip() else None

    def windows_now(self) -> list[dict[str, Any]]:
        """Every window the compositor shows, as its tree describes it."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("pid") and node.get("type") in ("con", "floating_con"):
                found.append(node)
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(self.swaymsg("-t", "get_tree"))
        return found

    def focused(self) -> dict[str, Any] | None:
        """The window that has the keyboard, if any."""
        return next((w for w in self.windows_now() if w.get("focused")), None)

    def _bus_call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        *body: str | int,
        signature: str = "",
    ) -> Any:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        address = DBusAddress(path, service, interface)
        with open_dbus_connection(self.env["DBUS_SESSION_BUS_ADDRESS"]) as bus:
            call = new_method_call(address, method, signature or "s" * len(body), body)
            return bus.send_and_get_reply(call, timeout=2).body

    def click_notification(self) -> None:
        """What a click on mako's newest notification does: its default action."""
        mako = ("org.freedesktop.Notifications", "/fr/emersion/Mako", "fr.emersion.Mako")
        (listed,) = self._bus_call(*mako, "ListNotifications")
        newest = listed[0]["id"][1]
        self._bus_call(*mako, "InvokeAction", newest, "default", signature="us")

    def notifications(self) -> list[str] | None:
        """Summaries of what mako shows now (None: mako does not answer)."""
        try:
            (listed,) = self._bus_call(
                "org.freedesktop.Notifications",
                "/fr/emersion/Mako",
                "fr.emersion.Mako",
                "ListNotifications",
            )
        except Exception:
            return None
        return [item["summary"][1] for item in listed]

    def _mako_ready(self) -> bool:
        return self.notifications() is not None

    def _tray_host_ready(self) -> bool:
        try:
            (registered,) = self._bus_call(
                "org.kde.StatusNotifierWatcher",
                "/StatusNotifierWatcher",
                "org.freedesktop.DBus.Properties",
                "Get",
                "org.kde.StatusNotifierWatcher",
                "IsStatusNotifierHostRegistered",
            )
        except Exception:
            return False
        return bool(registered == ("b", True))

    def screenshot(self, name: str) -> Any:
        """The compositor's own picture of the screen (grim, through wlr-screencopy)."""
        from PIL import Image

        path = self.artifacts / f"{name}.png"
        subprocess.run(["grim", str(path)], env=self.env, check=True, timeout=10)
        with Image.open(path) as image:
            return image.copy()


@contextmanager
def running_wayland(root: Path, artifacts: Path) -> Iterator[WaylandDesktop]:
    desktop = WaylandDesktop(root, artifacts)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()
