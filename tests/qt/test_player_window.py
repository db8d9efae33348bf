"""The player window follows the pure player: keys, labels, progress, timers, the session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coach.app.routines.player_window import REPAINT_MS, PlayerWindow
from coach.core.routines.definitions import Routine, load_routines
from coach.core.routines.player import PlayerEvent, PlayerState
from coach.core.system.assets import assets_dir
from tests.helpers import FakeClock, at

ROUTINES = {r.id: r for r in load_routines([assets_dir() / "routines"])[0]}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
ARTIFACTS.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at("2026-06-10 22:00"))


def open_player(qtbot: QtBot, clock: FakeClock, routine: Routine) -> PlayerWindow:
    window = PlayerWindow(routine, clock)
    qtbot.addWidget(window)
    window.start()
    return window


@pytest.fixture
def bedtime(qtbot: QtBot, clock: FakeClock) -> Iterator[PlayerWindow]:
    window = open_player(qtbot, clock, ROUTINES["bedtime"])
    yield window
    window.player.finish()


def test_the_first_step_in_big_clear_words(bedtime: PlayerWindow) -> None:
    assert bedtime.isVisible()
    assert bedtime.face.step_of.text() == "Step 1 of 8"
    assert bedtime.face.title.text() == "Wall calf stretch (left)"
    assert "heel on the floor" in bedtime.face.instruction.text()
    assert bedtime.face.title.font().pointSizeF() >= 2 * bedtime.font().pointSizeF()
    assert bedtime.face.ring.text == "30"
    assert bedtime.face.up_next.text() == "Next: Wall calf stretch (right)"
    assert "not medical advice" in bedtime.face.safety.text()
    assert all(
        b.minimumHeight() >= 56 and b.accessibleName()
        for b in (bedtime.face.back, bedtime.face.pause, bedtime.face.next)
    )


def test_one_timer_for_the_next_event_and_repaints_only_while_playing(
    bedtime: PlayerWindow, clock: FakeClock
) -> None:
    assert bedtime.wake.isSingleShot() and bedtime.wake.interval() == 27_000
    assert bedtime.repaint_timer.isActive() and bedtime.repaint_timer.interval() == REPAINT_MS
    clock.advance(seconds=10)
    bedtime.refresh()
    assert bedtime.face.ring.text == "20"
    assert bedtime.face.overall.value() == 0, "the bar moves at step changes only"
    bedtime.face.pause.click()
    assert bedtime.face.pause.text() == "Resume"
    assert not bedtime.repaint_timer.isActive() and not bedtime.wake.isActive()
    bedtime.hide()
    bedtime.face.pause.click()
    assert not bedtime.repaint_timer.isActive()  # hidden: no repaints


def test_time_runs_out_and_the_next_step_comes(bedtime: PlayerWindow, clock: FakeClock) -> None:
    assert bedtime.face.cue.text() == ""
    clock.advance(seconds=27)
    bedtime.tick()
    assert bedtime.events[-1] is PlayerEvent.LAST_SECONDS
    assert bedtime.face.cue.text() == "Switch legs"  # the cue comes with the hand-over
    clock.advance(seconds=3)
    bedtime.tick()
    assert bedtime.face.title.text() == "Wall calf stretch (right)"
    assert bedtime.face.step_of.text() == "Step 2 of 8"
    assert bedtime.face.cue.text() == ""


def test_r_restarts_the_step(qtbot: QtBot, bedtime: PlayerWindow, clock: FakeClock) -> None:
    clock.advance(seconds=12)
    qtbot.keyClick(bedtime, Qt.Key.Key_R)
    assert bedtime.face.ring.text == "30"


def test_cramp_now_is_dark_and_calm(qtbot: QtBot, clock: FakeClock) -> None:
    window = open_player(qtbot, clock, ROUTINES["cramp-now"])
    background = window.palette().color(window.backgroundRole())
    text = window.palette().color(window.face.title.foregroundRole())
    assert background.lightness() < 60 and text.lightness() > 200
    window.grab().save(str(ARTIFACTS / "player-cramp-now-dark.png"))


def test_readable_at_200_percent_text(qtbot: QtBot, clock: FakeClock, large_text: QFont) -> None:
    window = open_player(qtbot, clock, ROUTINES["bedtime"])
    assert window.face.title.font().pointSizeF() >= 2 * large_text.pointSizeF() * 0.99
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, "fits an ordinary laptop screen"
    assert window.face.instruction.wordWrap() and window.face.title.wordWrap()
    window.resize(1366, 768)
    window.grab().save(str(ARTIFACTS / "player-200-percent.png"))


@pytest.mark.parametrize(
    ("key", "expected"),
    [(Qt.Key.Key_Right, "Step 2 of 8"), (Qt.Key.Key_Space, "Step 1 of 8")],
)
def test_keys_drive_the_player(
    qtbot: QtBot, bedtime: PlayerWindow, key: Qt.Key, expected: str
) -> None:
    qtbot.keyClick(bedtime, key)
    assert bedtime.face.step_of.text() == expected
    if key == Qt.Key.Key_Space:
        assert bedtime.player.state is PlayerState.PAUSED
    qtbot.keyClick(bedtime, Qt.Key.Key_Left)
    assert bedtime.face.step_of.text() == "Step 1 of 8"


def test_escape_asks_and_no_keeps_playing(
    qtbot: QtBot, bedtime: PlayerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []

    def say_no() -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(bedtime, "confirm_finish_later", say_no)
    qtbot.keyClick(bedtime, Qt.Key.Key_Escape)
    assert asked == [True]
    assert bedtime.isVisible() and bedtime.player.state is PlayerState.PLAYING


def test_cramp_now_ends_by_offering_to_log_the_cramp(qtbot: QtBot, clock: FakeClock) -> None:
    window = open_player(qtbot, clock, ROUTINES["cramp-now"])
    sessions: list[object] = []
    window.ended.connect(sessions.append)
    logs: list[bool] = []
    window.log_cramp.connect(lambda: logs.append(True))
    assert window.face.ring.text == "15"
    for step in ROUTINES["cramp-now"].steps:
        clock.advance(seconds=step.seconds or 0)  # each held for its time
        window.face.next.click()
    assert window.face.title.text() == "Well done"
    assert window.face.step_of.text() == "All 7 steps done"
    assert window.face.log_button.isVisible()
    clock.advance(minutes=1)
    window.face.log_button.click()
    assert logs == [True]
    assert not window.isVisible(), "the page makes way for the log"
    (session,) = sessions
    held = sum(step.seconds or 0 for step in ROUTINES["cramp-now"].steps) + 60
    assert session.finished and session.steps_done == 7 and session.seconds == held  # type: ignore[attr-defined]


class FakeChimes:
    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, name: str) -> None:
        self.played.append(name)


def test_a_chime_at_each_step_change_and_a_distinct_one_at_the_end(
    qtbot: QtBot, clock: FakeClock
) -> None:
    chimes = FakeChimes()
    window = PlayerWindow(ROUTINES["desk"], clock, chimes)
    qtbot.addWidget(window)
    window.start()
    assert chimes.played == []
    for _ in range(len(ROUTINES["desk"].steps)):
        window.face.next.click()
    assert chimes.played == ["step"] * (len(ROUTINES["desk"].steps) - 1) + ["done"]


def test_with_no_sound_system_the_chimes_stay_silent(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Sound off, or QtMultimedia that cannot load (Linux without libpulse): silent, said once.
    The audible path itself is played for real in tests/e2e/test_audible.py."""
    from coach.app.routines.sound import Chimes
    from coach.core.settings.schema import Sound

    off = Chimes(Sound(enabled=False))
    assert not off.audible and off.reason == "sounds are off in the settings"
    off.play("step")
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as where it can't import
    monkeypatch.setattr("coach.app.routines.sound.player_program", lambda: None)  # nor a player
    on = Chimes(Sound())
    assert not on.audible and on.reason.startswith("no sound on this system")
    on.play("done")
    assert [r.getMessage() for r in caplog.records if "chimes" in r.getMessage()] == [
        f"chimes silent: {on.reason}"
    ]


