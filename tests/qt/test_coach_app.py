"""The running app, offscreen: every menu action, pause and resume, status, commands."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.desktop import command_socket
from coach.app.home.tray_or_window import NO_TRAY, NO_TRAY_ON_GNOME, TRAY_WAIT_SECONDS
from coach.app.reminders.freedesktop_notices import FreedesktopNotices
from coach.app.routines.voice import spoken
from coach.app.settings.editors import ChoiceEditor
from coach.app.style.theme import ORIGINAL_STYLE, SIZED, apply_theme
from coach.core.history.records import Outcome, WaterRecord
from coach.core.history.store import open_history
from coach.core.plan.run_state import AppState, load_state
from coach.core.settings import kinds
from coach.core.settings.kinds import kind_named
from coach.core.settings.schema import DEFAULTS, Settings, Sound
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, FakeDesktop, at
from tests.qt.apps import started_app

DAY = (at("2026-06-10 00:00"), at("2026-06-11 00:00"))


class FakeNotices(QObject):
    """Stands in for the desktop's notifications: records what would be shown."""

    clicked = Signal()
    pressed = Signal(str)
    unavailable = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.available: bool | None = True
        self.shown: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.withdrawn = 0

    def show(self, title: str, message: str, buttons: list[tuple[str, str]]) -> None:
        self.shown.append((title, message, list(buttons)))

    def withdraw(self) -> None:
        self.withdrawn += 1

    def stop(self) -> None:
        pass


