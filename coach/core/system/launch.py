"""The command that starts this very install of Calf Coach, however it was installed.

Four kinds of install run the same `coach.start.main` with the same arguments:

- a PyInstaller bundle (`sys.frozen`): `sys.executable` is the bundle's own
  `calf-coach` program, which takes the app's arguments directly: it is never
  given `-m coach` (it would refuse it). The .deb puts the bundle in
  /opt/calf-coach with /usr/bin/calf-coach a link to it; a tarball unpacks to an
  unversioned `calf-coach/` folder; macOS runs the program inside
  `Calf Coach.app/Contents/MacOS/`, Windows a `calf-coach.exe`.
- a venv, pipx or pip install: the environment's `calf-coach` console script.
- `python -m coach` from a checkout with nothing installed: that Python and `-m coach`.

A command written into a file that starts the app later names the program that
will still be there after an upgrade: the name on PATH that leads to this program
(/usr/bin/calf-coach, pipx's ~/.local/bin/calf-coach) rather than the folder it
leads to, which a new version may replace.

Everything is decided from an `Install` (the facts, read once by `this_install()`),
so tests describe each kind of install with stand-ins.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
import sysconfig
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from coach.core.system.autostart import APP_ID, windows_command


@dataclass(frozen=True)
class Install:
    """What decides how this install is started again."""

    platform: str
    """A `sys.platform` value: "linux", "darwin", "win32"."""
    frozen: bool
    """Whether this is a PyInstaller bundle."""
    executable: str
    """`sys.executable`, absolute: the bundle's own program, or the Python that runs."""
    on_path: str | None
    """Where `calf-coach` is found on PATH (`shutil.which`), if anywhere."""
    scripts: str
    """The folder the running environment installs console scripts into (a venv's bin/
    or Scripts\\), whether or not one is there."""
    in_venv: bool
    """Whether the running Python is a virtual environment's."""
    resolve: Callable[[str], str]
    """A path with every link followed (os.path.realpath)."""
    exists: Callable[[str], bool]
    """Whether a file is there (os.path.isfile)."""


def this_install() -> Install:
    """The running program's facts, read from the system."""
    found = shutil.which(APP_ID)
    return Install(
        platform=sys.platform,
        frozen=bool(getattr(sys, "frozen", False)),
        executable=str(Path(sys.executable).absolute()),  # a venv's python: not resolved
        on_path=found,
        scripts=sysconfig.get_path("scripts"),
        in_venv=sys.prefix != sys.base_prefix,
        resolve=os.path.realpath,
        exists=os.path.isfile,
    )


def start_command(install: Install, home: Path | None = None) -> list[str]:
    """The command that starts this install (with `--home` when one is given), for every
    file that starts it later (the autostart entry, the launcher, the LaunchAgent, the Run
    key) and for starting it in the background now.

    Always an absolute path, never the bare name: a desktop session, launchd and
    Windows do not search the PATH of the shell the command was given in (~/.local/bin
    and a venv's bin/ are often on that PATH alone), so a bare name could start nothing,
    or another install."""
    return [*_program(install), *_home(home)]


def typed_command(install: Install, home: Path | None, *arguments: str) -> str:
    """The command for a person to type or to bind to a key in the desktop's keyboard
    settings: the bare `calf-coach` when that name on PATH is this install (short,
    readable, and the desktop finds it on the same PATH the app was started with);
    else the absolute command, quoted for the system's shell.

    A venv's own bin/ on PATH does not count: it is there only while the venv is
    activated in a shell, and the desktop's keyboard settings never see it."""
    program = _program(install)
    on_path = install.on_path
    activated = (
        install.in_venv
        and not install.frozen
        and on_path is not None
        and _in(install, on_path, install.scripts)
    )
    if on_path is not None and program == [on_path] and not activated:
        program = [APP_ID]
    words = [*program, *_home(home), *arguments]
    return windows_command(words) if install.platform == "win32" else shlex.join(words)


def _program(install: Install) -> list[str]:
    """The program (and, for a bare Python, its `-m coach`) that starts this install."""
    if install.frozen:
        return [_by_path(install, install.executable)]
    name = f"{APP_ID}.exe" if install.platform == "win32" else APP_ID
    script = str(_path(install, install.scripts) / name)
    if install.exists(script):
        return [_by_path(install, script)]
    return [install.executable, "-m", "coach"]


def _by_path(install: Install, program: str) -> str:
    """The PATH entry that leads to `program` (a link a package keeps through upgrades),
    else `program` itself."""
    on_path = install.on_path
    if on_path is None or not _path(install, on_path).is_absolute():
        return program  # a relative PATH entry leads elsewhere from another folder
    return on_path if _same(install, on_path, program) else program


def _same(install: Install, one: str, other: str) -> bool:
    return _path(install, install.resolve(one)) == _path(install, install.resolve(other))


def _in(install: Install, path: str, folder: str) -> bool:
    return _path(install, path).parent == _path(install, folder)


def _path(install: Install, path: str) -> PurePath:
    """`path` as the install's system reads it (Windows: either slash, any case)."""
    return PureWindowsPath(path) if install.platform == "win32" else PurePosixPath(path)


def _home(home: Path | None) -> list[str]:
    return ["--home", str(home)] if home else []


def for_system_programs(environ: Mapping[str, str], install: Install) -> dict[str, str]:
    """The environment for a program of the system's that this one starts (the sound
    server's player). A bundle's loader points LD_LIBRARY_PATH at the bundle's own
    libraries, and a system program given them fails to load or plays nothing; the
    loader keeps the person's own value in LD_LIBRARY_PATH_ORIG, which is put back."""
    env = dict(environ)
    if install.frozen:
        original = env.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            env.pop("LD_LIBRARY_PATH", None)
        else:
            env["LD_LIBRARY_PATH"] = original
    return env
