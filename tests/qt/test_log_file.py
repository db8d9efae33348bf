"""The app's log stays under its cap: the full file moves aside as `.1`, nothing of the
newest lines is lost, and both files stay private; a file that cannot move aside (held
by another program) is written on; one that cannot be written at all is said once, in a
line, never with a traceback."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from coach.app.log_file import CappedLogFile

LINE = len("line 00 " + "x" * 20 + "\n")


def _log_lines(path: Path, most: int, count: int, over: int = 0) -> list[int]:
    """Log `count` numbered lines through the handler; the numbers found in both files,
    neither of which is more than `over` bytes past the cap."""
    handler = CappedLogFile(path, most=most)
    logger = logging.getLogger(f"test-capped-log-{path.parent.name}")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(count):
            logger.warning("line %02d %s", n, "x" * 20)
    finally:
        logger.removeHandler(handler)
        handler.close()
    older = path.with_name(path.name + ".1")
    assert len(older.read_bytes()) <= most + over and len(path.read_bytes()) <= most + over
    lines = (older.read_text() + path.read_text()).splitlines()
    return [int(line.split()[1]) for line in lines]


def test_a_full_log_moves_aside_and_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "calf-coach.log"
    old_mask = os.umask(0o077)  # as coach.start sets it
    try:
        numbers = _log_lines(path, most=1_000, count=60)
    finally:
        os.umask(old_mask)
    assert numbers[-1] == 59, "the newest line is in the current file"
    assert numbers == list(range(numbers[0], 60)), "no line lost between the two files"
    for file in (path, tmp_path / "calf-coach.log.1"):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_a_log_that_cannot_move_aside_goes_on_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the file (Windows): nothing is lost, the move is tried again."""
    real_replace = Path.replace
    refusals = iter([PermissionError("held by another program")])

    def replace(self: Path, target: Path) -> Path:
        refusal = next(refusals, None)
        if refusal is not None:
            raise refusal
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    # The refused move leaves one line past the cap; the next record moves it aside.
    numbers = _log_lines(tmp_path / "calf-coach.log", most=300, count=12, over=LINE)
    assert numbers[-1] == 11, "logging went on after the refusal"
    assert numbers == list(range(numbers[0], 12))


def test_a_log_that_cannot_be_written_is_said_once_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gone" / "calf-coach.log"  # its folder is not there: nothing opens
    handler = CappedLogFile(path, most=1_000)
    logger = logging.getLogger("test-capped-log-unwritable")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(3):
            logger.warning("line %d", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and said.startswith(f"calf-coach log: {path}: "), said
    assert "Traceback" not in said
