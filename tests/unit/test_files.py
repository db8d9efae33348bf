"""Private files: made user-only by taking from group and others, never by giving back a
permission the owner took away; a file or folder the person made read-only is not
replaced. The mode is read, not the kernel asked, so these hold for root too."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.core.files import ensure_private_dir, make_private, move_aside, write_atomically
from tests.helpers import at


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "folder"
    folder.mkdir(mode=0o700)
    yield folder
    folder.chmod(0o700)  # for the clean-up


@pytest.mark.parametrize(
    ("before", "after"), [(0o644, 0o600), (0o640, 0o600), (0o600, 0o600), (0o400, 0o400)]
)
def test_a_file_is_made_private_without_a_bit_its_owner_took_away(
    folder: Path, before: int, after: int
) -> None:
    path = folder / "history.sqlite3"
    path.write_bytes(b"")
    path.chmod(before)
    make_private(path)
    assert mode(path) == after


@pytest.mark.parametrize(
    ("before", "after"), [(0o755, 0o700), (0o750, 0o700), (0o700, 0o700), (0o500, 0o500)]
)
def test_a_folder_is_made_private_without_a_bit_its_owner_took_away(
    folder: Path, before: int, after: int
) -> None:
    folder.chmod(before)
    assert ensure_private_dir(folder) == folder
    assert mode(folder) == after


def test_a_new_folder_is_user_only(tmp_path: Path) -> None:
    made = ensure_private_dir(tmp_path / "a" / "b")
    assert mode(made) == 0o700


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_file_or_folder_made_read_only_is_not_replaced(folder: Path, locked: str) -> None:
    path = folder / "settings.toml"
    path.write_bytes(b"bedtime = 1\n")
    (path if locked == "file" else folder).chmod(0o400 if locked == "file" else 0o500)
    with pytest.raises(PermissionError, match="made read-only"):
        write_atomically(path, b"changed\n")
    assert path.read_bytes() == b"bedtime = 1\n"
    assert [p.name for p in folder.iterdir()] == ["settings.toml"], "no temporary file left"


def test_a_file_kept_aside_keeps_a_read_only_mode_and_loses_others_bits(folder: Path) -> None:
    mine, shared = folder / "mine", folder / "shared"
    for path, was in ((mine, 0o400), (shared, 0o644)):
        path.write_bytes(b"damaged")
        path.chmod(was)
    assert mode(move_aside(mine, "corrupt", at("2026-06-10 08:00"))) == 0o400
    assert mode(move_aside(shared, "corrupt", at("2026-06-10 08:00"))) == 0o600
