"""The app's log stays under its cap: the full file moves aside as `.1`, nothing of the
newest lines is lost, and both files stay private."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from coach.app.log_file import CappedLogFile


def test_a_full_log_moves_aside_and_starts_afresh(tmp_path: Path) -> None:
    old_mask = os.umask(0o077)  # as coach.start sets it
    try:
        path = tmp_path / "calf-coach.log"
        handler = CappedLogFile(path, most=1_000)
        logger = logging.getLogger("test-capped-log")
        logger.propagate = False
        logger.addHandler(handler)
        try:
            for n in range(60):
                logger.warning("line %02d %s", n, "x" * 20)
        finally:
            logger.removeHandler(handler)
            handler.close()
    finally:
        os.umask(old_mask)
    older = (tmp_path / "calf-coach.log.1").read_text()
    newest = path.read_text()
    assert len(older.encode()) <= 1_000 and len(newest.encode()) <= 1_000
    lines = (older + newest).splitlines()
    assert lines[-1].startswith("line 59"), "the newest line is in the current file"
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 60)), "no line lost between the two files"
    for file in (path, tmp_path / "calf-coach.log.1"):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_a_log_that_cannot_move_aside_goes_on_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the file (Windows): nothing is lost, the move is tried again."""
    path = tmp_path / "calf-coach.log"
    handler = CappedLogFile(path, most=200)
    logger = logging.getLogger("test-capped-log-held")
    logger.propagate = False
    logger.addHandler(handler)
    real_replace = Path.replace
    refusals = iter([PermissionError("held by another program")])

    def replace(self: Path, target: Path) -> Path:
        refusal = next(refusals, None)
        if refusal is not None:
            raise refusal
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    try:
        for n in range(12):
            logger.warning("line %02d %s", n, "x" * 20)
    finally:
        logger.removeHandler(handler)
        handler.close()
    lines = ((tmp_path / "calf-coach.log.1").read_text() + path.read_text()).splitlines()
    assert lines[-1].startswith("line 11"), "logging went on after the refusal"
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 12))
