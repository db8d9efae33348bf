"""Start at login, the way each system expects it, and never against the person's choice.

- Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/calf-coach.desktop`.
  A `Hidden=true` in it means the person turned it off in their desktop's startup
  settings: that is respected and the file is never overwritten.
- macOS: a LaunchAgent, `~/Library/LaunchAgents/org.calfcoach.calf-coach.plist`
  (RunAtLoad). A `Disabled` key set by the person is respected the same way.
- Windows: the `Calf Coach` value under HKCU `...\\CurrentVersion\\Run`. If the
  person disabled it in the system's startup settings (StartupApproved), it is
  not silently re-enabled.

`remove()` (for `calf-coach remove-desktop`, before uninstalling) takes away the entry
only when it starts Calf Coach, and leaves an entry the person turned off exactly where
`disable()` leaves it: on Linux and macOS that off switch is in the entry itself (on
Linux a hidden user entry may also hide a system-wide one of the same name, which
removing it would bring back); on Windows it is in StartupApproved, which stays.

Every path comes from the home folder and environment given, so tests use a
temporary home and a fake registry.
"""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from coach import APP_NAME
from coach.core.files import FileRefusedError, move_aside, read_small_text, write_atomically

APP_ID = "calf-coach"
LAUNCH_AGENT = "org.calfcoach.calf-coach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
COMMENT = "A quiet coach against night-time calf cramps in pregnancy"


class AutostartState(StrEnum):
    ON = "on"
    OFF = "off"
    BLOCKED = "turned off by you in the system's startup settings"


@dataclass(frozen=True)
class AutostartResult:
    state: AutostartState
    where: str
    """The file or registry value that holds the setting, for the person to find."""


@dataclass(frozen=True)
class Removal:
    """A file or value `remove-desktop` found."""

    where: str
    kept: str | None = None
    """Why it was left in place; None: it was removed."""


TURNED_OFF = "turned off by you in the system's startup settings"


class Autostart(Protocol):
    def status(self) -> AutostartResult: ...
    def enable(self) -> AutostartResult: ...
    def disable(self) -> AutostartResult: ...
    def remove(self) -> Removal | None:
        """Take the entry away if it is ours; None when there is none."""


def set_start_at_login(autostart: Autostart, wanted: bool) -> AutostartResult:
    """Start at login as the person chose in a window (Settings, the welcome): turned on
    only from off, never over their own "off" in the system's startup settings, and
    turned off only when on (an entry that is no launcher is not ours to drop)."""
    result = autostart.status()
    if wanted and result.state is AutostartState.OFF:
        return autostart.enable()
    if not wanted and result.state is AutostartState.ON:
        return autostart.disable()
    return result


def desktop_exec(command: Sequence[str]) -> str:
    """An Exec= line: arguments quoted as the Desktop Entry spec asks."""

    def quote(arg: str) -> str:
        if any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
            escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
            escaped = escaped.replace("$", "\\$")
            return f'"{escaped}"'
        return arg

    return " ".join(quote(arg) for arg in command).replace("%", "%%")


def exec_words(line: str) -> list[str] | None:
    """The words of an Exec= line, as `desktop_exec` wrote them; None when a quote is left
    open (no desktop would start such a line)."""
    words: list[str] = []
    word: str | None = None
    quoted = False
    chars = iter(line.replace("%%", "%"))
    for char in chars:
        if quoted and char == "\\":
            word = f"{word}{next(chars, '')}"
        elif char == '"':
            quoted, word = not quoted, word or ""
        elif char in " \t" and not quoted:
            if word is not None:
                words.append(word)
            word = None
        else:
            word = f"{word or ''}{char}"
    if quoted:
        return None
    return [*words, word] if word is not None else words


def starts_calf_coach(words: Sequence[str]) -> bool:
    """Whether a command starts Calf Coach: a program called calf-coach (a bundle, a
    console script or a link to either), or a Python given `-m coach`. Anything else in
    an entry of our name (a wrapper of the person's) is theirs."""
    if not words:
        return False
    name = words[0].replace("\\", "/").rsplit("/", 1)[-1]
    return name == APP_ID or name.lower() == f"{APP_ID}.exe" or list(words[1:3]) == ["-m", "coach"]


