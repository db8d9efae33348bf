"""Start, idle and memory figures of the installed tray app beside a bare PySide6 tray icon,
in one real desktop (Xvfb + tint2 + dunst), with the ratios.

1. install size: the virtual environment's site-packages, and PySide6's share of it;
2. the first start (after dropping the page cache where the machine allows it);
3. launch to tray icon: the bare tray, then the app (page cache warm), 7 times each,
   the median;
4. both idle side by side: resident memory after 20 s, CPU over the next 60 s;
5. the app with a reminder due 5 s after start: how late, and memory with the card
   and dunst's notification up;
6. an accelerated week (libfaketime, x4000) of reminders, every other card answered
   (Enter on the card), the rest left to expire: memory after day 1 and day 7.

Run: `.venv/bin/python tests/bench/idle.py` (about eight minutes; part 6 needs the
`faketime` Debian package (libfaketime), part 2 root).
"""

from __future__ import annotations

import compileall
import datetime as dt
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import ImageGrab

import coach

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.desktop import (
    PANEL_HEIGHT,
    SCREEN,
    Desktop,
    missing_tools,
    running_desktop,
    wait_for,
)

BARE = Path(__file__).with_name("bare_tray.py")
LAUNCHES = 7
"""Starts of each, taken in turn; the median is reported (two cores: single runs vary by 30 ms)."""
LOG_LINE = re.compile(r"^(\S+) INFO coach\S*: (.*)$")
QUIET = "[quiet_hours]\nenabled = false\n[attention]\naway_after_minutes = 120\n"
ONLY_LEGS_UP = "[reminders.fluids]\nenabled = false\n[reminders.stretch]\nenabled = false\n"
NOTHING_DUE = QUIET + ONLY_LEGS_UP + "[reminders.legs-up]\nenabled = false\n"
SPEED = 4000
"""libfaketime's speed for the week: a day in 21.6 s."""
TARGET_LAUNCH_RATIO = 1.35
TARGET_IDLE_EXTRA = 11.0
TARGET_CARD_EXTRA = 17.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime, in clock ticks


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
        step=0.01,
    )
    assert isinstance(found, tuple)
    return found


