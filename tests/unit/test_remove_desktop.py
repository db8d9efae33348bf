"""`calf-coach remove-desktop`, before uninstalling: what autostart and install-desktop
wrote goes; what is the person's (a launcher of their own under our name, an entry they
turned off, a file kept aside, their settings and history) stays."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import coach.cli
from coach import APP_NAME
from coach.core.system.autostart import (
    APPROVED_KEY,
    RUN_KEY,
    Removal,
    WinRegistry,
    autostart_for,
    desktop_exec,
    exec_words,
    starts_calf_coach,
    windows_command,
    windows_words,
)
from coach.core.system.launcher import install_launcher, remove_launcher
from coach.core.system.paths import Paths
from tests.installs import DEB
from tests.test_cli_support import run
from tests.unit.test_autostart import FakeRegistry

ICON = b"<svg>the shipped icon</svg>"


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's home, where the desktop looks; the app's --home is elsewhere."""
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(coach.cli, "this_install", lambda: DEB)
    return tmp_path / "user"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_what_autostart_and_install_desktop_wrote_is_removed_once(
    home: Paths, user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "autostart", "on") == 0
    assert run(home, "install-desktop") == 0
    assert run(home, "log", "water", "--ml", "200") == 0
    data = _files(home.config_dir)
    assert "history.sqlite3" in data
    capsys.readouterr()
    entry = user / ".config" / "autostart" / "calf-coach.desktop"
    launcher = user / ".local" / "share" / "applications" / "calf-coach.desktop"
    icon = user / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "calf-coach.svg"
    assert run(home, "remove-desktop") == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Removed {entry}",
        f"Removed {launcher}",
        f"Removed {icon}",
    ]
    assert not entry.exists() and not launcher.exists() and not icon.exists()
    assert _files(home.config_dir) == data, "the person's settings and history untouched"
    assert run(home, "remove-desktop") == 0
    assert capsys.readouterr().out == "Nothing to remove.\n"


def test_on_macos_only_the_launch_agent_is_removed(
    home: Paths, user: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    launcher = user / ".local" / "share" / "applications" / "calf-coach.desktop"
    launcher.parent.mkdir(parents=True)
    launcher.write_text("[Desktop Entry]\nExec=calf-coach\n")  # (no such file on a Mac)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert run(home, "autostart", "on") == 0
    agent = user / "Library" / "LaunchAgents" / "org.calfcoach.calf-coach.plist"
    assert agent.is_file()
    capsys.readouterr()
    assert run(home, "remove-desktop") == 0
    assert capsys.readouterr().out == f"Removed {agent}\n"
    assert not agent.exists() and launcher.is_file()


def _launcher(user: Path, text: str) -> Path:
    path = user / ".local" / "share" / "applications" / "calf-coach.desktop"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _icon(tmp_path: Path) -> Path:
    shipped = tmp_path / "shipped.svg"
    shipped.write_bytes(ICON)
    return shipped


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("[Desktop Entry]\nName=Calf Coach\nExec=/home/ana/bin/my-wrapper\n", "does not start"),
        ("[Desktop Entry]\nExec=calf-coach\nNoDisplay=true\n", "hidden by you from the menus"),
        ("[Desktop Entry]\nExec=calf-coach\nHidden=true\n", "hidden by you from the menus"),
        ('[Desktop Entry]\nExec="/opt/calf coach/calf-coach\n', "does not start"),  # open quote
        ("just some notes\n", "does not start"),
    ],
)
def test_a_launcher_that_is_not_ours_or_was_hidden_stays(
    tmp_path: Path, text: str, why: str
) -> None:
    user = tmp_path / "user"
    launcher = _launcher(user, text)
    (found,) = remove_launcher(user, {}, _icon(tmp_path))
    assert found.where == str(launcher) and found.kept is not None and why in found.kept
    assert launcher.read_text() == text


def test_a_launcher_written_by_an_older_version_goes(tmp_path: Path) -> None:
    user = tmp_path / "user"
    launcher = _launcher(user, "[Desktop Entry]\nExec=/usr/bin/python3 -m coach --home /x\n")
    assert remove_launcher(user, {}, _icon(tmp_path)) == [Removal(str(launcher))]
    assert not launcher.exists()


def test_an_icon_of_the_persons_a_link_and_a_file_kept_aside_stay(tmp_path: Path) -> None:
    user = tmp_path / "user"
    written = install_launcher(user, {}, ["/usr/bin/calf-coach"], _icon(tmp_path))
    launcher, icon = written
    icon.write_bytes(b"<svg>my own drawing</svg>")
    aside = launcher.with_name("calf-coach.desktop.not-a-launcher-20260610-073000")
    aside.write_text("[Desktop Entry]\nExec=calf-coach\n")
    assert remove_launcher(user, {}, _icon(tmp_path)) == [
        Removal(str(launcher)),
        Removal(str(icon), "not the icon this Calf Coach installs"),
    ]
    assert icon.read_bytes() == b"<svg>my own drawing</svg>" and aside.is_file()
    elsewhere = tmp_path / "mine.desktop"
    elsewhere.write_text("[Desktop Entry]\nExec=calf-coach\n")
    launcher.symlink_to(elsewhere)
    link, _ = remove_launcher(user, {}, _icon(tmp_path))  # and the icon, kept again
    assert link.kept is not None and "a link" in link.kept
    assert launcher.is_symlink() and elsewhere.is_file()


