"""A command killed at any moment (a crash, a dead battery) loses nothing it said it logged,
and leaves a history that SQLite calls sound."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

from tests.e2e.desktop import calf_coach_command
from tests.faults.helpers import environment, history_json, integrity

RUNS = 100
BATCH = 2  # two at a time: the machine has two cores


def test_sigkill_at_random_moments_loses_nothing_that_was_confirmed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    chance = random.Random(20261125)
    started = time.monotonic()
    first = subprocess.run(
        [*calf_coach_command(), "--home", str(home), "log", "water", "--ml", "11"],
        capture_output=True,
        env=environment(),
        timeout=60,
    )
    assert first.returncode == 0
    typical = time.monotonic() - started
    confirmed = {11}
    killed = 0
    for batch in range(RUNS // BATCH):
        running = []
        for slot in range(BATCH):
            ml = 100 + batch * BATCH + slot  # each run logs an amount of its own
            process = subprocess.Popen(
                [*calf_coach_command(), "--home", str(home), "log", "water", "--ml", str(ml)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=environment(),
            )
            running.append((ml, process, chance.uniform(0, typical * 1.5)))
        begun = time.monotonic()
        for ml, process, after in sorted(running, key=lambda run: run[2]):
            time.sleep(max(0.0, begun + after - time.monotonic()))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                killed += 1
            if process.wait(timeout=60) == 0:
                confirmed.add(ml)
    logged = {entry["ml"] for entry in history_json(home)["water"]}
    assert integrity(home / "history.sqlite3") == "ok"
    assert confirmed <= logged, f"lost: {sorted(confirmed - logged)}"
    assert logged <= confirmed | set(range(100, 100 + RUNS)), "an entry no run asked for"
    assert not list(home.glob("history.sqlite3.corrupt-*")), "a killed run damaged the history"
    assert 10 < killed < RUNS, f"{killed} of {RUNS} runs were killed: the moments were not mixed"
    print(f"\n{RUNS} runs, {killed} killed, {len(confirmed) - 1} confirmed, 0 lost")
