"""Idle figures of the installed tray app in a real desktop (Xvfb + tint2 + dunst).

Two runs of the app:
1. idle, no reminder due: time from launch to tray ready, resident memory after
   20 s, CPU seconds used over the next 60 s;
2. a reminder due 5 s after start: how late it was shown, and resident memory
   20 s after start (by then the card and the notification library are loaded).

Run: `.venv/bin/python tests/bench/idle.py` (about four minutes).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop import Desktop, missing_tools, running_desktop, wait_for

TARGETS = {"ready": 1.0, "rss": 80.0, "cpu": 0.02, "late": 0.25}
LOG_LINE = re.compile(r"^(\S+) INFO coach\S*: (.*)$")
QUIET = "[quiet_hours]\nenabled = false\n"
ONLY_LEGS_UP = "[reminders.fluids]\nenabled = false\n[reminders.stretch]\nenabled = false\n"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def log_events(home: Path) -> list[tuple[dt.datetime, str]]:
    log = home / "calf-coach.log"
    if not log.exists():
        return []
    return [
        (dt.datetime.fromisoformat(m[1]), m[2])
        for line in log.read_text().splitlines()
        if (m := LOG_LINE.match(line))
    ]


def event(home: Path, starts: str, timeout: float = 30) -> tuple[dt.datetime, str]:
    found = wait_for(
        lambda: next((e for e in log_events(home) if e[1].startswith(starts)), None),
        timeout,
        starts,
    )
    assert isinstance(found, tuple)
    return found


def launch(desktop: Desktop, home: Path, settings: str) -> tuple[subprocess.Popen[bytes], float]:
    """Start the app; returns it and the seconds from launch to its tray icon."""
    home.mkdir(mode=0o700, parents=True)
    (home / "settings.toml").write_text(settings)
    launched = dt.datetime.now()
    app = desktop.start_app(home)
    shown, _ = event(home, "tray icon shown")
    return app, (shown - launched).total_seconds()


def quit_app(desktop: Desktop, home: Path, app: subprocess.Popen[bytes]) -> None:
    desktop.calf_coach(home, "quit")
    app.wait(10)


def idle_run(desktop: Desktop, home: Path) -> tuple[float, float, float]:
    app, ready = launch(
        desktop, home, QUIET + ONLY_LEGS_UP + "[reminders.legs-up]\nenabled = false\n"
    )
    time.sleep(20)
    memory = rss_mb(app.pid)
    before = cpu_seconds(app.pid)
    time.sleep(60)
    cpu = cpu_seconds(app.pid) - before
    quit_app(desktop, home, app)
    return ready, memory, cpu


def reminder_run(desktop: Desktop, home: Path) -> tuple[float, float]:
    """Start 5 s before a whole minute with a reminder set for that minute."""
    if dt.datetime.now().second > 50:
        time.sleep(61 - dt.datetime.now().second)
    due = (dt.datetime.now() + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
    wait_for(lambda: dt.datetime.now() >= due - dt.timedelta(seconds=5), 60, "the start")
    started = time.monotonic()
    settings = QUIET + ONLY_LEGS_UP + f'[reminders.legs-up]\ntimes = ["{due:%H:%M}"]\n'
    app, _ = launch(desktop, home, settings)
    _, line = event(home, "due legs-up")
    match = re.search(r"([-\d.]+) s late", line)
    assert match is not None
    time.sleep(max(0.0, 20 - (time.monotonic() - started)))
    memory = rss_mb(app.pid)
    desktop.screenshot("bench-reminder-card")
    quit_app(desktop, home, app)
    return float(match[1]), memory


def main() -> int:
    if missing := missing_tools():
        print(f"the idle benchmark needs {', '.join(missing)}", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="calf-coach-bench-"))
    with running_desktop(root / "desktop", root / "artifacts") as desktop:
        ready, idle_memory, idle_cpu = idle_run(desktop, root / "idle")
        lateness, card_memory = reminder_run(desktop, root / "reminder")
    rows = [
        ("launch to tray ready", ready, "s", TARGETS["ready"]),
        ("resident memory after 20 s idle", idle_memory, "MB", TARGETS["rss"]),
        ("CPU used over 60 s idle", idle_cpu, "s", TARGETS["cpu"]),
        ("lateness of a reminder due 5 s after start", lateness, "s", TARGETS["late"]),
        ("resident memory 20 s after start, card up", card_memory, "MB", TARGETS["rss"]),
    ]
    print(f"Calf Coach idle benchmark ({os.cpu_count()} cores, Xvfb + tint2 + dunst)")
    for name, value, unit, target in rows:
        verdict = "ok" if value < target else "MISSED"
        print(f"  {name:<44} {value:8.3f} {unit:<3} target < {target:<5} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