def remove_desktop_file(
    path: Path, hidden: Sequence[tuple[str, str]], why_hidden: str
) -> Removal | None:
    """Remove a .desktop file of ours. Kept: a link, anything that is no launcher, one
    that starts something else, and one with a `hidden` (key, value): the person's."""
    if path.is_symlink():
        return Removal(str(path), "a link, not a file Calf Coach writes")
    try:
        values = _desktop_values(read_small_text(path))
    except FileNotFoundError:
        return None
    except FileRefusedError as refused:
        return Removal(str(path), f"{refused.reason}: not a launcher Calf Coach writes")
    if not starts_calf_coach(exec_words(values.get("Exec", "")) or []):
        return Removal(str(path), "it does not start Calf Coach")
    if any(values.get(key, "").lower() == value for key, value in hidden):
        return Removal(str(path), why_hidden)
    path.unlink()
    return Removal(str(path))


DESKTOP_ACTIONS = (
    ("cramp-now", "Cramp now", "Если свело ногу", ("routine", "cramp-now")),
    ("log-cramp", "Log a cramp", "Записать судорогу", ("log", "cramp")),
    ("bedtime", "Start bedtime routine", "Начать вечернюю растяжку", ("routine", "bedtime")),
)
"""(id, name, Russian name, the command's arguments) of the launcher's actions; the names
are the tray menu's (without its "…"), in both languages."""


def desktop_entry(command: Sequence[str], *, autostart: bool) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        # The name stays Calf Coach in every language, as in the app's windows.
        "GenericName=Calf cramp coach",
        "GenericName[ru]=Помощник против судорог в икрах",
        f"Comment={COMMENT}",
        "Comment[ru]=Тихий помощник против ночных судорог в икрах во время беременности",
        f"Exec={desktop_exec(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "StartupNotify=false",
    ]
    if autostart:
        lines += ["X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-Delay=5"]
    else:  # the launcher: docks and menus offer its actions on a right click
        lines.append(f"Actions={';'.join(name for name, *_ in DESKTOP_ACTIONS)};")
        for name, title, title_ru, argv in DESKTOP_ACTIONS:
            lines += [
                "",
                f"[Desktop Action {name}]",
                f"Name={title}",
                f"Name[ru]={title_ru}",
                f"Exec={desktop_exec([*command, *argv])}",
            ]
    return "\n".join(lines) + "\n"


