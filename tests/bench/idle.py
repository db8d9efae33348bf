"""Idle figures of the installed tray app in a real desktop (Xvfb + tint2 + dunst).

Prints: time from launch to tray ready, resident memory after 20 s, CPU seconds
used over 60 s of idling, and how late a reminder due 5 s after start was
shown. Run: `.venv/bin/python tests/bench/idle.py` (about three minutes).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop import missing_tools, running_desktop, wait_for

TARGETS = {"ready": 1.0, "rss": 80.0, "cpu": 0.02, "late": 0.25}
LOG_TIME = re.compile(r"^(\S+) INFO coach\S*: (.*)$")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


def log_events(home: Path) -> list[tuple[dt.datetime, str]]:
    events = []
    for line in (home / "calf-coach.log").read_text().splitlines():
        if match := LOG_TIME.match(line):
            events.append((dt.datetime.fromisoformat(match[1]), match[2]))
    return events


def main() -> int:
    if missing := missing_tools():
        print(f"idle benchmark needs {', '.join(missing)}", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="calf-coach-bench-"))
    with running_desktop(root / "desktop", root / "artifacts") as desktop:
        home = root / "home"
        home.mkdir(mode=0o700)
        # Start about 5 s before a whole minute, with a reminder set for that minute.
        now = dt.datetime.now().astimezone()
        if now.second > 50:
            time.sleep(61 - now.second)
        due = (dt.datetime.now().astimezone() + dt.timedelta(minutes=1)).replace(
            second=0, microsecond=0
        )
        (home / "settings.toml").write_text(
            f'[quiet_hours]\nenabled = false\n[reminders.legs-up]\ntimes = ["{due:%H:%M}"]\n'
            "[reminders.fluids]\nenabled = false\n[reminders.stretch]\nenabled = false\n"
        )
        wait_for(
            lambda: dt.datetime.now().astimezone() >= due - dt.timedelta(seconds=5), 60, "the start"
        )
        launched = dt.datetime.now()
        app = desktop.start_app(home)
        wait_for(
            lambda: (
                any("tray icon shown" in e for _, e in log_events(home))
                if (home / "calf-coach.log").exists()
                else False
            ),
            30,
            "the tray",
        )
        ready = next(t for t, e in log_events(home) if "tray icon shown" in e)
        started = time.monotonic()
        wait_for(
            lambda: any(e.startswith("due legs-up") for _, e in log_events(home)),
            30,
            "the reminder",
        )
        late_line = next(e for _, e in log_events(home) if e.startswith("due legs-up"))
        lateness = float(re.search(r"([-\d.]+) s late", late_line)[1])  # type: ignore[index]
        time.sleep(max(0.0, 20 - (time.monotonic() - started)))
        memory = rss_mb(app.pid)
        cpu_before = cpu_seconds(app.pid)
        time.sleep(60)
        idle_cpu = cpu_seconds(app.pid) - cpu_before
        desktop.screenshot("idle-card")
        desktop.calf_coach(home, "quit")
        app.wait(10)

    ready_s = (ready - launched).total_seconds()
    rows = [
        (
            "launch to tray ready",
            f"{ready_s:.2f} s",
            f"< {TARGETS['ready']} s",
            ready_s < TARGETS["ready"],
        ),
        (
            "resident memory after 20 s",
            f"{memory:.1f} MB",
            f"< {TARGETS['rss']:.0f} MB",
            memory < TARGETS["rss"],
        ),
        (
            "CPU used over 60 s idle",
            f"{idle_cpu:.3f} s",
            f"< {TARGETS['cpu']} s",
            idle_cpu < TARGETS["cpu"],
        ),
        (
            "lateness, reminder due 5 s after start",
            f"{lateness:.3f} s",
            f"< {TARGETS['late']} s",
            lateness < TARGETS["late"],
        ),
    ]
    print(f"Calf Coach idle benchmark ({os.cpu_count()} cores, Xvfb + tint2 + dunst)")
    for name, value, target, ok in rows:
        print(f"  {name:<40} {value:>10}   target {target:<9} {'ok' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
