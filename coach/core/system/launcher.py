"""`calf-coach install-desktop`: a launcher and icon in the user's data folder (Linux).

With them, menus, notifications and task switchers show the app's name and
icon (Qt names the app's windows after `calf-coach.desktop`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from coach.core.files import write_atomically
from coach.core.system.autostart import APP_ID, data_home, desktop_entry


def launcher_paths(home: Path, environ: Mapping[str, str]) -> tuple[Path, Path]:
    """(the .desktop file, the icon) under $XDG_DATA_HOME."""
    data = data_home(home, environ)
    return (
        data / "applications" / f"{APP_ID}.desktop",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    )


def installed_app_id(home: Path, environ: Mapping[str, str]) -> str | None:
    """The app id the desktop knows the app by, if a launcher for it is installed (by
    `install-desktop` or a package); None when the desktop could not name the app."""
    dirs = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    folders = [data_home(home, environ), *(Path(d) for d in dirs.split(":") if d)]
    found = any((folder / "applications" / f"{APP_ID}.desktop").is_file() for folder in folders)
    return APP_ID if found else None


def install_launcher(
    home: Path, environ: Mapping[str, str], command: Sequence[str], icon: Path
) -> list[Path]:
    entry, icon_target = launcher_paths(home, environ)
    for path in (entry, icon_target):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(entry, desktop_entry(command, autostart=False).encode())
    write_atomically(icon_target, icon.read_bytes())
    entry.chmod(0o644)  # launchers are not private: menus read them
    icon_target.chmod(0o644)
    return [entry, icon_target]
