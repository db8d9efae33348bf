"""The Qt binding must keep Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 takes one reference from None on every call of a method
that returns nothing, and one from True on every signal emitted from Python; the app,
even idle, would abort after about an hour. pyproject.toml excludes it, and the app
refuses it at start (coach.app.binding_probe). These tests check the installed binding
and that refusal.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.app import binding_probe, main
from coach.core.system.paths import Paths

TIMES = 200
"""Rounds of the calls below: the fault would lose 1,000 references to None and 400 to True,
well within what either holds in a test run, so the test fails rather than aborts."""


class Sender(QObject):
    told = Signal()
    told_with = Signal(int)


def test_void_calls_and_signals_keep_the_counts_of_none_and_true(qtbot: QtBot) -> None:
    timer = QTimer()
    label = QLabel()
    qtbot.addWidget(label)
    sender = Sender()
    sender.told_with.connect(lambda _: None)
    calls = [
        lambda: timer.start(60_000),
        timer.stop,
        lambda: label.setText("x"),
        label.update,
        lambda: sender.setObjectName("y"),
        sender.told.emit,
        lambda: sender.told_with.emit(1),
    ]
    lost = binding_probe.lost_references(calls, TIMES)
    assert lost.none < TIMES // 2, f"None lost {lost.none} references in {TIMES} rounds"
    assert lost.true < TIMES // 2, f"True lost {lost.true} references in {TIMES} rounds"


def test_the_installed_binding_passes_the_check_at_start() -> None:
    assert binding_probe.binding_problem() is None


def test_a_faulty_binding_is_refused_before_anything_starts(
    no_desktop: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    every_call = binding_probe.LostReferences(none=binding_probe.PROBE_CALLS, true=0)
    monkeypatch.setattr(binding_probe, "lost_references", lambda *_: every_call)
    locked: list[object] = []
    monkeypatch.setattr(main, "QLockFile", lambda *args: locked.append(args))
    assert main.run_app(no_desktop) == 1
    told = capsys.readouterr().err
    assert told.startswith("calf-coach: PySide6 ")
    assert "older than 6.12" in told
    assert locked == [], "refused before the lock is even tried"
