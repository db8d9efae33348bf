"""Cramp now first: it wins over whatever is playing, it is one calm screen, and every player
can be read from the bed (m:ss, a visible pause, a frozen countdown while asking, Close)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.routines.player_window import PlayerWindow
from coach.app.style.design import ACCENT
from coach.core.routines.definitions import load_routines
from coach.core.routines.player import PlayerState, countdown_text
from coach.core.system.assets import assets_dir
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, at
from tests.qt.apps import started_app
from tests.qt.test_player_window_a11y import said_of

ROUTINES = {r.id: r for r in load_routines([assets_dir() / "routines"])[0]}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt" / "player"
ARTIFACTS.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at("2026-06-10 03:00"))


def play(qtbot: QtBot, clock: FakeClock, routine: str) -> PlayerWindow:
    window = PlayerWindow(ROUTINES[routine], clock)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.start()
    return window


def test_the_countdown_reads_minutes_and_seconds_from_a_minute_up() -> None:
    assert countdown_text(1198, 1200) == "19:58"
    assert countdown_text(1199.2, 1200) == "20:00"
    assert countdown_text(59.5, 60) == "1:00"
    assert countdown_text(14.1, 15) == "15"
    assert countdown_text(0, 30) == "0"


def test_the_legs_up_timer_shows_19_58(qtbot: QtBot, clock: FakeClock) -> None:
    window = play(qtbot, clock, "legs-up")
    assert window.face.ring.text == "20:00"
    clock.advance(seconds=2)
    window.refresh()
    assert window.face.ring.text == "19:58"
    window.grab().save(str(ARTIFACTS / "legs-up.png"))
    window.player.finish()


def test_a_pause_shows_in_the_ring_not_only_on_a_button(qtbot: QtBot, clock: FakeClock) -> None:
    window = play(qtbot, clock, "legs-up")
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.player.state is PlayerState.PAUSED
    assert window.face.ring.paused and "paused" in said_of(window.face.ring)
    assert window.face.pause.text() == "Resume"
    before = window.face.ring.grab().toImage()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.face.ring.paused
    assert window.face.ring.grab().toImage() != before, "the ring itself looks different paused"
    window.player.finish()


def test_the_countdown_waits_while_finish_later_is_asked(
    qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = play(qtbot, clock, "legs-up")
    clock.advance(seconds=7)
    window.refresh()
    assert window.face.ring.text == "19:53"

    def think_a_while_then_say_no() -> bool:
        clock.advance(seconds=8)
        window.refresh()
        assert window.face.ring.text == "19:53", "the countdown ran behind the question"
        return False

    monkeypatch.setattr(window, "confirm_finish_later", think_a_while_then_say_no)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.player.state is PlayerState.PLAYING
    window.refresh()
    assert window.face.ring.text == "19:53"
    window.player.finish()


def test_the_end_has_a_close_button_that_enter_presses(qtbot: QtBot, clock: FakeClock) -> None:
    window = play(qtbot, clock, "desk")
    for _ in ROUTINES["desk"].steps:
        window.face.next.click()
    assert window.face.close_button.isVisible() and window.face.close_button.isDefault()
    assert not window.face.next.isVisible()
    assert "close this window" not in window.face.instruction.text()
    window.grab().save(str(ARTIFACTS / "end.png"))
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_a_player_opens_centred_on_the_screen_with_the_pointer(
    qtbot: QtBot, clock: FakeClock
) -> None:
    window = play(qtbot, clock, "bedtime")
    screen = QGuiApplication.screenAt(window.geometry().center())
    assert screen is not None
    area = screen.availableGeometry()
    assert area.contains(window.frameGeometry())
    assert (window.frameGeometry().center() - area.center()).manhattanLength() <= 2
    window.player.finish()


def test_the_progress_is_in_the_apps_colours(qtbot: QtBot, clock: FakeClock) -> None:
    window = play(qtbot, clock, "bedtime")
    assert ACCENT in window.face.overall.styleSheet()
    assert window.face.ring.colour.name() == ACCENT
    window.player.finish()


def test_cramp_now_is_one_calm_full_screen(qtbot: QtBot, clock: FakeClock) -> None:
    window = play(qtbot, clock, "cramp-now")
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    background = window.palette().color(QPalette.ColorRole.Window)
    assert background.lightness() < 60
    assert window.face.title.font().pointSizeF() >= 3 * window.font().pointSizeF() * 0.99
    assert window.face.instruction.font().pointSizeF() >= 2 * window.font().pointSizeF() * 0.99
    assert (
        window.face.next.isVisible()
        and not window.face.back.isVisible()
        and not window.face.pause.isVisible()
    )
    assert window.face.ring.text == "15"
    window.grab().save(str(ARTIFACTS / "cramp-now-step-1.png"))
    qtbot.keyClick(window, Qt.Key.Key_Space)  # Space is Next here
    assert window.player.index == 1
    assert not window.face.ring.isVisible(), "an open-ended step shows no stalled clock"
    assert window.face.next.text() == "It has eased, next ▶"
    window.grab().save(str(ARTIFACTS / "cramp-now-step-2.png"))
    qtbot.keyClick(window, Qt.Key.Key_Return)  # and Enter
    assert window.player.index == 2
    qtbot.mouseClick(window.face.instruction, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.player.index == 3  # and a click on the instruction
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_at_the_end_of_cramp_now_enter_logs_the_cramp(qtbot: QtBot, clock: FakeClock) -> None:
    window = play(qtbot, clock, "cramp-now")
    logs: list[bool] = []
    window.log_cramp.connect(lambda: logs.append(True))
    for _ in ROUTINES["cramp-now"].steps:
        window.face.next.click()
    assert window.face.log_button.isVisible() and window.face.log_button.isDefault()
    window.grab().save(str(ARTIFACTS / "cramp-now-end.png"))
    qtbot.keyClick(window, Qt.Key.Key_Enter)
    assert logs == [True]
    window.close()


@pytest.fixture
def coach(qtbot: QtBot, home: Paths) -> Iterator[CoachApp]:
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 15:00")))
    yield app
    app.close()


@pytest.mark.parametrize("how", ["tray", "command"])
def test_cramp_now_wins_over_the_legs_up_timer_which_then_goes_on(
    coach: CoachApp, how: str
) -> None:
    clock = coach.clock
    assert isinstance(clock, FakeClock)
    coach.handle({"command": "routine", "id": "legs-up"})
    legs = coach.routines.player
    assert legs is not None
    clock.advance(seconds=100)
    left = legs.player.remaining()
    if how == "tray":
        coach.actions.cramp_now.trigger()
    else:
        coach.handle({"command": "routine", "id": "cramp-now"})
    cramp = coach.routines.player
    assert cramp is not None and cramp is not legs and cramp.isVisible()
    assert not legs.isVisible() and legs.player.state is PlayerState.PAUSED
    assert coach.status()["playing"]["set_aside"] == "legs-up"
    clock.advance(seconds=180)  # the cramp eases
    cramp.close()
    assert coach.routines.player is legs and legs.isVisible()
    assert legs.player.state.value == "playing"
    assert legs.player.remaining() == left, "the timer kept its place"
    sessions = coach.history.sessions(at("2026-06-10 00:00"), at("2026-06-11 00:00"))
    assert [s.routine for s in sessions] == ["cramp-now"]


def test_cramp_now_comes_in_front_of_a_card_and_the_log_opens_at_night(
    coach: CoachApp, qtbot: QtBot
) -> None:
    coach.remind("fluids")
    assert coach.card.isVisible()
    coach.actions.cramp_now.trigger()
    cramp = coach.routines.player
    assert cramp is not None and cramp.isFullScreen()
    for _ in ROUTINES["cramp-now"].steps:
        cramp.face.next.click()
    cramp.face.log_button.click()
    (dialog,) = coach.windows.dialogs
    assert not cramp.isVisible(), "the page makes way: nothing stands in front of the log"
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    night = dialog.palette().color(QPalette.ColorRole.Window)
    assert night.lightness() < 60
    assert dialog.when.value() == coach.clock.now().replace(second=0, microsecond=0)


def test_where_no_key_can_be_grabbed_settings_shows_the_command(coach: CoachApp) -> None:
    assert QGuiApplication.platformName() == "offscreen"
    assert not coach.global_key.registered
    assert coach.status()["cramp_key"] == {
        "key": "Ctrl+Alt+C",
        "from_anywhere": False,
        "by": "none",
    }
    window = coach.windows.open_settings()
    note = window.findChild(type(window.status), "note-cramp_key")
    command = coach.global_key.command
    assert command.endswith(f"--home {coach.paths.home} routine cramp-now"), "reaches this app"
    assert note is not None and command in note.text()
    copy = window.findChild(QPushButton, "copy-cramp_key")
    assert copy is not None and not copy.isHidden()
    QGuiApplication.clipboard().clear()
    copy.click()
    assert QGuiApplication.clipboard().text() == command, "ready to paste into the desktop"
    assert copy.text() == "Copied"
    window.close()


def test_log_this_cramp_comes_in_front_of_the_routine_that_comes_back(
    coach: CoachApp, qtbot: QtBot
) -> None:
    """A legs-up timer was set aside for the cramp: it comes back when the page closes,
    and the log opens in front of it, with the keyboard."""
    coach.handle({"command": "routine", "id": "legs-up"})
    legs = coach.routines.player
    coach.actions.cramp_now.trigger()
    cramp = coach.routines.player
    assert legs is not None and cramp is not None and cramp is not legs
    for _ in ROUTINES["cramp-now"].steps:
        cramp.face.next.click()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is cramp, timeout=2000)
    QTest.keyClick(cramp, Qt.Key.Key_Return)  # Enter on the last page: "Log this cramp"
    (dialog,) = coach.windows.dialogs
    assert legs.isVisible() and not cramp.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    coach.actions.log_cramp.trigger()  # the tray's "Log a cramp…" now: the same dialog
    assert coach.windows.dialogs == [dialog]
