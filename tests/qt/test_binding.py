"""The Qt binding must keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 takes one reference from None on every call of
a method that returns nothing; a tray app that re-arms its timer every minute
would then crash after hours or days. pyproject.toml excludes it; this test
proves the installed binding is sound.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_release_references_to_none(qtbot: QtBot) -> None:
    timer = QTimer()
    label = QLabel()
    qtbot.addWidget(label)
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        timer.start(60_000)
        timer.stop()
        label.setText("x")
        thing.setObjectName("y")
    assert sys.getrefcount(None) >= before
