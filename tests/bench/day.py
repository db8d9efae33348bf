"""Memory over a day of use: the real app in a real desktop (Xvfb + tint2 + dunst), driven
from the keyboard and the command line as a person would, with its resident memory
read after every step and set against what it held idle after start.

The day, played LOOPS times over: Today opened and closed; History with each tab and
both periods, a drink logged in its water log; a cramp logged in the cramp log; Tips;
Settings with each page, and the welcome from it; the bedtime routine and "cramp now"
played to their ends (the latter's last key logs the cramp); a reminder answered on its
card; the language switched to Russian and back in Settings. Growth from one loop to
the next is what a leak looks like; what the first loop adds once (QtCharts, fonts,
QtSvg loaded on first use) is not.

Each row: resident memory (RSS), and where the kernel tells, the proportional (PSS)
and private (USS) shares, all in MB, with RSS's difference from idle after start. PSS
and USS move with whatever else maps the same libraries (another PySide app, a test run
beside it); RSS is the app's own figure. At the end: the mappings that grew most since
idle, so what is left can be named.

Run from the checkout to measure: `PYTHONPATH=$PWD .venv/bin/python tests/bench/day.py`
(about four minutes; needs the e2e tools: Xvfb, tint2, dunst, xdotool...). The app is
the console script beside this Python; PYTHONPATH decides which `coach` it imports.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coach.core.routines.definitions import load_routines
from coach.core.system.assets import assets_dir
from tests.e2e.desktop import NOTHING_PLANNED, Desktop, missing_tools, running_desktop, wait_for

LOOPS = 3
IDLE_SECONDS = 15
"""How long the app idles after start before its figure is taken."""
SETTLE_SECONDS = 2.0
"""After each step: closed windows are deleted on the event loop's next turns."""
REST_SECONDS = 15
"""After the last loop, before the final figure: as idle again as it will be."""
GOAL_MB = 30.0
SETTINGS = (
    "[attention]\naway_after_minutes = 120\n[quiet_hours]\nenabled = false\n" + NOTHING_PLANNED
)
"""Nothing falls due by itself (the day's reminders are asked for); never "away"."""
TITLES = {
    "today": ("Today", "Сегодня"),
    "history": ("History", "История"),
    "settings": ("Settings", "Настройки"),
    "tips": ("Tips", "Советы"),
    "welcome": ("Welcome", "Добро пожаловать"),
    "cramp": ("Log a cramp", "Записать судорогу"),
    "drink": ("Log a drink", "Записать питьё"),
    "card": ("Reminder", "Напоминание"),
}
"""Window titles (as Qt sets them, before " — Calf Coach"), in English and Russian."""
HISTORY_TABS = 4
SETTINGS_PAGES = 6
TABS_TO_LOG_A_DRINK = 10
"""From History's tab bar on "All entries": the filter, the two dates (three fields each),
the table, "Log a cramp…", then "Log a drink…"."""
TABS_TO_THE_WELCOME = 6
"""From Settings' tab bar on "Start and data": language, appearance, the cramp-now key,
start at login, "Open the folder", then "Show the welcome again…"."""


@dataclass(frozen=True)
class Memory:
    rss: float
    pss: float | None
    uss: float | None


def memory(pid: int) -> Memory:
    """In MB: resident (status), proportional and private (smaps_rollup, where readable)."""
    rss = next(
        int(line.split()[1]) / 1024
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if line.startswith("VmRSS:")
    )
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return Memory(rss, None, None)
    fields = {
        line.split(":")[0]: int(line.split()[1]) / 1024
        for line in rollup.splitlines()[1:]
        if line.split()[-1] == "kB"
    }
    private = fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0)
    return Memory(rss, fields.get("Pss"), private)


def resident_by_mapping(pid: int) -> dict[str, float]:
    """Resident MB of each mapped file (libraries, fonts) and of the anonymous memory
    (the heaps: Qt's and Python's objects), from /proc/PID/smaps."""
    sizes: dict[str, float] = {}
    name = "[anonymous]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):  # a mapping's first line
            name = fields[5] if len(fields) > 5 else "[anonymous]"
        elif fields[0] == "Rss:":
            sizes[name] = sizes.get(name, 0.0) + int(fields[1]) / 1024
    return sizes


def where_it_went(before: dict[str, float], after: dict[str, float], count: int = 20) -> None:
    """The mappings that grew most, largest first."""
    grown = sorted(
        ((after.get(name, 0.0) - before.get(name, 0.0), name) for name in after),
        reverse=True,
    )
    print("  where the difference is (resident MB gained since idle, by mapping):")
    for extra, name in grown[:count]:
        if extra >= 0.05:
            print(f"    {extra:+6.1f}  {name}")


