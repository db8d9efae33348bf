"""A command that must start the app, where the app cannot start or another process holds
its lock and does not answer, says why in one line within ten seconds (a key bound to
`calf-coach remind` must not leave the person waiting), and leaves no process behind. A
lock left by a crash, whose process number another program has since been given, is no
one's: the app starts."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import calf_coach_command
from tests.faults.helpers import COMMAND_SECONDS, calf_coach, environment

PROMPT_SECONDS = 10.0
"""How soon a command that cannot be carried out must say so."""
LOCKER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
sys.stdin.read()
"""
"""A process that takes the app's lock as the app does, and then never answers."""


def remind(home: Path, **extra: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run(
        [*calf_coach_command(), "--home", str(home), "remind", "fluids"],
        capture_output=True,
        text=True,
        env=environment(**extra),
        timeout=COMMAND_SECONDS,
        stdin=subprocess.DEVNULL,
    )
    return done, time.monotonic() - started


def processes_of(home: Path) -> list[int]:
    """The processes started with `--home HOME` (as a command starts the app)."""
    found, named = [], b"--home\0" + str(home).encode() + b"\0"
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and named in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


@pytest.fixture
def locker(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    process = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(home / "run" / "calf-coach.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    yield process
    process.communicate(timeout=COMMAND_SECONDS)  # its stdin closed: it ends, unlocking


def test_an_app_that_cannot_start_is_told_at_once_and_reaped(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done, took = remind(home, QT_QPA_PLATFORM="no-such-platform")
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith("calf-coach: Calf Coach could not start (exit code "), line
    assert "no-such-platform" in line
    assert took < PROMPT_SECONDS, f"{took:.1f} s"
    assert processes_of(home) == [], "the app that failed is not left behind"


def test_a_lock_held_by_a_process_that_does_not_answer_is_told(
    tmp_path: Path, locker: subprocess.Popen[str]
) -> None:
    home = tmp_path / "home"
    done, took = remind(home)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"calf-coach: Calf Coach (process {locker.pid}) holds "), line
    assert "does not answer" in line
    assert took < PROMPT_SECONDS, f"{took:.1f} s"
    assert processes_of(home) == [], "no second app was started to find the lock taken"
    assert locker.poll() is None, "the other process is the person's to end, not the command's"
    paused = calf_coach(home, "pause", "1h")
    assert paused.returncode == 1 and "does not answer" in paused.stderr, "not: not running"


def test_a_lock_whose_process_number_another_program_now_has_is_taken_over(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    # As a crash leaves it: the number of a live process, the name of another program.
    (home / "run" / "calf-coach.lock").write_text(f"{os.getpid()}\nnot-calf-coach\n\n")
    done, _ = remind(home)
    try:
        assert done.returncode == 0, done.stderr
        status = calf_coach(home, "status", "--json")
        assert '"kind": "fluids"' in status.stdout, "the app started and shows it"
        assert len(processes_of(home)) == 1
    finally:
        assert calf_coach(home, "quit").returncode == 0
