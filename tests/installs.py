"""Stand-ins for each kind of install the app runs from: the running program's facts and
a file system of its own (files, and where each link leads), so no test depends on how
the machine running it installed Calf Coach."""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.core.system.launch import Install


@dataclass
class Files:
    """A stand-in file system: the files there, and where each link leads."""

    files: set[str] = field(default_factory=set)
    links: dict[str, str] = field(default_factory=dict)

    def resolve(self, path: str) -> str:
        while path in self.links:
            path = self.links[path]
        return path

    def exists(self, path: str) -> bool:
        return self.resolve(path) in self.files


def install(
    platform: str,
    executable: str,
    *,
    frozen: bool = False,
    on_path: str | None = None,
    scripts: str = "/usr/local/bin",
    in_venv: bool = False,
    files: Files | None = None,
) -> Install:
    """An install whose file system holds `files` (by default: its executable alone)."""
    there = files or Files({executable})
    return Install(
        platform, frozen, executable, on_path, scripts, in_venv, there.resolve, there.exists
    )


DEB = install(
    "linux",
    "/opt/calf-coach/calf-coach",
    frozen=True,
    on_path="/usr/bin/calf-coach",
    files=Files(
        {"/opt/calf-coach/calf-coach"}, {"/usr/bin/calf-coach": "/opt/calf-coach/calf-coach"}
    ),
)
TARBALL = install("linux", "/home/ana/calf-coach/calf-coach", frozen=True)
TARBALL_BESIDE_ANOTHER = install(
    "linux",
    "/home/ana/calf-coach/calf-coach",
    frozen=True,
    on_path="/usr/bin/calf-coach",  # the .deb's, another install: not this one
    files=Files(
        {"/home/ana/calf-coach/calf-coach", "/opt/calf-coach/calf-coach"},
        {"/usr/bin/calf-coach": "/opt/calf-coach/calf-coach"},
    ),
)
MAC_APP = install("darwin", "/Applications/Calf Coach.app/Contents/MacOS/calf-coach", frozen=True)
WINDOWS_EXE = install("win32", r"C:\Program Files\Calf Coach\calf-coach.exe", frozen=True)
PIPX_VENV = "/home/ana/.local/share/pipx/venvs/calf-coach/bin"
VENV_ON_PATH = install(
    "linux",
    f"{PIPX_VENV}/python",
    on_path="/home/ana/.local/bin/calf-coach",
    scripts=PIPX_VENV,
    in_venv=True,
    files=Files(
        {f"{PIPX_VENV}/python", f"{PIPX_VENV}/calf-coach"},
        {"/home/ana/.local/bin/calf-coach": f"{PIPX_VENV}/calf-coach"},
    ),
)
VENV_ACTIVATED = install(
    "linux",
    "/home/ana/venv/bin/python",
    on_path="/home/ana/venv/bin/calf-coach",  # its bin/ on PATH in this shell alone
    scripts="/home/ana/venv/bin",
    in_venv=True,
    files=Files({"/home/ana/venv/bin/python", "/home/ana/venv/bin/calf-coach"}),
)
VENV_OFF_PATH = install(
    "linux",
    "/home/ana/venv/bin/python",
    scripts="/home/ana/venv/bin",
    in_venv=True,
    files=Files({"/home/ana/venv/bin/python", "/home/ana/venv/bin/calf-coach"}),
)
WINDOWS_VENV = install(
    "win32",
    r"C:\Users\Ana\venv\Scripts\python.exe",
    on_path=r"c:\users\ana\venv\scripts\CALF-COACH.EXE",  # Windows: any case, same file
    scripts=r"C:\Users\Ana\venv\Scripts",
    in_venv=False,  # (a pip install in the system's Python: its Scripts on PATH)
    files=Files(
        {r"C:\Users\Ana\venv\Scripts\python.exe", r"C:\Users\Ana\venv\Scripts\calf-coach.exe"}
    ),
)
CHECKOUT = install(
    "linux",
    "/usr/bin/python3",
    on_path="/usr/bin/calf-coach",  # another install's: this checkout is not installed
    files=Files({"/usr/bin/python3", "/usr/bin/calf-coach"}),
)