class FakeAudio:
    """Sound and voice handed to the app: records what it would play and say."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.said: list[str] = []
        self.made: list[object] = []

    def play(self, name: str) -> None:
        self.played.append(name)

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.fixture
def coach(qtbot: QtBot, home: Paths) -> Iterator[CoachApp]:
    clock = FakeClock(at("2026-06-10 07:30"))
    notices: Any = FakeNotices()
    audio = FakeAudio()  # the real sound and voice are played in tests/e2e/test_audible.py
    app = started_app(qtbot, home, clock, notices, audio)
    yield app
    app.close()


def clock_of(app: CoachApp) -> FakeClock:
    assert isinstance(app.clock, FakeClock)
    return app.clock


def test_an_idle_app_builds_its_card_with_the_first_reminder(coach: CoachApp) -> None:
    """Building and sizing the card loads the fonts (about 6 MB): not while idle."""
    assert coach.flow.built_card is None
    clock_of(coach).set(at("2026-06-10 08:00"))
    coach.scheduler.check()
    assert coach.flow.built_card is not None and coach.card.isVisible()
    assert coach.card.title.text() == "A glass of water"


def test_the_tray_menu_holds_every_action_in_order(coach: CoachApp) -> None:
    texts = [a.text() for a in coach.tray_or_window.tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "A glass of water at 08:00, in 30 min",
        "Cramp now",
        "Start bedtime routine",
        "Log a cramp…",
        "I drank a glass",
        "Undo last glass",
        "Water today: 0 of 1500 ml",
        "Pause reminders",
        "Resume reminders",
        "History…",
        "Settings…",
        "Quit Calf Coach",
    ]
    assert coach.tray_or_window.tray.menu.defaultAction() is coach.actions.cramp_now, "in bold"
    pauses = [a.text() for a in coach.tray_or_window.tray.pause_menu.actions()]
    assert pauses == ["For 30 minutes", "For 1 hour", "For 2 hours", "Until tomorrow morning"]
    assert not coach.actions.next_up.isEnabled()
    assert not coach.actions.resume.isEnabled()


def test_the_tooltip_names_the_next_reminder(coach: CoachApp) -> None:
    assert (
        coach.tray_or_window.tray.icon.toolTip()
        == "Calf Coach\nA glass of water at 08:00, in 30 min\nWater today: 0 of 1500 ml"
    )


def test_i_drank_a_glass_records_one_glass(coach: CoachApp) -> None:
    coach.actions.drink.trigger()
    (glass,) = coach.history.water(*DAY)
    assert glass.ml == DEFAULTS.water.glass_ml
    assert glass.at == at("2026-06-10 07:30")
    assert coach.actions.water_today.text() == "Water today: 250 of 1500 ml"
    assert coach.tray_or_window.tray.icon.toolTip().endswith("\nWater today: 250 of 1500 ml")
    assert coach.status()["water_today_ml"] == 250


def test_undo_last_glass_takes_back_todays_latest_drink(coach: CoachApp) -> None:
    coach.actions.undo_drink.trigger()
    assert coach.history.water(*DAY) == []
    coach.actions.drink.trigger()
    clock_of(coach).advance(minutes=5)
    coach.actions.drink.trigger()
    coach.actions.undo_drink.trigger()
    assert [w.at for w in coach.history.water(*DAY)] == [at("2026-06-10 07:30")]
    assert coach.actions.water_today.text() == "Water today: 250 of 1500 ml"


def test_a_window_with_check_boxes_opens_with_text_sized_indicators(coach: CoachApp) -> None:
    """The style that sizes indicators goes on before the opener builds a window (an idle
    app leaves QStyle alone); a theme chosen later keeps it."""
    from coach.app.style.indicators import TextSizedIndicators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.property(SIZED):  # another test's windows came first: the platform's style again
        app.setProperty(SIZED, None)
        app.setStyle(str(app.property(ORIGINAL_STYLE)))
    assert not isinstance(app.style(), TextSizedIndicators)
    coach.actions.log_cramp.trigger()
    assert isinstance(app.style(), TextSizedIndicators)
    apply_theme(app, "dark")
    dark = app.style()
    assert isinstance(dark, TextSizedIndicators) and dark.baseStyle().name() == "fusion"
    apply_theme(app, "system")
    system = app.style()
    assert isinstance(system, TextSizedIndicators)
    assert system.baseStyle().name() == str(app.property(ORIGINAL_STYLE))


def test_log_a_cramp_from_the_tray_stores_it_and_the_history_window_shows_it(
    coach: CoachApp,
) -> None:
    window = coach.windows.open_history()
    assert window.isVisible() and window.week.tiles["cramps"].text() == "0"
    coach.actions.log_cramp.trigger()
    (dialog,) = coach.windows.dialogs
    # Answers to "what helped?" are named as things done, not as orders.
    assert [box.text() for box in dialog.helped][:2] == ["Slow breathing", "Straightening the leg"]
    dialog.leg.buttons()[2].click()
    dialog.severity.setValue(7)
    dialog.save_button.click()
    (cramp,) = coach.history.cramps(*DAY)
    assert (cramp.leg, cramp.severity, cramp.at) == ("both", 7, at("2026-06-10 07:30"))
    assert window.week.tiles["cramps"].text() == "1 (worst\u00a07/10)"
    assert coach.windows.dialogs == []


def test_the_end_of_cramp_now_offers_the_log_in_the_night_palette(coach: CoachApp) -> None:
    coach.actions.cramp_now.trigger()
    assert coach.routines.player is not None
    coach.routines.player.face.log_button.click()
    (dialog,) = coach.windows.dialogs
    assert dialog.palette().color(dialog.backgroundRole()).lightness() < 60


def test_the_logged_command_refreshes_totals_written_by_the_command_line(
    coach: CoachApp,
) -> None:
    coach.history.record_water(WaterRecord(at("2026-06-10 07:00"), 300))
    coach.handle({"command": "logged"})
    assert coach.actions.water_today.text() == "Water today: 300 of 1500 ml"
    coach.handle({"command": "history"})
    assert coach.windows.history_window is not None and coach.windows.history_window.isVisible()


@pytest.mark.parametrize(
    ("choice", "until", "next_text"),
    [
        ("30m", "08:00", "Paused until 08:00. Next: A glass of water at 08:00, in 30 min"),
        ("1h", "08:30", "Paused until 08:30. Next: A glass of water at 09:30, in 2 h 0 min"),
        ("2h", "09:30", "Paused until 09:30. Next: A glass of water at 09:30, in 2 h 0 min"),
        (
            "until-tomorrow",
            "07:00",
            "Paused until 07:00. Next: A glass of water tomorrow at 08:00, in 24 h 30 min",
        ),
    ],
)
def test_pause_replans_at_once_and_resume_undoes_it(
    coach: CoachApp, choice: str, until: str, next_text: str
) -> None:
    coach.actions.pauses[choice].trigger()
    paused = coach.scheduler.paused_until()
    assert paused is not None and f"{paused:%H:%M}" == until
    assert coach.actions.resume.isEnabled()
    assert coach.actions.next_up.text() == next_text
    coach.actions.resume.trigger()
    assert coach.scheduler.paused_until() is None
    assert coach.actions.next_up.text() == "A glass of water at 08:00, in 30 min"
    assert not coach.actions.resume.isEnabled()


def test_a_pause_is_kept_for_the_next_start(coach: CoachApp) -> None:
    coach.actions.pauses["2h"].trigger()
    state, notice = load_state(coach.paths.state_file, at("2026-06-10 07:31"))
    assert notice is None
    assert state.paused_until == at("2026-06-10 09:30")


def test_settings_applied_in_the_window_replan_at_once(coach: CoachApp) -> None:
    coach.actions.settings.trigger()
    window = coach.windows.settings_window
    assert window is not None and window.isVisible()
    window.tabs.editors["reminders.fluids.enabled"].show(False)
    window.tabs.editors["reminders.legs-up.times"].show((dt.time(7, 45),))
    window.apply_button.click()
    assert window.status.text().startswith("Saved.")
    assert coach.actions.next_up.text() == "Legs up for 20 minutes at 07:45, in 15 min"
    assert "Legs up for 20 minutes at 07:45" in coach.tray_or_window.tray.icon.toolTip()
    saved = coach.paths.settings_file.read_text()
    assert "\n# Whether this reminder is on.\nenabled = false\n" in saved
    coach.settings.reload()  # the file watcher fires after our own save: nothing to tell
    assert coach.problem_box.told == []
    window.close()


def test_choosing_russian_in_settings_speaks_russian_at_once(coach: CoachApp, qtbot: QtBot) -> None:
    coach.apply_look(DEFAULTS)  # at start: "system", which is English here
    assert coach.language == "en"
    coach.windows.open_history()
    window = coach.windows.open_settings()
    editor = window.tabs.editors["language"]
    assert isinstance(editor, ChoiceEditor)
    editor.show("ru")
    try:
        window.apply_button.click()
        assert coach.language == "ru"
        assert coach.actions.cramp_now.text() == "Если свело ногу"
        assert coach.actions.water_today.text() == "Вода сегодня: 0 из 1500 мл"
        assert coach.tray_or_window.tray.pause_menu.title() == "Приостановить напоминания"
        assert coach.card.skip.text() == "Пропустить"
        assert coach.routines.routines["bedtime"].title == "Растяжка икр перед сном"
        # The open windows come back in Russian; the settings window where it was chosen too.
        rebuilt = coach.windows.settings_window
        assert rebuilt is not None and rebuilt is not window and rebuilt.isVisible()
        assert rebuilt.windowTitle() == "Настройки"
        assert coach.windows.history_window is not None and coach.windows.history_window.isVisible()
        # One name: the button that opens it and the window it opens.
        assert coach.windows.history_window.windowTitle() == "История"
        assert coach.actions.history.text().rstrip("…") == "История"
        assert 'language = "ru"' in coach.paths.settings_file.read_text()
    finally:
        coach.apply_look(DEFAULTS)
    assert coach.actions.cramp_now.text() == "Cramp now"
    assert coach.routines.routines["bedtime"].title == "Bedtime calf stretches"


def test_quit_saves_the_state_and_closes_history(coach: CoachApp) -> None:
    clock_of(coach).set(at("2026-06-10 08:00"))
    coach.scheduler.check()
    coach.actions.quit.trigger()
    state, _ = load_state(coach.paths.state_file, at("2026-06-10 08:01"))
    assert state.last_check == at("2026-06-10 08:00")
    with pytest.raises(Exception, match="closed"):
        coach.history.water(*DAY)


def test_the_card_action_for_fluids_records_a_glass(coach: CoachApp) -> None:
    clock_of(coach).set(at("2026-06-10 08:00"))
    coach.scheduler.check()
    coach.card.action.click()
    assert [w.ml for w in coach.history.water(*DAY)] == [DEFAULTS.water.glass_ml]
    assert [r.outcome for r in coach.history.reminders(*DAY)] == [Outcome.DONE]


def test_notifications_follow_the_card_and_answer_it(coach: CoachApp) -> None:
    notices = coach.notices.notices
    assert isinstance(notices, FakeNotices)
    clock_of(coach).set(at("2026-06-10 08:00"))
    coach.scheduler.check()
    ((title, message, buttons),) = notices.shown
    assert title == "Calf Coach: A glass of water"
    assert "fluid" in message
    assert buttons == [
        ("done", "I drank a glass"),
        ("snoozed", "Snooze 15 min"),  # the card's words
        ("skipped", "Skip"),
    ]
    notices.pressed.emit("skipped")
    assert [r.outcome for r in coach.history.reminders(*DAY)] == [Outcome.SKIPPED]
    assert notices.withdrawn == 1
    assert not coach.card.isVisible()


def test_with_no_tray_a_window_opens_after_a_few_seconds_and_keeps_working(
    coach: CoachApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "XFCE")
    assert (
        coach.tray_or_window.window is None
    )  # offscreen has no tray; the first check was at start
    for _ in range(TRAY_WAIT_SECONDS - 1):
        assert coach.tray_or_window.timer.interval() == 1000
        coach.tray_or_window.timer.timeout.emit()
    window = coach.tray_or_window.window
    assert window is not None and window.isVisible()
    assert window.reason.text() == NO_TRAY
    assert window.next_up.text() == "A glass of water at 08:00, in 30 min"
    buttons = {b.accessibleName(): b for b in window.findChildren(QToolButton)}
    shown_apart = {coach.actions.next_up.text(), coach.actions.water_today.text()}
    assert set(buttons) == {a.text() for a in coach.actions.all()} - shown_apart
    assert coach.tray_or_window.timer.interval() == 5000  # still looking for a tray that comes late
    buttons["I drank a glass"].click()
    assert len(coach.history.water(*DAY)) == 1
    window.close()
    assert window.isMinimized() or window.isVisible()


def test_without_a_tray_running_calf_coach_again_restores_the_minimised_window(
    coach: CoachApp, qtbot: QtBot
) -> None:
    for _ in range(TRAY_WAIT_SECONDS - 1):
        coach.tray_or_window.timer.timeout.emit()
    window = coach.tray_or_window.window
    assert window is not None
    window.close()  # the app's only face: minimised, not closed
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    assert coach.handle({"command": "show"})["ok"]  # what a second `calf-coach` sends
    assert window.isVisible() and not window.isMinimized()


def test_on_gnome_the_window_names_the_extension_that_gives_it_a_tray(
    coach: CoachApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    for _ in range(TRAY_WAIT_SECONDS):
        coach.tray_or_window.timer.timeout.emit()
    window = coach.tray_or_window.window
    assert window is not None and window.reason.text() == NO_TRAY_ON_GNOME
    assert "AppIndicator" in window.reason.text()


def test_status_reports_what_the_cli_needs(coach: CoachApp) -> None:
    status = coach.status()
    assert status["running"] is True
    assert status["paused_until"] is None
    assert status["next"]["kind"] == "fluids"
    assert status["next"]["at"] == "2026-06-10T08:00:00+02:00"
    assert status["week"] is None
    json.dumps(status)


def test_commands_remind_pause_resume(coach: CoachApp) -> None:
    reply = coach.handle({"command": "remind", "kind": "legs-up"})
    assert reply["ok"] and reply["status"]["card"]["kind"] == "legs-up"
    assert coach.card.title.text() == "Legs up for 20 minutes"
    reply = coach.handle({"command": "pause", "duration": "1h"})
    assert reply["status"]["paused_until"] == "2026-06-10T08:30:00+02:00"
    reply = coach.handle({"command": "resume"})
    assert reply["status"]["paused_until"] is None
    with pytest.raises(ValueError, match="pause takes one of 30m, 1h, 2h, until-tomorrow"):
        coach.handle({"command": "pause", "duration": "forever"})
    with pytest.raises(ValueError, match="unknown command"):
        coach.handle({"command": "dance"})
    with pytest.raises(ValueError):
        coach.handle({"command": "remind", "kind": "yoga"})
    assert kind_named("legs-up") == kinds.LEGS_UP


def test_problems_found_before_the_ui_are_told_once_it_exists(qtbot: QtBot, home: Paths) -> None:
    clock = FakeClock(at("2026-06-10 07:30"))
    history = open_history(home.history_file, clock.now()).history
    app = CoachApp(home, clock, DEFAULTS, history, AppState(), desktop=[FakeDesktop()])
    qtbot.addWidget(app.card)
    app.start(["settings.toml: reminders.fluids.every_minutes = 0: must be between 15 and 480"])
    (box,) = app.problem_box.told
    assert "every_minutes = 0" in box.text()
    app.scheduler.stop()
    app.tray_or_window.timer.stop()
    box.close()


@pytest.mark.skipif(os.name == "nt", reason="Windows has a named pipe (Qt's QLocalServer)")
def test_the_command_channel_round_trip(qtbot: QtBot, tmp_path: Path) -> None:
    name = str(tmp_path / "test.sock")
    seen: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        seen.append(request)
        if request.get("command") == "boom":
            raise ValueError("no such thing")
        return {"ok": True, "echo": request}

    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)  # a socket file left behind by an app that crashed
    crashed.close()
    server = command_socket.CommandServer(name, handler)
    assert server.listen()
    assert stat.S_IMODE(Path(name).stat().st_mode) == 0o600
    script = (
        "import json, sys; from coach.app.desktop import command_socket; "
        f"print(json.dumps([command_socket.send({name!r}, {{'command': c}}) "
        "for c in ('status', 'boom')]))"
    )
    client = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=10_000)
    output, _ = client.communicate()
    ok, failed = json.loads(output)
    assert ok == {"ok": True, "echo": {"command": "status"}}
    assert failed == {"ok": False, "error": "no such thing"}
    assert seen == [{"command": "status"}, {"command": "boom"}]
    server.close()
    assert not Path(name).exists()
    assert command_socket.send(name, {"command": "status"}, timeout_ms=200) is None


def test_a_command_sees_an_app_still_loading_without_touching_its_lock(
    qtbot: QtBot, home: Paths
) -> None:
    """While the app loads (its lock held, no socket yet) a command waits for it; peeking
    must not take the lock, even for a moment, or a starting app would be turned away."""
    lock = QLockFile(str(home.lock_file))
    assert lock.tryLock(0)
    assert command_socket._starting(home)
    assert lock.isLocked()
    other = QLockFile(str(home.lock_file))
    assert not other.tryLock(0)  # still ours
    lock.unlock()
    assert not command_socket._starting(home)


def test_desktop_notices_report_when_no_service_exists(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    notices = FreedesktopNotices("Calf Coach test", tmp_path / "icon.svg")
    with qtbot.waitSignal(notices.unavailable, timeout=5000) as blocker:
        notices.show("Title", "Message", [("done", "OK")])
    assert notices.available is False
    assert blocker.args and isinstance(blocker.args[0], str)
    notices.stop()


def test_quitting_with_a_card_up_records_it_as_expired(coach: CoachApp) -> None:
    clock_of(coach).set(at("2026-06-10 11:00"))
    coach.scheduler.check()  # fluids on the card, legs-up waiting
    assert coach.card.isVisible()
    records = coach.history
    coach.actions.quit.trigger()
    assert not coach.card.isVisible()
    reopened = open_history(coach.paths.history_file, at("2026-06-10 11:01")).history
    expired = [r for r in reopened.reminders(*DAY) if r.outcome is Outcome.EXPIRED]
    assert [(r.kind, f"{r.due:%H:%M}", r.shown is not None) for r in expired] == [
        ("fluids", "11:00", True),
        ("legs-up", "11:00", False),
    ]
    reopened.close()
    assert records is coach.history


def test_editing_the_settings_file_replans_at_once(coach: CoachApp) -> None:
    assert str(coach.paths.config_dir) in coach.settings.watch.directories()
    coach.paths.settings_file.write_text(
        'bedtime = "23:30"\n[reminders.fluids]\nenabled = false\n'
        '[reminders.legs-up]\ntimes = ["07:45"]\n'
    )
    coach.settings.reload()
    assert coach.actions.next_up.text() == "Legs up for 20 minutes at 07:45, in 15 min"
    assert (
        "Legs up for 20 minutes at 07:45, in 15 min\n" in coach.tray_or_window.tray.icon.toolTip()
    )
    assert coach.scheduler.settings.bedtime.hour == 23


def test_a_half_edited_settings_file_is_reported_and_left_alone(coach: CoachApp) -> None:
    coach.paths.settings_file.write_text('bedtime = "23:30\n')
    coach.settings.reload()
    (box,) = coach.problem_box.told
    assert box.windowTitle() == "Calf Coach kept its settings"
    assert "not valid TOML" in box.text()
    assert coach.paths.settings_file.read_text() == 'bedtime = "23:30\n'
    assert coach.scheduler.settings == DEFAULTS


@pytest.mark.parametrize(
    ("action", "routine"), [("bedtime", "bedtime"), ("cramp_now", "cramp-now")]
)
def test_routine_actions_open_the_player(coach: CoachApp, action: str, routine: str) -> None:
    getattr(coach.actions, action).trigger()
    assert coach.routines.player is not None and coach.routines.player.isVisible()
    assert coach.routines.player.player.routine.id == routine
    assert coach.status()["player"] == routine


@pytest.mark.parametrize(("kind", "routine"), [("stretch", "bedtime"), ("legs-up", "legs-up")])
def test_the_stretch_and_legs_up_cards_open_their_routine(
    coach: CoachApp, kind: str, routine: str
) -> None:
    coach.remind(kind_named(kind))
    coach.card.action.click()
    assert coach.routines.player is not None and coach.routines.player.player.routine.id == routine


def test_a_finished_or_stopped_routine_is_recorded(
    coach: CoachApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach.handle({"command": "routine", "id": "desk"})
    player = coach.routines.player
    assert player is not None
    clock_of(coach).advance(seconds=40)
    monkeypatch.setattr(player, "confirm_finish_later", lambda: True)
    player.face.next.click()
    player.close()
    (session,) = coach.history.sessions(*DAY)
    assert (session.routine, session.finished, session.steps_done, session.step_count) == (
        "desk",
        False,
        1,
        5,
    )
    assert session.seconds == 40
    with pytest.raises(ValueError, match="no routine 'yoga'"):
        coach.handle({"command": "routine", "id": "yoga"})


def test_a_voice_turned_on_is_made_after_the_player_is_up_and_reads_its_first_step(
    qtbot: QtBot, home: Paths
) -> None:
    """Making the speech engine may take seconds: the player (cramp-now too) is on the
    screen and the command answered first; the first step is read once the engine is made."""
    audio = FakeAudio()
    settings = replace(DEFAULTS, sound=replace(DEFAULTS.sound, voice=True))
    app = _app_that_makes(qtbot, home, settings, audio)
    reply = app.handle({"command": "routine", "id": "cramp-now"})
    player = app.routines.player
    assert player is not None and player.isVisible()
    assert reply["status"]["player"] == "cramp-now"
    assert audio.made == [settings.sound], "no speech engine before the page is up and answered"
    qtbot.waitUntil(lambda: audio.made == [settings.sound, True])
    assert audio.said == [spoken(player.player.routine.steps[0])]
    player.player.finish()
    player.close()
    app.scheduler.stop()


def test_water_today_follows_corrections_in_history_and_starts_again_at_midnight(
    coach: CoachApp,
) -> None:
    coach.actions.drink.trigger()
    coach.actions.drink.trigger()
    window = coach.windows.open_history()
    window.entries.filter.setCurrentText("Water")
    window.entries.table.selectRow(0)
    window.entries.delete_button.click()
    assert coach.actions.water_today.text() == "Water today: 250 of 1500 ml"
    clock_of(coach).set(at("2026-06-11 00:01"))
    coach.refresh()
    assert coach.actions.water_today.text() == "Water today: 0 of 1500 ml"


def test_sound_and_voice_are_handed_in_and_follow_the_settings(qtbot: QtBot, home: Paths) -> None:
    audio = FakeAudio()
    app = _app_that_makes(qtbot, home, DEFAULTS, audio)
    app.handle({"command": "routine", "id": "desk"})
    player = app.routines.player
    assert player is not None
    player.face.next.click()
    assert audio.played == ["step"]
    assert audio.said[0].startswith(player.player.routine.steps[0].title)
    assert audio.made == [DEFAULTS.sound, DEFAULTS.sound.voice]
    player.player.finish()
    player.close()
    app.scheduler.stop()


def _app_that_makes(qtbot: QtBot, home: Paths, settings: Settings, audio: FakeAudio) -> CoachApp:
    """An app whose chimes and voice are `audio`, noting in `audio.made` what it asked
    for (the sound settings, whether the voice is on) as it made each."""
    clock = FakeClock(at("2026-06-10 07:30"))
    history = open_history(home.history_file, clock.now()).history

    def chimes(sound: Sound) -> FakeAudio:
        audio.made.append(sound)
        return audio

    def voice(enabled: bool) -> FakeAudio:
        audio.made.append(enabled)
        return audio

    app = CoachApp(
        home,
        clock,
        settings,
        history,
        AppState(),
        chimes=chimes,
        voice=voice,
        desktop=[FakeDesktop()],
    )
    qtbot.addWidget(app.card)
    app.load_routines()
    return app