def _desktop_values(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    in_entry = False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            in_entry = line == "[Desktop Entry]"
        elif in_entry and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


AUTOSTART_OFF = (("Hidden", "true"), ("X-GNOME-Autostart-enabled", "false"))
"""How a desktop's startup settings turn an autostart entry off, in the entry itself."""


@dataclass(frozen=True)
class XdgAutostart:
    folder: Path
    command: tuple[str, ...]

    @property
    def path(self) -> Path:
        return self.folder / f"{APP_ID}.desktop"

    def _values(self) -> dict[str, str] | None:
        """The entry's keys; None when there is no file, {} when it is no launcher at all
        (a desktop skips such a file, so it starts nothing)."""
        try:
            return _desktop_values(read_small_text(self.path))
        except FileNotFoundError:
            return None
        except FileRefusedError:
            return {}

    def _blocked(self) -> bool:
        values = self._values() or {}
        return any(values.get(key, "").lower() == value for key, value in AUTOSTART_OFF)

    def status(self) -> AutostartResult:
        values = self._values()
        if self._blocked():
            state = AutostartState.BLOCKED
        else:
            state = AutostartState.ON if values and values.get("Exec") else AutostartState.OFF
        return AutostartResult(state, str(self.path))

    def enable(self) -> AutostartResult:
        if self._blocked():
            return self.status()
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._values() == {} and self.path.is_file():  # not a launcher: kept, not lost
            written = dt.datetime.fromtimestamp(self.path.stat().st_mtime, dt.UTC)
            move_aside(self.path, "not-a-launcher", written)
        write_atomically(self.path, desktop_entry(self.command, autostart=True).encode())
        return self.status()

    def disable(self) -> AutostartResult:
        if self.status().state is AutostartState.ON:  # what is no launcher is not ours to drop
            self.path.unlink(missing_ok=True)
        return self.status()

    def remove(self) -> Removal | None:
        return remove_desktop_file(self.path, AUTOSTART_OFF, TURNED_OFF)


@dataclass(frozen=True)
class LaunchAgent:
    folder: Path
    command: tuple[str, ...]

    @property
    def path(self) -> Path:
        return self.folder / f"{LAUNCH_AGENT}.plist"

    def _read(self) -> dict[str, object] | None:
        import plistlib  # macOS only, and only when asked: not at every start

        try:
            data = plistlib.loads(self.path.read_bytes())
        except (FileNotFoundError, plistlib.InvalidFileException):
            return None
        return data if isinstance(data, dict) else None

    def status(self) -> AutostartResult:
        data = self._read()
        if data is None:
            state = AutostartState.OFF
        elif data.get("Disabled") is True:
            state = AutostartState.BLOCKED
        else:
            state = AutostartState.ON
        return AutostartResult(state, str(self.path))

    def enable(self) -> AutostartResult:
        if self.status().state is AutostartState.BLOCKED:
            return self.status()
        agent = {
            "Label": LAUNCH_AGENT,
            "ProgramArguments": list(self.command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        import plistlib

        write_atomically(self.path, plistlib.dumps(agent))
        return self.status()

    def disable(self) -> AutostartResult:
        if self.status().state is not AutostartState.BLOCKED:
            self.path.unlink(missing_ok=True)
        return self.status()

    def remove(self) -> Removal | None:
        if not (self.path.exists() or self.path.is_symlink()):
            return None
        data = None if self.path.is_symlink() else self._read()
        if data is None:
            return Removal(str(self.path), "not a launch agent Calf Coach writes")
        words = data.get("ProgramArguments")
        if not isinstance(words, list) or not starts_calf_coach([str(w) for w in words]):
            return Removal(str(self.path), "it does not start Calf Coach")
        if data.get("Disabled") is True:
            return Removal(str(self.path), TURNED_OFF)
        self.path.unlink()
        return Removal(str(self.path))


class Registry(Protocol):
    """The few HKCU operations needed (winreg on Windows; a dict in tests)."""

    def get(self, key: str, name: str) -> object | None: ...
    def set_string(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...


@dataclass(frozen=True)
class RunKey:
    registry: Registry
    command: tuple[str, ...]

    def _blocked(self) -> bool:
        approved = self.registry.get(APPROVED_KEY, APP_NAME)
        # StartupApproved: the first byte is even (02, 06) when enabled, odd (03) when
        # the person disabled the entry in Task Manager or Settings.
        return isinstance(approved, bytes) and bool(approved) and approved[0] % 2 == 1

    def status(self) -> AutostartResult:
        if self._blocked():
            state = AutostartState.BLOCKED
        elif self.registry.get(RUN_KEY, APP_NAME) is not None:
            state = AutostartState.ON
        else:
            state = AutostartState.OFF
        return AutostartResult(state, f"HKCU\\{RUN_KEY}\\{APP_NAME}")

    def enable(self) -> AutostartResult:
        if not self._blocked():
            self.registry.set_string(RUN_KEY, APP_NAME, windows_command(self.command))
        return self.status()

    def disable(self) -> AutostartResult:
        self.registry.delete(RUN_KEY, APP_NAME)
        return self.status()

    def remove(self) -> Removal | None:
        value = self.registry.get(RUN_KEY, APP_NAME)
        if value is None:
            return None
        where = self.status().where
        if not isinstance(value, str) or not starts_calf_coach(windows_words(value)):
            return Removal(where, "it does not start Calf Coach")
        self.registry.delete(RUN_KEY, APP_NAME)
        return Removal(where)


def windows_command(command: Sequence[str]) -> str:
    return " ".join(f'"{arg}"' if " " in arg else arg for arg in command)


def windows_words(line: str) -> list[str]:
    """The words of a command `windows_command` wrote (a quote left open: none)."""
    try:
        return [word.strip('"') for word in shlex.split(line, posix=False)]
    except ValueError:
        return []


class WinRegistry:
    """HKEY_CURRENT_USER through winreg (which exists only on Windows)."""

    def get(self, key: str, name: str) -> object | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value: object = winreg.QueryValueEx(handle, name)[0]
                return value
        except OSError:
            return None

    def set_string(self, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


def config_home(home: Path, environ: Mapping[str, str]) -> Path:
    return Path(environ.get("XDG_CONFIG_HOME") or home / ".config")


def data_home(home: Path, environ: Mapping[str, str]) -> Path:
    return Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")


def autostart_for(
    platform: str,
    home: Path,
    environ: Mapping[str, str],
    command: Sequence[str],
    registry: Registry | None = None,
) -> Autostart:
    """The start-at-login mechanism of `platform` (a `sys.platform` value)."""
    if platform == "win32":
        return RunKey(registry or WinRegistry(), tuple(command))
    if platform == "darwin":
        return LaunchAgent(home / "Library" / "LaunchAgents", tuple(command))
    return XdgAutostart(config_home(home, environ) / "autostart", tuple(command))