class Day:
    """The person: keys and `calf-coach` commands to one running app."""

    def __init__(self, desktop: Desktop, home: Path) -> None:
        self.desktop = desktop
        self.home = home
        routines, _ = load_routines([assets_dir() / "routines"])
        self.steps = {routine.id: len(routine.steps) for routine in routines}
        self.titles = {routine.id: routine.title for routine in routines}

    # --- the hands ----------------------------------------------------------------------

    def command(self, *args: str) -> None:
        done = self.desktop.calf_coach(self.home, *args)
        if done.returncode != 0:
            raise RuntimeError(f"calf-coach {' '.join(args)}: {done.stderr or done.stdout}")

    def window(self, kind: str, timeout: float = 20) -> str:
        """The id of the visible window of this kind (its title in either language)."""

        def shown() -> str | None:
            for title in TITLES.get(kind, (kind,)):
                found = self.desktop.windows(title)
                if found:
                    return found[0]
            return None

        found: str = wait_for(shown, timeout, f"the {kind} window")
        return found

    def gone(self, kind: str, timeout: float = 20) -> None:
        titles = TITLES.get(kind, (kind,))
        wait_for(
            lambda: not any(self.desktop.windows(title) for title in titles),
            timeout,
            f"the {kind} window to close",
        )

    def keys(self, window: str, *keys: str, pause: float = 0.15) -> None:
        """Keys typed into `window` (given the keyboard first), one by one."""
        self.desktop.xdotool("windowfocus", "--sync", window)
        for key in keys:
            self.desktop.xdotool("key", key)
            time.sleep(pause)

    def status(self) -> dict[str, object]:
        return self.desktop.status(self.home)

    def today(self) -> str:
        """Today, as a second `calf-coach` brings it up."""
        self.command()
        return self.window("today")

    # --- the day's steps ------------------------------------------------------------------

    def open_today(self) -> None:
        self.keys(self.today(), "Escape")
        self.gone("today")

    def history(self) -> None:
        """Both periods, every tab, and a drink logged from "All entries"."""
        self.command("history", "--window")
        window = self.window("history")
        time.sleep(0.5)  # drawn
        # The period (the combo box has the keyboard): four weeks, then twelve again.
        self.keys(window, "Up", "Down", "Tab")
        self.keys(window, *["Left"] * HISTORY_TABS, *["Right"] * (HISTORY_TABS - 1), pause=0.4)
        self.keys(window, *["Tab"] * TABS_TO_LOG_A_DRINK, "space")
        self.keys(self.window("drink"), "Return")  # saved as offered: a glass, now
        self.gone("drink")
        self.keys(window, "Escape")
        self.gone("history")

    def cramp_log(self) -> None:
        self.command("log", "cramp")
        self.keys(self.window("cramp"), "alt+b", "Return")  # both legs; saved
        self.gone("cramp")

    def tips(self) -> None:
        today = self.today()
        self.keys(today, "t")
        self.keys(self.window("tips"), "Escape")
        self.gone("tips")
        self.keys(today, "Escape")
        self.gone("today")

    def settings_and_welcome(self) -> None:
        """Each page; the welcome from the last one, skipped."""
        today = self.today()
        self.keys(today, "s")
        window = self.window("settings")
        pages = ["Left"] * SETTINGS_PAGES + ["Right"] * (SETTINGS_PAGES - 1)
        self.keys(window, *pages, pause=0.3)
        self.keys(window, *["Tab"] * TABS_TO_THE_WELCOME, "space")
        self.keys(self.window("welcome"), "Escape")  # Skip: nothing changed
        self.gone("welcome")
        self.keys(window, "Escape")
        self.gone("settings")
        self.keys(today, "Escape")
        self.gone("today")

    def routine(self, routine_id: str) -> str:
        """Played to its last page with the Right key; returns its window."""
        self.command("routine", routine_id)
        window = self.window(self.titles[routine_id])
        self.keys(window, *["Right"] * self.steps[routine_id], pause=0.3)
        wait_for(self._finished, 10, f"the end of {routine_id}")
        return window

    def _finished(self) -> bool:
        playing = self.status()["playing"]
        return isinstance(playing, dict) and playing.get("state") == "finished"

    def bedtime(self) -> None:
        self.keys(self.routine("bedtime"), "Return")  # Close, at the end
        self.gone(self.titles["bedtime"])

    def cramp_now(self) -> None:
        self.keys(self.routine("cramp-now"), "Return")  # "Log this cramp", at the end
        self.keys(self.window("cramp"), "alt+b", "Return")
        self.gone("cramp")

    def reminder(self) -> None:
        self.command("remind", "fluids")
        self.keys(self.window("card"), "Return")  # "I drank a glass"
        wait_for(lambda: not self._card_up(), 10, "the card to go")

    def _card_up(self) -> bool:
        card = self.status()["card"]
        return isinstance(card, dict) and card.get("kind") is not None

    def language(self, code: str) -> None:
        """Chosen in Settings ("Start and data", where the last visit left it); Enter is
        OK. Russian is the list's last choice, English its second."""
        today = self.today()
        self.keys(today, "s")
        window = self.window("settings")
        self.keys(window, *["Right"] * SETTINGS_PAGES, "Tab")
        self.keys(window, *(["End"] if code == "ru" else ["Home", "Down"]), "Return")
        self.gone("settings")
        wait_for(lambda: self.status()["language"] == code, 20, f"the app in {code}")
        self.keys(self.window("today"), "Escape")  # rebuilt in the new language
        self.gone("today")