def folder_mb(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def install_size() -> tuple[float, float]:
    site = next(Path(sys.prefix).glob("lib/python3*/site-packages"))
    pyside = sum(folder_mb(p) for p in site.glob("PySide6*") if p.is_dir())
    pyside += sum(folder_mb(p) for p in site.glob("shiboken6*") if p.is_dir())
    return folder_mb(site), pyside


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


TEAL = (0x23, 0x70, 0x6B)
"""The colour of the app's tray icon, and of the bare tray's square."""


def teal_in_the_tray(desktop: Desktop) -> int:
    """How many pixels at the panel's left end (tint2's systray) are the icons' teal, read
    off the X server."""
    height = SCREEN[1]
    panel = ImageGrab.grab(bbox=(0, height - PANEL_HEIGHT, 256, height), xdisplay=desktop.display)
    data = panel.convert("RGB").tobytes()
    return sum(
        abs(data[i] - TEAL[0]) <= 40
        and abs(data[i + 1] - TEAL[1]) <= 40
        and abs(data[i + 2] - TEAL[2]) <= 40
        for i in range(0, len(data), 3)
    )


def drawn(desktop: Desktop, launched: float, what: str) -> float:
    """Seconds from `launched` (monotonic) until a tray icon is drawn: teal in the panel."""
    wait_for(lambda: teal_in_the_tray(desktop) >= 100, 30, f"{what} drawn in the tray", step=0.005)
    return time.monotonic() - launched


def tray_empty(desktop: Desktop) -> None:
    wait_for(lambda: teal_in_the_tray(desktop) < 100, 10, "the tray to be empty")


def launch_app(
    desktop: Desktop,
    home: Path,
    settings: str,
    prefix: tuple[str, ...] = (),
    *,
    timed: bool = True,
) -> tuple[subprocess.Popen[bytes], float]:
    """Start the app; returns it and the seconds from launch until its tray icon is drawn
    (`timed`: into an empty tray), else until it is ready."""
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(mode=0o700, parents=True)
    (home / "settings.toml").write_text(settings)
    if timed:
        tray_empty(desktop)
    launched = time.monotonic()
    app = desktop.start_app(home, under=prefix)
    if timed:
        return app, drawn(desktop, launched, "the app's icon")
    event(home, "ready")
    return app, time.monotonic() - launched


def launch_bare(desktop: Desktop, out: Path) -> tuple[subprocess.Popen[bytes], float]:
    tray_empty(desktop)
    launched = time.monotonic()
    with out.open("wb") as stream:
        bare = subprocess.Popen(
            [sys.executable, str(BARE)], env=desktop.env, stdout=stream, stderr=subprocess.STDOUT
        )
    return bare, drawn(desktop, launched, "the bare icon")


def quit_app(desktop: Desktop, home: Path, app: subprocess.Popen[bytes]) -> None:
    desktop.calf_coach(home, "quit")
    app.wait(10)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    proc.wait(10)


def launches(desktop: Desktop, root: Path) -> tuple[float, float]:
    bare_times, app_times = [], []
    for n in range(LAUNCHES):
        bare, seconds = launch_bare(desktop, root / f"bare-{n}.out")
        bare_times.append(seconds)
        stop(bare)
        app, seconds = launch_app(desktop, root / f"launch-{n}", NOTHING_DUE)
        app_times.append(seconds)
        quit_app(desktop, root / f"launch-{n}", app)
    return statistics.median(bare_times), statistics.median(app_times)


def side_by_side(desktop: Desktop, root: Path) -> dict[str, float]:
    bare, _ = launch_bare(desktop, root / "bare-idle.out")
    app, _ = launch_app(desktop, root / "idle", NOTHING_DUE, timed=False)
    time.sleep(20)
    figures = {"bare_rss": rss_mb(bare.pid), "app_rss": rss_mb(app.pid)}
    before = cpu_ticks(bare.pid), cpu_ticks(app.pid)
    time.sleep(60)
    figures["bare_ticks"] = cpu_ticks(bare.pid) - before[0]
    figures["app_ticks"] = cpu_ticks(app.pid) - before[1]
    stop(bare)
    quit_app(desktop, root / "idle", app)
    return figures


def with_a_card(desktop: Desktop, root: Path) -> tuple[float, float]:
    """Start 5 s before a whole minute with a reminder set for that minute."""
    if dt.datetime.now().second > 50:
        time.sleep(61 - dt.datetime.now().second)
    due = (dt.datetime.now() + dt.timedelta(minutes=1)).replace(second=0, microsecond=0)
    wait_for(lambda: dt.datetime.now() >= due - dt.timedelta(seconds=5), 60, "the start")
    started = time.monotonic()
    settings = QUIET + ONLY_LEGS_UP + f'[reminders.legs-up]\ntimes = ["{due:%H:%M}"]\n'
    home = root / "reminder"
    app, _ = launch_app(desktop, home, settings, timed=False)
    _, line = event(home, "due legs-up")
    match = re.search(r"([-\d.]+) s late", line)
    assert match is not None
    wait_for(desktop.displayed, 10, "dunst to show the notification")
    time.sleep(max(0.0, 20 - (time.monotonic() - started)))
    memory = rss_mb(app.pid)
    desktop.screenshot("bench-reminder-card")
    quit_app(desktop, home, app)
    return float(match[1]), memory


def a_week(desktop: Desktop, root: Path) -> tuple[float, float, int, int] | None:
    """Memory after day 1 and day 7 of a week run at SPEED; cards shown and answered."""
    library = next(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"), None)
    if library is None:
        return None
    start = dt.datetime.now().replace(hour=6, minute=0, second=0, microsecond=0)
    # The library itself (not the `faketime` wrapper, which forks): the app keeps its pid.
    prefix = ("env", f"LD_PRELOAD={library}", f"FAKETIME=@{start:%Y-%m-%d %H:%M:%S} x{SPEED}")
    home = root / "week"
    # A card stays up for 45 fake minutes (0.7 s here): found and answered, or expired,
    # before the next reminder (90 minutes apart) replaces it.
    settings = "card_expire_minutes = 45\n[attention]\nhold_when_away = false\n"
    app, _ = launch_app(desktop, home, settings, prefix, timed=False)
    began = time.monotonic()
    day = 86400 / SPEED
    memory: dict[int, float] = {}
    answered = shown = 0
    up = False
    while time.monotonic() - began < 7 * day:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^Reminder"],
            env=desktop.env,
            capture_output=True,
            text=True,
        )
        cards = found.stdout.split()  # the one card window, shown again for each reminder
        if cards and not up:
            shown += 1
            if shown % 2 == 0:  # every other card is answered; the rest expire
                subprocess.run(
                    ["xdotool", "windowfocus", "--sync", cards[0], "key", "Return"],
                    env=desktop.env,
                    capture_output=True,
                )
                answered += 1
        up = bool(cards)
        elapsed_days = int((time.monotonic() - began) / day)
        if elapsed_days >= 1 and 1 not in memory:
            memory[1] = rss_mb(app.pid)
        time.sleep(0.05)
    memory[7] = rss_mb(app.pid)
    quit_app(desktop, home, app)
    return memory[1], memory[7], shown, answered


def as_installed(desktop: Desktop) -> None:
    """The app's bytecode compiled, as pip leaves an installed wheel (an editable checkout
    writes it on its first start, unless PYTHONDONTWRITEBYTECODE forbids it)."""
    compileall.compile_dir(Path(coach.__file__).parent, quiet=1)
    desktop.env.pop("PYTHONDONTWRITEBYTECODE", None)


def main() -> int:
    if missing := missing_tools():
        print(f"the idle benchmark needs {', '.join(missing)}", file=sys.stderr)
        return 2
    launch_only = sys.argv[1:] == ["--launch"]
    site_mb, pyside_mb = install_size()
    root = Path(tempfile.mkdtemp(prefix="calf-coach-bench-"))
    with running_desktop(root / "desktop", root / "artifacts") as desktop:
        as_installed(desktop)
        cold = drop_caches()
        app, first = launch_app(desktop, root / "first", NOTHING_DUE)
        quit_app(desktop, root / "first", app)
        bare_launch, app_launch = launches(desktop, root)
        if launch_only:
            print(
                f"first start {first:.3f} s; launch to tray icon, median of {LAUNCHES}: bare "
                f"{bare_launch:.3f} s, app {app_launch:.3f} s ({app_launch / bare_launch:.2f}x)"
            )
            return 0
        idle = side_by_side(desktop, root)
        lateness, card_rss = with_a_card(desktop, root)
        week = a_week(desktop, root)
    bare_rss = idle["bare_rss"]
    print(f"Calf Coach beside a bare PySide6 tray ({os.cpu_count()} cores, Xvfb + tint2 + dunst)")
    print(f"  install: site-packages {site_mb:.0f} MB, PySide6 + shiboken6 {pyside_mb:.0f} MB")
    how = "page cache dropped" if cold else "first after install"
    print(f"  first start ({how}): {first:.3f} s")
    rows = [
        (
            f"launch to tray icon (s, median of {LAUNCHES})",
            bare_launch,
            app_launch,
            "x",
            TARGET_LAUNCH_RATIO,
        ),
        ("resident memory, idle 20 s (MB)", bare_rss, idle["app_rss"], "+", TARGET_IDLE_EXTRA),
        ("resident memory, card + notification (MB)", bare_rss, card_rss, "+", TARGET_CARD_EXTRA),
        ("CPU over 60 s idle (ticks)", idle["bare_ticks"], idle["app_ticks"], "+", 1),
    ]
    print(f"  {'':<44} {'bare':>8} {'app':>8} {'ratio':>7} {'extra':>7}  target")
    for name, bare, ours, kind, target in rows:
        ratio = ours / bare if bare else float("inf")
        extra = ours - bare
        met = (ratio if kind == "x" else extra) <= target
        goal = f"{kind}{target}" if kind == "+" else f"{target}x"
        verdict = "ok" if met else "MISSED"
        print(f"  {name:<44} {bare:8.3f} {ours:8.3f} {ratio:7.2f} {extra:+7.2f}  {goal} {verdict}")
    print(f"  lateness of a reminder due 5 s after start: {lateness:.3f} s")
    if week is None:
        print("  week: skipped (install the faketime package)")
    else:
        day1, day7, shown, answered = week
        print(
            f"  accelerated week (x{SPEED}): {shown} cards, {answered} answered; resident "
            f"memory after day 1 {day1:.1f} MB, after day 7 {day7:.1f} MB ({day7 - day1:+.1f})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
