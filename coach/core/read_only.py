"""Why a file cannot be written now, found out before trying: a read-only disk, a file or
folder the person made read-only, a full disk.

The owner's write bit is read from the mode rather than asked of the kernel (os.access):
root may write anything, yet a write bit the person took away is their word that the
file is to be left as it is, whoever runs the app.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

from coach.core.i18n import translate

NO_SPACE = os.strerror(errno.ENOSPC)
"""Why a full disk refuses, in the system's words (as a failed write would say it)."""
READ_ONLY_DISK = os.strerror(errno.EROFS)


def _owner_may_write(path: Path) -> bool:
    return bool(path.stat().st_mode & stat.S_IWUSR)


def made_read_only(path: Path) -> str | None:
    """Why the person does not want `path` written (their write bit taken from it or from
    its folder), or None. A missing file or folder has no say."""
    try:
        if path.exists() and not _owner_may_write(path):
            return translate("disk", "the file was made read-only")
        if path.parent.exists() and not _owner_may_write(path.parent):
            return translate("disk", "its folder was made read-only")
    except OSError:  # gone meanwhile, or not ours to look at: the write itself will say
        return None
    return None


def read_only_disk(path: Path) -> bool:
    """Whether `path` (a file or a folder) is on a file system mounted read-only."""
    statvfs = getattr(os, "statvfs", None)  # POSIX only
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def disk_full(folder: Path) -> bool:
    """Whether the disk of `folder` has not a byte left for this user."""
    try:
        return shutil.disk_usage(folder).free == 0
    except OSError:
        return False


def cannot_write(path: Path) -> str | None:
    """Why `path` (there or still to be made) cannot be written now, in a few words, or
    None when nothing says so (the write may still fail: a disk that fills meanwhile)."""
    folder = path.parent
    if read_only_disk(folder):
        return READ_ONLY_DISK
    locked = made_read_only(path)
    if locked is not None:
        return locked
    if disk_full(folder):
        return NO_SPACE
    return None
