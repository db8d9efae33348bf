"""Private, crash-safe file handling for the person's health data.

Everything the app writes is readable by the user alone (directories 0700,
files 0600), and is replaced atomically so that a dead battery mid-write
leaves either the old file or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it user-only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    path.chmod(PRIVATE_DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (used for files SQLite creates)."""
    with contextlib.suppress(FileNotFoundError):
        path.chmod(PRIVATE_FILE_MODE)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: temporary file, fsync, rename, fsync the folder."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        tmp.chmod(PRIVATE_FILE_MODE)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def move_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename a damaged file to `<name>.<label>-<timestamp>` and return the new path.

    Nothing is ever deleted: the person (or their helper) can still open it.
    """
    stem = f"{path.name}.{label}-{now.strftime('%Y%m%d-%H%M%S')}"
    target = path.with_name(stem)
    n = 1
    while target.exists():
        target = path.with_name(f"{stem}-{n}")
        n += 1
    path.replace(target)
    target.chmod(PRIVATE_DIR_MODE if target.is_dir() else PRIVATE_FILE_MODE)  # even if it was 0644
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
