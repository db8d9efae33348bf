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

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.read_only import made_read_only, read_only_disk

if TYPE_CHECKING:
    from datetime import datetime

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
SMALL_FILE_BYTES = 256 * 1024
"""The most a settings, routine, state or launcher file may hold: each real one is a few
kilobytes, so anything larger is not one (a log pasted in, a link to a device)."""


class FileRefusedError(ValueError):
    """A file the app will not read, with the reason in plain words ("is a folder")."""

    def __init__(self, path: Path, reason: str, *, damaged: bool = False) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.damaged = damaged
        """Whether it was read and its content is wrong (not just unreadable here)."""


_NO_PERMISSION = QT_TRANSLATE_NOOP("files", "cannot be read: you do not have permission to read it")
_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("files", "does not exist"),
    errno.EACCES: _NO_PERMISSION,
    errno.EPERM: _NO_PERMISSION,
    errno.EISDIR: QT_TRANSLATE_NOOP("files", "is a folder, not a file"),
    errno.ELOOP: QT_TRANSLATE_NOOP("files", "is a link that leads round in a circle"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("files", "is inside something that is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("files", "has a name too long for this system"),
}


def read_small_text(path: Path, most_bytes: int = SMALL_FILE_BYTES) -> str:
    """The UTF-8 text of a small regular file; FileRefusedError, saying why, for anything else.

    The type and size are checked before a byte is read, so a pipe named like a
    settings file cannot hang the app, nor a link to /dev/zero fill its memory.
    FileNotFoundError is raised as itself (a missing file is usually fine)."""
    data = read_small_file(path, most_bytes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = translate("files", "is not UTF-8 text (byte 0x{byte:02x} at offset {offset})")
        where = reason.format(byte=data[exc.start], offset=exc.start)
        raise FileRefusedError(path, where, damaged=True) from None


def read_small_file(path: Path, most_bytes: int = SMALL_FILE_BYTES) -> bytes:
    """The bytes of a small regular file (see read_small_text)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise FileRefusedError(path, _reason(exc)) from None
    try:
        kind = os.fstat(fd)
        if stat.S_ISDIR(kind.st_mode):
            raise FileRefusedError(path, translate("files", _REASONS[errno.EISDIR]))
        if not stat.S_ISREG(kind.st_mode):
            reason = translate("files", "is not an ordinary file (a pipe, a socket or a device)")
            raise FileRefusedError(path, reason)
        if kind.st_size > most_bytes:
            raise FileRefusedError(path, _too_big(kind.st_size, most_bytes), damaged=True)
        with os.fdopen(os.dup(fd), "rb") as stream:
            data = stream.read(most_bytes + 1)
    except OSError as exc:
        raise FileRefusedError(path, _reason(exc)) from None
    finally:
        os.close(fd)
    if len(data) > most_bytes:  # it grew while being read
        raise FileRefusedError(path, _too_big(len(data), most_bytes), damaged=True)
    return data


def _reason(exc: OSError) -> str:
    if exc.errno in _REASONS:
        return translate("files", _REASONS[exc.errno])
    text = translate("files", "cannot be read: {error}")
    return text.format(error=(exc.strerror or str(exc)).lower())


def _too_big(size: int, most: int) -> str:
    text = translate("files", "is too large ({size} bytes; such a file holds at most {most})")
    return text.format(size=size, most=most)


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
