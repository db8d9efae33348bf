"""coach.core must stay pure Python: importing all of it loads no Qt module."""

from __future__ import annotations

import json
import subprocess
import sys


def test_importing_every_core_module_loads_no_qt() -> None:
    script = """
import importlib, json, pkgutil, sys
import coach.core
names = [m.name for m in pkgutil.walk_packages(coach.core.__path__, "coach.core.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"})
print(json.dumps({"modules": names, "qt": qt}))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert "coach.core.plan.reminders" in report["modules"]
    assert "coach.core.history.store" in report["modules"]
    assert report["qt"] == []
