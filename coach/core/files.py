"""Private, crash-safe file handling for the person's health data.

Everything the app writes is readable by the user alone (directories 0700,
files 0600), and is replaced atomically so that a dead battery mid-write
leaves either the old file or the new one, never half of each.

Making a file or folder private only ever takes permissions away (from group and
others): a write bit the person took from their own file or folder stays taken, and
such a file is not replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from coach.core.read_only import made_read_only, read_only_disk

if TYPE_CHECKING:
    from datetime import datetime

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed, user-only; an existing one loses what group
    and others may do, and keeps what its owner may (0755 -> 0700, 0500 stays 0500)."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    _tighten(path)
    return path


def make_private(path: Path) -> None:
    """Take from an existing file what group and others may do (used for files SQLite
    creates): 0644 -> 0600, while a 0400 the person chose stays 0400."""
    with contextlib.suppress(FileNotFoundError):
        _tighten(path)


def _tighten(path: Path) -> None:
    """Only the owner's bits kept. Nothing is changed when there is nothing to take, nor on
    a read-only disk, where nothing can be: what is there may still be read."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~PRIVATE_DIR_MODE and not read_only_disk(path):
        path.chmod(mode & PRIVATE_DIR_MODE)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: temporary file, fsync, rename, fsync the folder. A file
    or folder the person made read-only is refused as the system refuses others."""
    locked = made_read_only(path)
    if locked is not None:
        raise PermissionError(errno.EACCES, locked, str(path))
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
    _tighten(target)  # even if it was 0644
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
