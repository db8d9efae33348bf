"""Start at login on each platform, in a temporary home; the person's own choice always wins."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

import coach.cli
from coach import APP_NAME
from coach.core.system.autostart import (
    APPROVED_KEY,
    RUN_KEY,
    AutostartState,
    autostart_for,
    desktop_exec,
    set_start_at_login,
)
from coach.core.system.launcher import install_launcher
from coach.core.system.paths import Paths
from tests.installs import DEB
from tests.test_cli_support import run

COMMAND = ["/opt/calf coach/bin/python", "-m", "coach"]


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], object] = {}

    def get(self, key: str, name: str) -> object | None:
        return self.values.get((key, name))

    def set_string(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path: Path) -> None:
    start = autostart_for("linux", tmp_path, {}, COMMAND)
    assert start.status().state is AutostartState.OFF
    result = start.enable()
    entry = tmp_path / ".config" / "autostart" / "calf-coach.desktop"
    assert (result.state, result.where) == (AutostartState.ON, str(entry))
    text = entry.read_text()
    assert 'Exec="/opt/calf coach/bin/python" -m coach\n' in text
    assert "Type=Application\n" in text and "Name=Calf Coach\n" in text
    assert start.disable().state is AutostartState.OFF
    assert not entry.exists()


def test_linux_follows_xdg_config_home(tmp_path: Path) -> None:
    start = autostart_for("linux", tmp_path, {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}, COMMAND)
    assert start.enable().where == str(tmp_path / "cfg" / "autostart" / "calf-coach.desktop")


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_linux_respects_the_persons_hidden_entry(tmp_path: Path, line: str) -> None:
    entry = tmp_path / ".config" / "autostart" / "calf-coach.desktop"
    entry.parent.mkdir(parents=True)
    mine = f"[Desktop Entry]\nType=Application\nName=Calf Coach\nExec=calf-coach\n{line}\n"
    entry.write_text(mine)
    start = autostart_for("linux", tmp_path, {}, COMMAND)
    assert start.status().state is AutostartState.BLOCKED
    assert start.enable().state is AutostartState.BLOCKED
    assert start.disable().state is AutostartState.BLOCKED
    assert entry.read_text() == mine, "never overwritten, never removed"


@pytest.mark.parametrize("line", ["", "Hidden=true\n"])
def test_a_window_sets_start_at_login_only_as_the_person_chose(tmp_path: Path, line: str) -> None:
    """On from off, off from on; over the person's own "off" in the startup settings the
    entry is left exactly as it is, whichever way the box was ticked."""
    entry = tmp_path / ".config" / "autostart" / "calf-coach.desktop"
    start = autostart_for("linux", tmp_path, {}, COMMAND)
    if line:
        entry.parent.mkdir(parents=True)
        entry.write_text(f"[Desktop Entry]\nExec=calf-coach\n{line}")
    for wanted in (True, True, False, False, True):
        state = set_start_at_login(start, wanted).state
        if line:
            assert state is AutostartState.BLOCKED
            assert entry.read_text() == f"[Desktop Entry]\nExec=calf-coach\n{line}"
        else:
            assert state is (AutostartState.ON if wanted else AutostartState.OFF)
            assert entry.is_file() is wanted


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    start = autostart_for("darwin", tmp_path, {}, COMMAND)
    result = start.enable()
    plist = tmp_path / "Library" / "LaunchAgents" / "org.calfcoach.calf-coach.plist"
    assert (result.state, result.where) == (AutostartState.ON, str(plist))
    agent = plistlib.loads(plist.read_bytes())
    assert agent == {
        "Label": "org.calfcoach.calf-coach",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert start.disable().state is AutostartState.OFF and not plist.exists()
    agent["Disabled"] = True
    plist.write_bytes(plistlib.dumps(agent))
    assert start.enable().state is AutostartState.BLOCKED
    assert plistlib.loads(plist.read_bytes())["Disabled"] is True


def test_windows_uses_the_run_key_and_never_overrides_startup_approved(tmp_path: Path) -> None:
    registry = FakeRegistry()
    start = autostart_for("win32", tmp_path, {}, COMMAND, registry)
    result = start.enable()
    assert result.state is AutostartState.ON
    assert result.where == f"HKCU\\{RUN_KEY}\\{APP_NAME}"
    assert registry.values[(RUN_KEY, APP_NAME)] == '"/opt/calf coach/bin/python" -m coach'
    registry.values[(APPROVED_KEY, APP_NAME)] = bytes([3]) + bytes(11)  # disabled by the person
    assert start.status().state is AutostartState.BLOCKED
    registry.delete(RUN_KEY, APP_NAME)
    assert start.enable().state is AutostartState.BLOCKED
    assert (RUN_KEY, APP_NAME) not in registry.values
    registry.values[(APPROVED_KEY, APP_NAME)] = bytes([2]) + bytes(11)  # enabled again there
    assert start.enable().state is AutostartState.ON
    assert start.disable().state is AutostartState.OFF


def test_desktop_exec_quotes_what_needs_quoting() -> None:
    assert desktop_exec(["/usr/bin/python3", "-m", "coach"]) == "/usr/bin/python3 -m coach"
    assert desktop_exec(["/a b/py", "50%", 'say "hi"']) == '"/a b/py" 50%% "say \\"hi\\""'


def test_install_launcher_puts_entry_and_icon_in_the_data_folder(tmp_path: Path) -> None:
    icon = tmp_path / "icon.svg"
    icon.write_text("<svg/>")
    written = install_launcher(tmp_path / "home", {}, COMMAND, icon)
    data = tmp_path / "home" / ".local" / "share"
    assert written == [
        data / "applications" / "calf-coach.desktop",
        data / "icons" / "hicolor" / "scalable" / "apps" / "calf-coach.svg",
    ]
    assert "X-GNOME-Autostart" not in written[0].read_text()
    assert "Icon=calf-coach\n" in written[0].read_text()
    assert written[1].read_text() == "<svg/>"


def test_the_autostart_command(
    home: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setattr(coach.cli, "this_install", lambda: DEB)
    entry = tmp_path / "user" / ".config" / "autostart" / "calf-coach.desktop"
    assert run(home, "autostart", "status") == 0
    assert run(home, "autostart", "on") == 0
    assert f"\nExec=/usr/bin/calf-coach --home {home.config_dir}\n" in entry.read_text()
    assert run(home, "autostart", "off") == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Start at login: off ({entry})",
        f"Start at login: on ({entry})",
        f"Start at login: off ({entry})",
    ]
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text("[Desktop Entry]\nHidden=true\n")
    assert run(home, "autostart", "on") == 1
    assert "turned off by you in the system's startup settings" in capsys.readouterr().err
    assert entry.read_text() == "[Desktop Entry]\nHidden=true\n"


@pytest.mark.parametrize("garbage", [b"\x00\xff junk", b"Exec=calf-coach\n", b"[Desktop Entry]\n"])
def test_linux_garbage_in_the_entry_reads_as_off_and_is_kept_aside_when_turned_on(
    tmp_path: Path, garbage: bytes
) -> None:
    """A desktop starts nothing from a file that is no launcher: so it is off, not on."""
    entry = tmp_path / ".config" / "autostart" / "calf-coach.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_bytes(garbage)
    start = autostart_for("linux", tmp_path, {}, COMMAND)
    assert start.status().state is AutostartState.OFF
    assert start.disable().state is AutostartState.OFF
    assert entry.read_bytes() == garbage, "not ours to remove"
    assert start.enable().state is AutostartState.ON
    (kept,) = entry.parent.glob("calf-coach.desktop.not-a-launcher-*")
    assert kept.read_bytes() == garbage
