"""A reminder kind is declared once: a made-up kind added to the table in a copy of the code
(one file edited) appears in the plan, the settings file and window, the welcome, the card,
its card action, the chart and the command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEW_KIND = """    Kind(
        ReminderKind("nap"),
        KindText("A short rest", "Resting a while eases tired legs.", "Rest now"),
        lambda: LegsUpReminder(times=(dt.time(14),)),
        "A short afternoon rest.",
        CardAction.OPEN_ROUTINE,
        "legs-up",
    ),
)
BY_KEY"""

CHECKS = r"""
import datetime as dt, json, sys
from zoneinfo import ZoneInfo
from PySide6.QtWidgets import QApplication, QCheckBox, QGroupBox
app = QApplication(["check"])
from coach.app.reminders.card import ReminderCard
from coach.app.history.charts import reminder_chart
from coach.app.coach_app import CoachApp
from coach.app.settings.current import CurrentSettings
from coach.app.settings.settings_window import SettingsWindow
from coach.app.settings.welcome_window import Welcome
from coach.cli import _parser
from coach.core.history.records import Outcome
from coach.core.history.store import open_history
from coach.core.insights.figures import Adherence
from coach.core.system.paths import Paths
from coach.core.plan.reminders import Reminder, upcoming
from coach.core.settings.schema import DEFAULTS, parse_settings, settings_text
from coach.core.plan.run_state import AppState
from coach.core.settings.welcome_answers import WelcomeAnswers, apply_answers

home = Paths.resolve(sys.argv[1])
home.ensure()
now = dt.datetime(2026, 6, 10, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
found = {}
found["settings file"] = "[reminders.nap]" in settings_text(DEFAULTS, only_changed=False)
chosen, problems = parse_settings('[reminders.nap]\ntimes = ["13:00"]\n', now.date())
found["settings read"] = chosen.reminders.nap.times == (dt.time(13),) and problems == []
found["plan"] = [f"{r.at:%d %H:%M}" for r in upcoming(chosen, now, 12) if r.kind == "nap"]
found["command line"] = _parser().parse_args(["remind", "nap"]).kind
welcome = Welcome(type("C", (), {"now": lambda self: now})(), DEFAULTS)
box = welcome.findChild(QCheckBox, "remind-nap")
found["welcome"] = box.text() if box else None
answers = WelcomeAnswers(None, dt.time(22), dt.time(7), frozenset({"stretch"}))
found["welcome answer"] = apply_answers(DEFAULTS, answers, now.date()).reminders.nap.enabled
card = ReminderCard()
card.present(Reminder("nap", now, now.time()), snooze_minutes=30, waiting=0)
found["card"] = [card.title.text(), card.action.text()]
window = SettingsWindow(
    CurrentSettings(home.settings_file, DEFAULTS, now.date), None, today=now.date()
)
found["settings window"] = "A short rest" in [g.title() for g in window.findChildren(QGroupBox)]
counts = {outcome: 0 for outcome in Outcome}
chart = reminder_chart([Adherence("nap", counts)])
found["chart"] = [axis.categories() for axis in chart.axes() if hasattr(axis, "categories")]
history = open_history(home.history_file, now).history
coach = CoachApp(home, type("C", (), {"now": lambda self: now, "monotonic": lambda self: 0.0})(),
                 DEFAULTS, history, AppState(), desktop=[])
coach.load_routines()
coach.remind("nap")
coach.card.action.click()
found["card action"] = coach.routines.playing
coach.routines.player.player.finish()
coach.routines.player.close()
day = (now - dt.timedelta(days=1), now + dt.timedelta(days=1))
found["history"] = [r.kind for r in history.reminders(*day)]
print(json.dumps(found))
"""


@pytest.mark.slow
def test_a_kind_added_to_the_table_appears_everywhere(tmp_path: Path) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "coach", copy / "coach", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "assets", copy / "assets")
    table = copy / "coach" / "core" / "settings" / "kinds.py"
    text = table.read_text(encoding="utf-8")
    assert text.count(")\nBY_KEY") == 1
    table.write_text(text.replace(")\nBY_KEY", NEW_KIND), encoding="utf-8")
    edited = [
        path.relative_to(copy).as_posix()
        for path in sorted((copy / "coach").rglob("*.py"))
        if path.read_bytes() != (ROOT / path.relative_to(copy)).read_bytes()
    ]
    assert edited == ["coach/core/settings/kinds.py"], "a new kind takes one file"

    env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", CHECKS, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found == {
        "settings file": True,
        "settings read": True,
        "plan": ["10 13:00"],
        "command line": "nap",
        "welcome": "A short rest",
        "welcome answer": False,
        "card": ["A short rest", "Rest now"],
        "settings window": True,
        "chart": [["A short rest"]],  # one name everywhere
        "card action": "legs-up",
        "history": ["nap"],
    }