STEPS: tuple[tuple[str, Callable[[Day], None]], ...] = (
    ("Today", Day.open_today),
    ("History, each tab and period; a drink logged", Day.history),
    ("cramp log", Day.cramp_log),
    ("Tips", Day.tips),
    ("Settings, each page; the welcome", Day.settings_and_welcome),
    ("bedtime routine to the end", Day.bedtime),
    ("cramp now to the end; cramp logged", Day.cramp_now),
    ("reminder answered on the card", Day.reminder),
    ("language: Russian", lambda day: day.language("ru")),
    ("language: English", lambda day: day.language("en")),
)


def the_app_s_package() -> str:
    """Where the app started here imports `coach` from (PYTHONPATH decides)."""
    found = subprocess.run(
        [sys.executable, "-c", "import coach; print(coach.__file__)"],
        cwd=tempfile.gettempdir(),
        capture_output=True,
        text=True,
        check=True,
    )
    return str(Path(found.stdout.strip()).parent)


def row(name: str, figures: Memory, idle: Memory) -> str:
    def mb(value: float | None) -> str:
        return f"{value:7.1f}" if value is not None else "      -"

    extra = figures.rss - idle.rss
    return f"  {name:<52} {mb(figures.rss)} {mb(figures.pss)} {mb(figures.uss)} {extra:+8.1f}"


def main() -> int:
    if missing := missing_tools():
        print(f"the day benchmark needs {', '.join(missing)}", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="calf-coach-day-"))
    home = root / "home"
    home.mkdir(mode=0o700)
    (home / "settings.toml").write_text(SETTINGS)
    print(f"Calf Coach ({the_app_s_package()}) over a day of use, {LOOPS} loops")
    print(f"  {'':<52} {'RSS':>7} {'PSS':>7} {'USS':>7} {'vs idle':>8}")
    began = time.monotonic()
    with running_desktop(root / "desktop", root / "artifacts") as desktop:
        app = desktop.start_app(home)
        wait_for(
            lambda: (s := desktop.status(home))["running"] and s["tray"]["visible"],
            30,
            "the app's tray icon",
            step=0.3,
        )
        time.sleep(IDLE_SECONDS)
        idle = memory(app.pid)
        idle_maps = resident_by_mapping(app.pid)
        print(row(f"idle after start ({IDLE_SECONDS} s)", idle, idle), flush=True)
        day = Day(desktop, home)
        loop_ends = []
        for loop in range(1, LOOPS + 1):
            for name, step in STEPS:
                try:
                    step(day)
                except Exception:
                    desktop.screenshot(f"failed-loop{loop}")
                    print(f"  loop {loop}, {name}: failed; screenshot in {root / 'artifacts'}")
                    raise
                time.sleep(SETTLE_SECONDS)
                print(row(f"{loop}: {name}", memory(app.pid), idle), flush=True)
            loop_ends.append(memory(app.pid).rss)
        time.sleep(REST_SECONDS)
        after = memory(app.pid)
        print(row(f"rested {REST_SECONDS} s", after, idle))
        where_it_went(idle_maps, resident_by_mapping(app.pid))
        desktop.calf_coach(home, "quit")
        app.wait(10)
    growth = [f"{b - a:+.1f}" for a, b in itertools.pairwise(loop_ends)]
    print(f"  each loop's end after the one before: {', '.join(growth)} MB")
    print(f"  ({time.monotonic() - began:.0f} s)")
    difference = after.rss - idle.rss
    print(
        f"after the day: {after.rss:.1f} MB, idle after start: {idle.rss:.1f} MB, "
        f"difference: {difference:.1f} MB (goal: within {GOAL_MB:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
