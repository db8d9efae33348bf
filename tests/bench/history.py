"""History figures on five years of generated data (about 60,000 entries).

Times, each the median of several runs: the 12-week insights (read from SQLite
and computed), opening the history window (built, drawn and shown, offscreen),
and writing the PDF report. Also the database size and the peak memory.
Run: `.venv/bin/python tests/bench/history.py`.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication

from coach.app.history.history_window import HistoryWindow
from coach.app.history.pdf import write_report
from coach.core.history.store import open_history
from coach.core.insights.figures import Period, Records, insights
from coach.core.insights.report import report_facts
from coach.core.settings.schema import DEFAULTS
from tests.generated import fill_history
from tests.helpers import InUse

TZ = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=TZ)
TARGETS_MS = {"insights": 50.0, "window": 500.0, "pdf": 2000.0}
RUNS = 5


class Clock:
    def now(self) -> dt.datetime:
        return NOW

    def monotonic(self) -> float:
        return time.monotonic()


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    app = QApplication(["calf-coach-bench"])
    folder = Path(tempfile.mkdtemp(prefix="calf-coach-bench-"))
    path = folder / "history.sqlite3"
    history = open_history(path, NOW).history
    start = time.perf_counter()
    entries = fill_history(history, NOW.date(), 5 * 365, TZ)
    fill_s = time.perf_counter() - start
    period = Period.ending(NOW.date(), 84)

    def twelve_weeks() -> object:
        return insights(period, Records.read(history, period, TZ), DEFAULTS.water.goal_ml)

    def open_window() -> object:
        window = HistoryWindow(history, Clock(), InUse(DEFAULTS), ["Breathe"], {})
        window.show()
        app.processEvents()
        window.grab()  # the first paint, charts included
        window.close()
        return window

    figures = insights(period, Records.read(history, period, TZ), DEFAULTS.water.goal_ml)

    def pdf() -> None:
        write_report(folder / "report.pdf", figures, report_facts(DEFAULTS, NOW))

    results = {
        "insights": median_ms(twelve_weeks),
        "window": median_ms(open_window),
        "pdf": median_ms(pdf),
    }
    print(
        f"history: {entries} entries over 5 years, written in {fill_s:.1f} s; "
        f"database {path.stat().st_size / 1e6:.1f} MB"
    )
    labels = {
        "insights": "12-week insights (read + compute)",
        "window": "open the history window (built, shown, first paint)",
        "pdf": "write the PDF report (84 days)",
    }
    missed = 0
    for key, value in results.items():
        target = TARGETS_MS[key]
        verdict = "ok" if value < target else "MISSED"
        missed += value >= target
        print(f"{labels[key]:<52} {value:8.1f} ms  (target < {target:.0f} ms) {verdict}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak:.0f} MB")
    history.close()
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
