"""Running the installed command line as a person would, in a home of its own."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from tests.e2e.desktop import calf_coach_command

THOUSAND_EXAMPLES = settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""How every boundary of the fault suite is tried: a thousand generated inputs, however long
each takes on a busy machine (each example makes its own folder, so the fixture is shared)."""

COMMAND_SECONDS = 60
"""No single command of the fault suite may run longer than this."""
REPO = Path(__file__).resolve().parents[2]


def environment(**extra: str) -> dict[str, str]:
    """This environment, without a display or a sound server; the `coach` the processes
    import is this checkout's, whichever one the installed command was made for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PULSE", "DISPLAY"))}
    path = os.pathsep.join([str(REPO), *filter(None, [env.get("PYTHONPATH")])])
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path, **extra}


def calf_coach(
    home: Path, *argv: str, timeout: float = COMMAND_SECONDS
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*calf_coach_command(), "--home", str(home), *argv],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def history_json(home: Path, days: int = 2) -> dict[str, Any]:
    done = calf_coach(home, "history", "--json", "--days", str(days))
    assert done.returncode == 0, done.stderr
    parsed: dict[str, Any] = json.loads(done.stdout)
    return parsed


def integrity(database: Path) -> str:
    conn = sqlite3.connect(database)
    try:
        verdict: str = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return verdict
    finally:
        conn.close()


def start_each(home: Path, *files: Path | str) -> subprocess.CompletedProcess[str]:
    """The real app started once with each settings file, in a process of its own (see
    tests.faults.start_each)."""
    return subprocess.run(
        [sys.executable, "-m", "tests.faults.start_each", str(home), *map(str, files)],
        capture_output=True,
        text=True,
        env=environment(),
        cwd=Path(__file__).parents[2],
        timeout=300,
    )
