"""Start the real app once with each settings file given, in one process of its own:
`python -m tests.faults.start_each HOME FILE...` prints one "started NAME" line per file.

Kept out of the test process so a thousand apps never share one QApplication there."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coach.app.coach_app import CoachApp
from coach.core.history.store import open_history
from coach.core.plan.run_state import AppState
from coach.core.settings.schema import load_settings
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, FakeDesktop, at

NOW = at("2026-06-10 08:00")


def main(argv: list[str]) -> int:
    qt = QApplication(["calf-coach"])
    home = Paths.resolve(Path(argv[0]))
    home.ensure()
    kept: list[CoachApp] = []  # never deleted while the process runs: nothing dangles
    for name in argv[1:]:
        shutil.copyfile(name, home.settings_file)
        loaded = load_settings(home.settings_file, NOW)
        history = open_history(home.history_file, NOW).history
        app = CoachApp(
            home, FakeClock(NOW), loaded.settings, history, AppState(), desktop=[FakeDesktop()]
        )
        app.start([])
        if app.scheduler.settings != loaded.settings:
            print(f"{name}: the app runs other settings than the file gave", file=sys.stderr)
            return 1
        app.close()
        kept.append(app)
        print(f"started {name}", flush=True)
    qt.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
