"""The command that starts this install, for each kind of install, told with stand-ins for
the running program and its file system: a PyInstaller bundle from the .deb (through its
/usr/bin link), from a tarball, inside a macOS .app and as a Windows .exe; a venv or
pipx install with its console script on PATH or not; `python -m coach` from a checkout."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from coach import APP_NAME
from coach.core.system.autostart import RUN_KEY, autostart_for, desktop_entry, desktop_exec
from coach.core.system.launch import for_system_programs, start_command, typed_command
from tests.installs import (
    CHECKOUT,
    DEB,
    MAC_APP,
    TARBALL,
    TARBALL_BESIDE_ANOTHER,
    VENV_ACTIVATED,
    VENV_OFF_PATH,
    VENV_ON_PATH,
    WINDOWS_EXE,
    WINDOWS_VENV,
    Files,
    install,
)
from tests.unit.test_autostart import FakeRegistry

CRAMP_NOW = ("routine", "cramp-now")
HOME = Path("/home/ana/coach home")


CASES = {
    "deb: the /usr/bin link": (DEB, ["/usr/bin/calf-coach"], "calf-coach"),
    "tarball": (TARBALL, ["/home/ana/calf-coach/calf-coach"], "/home/ana/calf-coach/calf-coach"),
    "tarball beside a .deb": (
        TARBALL_BESIDE_ANOTHER,
        ["/home/ana/calf-coach/calf-coach"],
        "/home/ana/calf-coach/calf-coach",
    ),
    "macOS .app": (
        MAC_APP,
        ["/Applications/Calf Coach.app/Contents/MacOS/calf-coach"],
        "'/Applications/Calf Coach.app/Contents/MacOS/calf-coach'",
    ),
    "Windows .exe": (
        WINDOWS_EXE,
        [r"C:\Program Files\Calf Coach\calf-coach.exe"],
        r'"C:\Program Files\Calf Coach\calf-coach.exe"',
    ),
    "venv, script on PATH": (VENV_ON_PATH, ["/home/ana/.local/bin/calf-coach"], "calf-coach"),
    "venv activated": (
        VENV_ACTIVATED,
        ["/home/ana/venv/bin/calf-coach"],
        "/home/ana/venv/bin/calf-coach",
    ),
    "venv, script not on PATH": (
        VENV_OFF_PATH,
        ["/home/ana/venv/bin/calf-coach"],
        "/home/ana/venv/bin/calf-coach",
    ),
    "Windows venv": (
        WINDOWS_VENV,
        [r"c:\users\ana\venv\scripts\CALF-COACH.EXE"],
        "calf-coach",
    ),
    "python -m coach from a checkout": (
        CHECKOUT,
        ["/usr/bin/python3", "-m", "coach"],
        "/usr/bin/python3 -m coach",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_each_install_is_started_by_the_program_that_outlives_an_upgrade(case: str) -> None:
    found, program, _ = CASES[case]
    assert start_command(found) == program
    assert start_command(found, HOME) == [*program, "--home", str(HOME)]


@pytest.mark.parametrize("case", CASES)
def test_the_command_to_bind_is_the_bare_name_only_where_path_leads_to_this_install(
    case: str,
) -> None:
    found, _, typed = CASES[case]
    assert typed_command(found, None, *CRAMP_NOW) == f"{typed} routine cramp-now"
    with_home = typed_command(found, HOME, *CRAMP_NOW)
    quoted = f'"{HOME}"' if found.platform == "win32" else f"'{HOME}'"
    assert with_home == f"{typed} --home {quoted} routine cramp-now"


@pytest.mark.parametrize("case", CASES)
def test_a_bundle_is_never_given_dash_m(case: str) -> None:
    found, _, _ = CASES[case]
    if found.frozen:
        assert "-m" not in start_command(found, HOME)


def test_a_relative_path_entry_is_not_written_down() -> None:
    """PATH may hold "." or "bin": what it finds there is found from this folder only."""
    files = Files({"/opt/calf-coach/calf-coach"}, {"./calf-coach": "/opt/calf-coach/calf-coach"})
    here = install(
        "linux", "/opt/calf-coach/calf-coach", frozen=True, on_path="./calf-coach", files=files
    )
    assert start_command(here) == ["/opt/calf-coach/calf-coach"]
    assert typed_command(here, None) == "/opt/calf-coach/calf-coach"


@pytest.mark.parametrize(
    ("case", "line"),
    [
        ("deb: the /usr/bin link", "Exec=/usr/bin/calf-coach --home"),
        ("tarball", "Exec=/home/ana/calf-coach/calf-coach --home"),
        ("venv, script on PATH", "Exec=/home/ana/.local/bin/calf-coach --home"),
        ("venv, script not on PATH", "Exec=/home/ana/venv/bin/calf-coach --home"),
        ("python -m coach from a checkout", "Exec=/usr/bin/python3 -m coach --home"),
    ],
)
def test_the_autostart_entry_starts_each_linux_install(
    tmp_path: Path, case: str, line: str
) -> None:
    found, _, _ = CASES[case]
    start = autostart_for("linux", tmp_path, {}, start_command(found, HOME))
    start.enable()
    text = (tmp_path / ".config" / "autostart" / "calf-coach.desktop").read_text()
    assert f'{line} "{HOME}"\n' in text


def test_the_launch_agent_starts_the_program_inside_the_app(tmp_path: Path) -> None:
    start = autostart_for("darwin", tmp_path, {}, start_command(MAC_APP, HOME))
    start.enable()
    plist = tmp_path / "Library" / "LaunchAgents" / "org.calfcoach.calf-coach.plist"
    assert plistlib.loads(plist.read_bytes())["ProgramArguments"] == [
        "/Applications/Calf Coach.app/Contents/MacOS/calf-coach",
        "--home",
        str(HOME),
    ]


@pytest.mark.parametrize(
    ("case", "value"),
    [
        ("Windows .exe", r'"C:\Program Files\Calf Coach\calf-coach.exe"'),
        ("Windows venv", r"c:\users\ana\venv\scripts\CALF-COACH.EXE"),
    ],
)
def test_the_run_key_starts_the_exe(tmp_path: Path, case: str, value: str) -> None:
    found, _, _ = CASES[case]
    registry = FakeRegistry()
    autostart_for("win32", tmp_path, {}, start_command(found), registry).enable()
    assert registry.values[(RUN_KEY, APP_NAME)] == value


def test_the_launcher_offers_each_action_through_the_same_program() -> None:
    text = desktop_entry(start_command(DEB), autostart=False)
    assert "Actions=cramp-now;log-cramp;bedtime;\n" in text
    assert "Exec=/usr/bin/calf-coach routine bedtime\n" in text
    assert desktop_exec(start_command(DEB)) == "/usr/bin/calf-coach"


def test_a_system_program_started_from_a_bundle_gets_the_persons_library_path() -> None:
    bundle = install("linux", "/opt/calf-coach/calf-coach", frozen=True)
    venv = install("linux", "/home/me/.venv/bin/calf-coach")
    loader = {"LD_LIBRARY_PATH": "/opt/calf-coach/_internal", "HOME": "/home/me"}
    assert for_system_programs(loader, bundle) == {"HOME": "/home/me"}
    kept = {**loader, "LD_LIBRARY_PATH_ORIG": "/home/me/lib"}
    assert for_system_programs(kept, bundle) == {
        "LD_LIBRARY_PATH": "/home/me/lib",
        "HOME": "/home/me",
    }
    assert for_system_programs(kept, venv) == kept, "only a bundle's loader changes it"
