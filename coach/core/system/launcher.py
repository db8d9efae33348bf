"""`calf-coach install-desktop`: a launcher and icon in the user's data folder (Linux);
`remove-desktop` takes them away again.

With them, menus, notifications and task switchers show the app's name and
icon (Qt names the app's windows after `calf-coach.desktop`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from coach.core.files import FileRefusedError, read_small_file, write_atomically
from coach.core.system.autostart import (
    APP_ID,
    Removal,
    data_home,
    desktop_entry,
    remove_desktop_file,
)

ICON = "icons/calf-coach.svg"
"""The icon `install-desktop` copies, among the app's assets."""
LAUNCHER_HIDDEN = (("Hidden", "true"), ("NoDisplay", "true"))
"""How a person hides a launcher from the menus (Hidden=true in the user's folder also
hides a system-wide launcher of the same name, the one a package installs)."""


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


def remove_launcher(home: Path, environ: Mapping[str, str], icon: Path) -> list[Removal]:
    """Remove the launcher and icon `install_launcher` wrote; a launcher the person hid,
    or one that starts something else, and an icon that is not `icon`, stay."""
    entry, icon_target = launcher_paths(home, environ)
    found = [remove_desktop_file(entry, LAUNCHER_HIDDEN, "hidden by you from the menus")]
    found.append(_remove_icon(icon_target, icon))
    return [removal for removal in found if removal is not None]


def _remove_icon(target: Path, icon: Path) -> Removal | None:
    if target.is_symlink():
        return Removal(str(target), "a link, not a file Calf Coach writes")
    try:
        ours = read_small_file(target) == read_small_file(icon)
    except FileNotFoundError:
        return None
    except FileRefusedError as refused:
        return Removal(str(target), refused.reason)
    if not ours:
        return Removal(str(target), "not the icon this Calf Coach installs")
    target.unlink()
    return Removal(str(target))
