"""Reference figures of the installed Qt binding: how many references None and True lose
per 100,000 calls of a few Qt methods that return nothing and of signals emitted from
Python, with the Python, PySide6 and Qt versions, and what None and True hold at start
(below Python 3.12 a binding that loses one a call aborts the process after about that
many calls; from 3.12 on both are immortal and their counts never move).

So that a faulty binding lives through the count, the script first lends None and True
the references it could lose, and the measure gives back what was lost.
Run: `.venv/bin/python tests/bench/binding.py` (about two seconds).
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import PySide6
from PySide6.QtCore import QObject, QTimer, Signal, qVersion
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coach.app.binding_probe import lost_references

CALLS = 100_000


class Sender(QObject):
    told = Signal()
    told_with = Signal(int)


def main() -> int:
    held = sys.getrefcount(None), sys.getrefcount(True)
    _app = QApplication(["calf-coach-bench"])
    thing, timer, widget, label, sender = QObject(), QTimer(), QWidget(), QLabel(), Sender()
    sender.told_with.connect(lambda _: None)
    cases: dict[str, Callable[[], object]] = {
        "QObject.setObjectName": lambda: thing.setObjectName("x"),
        "QTimer.start(ms)": lambda: timer.start(60_000),
        "QTimer.stop": timer.stop,
        "QWidget.update": widget.update,
        "QLabel.setText": lambda: label.setText("x"),
        "Signal.emit() (nothing connected)": sender.told.emit,
        "Signal.emit(int) (a slot connected)": lambda: sender.told_with.emit(1),
        "QTimer.isActive (returns a bool)": timer.isActive,
    }
    print(f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, Qt {qVersion()}")
    print(f"references held once Qt is loaded: None {held[0]}, True {held[1]}")
    print(f"references lost per {CALLS:,} calls:")
    _lent = [None, True] * CALLS  # held for its references alone
    for name, call in cases.items():
        lost = lost_references([call], CALLS)
        print(f"  {name:38} None {lost.none:>7,}   True {lost.true:>7,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