class FakeVoice:
    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


def test_the_voice_speaks_step_titles_and_counts(qtbot: QtBot, clock: FakeClock) -> None:
    voice = FakeVoice()
    window = PlayerWindow(ROUTINES["desk"], clock, None, voice)
    qtbot.addWidget(window)
    window.start()
    window.face.next.click()
    window.face.next.click()
    assert voice.said == [
        "Heel-to-toe rolls. 8 times.",
        "Toe raises. 10 times.",
        "Ankle circles (left). 15 seconds.",
    ]


def test_with_the_voice_off_or_no_engine_it_is_silent(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.app.routines.voice import Voice

    off = Voice(False)
    assert off.engine is None and off.reason == "the voice is off in the settings"
    off.say("nothing")
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # as where it can't import
    on = Voice(True)
    assert on.engine is None and on.reason.startswith("no speech on this system")
    on.say("hello")
    assert not on.speaking()


def test_every_step_of_every_shipped_routine_has_its_picture() -> None:
    from PySide6.QtSvg import QSvgRenderer

    from coach.core.system.assets import asset_path

    for routine in ROUTINES.values():
        for step in routine.steps:
            renderer = QSvgRenderer(str(asset_path(f"illustrations/{step.illustration}.svg")))
            assert renderer.isValid(), f"{routine.id}: {step.illustration}"


def test_the_other_side_shows_the_mirrored_picture(bedtime: PlayerWindow) -> None:
    left = bedtime.face.picture.pixmap().toImage()
    assert not left.isNull() and left.width() == 220
    bedtime.face.next.click()
    right = bedtime.face.picture.pixmap().toImage()
    assert bedtime.player.step.mirrored
    assert right == left.flipped(Qt.Orientation.Horizontal)
    assert right != left


def test_skipping_through_is_said_as_it_was_and_not_counted_as_done(
    qtbot: QtBot, clock: FakeClock
) -> None:
    """Next on every step at once: the timed ones were skipped, and the end page and the
    history say so (a routine skipped through is not the routine done that night)."""
    routine = ROUTINES["cramp-now"]
    window = open_player(qtbot, clock, routine)
    sessions: list[object] = []
    window.ended.connect(sessions.append)
    for _ in routine.steps:
        window.face.next.click()
    timed = sum(1 for step in routine.steps if step.seconds is not None)
    done = len(routine.steps) - timed
    assert window.face.step_of.text() == f"{done} of {len(routine.steps)} steps done"
    assert window.face.title.text() == "Done for now", "not 'Well done' over skipped steps"
    assert window.face.ring.isHidden(), "no tick over skipped steps"
    assert window.face.overall.value() == round(1000 * done / len(routine.steps))
    window.close()
    (session,) = sessions
    assert not session.finished and session.steps_done == done  # type: ignore[attr-defined]


ASK_TO_STOP = PlayerWindow.confirm_finish_later  # the real question (conftest answers it)


@pytest.mark.parametrize(("press", "stops"), [("&Keep going", False), ("&Stop for now", True)])
def test_stopping_a_routine_asks_with_verbs_and_going_on_is_the_default(
    qtbot: QtBot, clock: FakeClock, press: str, stops: bool
) -> None:
    window = open_player(qtbot, clock, ROUTINES["bedtime"])
    seen: list[tuple[str, str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        seen.append((box.text(), box.informativeText(), default.text() if default else ""))
        next(b for b in box.buttons() if b.text() == press).click()

    QTimer.singleShot(0, answer)
    assert ASK_TO_STOP(window) is stops
    assert seen == [
        ("Stop this routine?", "The steps you did are kept in your history.", "&Keep going")
    ]


def test_the_last_steps_button_says_finish(qtbot: QtBot, clock: FakeClock) -> None:
    routine = ROUTINES["bedtime"]
    window = open_player(qtbot, clock, routine)
    assert window.face.next.text() == "Next ▶"
    for _ in routine.steps[:-1]:
        window.face.next.click()
    assert window.face.next.text() in ("Finish ✓", "It has eased, finish ✓")


def test_a_bedtime_routine_skipped_through_ends_without_a_tick(
    qtbot: QtBot, clock: FakeClock
) -> None:
    routine = ROUTINES["bedtime"]
    window = open_player(qtbot, clock, routine)
    for _ in routine.steps:
        window.face.next.click()
    assert window.face.title.text() == "Done for now"
    assert window.face.ring.isHidden(), "a tick over steps skipped claims what was not done"
    window.close()
