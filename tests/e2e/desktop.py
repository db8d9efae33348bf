"""A real little desktop for end-to-end tests and benchmarks.

Xvfb (an X server), a D-Bus session bus (dbus-launch), tint2 as the tray host
with its systray, and dunst as the notification server. The installed
`calf-coach` runs inside it, and screenshots show what a person would see.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from PIL import Image, ImageGrab

NEEDED = ("Xvfb", "dbus-launch", "tint2", "dunst", "xdotool", "openbox", "wmctrl", "xterm")
SCREEN = (1280, 800)
PANEL_HEIGHT = 32
TINT2RC = f"""\
panel_items = S
panel_size = 100% {PANEL_HEIGHT}
panel_position = bottom center horizontal
panel_layer = top
systray_padding = 4 4 4
systray_icon_size = 24
"""
DUNSTRC = """\
[global]
    font = Sans 10
    dmenu = {menu}
"""

MENU = """\
#!/bin/sh
# dunst's context menu (`dunstctl context`), standing in for dmenu: keeps the
# offered lines and picks the first one that contains the text in pick.txt.
cat > "$(dirname "$0")/menu.txt"
grep -m1 -F -- "$(cat "$(dirname "$0")/pick.txt")" "$(dirname "$0")/menu.txt"
"""


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


def calf_coach_command() -> list[str]:
    """The installed console script beside this Python, else `python -m coach`."""
    script = Path(sys.executable).with_name("calf-coach")
    return [str(script)] if script.exists() else [sys.executable, "-m", "coach"]


NOTHING_PLANNED = "".join(
    f"[reminders.{kind}]\nenabled = {value}\n"
    for kind, value in (
        ("stretch", "false"),
        ("fluids", "false"),
        ("legs-up", "false"),
        ("left-side", '"off"'),
        ("move", "false"),
    )
)
"""Settings in which no reminder falls due by itself: a test that asks for one with
`calf-coach remind` then sees only that one, whatever the time of day it runs at."""


def one_reminder_due_at_start(home: Path, settings: str = "") -> None:
    """Settings (after `settings`) with one reminder, legs up, due a minute ago, and the
    state of an app that last looked before it: the app started next catches it up at
    once, whatever the time of day (quiet hours off). For a reminder to be held: one asked
    for with `calf-coach remind` never is."""
    import datetime as dt

    now = dt.datetime.now().astimezone()  # the zone the app reads too
    due = (now - dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
    legs_up = f'[reminders.legs-up]\nenabled = true\ntimes = ["{due:%H:%M}"]\n'
    planned = NOTHING_PLANNED.replace("[reminders.legs-up]\nenabled = false\n", legs_up)
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(f"{settings}{planned}[quiet_hours]\nenabled = false\n")
    last_check = (due - dt.timedelta(minutes=1)).isoformat()
    (home / "state.json").write_text(json.dumps({"last_check": last_check}))


def next_reminder_titles() -> tuple[str, ...]:
    """The titles the app may name as next right now, worked out from the plan with the
    same wall clock the app reads (now and a minute on: the two may read either side of
    a minute). A test must not expect water next when, at 18:40, legs-up comes first."""
    import datetime as dt

    from coach.core.plan.reminders import upcoming
    from coach.core.settings.kinds import kind_text
    from coach.core.settings.schema import DEFAULTS

    now = dt.datetime.now().astimezone()
    titles = []
    for moment in (now, now + dt.timedelta(minutes=1)):
        for reminder in upcoming(DEFAULTS, moment, 1):
            titles.append(kind_text(reminder.kind).title)
    return tuple(dict.fromkeys(titles))


def presented_after(status: dict[str, Any], since: float) -> float:
    """Seconds from `since` (time.time() when the test acted) to the moment the app says it
    presented the reminder now up: the app's own time, not the test's polling, which on a
    busy machine waits for each `status` process to start."""
    shown = status["card_since"]
    assert shown is not None, status
    return dt.datetime.fromisoformat(shown).timestamp() - since


def wait_for(check: Callable[[], Any], timeout: float, what: str, step: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(step)
    raise TimeoutError(f"waited {timeout:.0f} s for {what}")


class Desktop:
    def __init__(
        self, root: Path, artifacts: Path, *, tray: bool = True, window_manager: bool = False
    ) -> None:
        """`tray`: whether a tray host runs (stock GNOME has none); `window_manager`: whether
        openbox runs (full-screen windows and the active window need one)."""
        self.tray = tray
        self.window_manager = window_manager
        self.root = root
        self.artifacts = artifacts
        self.env: dict[str, str] = {}
        self.display = ""
        self._procs: list[subprocess.Popen[bytes]] = []
        self._bus_pid: int | None = None
        self.program = calf_coach_command()
        """How the app is started here; the package test points it at the installed .deb."""

    # --- start and stop -------------------------------------------------------------------

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.artifacts.mkdir(parents=True, exist_ok=True)
        self._start_x()
        self._start_bus()
        wait_for(self.accepts_clients, 20, f"the X server on {self.display}")
        (self.root / "tint2rc").write_text(TINT2RC)
        menu = self.root / "menu"
        menu.write_text(MENU)
        menu.chmod(0o755)
        (self.root / "dunstrc").write_text(DUNSTRC.format(menu=menu))
        dunst = self._spawn(["dunst", "-config", str(self.root / "dunstrc")], "dunst.log")
        if self.window_manager:
            openbox = self._spawn(["openbox", "--sm-disable"], "openbox.log")
            wait_for(
                lambda: self._alive(openbox, "openbox.log") and self.wmctrl("-m").strip(),
                20,
                "openbox",
            )
        if self.tray:
            tint2 = self._spawn(["tint2", "-c", str(self.root / "tint2rc")], "tint2.log")
            # tint2 waits for a window manager before it starts its systray: about 15 s here.
            wait_for(
                lambda: self._alive(tint2, "tint2.log") and self.tray_owner(),
                60,
                "tint2's systray",
            )
        wait_for(lambda: self._alive(dunst, "dunst.log") and self._dunst_ready(), 20, "dunst")

    def _start_x(self) -> None:
        read, write = os.pipe()
        width, height = SCREEN
        # -noreset: without it Xvfb resets whenever its last client leaves, refusing newcomers.
        argv = [
            "Xvfb",
            "-displayfd",
            str(write),
            "-noreset",
            "-screen",
            "0",
            f"{width}x{height}x24",
        ]
        with (self.root / "xvfb.log").open("wb") as log:
            xvfb = subprocess.Popen(
                [*argv, "-nolisten", "tcp"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        os.close(write)
        with os.fdopen(read) as out:
            number = out.readline().strip()
        self._procs.append(xvfb)
        if not number.isdigit():
            raise RuntimeError(f"Xvfb did not start: {(self.root / 'xvfb.log').read_text()}")
        self.display = f":{number}"
        drop = ("QT_", "DBUS_", "XDG_RUNTIME", "DISPLAY", "WAYLAND")
        keep = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
        self.env = {
            **keep,
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_SESSION_TYPE": "x11",  # an X11 session, whatever this machine's is
            "XDG_CONFIG_HOME": str(self.own_config()),
        }

    def own_config(self) -> Path:
        """This desktop's own config folder: the welcome's "Done" writes a start-at-login
        entry there, never in the machine's ~/.config/autostart."""
        config = self.root / "config"
        config.mkdir(mode=0o700, exist_ok=True)
        return config

    def _start_bus(self) -> None:
        out = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True, check=True
        ).stdout
        for line in out.splitlines():
            if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
                self.env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
            if line.startswith("DBUS_SESSION_BUS_PID="):
                self._bus_pid = int(line.split("=", 1)[1].rstrip(";"))

    def _alive(self, proc: subprocess.Popen[bytes], log: str) -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited: {(self.root / log).read_text()}")
        return True

    def _spawn(self, argv: list[str], log: str) -> subprocess.Popen[bytes]:
        with (self.root / log).open("wb") as out:
            proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL, stderr=out)
        self._procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
        if self._bus_pid:
            with suppress(ProcessLookupError):
                os.kill(self._bus_pid, signal.SIGTERM)

    # --- looking at it --------------------------------------------------------------------

    def tray_owner(self) -> int:
        """The window that owns the systray selection (0: no tray host)."""
        with _x_display(self.display) as (x11, handle):
            if not handle:
                return 0
            atom = x11.XInternAtom(handle, b"_NET_SYSTEM_TRAY_S0", 0)
            owner: int = x11.XGetSelectionOwner(handle, atom)
            return owner

    def accepts_clients(self) -> bool:
        with _x_display(self.display) as (_, handle):
            return bool(handle)

    def _dunst_ready(self) -> bool:
        return self.notifications() is not None

    def notifications(self) -> list[str] | None:
        """Summaries of every notification dunst has shown, newest first.

        dunst lists only closed ones in its history, so displayed ones are closed first.
        """
        for args in (["close-all"], ["history"]):
            done = subprocess.run(["dunstctl", *args], env=self.env, capture_output=True, text=True)
            if done.returncode != 0:
                return None
        return [item["summary"]["data"] for item in json.loads(done.stdout)["data"][0]]

    def press_notification_button(self, label: str) -> list[str]:
        """Choose the button `label` of the shown notification from dunst's context menu;
        returns the lines the menu offered."""
        (self.root / "pick.txt").write_text(label)
        (self.root / "menu.txt").unlink(missing_ok=True)
        subprocess.run(["dunstctl", "context"], env=self.env, check=True)
        wait_for((self.root / "menu.txt").exists, 10, "dunst's context menu")
        return (self.root / "menu.txt").read_text().splitlines()

    def click_notification(self) -> None:
        """What a click on the notification does in dunst: its default action."""
        subprocess.run(["dunstctl", "action", "0"], env=self.env, check=True)

    def displayed(self) -> int:
        """How many notifications dunst shows right now."""
        done = subprocess.run(
            ["dunstctl", "count", "displayed"], env=self.env, capture_output=True, text=True
        )
        return int(done.stdout.strip() or 0) if done.returncode == 0 else 0

    def screenshot(self, name: str) -> Image.Image:
        image = ImageGrab.grab(xdisplay=self.display)
        image.save(self.artifacts / f"{name}.png")
        return image

    def windows(self, name: str) -> list[str]:
        """Ids of visible windows whose title contains `name` (none yet: empty).

        Matched here, not by xdotool's regular expressions, which miss the em dash Qt
        puts between a window's name and the app's ("History — Calf Coach")."""
        done = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "."],
            env=self.env,
            capture_output=True,
            text=True,
        )
        found = []
        for window in done.stdout.split():
            title = subprocess.run(
                ["xdotool", "getwindowname", window], env=self.env, capture_output=True, text=True
            ).stdout
            if name in title:
                found.append(window)
        return found

    def wmctrl(self, *args: str) -> str:
        done = subprocess.run(["wmctrl", *args], env=self.env, capture_output=True, text=True)
        return done.stdout if done.returncode == 0 else ""

    def xdotool(self, *args: str) -> str:
        return subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, check=True
        ).stdout.strip()

    # --- the app ----------------------------------------------------------------------------

    @staticmethod
    def settle(home: Path) -> None:
        """A settings file, so the first-run welcome stays away (its own test asks for it).
        Nobody types on this desktop between tests, so "away" is set as long as it goes:
        the attention tests set their own."""
        settings = home / "settings.toml"
        if not settings.exists():
            home.mkdir(parents=True, exist_ok=True)
            settings.write_text(
                "# written by the end-to-end harness\n[attention]\naway_after_minutes = 120\n"
            )

    def calf_coach(
        self, home: Path, *args: str, timeout: float = 30, welcome: bool = False
    ) -> subprocess.CompletedProcess[str]:
        if not welcome:
            self.settle(home)
        return subprocess.run(
            [*self.program, "--home", str(home), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start_app(
        self,
        home: Path,
        *,
        welcome: bool = False,
        system_language: str | None = None,
        under: tuple[str, ...] = (),
    ) -> subprocess.Popen[bytes]:
        """Start the installed app; `system_language` ("ru_RU") is the desktop's language,
        `under` a command that runs it (strace)."""
        if not welcome:
            self.settle(home)
        env = self.env
        if system_language is not None:
            locale = f"{system_language}.UTF-8"
            language = system_language.split("_")[0]
            env = {**env, "LANG": locale, "LC_ALL": locale, "LANGUAGE": language}
        with (self.root / "app.out").open("wb") as out:
            proc = subprocess.Popen(
                [*under, *self.program, "--home", str(home)],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self._procs.append(proc)
        return proc

    def status(self, home: Path) -> dict[str, Any]:
        done = self.calf_coach(home, "status", "--json")
        status: dict[str, Any] = json.loads(done.stdout)
        return status


@contextmanager
def _x_display(display: str) -> Iterator[tuple[Any, int]]:
    """An Xlib connection through ctypes (no extra Python package needed)."""
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = x11.XOpenDisplay(display.encode())
    try:
        yield x11, handle or 0
    finally:
        if handle:
            x11.XCloseDisplay(handle)


@contextmanager
def running_desktop(
    root: Path, artifacts: Path, *, tray: bool = True, window_manager: bool = False
) -> Iterator[Desktop]:
    desktop = Desktop(root, artifacts, tray=tray, window_manager=window_manager)
    try:
        desktop.start()
        yield desktop
    finally:
        desktop.stop()
