"""The player for a screen reader and the keyboard alone: each step announced by its
title, the time left readable and said only at a few moments, buttons named by what
they do, the progress bar quiet between steps, Enter and Space on the button in focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coach.app.routines.player_window import REPAINT_MS, PlayerWindow
from coach.core.advice import tell_provider
from coach.core.routines.player import PlayerState
from tests.helpers import FakeClock, at
from tests.qt.windows import shipped_routines

ROUTINES = shipped_routines()


def said_of(widget: QWidget) -> str:
    """What a screen reader gets when it asks for `widget`'s description."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Description)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at("2026-06-10 22:00"))


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app announces, as the accessibility bridge would receive it."""
    heard: list[str] = []

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    return heard


def open_player(qtbot: QtBot, clock: FakeClock, routine: str) -> PlayerWindow:
    window = PlayerWindow(ROUTINES[routine], clock)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(window.isActiveWindow)  # the window's keys reach it once it is active
    return window


def test_each_step_change_is_announced_with_the_new_steps_title(
    qtbot: QtBot, clock: FakeClock, announced: list[str]
) -> None:
    window = open_player(qtbot, clock, "bedtime")
    assert announced == [f"Step 1 of 8: {window.face.title.text()}"]
    window.face.next.click()
    assert window.face.title.text() == "Wall calf stretch (right)"
    assert announced[-1] == "Step 2 of 8: Wall calf stretch (right)"
    clock.advance(seconds=30)  # its time runs out: the next comes by itself, said too
    window.tick()
    assert announced[-1] == f"Step 3 of 8: {window.face.title.text()}"
    window.player.finish()


def test_the_end_is_announced_in_the_words_on_the_page(
    qtbot: QtBot, clock: FakeClock, announced: list[str]
) -> None:
    window = open_player(qtbot, clock, "cramp-now")
    for _ in ROUTINES["cramp-now"].steps:
        window.face.next.click()
    face = window.face
    assert face.title.text() == "Done for now"
    said = f"{face.step_of.text()}. Done for now. Rest now. {tell_provider()}"
    assert announced[-1] == said


def test_over_a_minute_the_bar_moves_at_step_changes_and_the_time_is_said_at_halfway(
    qtbot: QtBot, clock: FakeClock, announced: list[str]
) -> None:
    window = open_player(qtbot, clock, "bedtime")
    values: list[int] = []
    window.face.overall.valueChanged.connect(values.append)
    descriptions = {said_of(window.face.ring)}
    for _ in range(60_000 // REPAINT_MS):  # a minute of repaints, the timer as it fires
        clock.advance(milliseconds=REPAINT_MS)
        window.refresh()
        if window.wake.isActive() and window.player.next_event_in() == 0:
            window.tick()
        descriptions.add(said_of(window.face.ring))
    assert window.player.index == 2, "two 30-second steps went by"
    assert values == [125, 250], "one value change a step, none between"
    titles = [step.title for step in ROUTINES["bedtime"].steps]
    steps = [text for text in announced if text.startswith("Step ")]
    assert steps == [f"Step {n + 1} of 8: {titles[n]}" for n in range(3)]
    assert [text for text in announced if text not in steps] == ["15 s left"] * 2
    assert "1 s left" in descriptions and "30 s left" in descriptions, "readable when asked"
    # Read from the ring when asked, not set on it: setting it sends an event each second.
    assert window.face.ring.accessibleDescription() == ""
    window.player.finish()


def test_a_long_step_says_its_time_at_halfway_and_ten_seconds_before_the_end(
    qtbot: QtBot, clock: FakeClock, announced: list[str]
) -> None:
    window = open_player(qtbot, clock, "legs-up")
    assert said_of(window.face.ring) == "20 min left"
    for _ in range(20 * 60 - 1):
        clock.advance(seconds=1)
        window.refresh()
    assert announced[1:] == ["10 min left", "10 s left"]
    window.face.pause.click()
    assert said_of(window.face.ring) == "1 s left, paused"
    window.player.finish()


def test_the_pause_button_is_named_by_what_it_will_do(qtbot: QtBot, clock: FakeClock) -> None:
    window = open_player(qtbot, clock, "bedtime")
    pause = window.face.pause
    assert (pause.text(), pause.accessibleName()) == ("Pause", "Pause")
    pause.click()
    assert window.player.state is PlayerState.PAUSED
    assert (pause.text(), pause.accessibleName()) == ("Resume", "Resume")
    pause.click()
    assert (pause.text(), pause.accessibleName()) == ("Pause", "Pause")
    window.player.finish()


def test_the_eased_button_is_named_by_its_words(qtbot: QtBot, clock: FakeClock) -> None:
    window = open_player(qtbot, clock, "cramp-now")
    window.face.next.click()  # step 2 lasts until the cramp has eased
    assert window.face.next.text() == "It has eased, next ▶"
    assert window.face.next.accessibleName() == "It has eased, next"
    window.player.finish()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_and_space_press_the_button_in_focus(
    qtbot: QtBot, clock: FakeClock, key: Qt.Key
) -> None:
    window = open_player(qtbot, clock, "bedtime")
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.player.index == 1
    window.face.back.setFocus()
    assert window.focusWidget() is window.face.back
    qtbot.keyClick(window, key)
    assert window.player.index == 0, "a focused Back goes back"
    assert window.player.state is PlayerState.PLAYING, "Space did not pause behind it"
    window.face.pause.setFocus()
    qtbot.keyClick(window, key)
    assert (window.player.state, window.player.index) == (PlayerState.PAUSED, 0)
    window.player.finish()


def test_with_no_button_in_focus_enter_goes_on_and_space_pauses(
    qtbot: QtBot, clock: FakeClock
) -> None:
    window = open_player(qtbot, clock, "bedtime")
    assert window.focusWidget() in (window, None)
    window.face.next.click()  # a click does not take the focus to the button
    assert not window.face.next.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.player.index == 2
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.state is PlayerState.PAUSED
    window.player.finish()


def test_the_one_key_shortcuts_are_on_their_buttons(qtbot: QtBot, clock: FakeClock) -> None:
    window = open_player(qtbot, clock, "bedtime")
    face = window.face
    assert "Left arrow" in face.back.toolTip()
    assert "Space" in face.pause.toolTip()
    assert "Enter" in face.next.toolTip() and "Right arrow" in face.next.toolTip()
    assert "Esc" in face.close_button.toolTip()
    assert "R " in face.ring.toolTip()
    calm = open_player(qtbot, clock, "cramp-now")
    assert "Space" in calm.face.next.toolTip()
    window.player.finish()