@pytest.mark.parametrize("line", ["Hidden=true", "X-GNOME-Autostart-enabled=false"])
def test_an_autostart_entry_turned_off_in_the_startup_settings_stays(
    tmp_path: Path, line: str
) -> None:
    entry = tmp_path / ".config" / "autostart" / "calf-coach.desktop"
    entry.parent.mkdir(parents=True)
    text = f"[Desktop Entry]\nExec=/usr/bin/calf-coach\n{line}\n"
    entry.write_text(text)
    found = autostart_for("linux", tmp_path, {}, ["calf-coach"]).remove()
    assert found == Removal(str(entry), "turned off by you in the system's startup settings")
    assert entry.read_text() == text


def test_a_launch_agent_of_ours_goes_unless_turned_off_or_foreign(tmp_path: Path) -> None:
    start = autostart_for("darwin", tmp_path, {}, ["/Applications/Calf Coach.app/x/calf-coach"])
    plist = tmp_path / "Library" / "LaunchAgents" / "org.calfcoach.calf-coach.plist"
    assert start.remove() is None
    start.enable()
    assert start.remove() == Removal(str(plist)) and not plist.exists()
    start.enable()
    agent = plistlib.loads(plist.read_bytes())
    plist.write_bytes(plistlib.dumps({**agent, "Disabled": True}))
    assert start.remove() == Removal(
        str(plist), "turned off by you in the system's startup settings"
    )
    plist.write_bytes(plistlib.dumps({**agent, "ProgramArguments": ["/usr/bin/true"]}))
    assert start.remove() == Removal(str(plist), "it does not start Calf Coach")
    plist.write_bytes(b"not a plist")
    assert start.remove() == Removal(str(plist), "not a launch agent Calf Coach writes")
    assert plist.read_bytes() == b"not a plist"


def test_the_run_value_of_ours_goes_and_the_persons_startup_choice_stays(
    tmp_path: Path,
) -> None:
    registry = FakeRegistry()
    exe = r"C:\Program Files\Calf Coach\calf-coach.exe"
    start = autostart_for("win32", tmp_path, {}, [exe, "--home", r"C:\x"], registry)
    where = f"HKCU\\{RUN_KEY}\\{APP_NAME}"
    assert start.remove() is None
    start.enable()
    registry.values[(APPROVED_KEY, APP_NAME)] = bytes([3]) + bytes(11)  # turned off by them
    assert start.remove() == Removal(where)
    assert (RUN_KEY, APP_NAME) not in registry.values, "nothing can start from it now"
    assert registry.values[(APPROVED_KEY, APP_NAME)] == bytes([3]) + bytes(11)
    registry.values[(RUN_KEY, APP_NAME)] = r"C:\Tools\other.exe /calf"
    assert start.remove() == Removal(where, "it does not start Calf Coach")
    assert registry.values[(RUN_KEY, APP_NAME)] == r"C:\Tools\other.exe /calf"


@pytest.mark.parametrize(
    ("words", "ours"),
    [
        (["/usr/bin/calf-coach"], True),
        (["calf-coach", "--home", "/x"], True),
        ([r"C:\Program Files\Calf Coach\Calf-Coach.EXE"], True),
        (["/venv/bin/python", "-m", "coach"], True),
        (["/usr/bin/calf-coach-wrapper"], False),
        (["env", "calf-coach"], False),
        ([], False),
    ],
)
def test_what_counts_as_starting_calf_coach(words: list[str], ours: bool) -> None:
    assert starts_calf_coach(words) is ours


@given(st.lists(st.text(st.characters(exclude_characters="\x00"), min_size=1), min_size=1))
def test_an_exec_line_reads_back_as_the_words_written(words: list[str]) -> None:
    assert exec_words(desktop_exec(words)) == words


def test_a_run_value_reads_back_as_its_words() -> None:
    words = [r"C:\Program Files\Calf Coach\calf-coach.exe", "--home", r"C:\my home"]
    assert windows_words(windows_command(words)) == words
    assert windows_words('"C:\\open quote') == []


def test_no_data_folder_is_made_or_changed(
    tmp_path: Path, user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run before uninstalling, it leaves no empty folder of the app's behind."""
    home = tmp_path / "never made"
    assert coach.cli.main(["--home", str(home), "remove-desktop"]) == 0
    assert capsys.readouterr().out == "Nothing to remove.\n"
    assert not home.exists()


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_install_desktop_is_for_linux_alone(
    home: Paths,
    user: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    platform: str,
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert run(home, "install-desktop") == 1
    assert "for Linux desktops; nothing to do here" in capsys.readouterr().err
    assert not (user / ".local").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="there the registry is real")
def test_off_windows_the_registry_is_refused_in_words() -> None:
    with pytest.raises(OSError, match="only on Windows"):
        WinRegistry().get(RUN_KEY, APP_NAME)
