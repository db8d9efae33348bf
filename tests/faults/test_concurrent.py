"""The app running, four command-line processes logging at once and a reader: every entry
arrives, and "database is locked" never reaches a person."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.desktop import calf_coach_command, wait_for
from tests.faults.helpers import calf_coach, environment, history_json, integrity

WRITERS = 4
EACH = 50
WRITER = f"""
import sys
from coach.cli import main
home, first = sys.argv[1], int(sys.argv[2])
amounts = range(first, first + {EACH})
sys.exit(max(main(["--home", home, "log", "water", "--ml", str(ml)]) for ml in amounts))
"""
READER = """
import sys, time
from coach.cli import main
home, seconds = sys.argv[1], float(sys.argv[2])
end = time.monotonic() + seconds
codes = []
while time.monotonic() < end:
    codes.append(main(["--home", home, "history", "--json", "--days", "2"]))
sys.exit(max(codes))
"""


def test_four_writers_a_reader_and_the_app_lose_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "settings.toml").write_text("# set up\n")  # no welcome
    app = subprocess.Popen(
        [*calf_coach_command(), "--home", str(home)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment(),
    )
    try:
        wait_for(lambda: calf_coach(home, "status").returncode == 0, 30, "the app")
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", WRITER, str(home), str(1000 + n * 100)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                env=environment(),
            )
            for n in range(WRITERS)
        ]
        reader = subprocess.Popen(
            [sys.executable, "-c", READER, str(home), "8"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(),
        )
        begun = time.monotonic()
        said = [(w.communicate(timeout=240)[1], w.returncode) for w in writers]
        seconds = time.monotonic() - begun
        read = (reader.communicate(timeout=60)[1], reader.returncode)
        status = calf_coach(home, "status", "--json")
        assert status.returncode == 0 and '"running": true' in status.stdout
    finally:
        calf_coach(home, "quit")
        errors = app.communicate(timeout=30)[1].decode()
    assert [code for _, code in said] == [0] * WRITERS, said
    assert read[1] == 0, read
    logged = sorted(entry["ml"] for entry in history_json(home)["water"])
    expected = sorted(1000 + n * 100 + k for n in range(WRITERS) for k in range(EACH))
    assert logged == expected
    everything = " ".join([*(text for text, _ in said), read[0], errors])
    everything += (home / "calf-coach.log").read_text()
    assert "database is locked" not in everything.lower()
    assert integrity(home / "history.sqlite3") == "ok"
    print(f"\n{WRITERS * EACH} entries from {WRITERS} processes in {seconds:.1f} s, 0 lost")
