"""The running app holds reminders while the (fake) desktop says the person is away, busy or
in full screen: no card, the tray says why, `status` says it; back, the card comes and the
history keeps how long it was held. "Cramp now" is never held."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.routines.library import CRAMP_NOW
from coach.core.history.records import Outcome
from coach.core.insights.entry_rows import entry_rows
from coach.core.insights.figures import Records
from coach.core.plan.run_state import AppState, load_state
from coach.core.system.paths import Paths
from tests.helpers import FakeClock, FakeDesktop, at
from tests.qt.apps import started_app


@pytest.fixture
def desktop() -> FakeDesktop:
    return FakeDesktop()


@pytest.fixture
def coach(qtbot: QtBot, home: Paths, desktop: FakeDesktop) -> Iterator[CoachApp]:
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 07:58")), desktop=desktop)
    yield app
    app.close()


def at_time(coach: CoachApp, moment: str) -> None:
    assert isinstance(coach.clock, FakeClock)
    coach.clock.set(at(moment))
    coach.scheduler.check()


def test_full_screen_holds_the_card_and_the_tray_says_why(
    coach: CoachApp, desktop: FakeDesktop
) -> None:
    desktop.set(full_screen=True)
    at_time(coach, "2026-06-10 08:00")
    assert not coach.card.isVisible()
    assert coach.tray_or_window.tray.icon.toolTip().splitlines()[1] == (
        "Holding reminders: full-screen window"
    )
    status = coach.status()
    assert (status["attention"], status["holding"]) == ("full-screen", ["fluids"])
    assert coach.scheduler.timer.interval() == 1000, "it looks again every second"
    assert coach.scheduler.timer.remainingTime() <= 1050, "within Qt's coarse timer's 5 %"
    desktop.set(full_screen=False)
    at_time(coach, "2026-06-10 08:07")
    assert coach.card.isVisible() and coach.flow.current is not None
    assert "Holding" not in coach.tray_or_window.tray.icon.toolTip()
    assert coach.status()["attention"] == "present"
    coach.card.action.click()
    day = (at("2026-06-10 00:00"), at("2026-06-11 00:00"))
    (record,) = coach.history.reminders(*day)
    assert (record.outcome, record.held_seconds, record.held_reason) == (
        Outcome.DONE,
        7 * 60,
        "full-screen",
    )
    (row,) = entry_rows(Records([record], [], [], []), titles={"fluids": "A glass of water"})
    assert row.details == "A glass of water: done (held 7 min for a full-screen window)"


def test_away_longer_than_the_grace_is_missed_and_shown_as_nothing(
    coach: CoachApp, desktop: FakeDesktop
) -> None:
    desktop.set(idle_seconds=600)  # 10 minutes without input: away (after 5)
    at_time(coach, "2026-06-10 08:00")
    assert coach.status()["attention"] == "away"
    desktop.set(idle_seconds=0)
    at_time(coach, "2026-06-10 08:50")  # fluids' grace is 45 minutes
    assert not coach.card.isVisible()
    (record,) = coach.history.reminders(at("2026-06-10 00:00"), at("2026-06-11 00:00"))
    assert (record.outcome, record.held_seconds, record.held_reason) == (
        Outcome.MISSED,
        50 * 60,
        "away",
    )


def test_cramp_now_opens_whatever_the_desktop_says(coach: CoachApp, desktop: FakeDesktop) -> None:
    desktop.set(full_screen=True, do_not_disturb=True, idle_seconds=3600)
    coach.actions.cramp_now.trigger()
    assert coach.routines.playing == CRAMP_NOW


def test_with_the_rule_off_full_screen_holds_nothing(coach: CoachApp, desktop: FakeDesktop) -> None:
    settings = coach.settings.value
    off = dataclasses.replace(settings.attention, hold_when_full_screen=False)
    coach.settings.saved(dataclasses.replace(settings, attention=off))
    desktop.set(full_screen=True)
    at_time(coach, "2026-06-10 08:00")
    assert coach.card.isVisible()
    assert coach.status()["attention"] == "present"


def test_a_heartbeat_with_nothing_to_decide_asks_the_desktop_nothing(
    coach: CoachApp, desktop: FakeDesktop
) -> None:
    """An idle app stays idle: the desktop is read for a due reminder, not every minute."""
    before = desktop.asked
    at_time(coach, "2026-06-10 07:59")  # a heartbeat: fluids are due at 08:00
    assert desktop.asked == before
    at_time(coach, "2026-06-10 08:00")
    assert desktop.asked == before + 1 and coach.card.isVisible()


def test_a_catch_up_at_a_locked_login_waits_and_a_plain_start_asks_nothing(
    qtbot: QtBot, home: Paths
) -> None:
    desktop = FakeDesktop()
    quiet = started_app(qtbot, home, FakeClock(at("2026-06-10 07:58")), desktop=desktop)
    assert desktop.asked == 0, "nothing to catch up: the desktop is not asked at start"
    quiet.close()
    # The laptop was off from 07:50 to 08:10: fluids (08:00) are caught up at the start.
    desktop.set(locked=True)
    app = started_app(
        qtbot,
        home,
        FakeClock(at("2026-06-10 08:10")),
        desktop=desktop,
        state=AppState(last_check=at("2026-06-10 07:50")),
    )
    assert desktop.asked == 1 and not app.card.isVisible()
    assert [h.reminder.kind for h in app.scheduler.agenda.held] == ["fluids"]
    app.close()


def test_a_held_reminder_is_saved_at_once_and_comes_after_a_crash(
    qtbot: QtBot, coach: CoachApp, desktop: FakeDesktop, tmp_path: Path
) -> None:
    desktop.set(do_not_disturb=True)
    at_time(coach, "2026-06-10 08:00")
    state, _ = load_state(coach.paths.state_file, at("2026-06-10 08:00"))
    assert [(h.reminder.kind, h.reason.value) for h in state.held] == [
        ("fluids", "do-not-disturb")
    ], "saved as it was held: a crash now forgets nothing"
    # The app dies here: its next run starts from the file as it is, in a home of its own.
    home = Paths.resolve(str(tmp_path / "next-run"))
    home.ensure()
    shutil.copyfile(coach.paths.state_file, home.state_file)
    saved, notice = load_state(home.state_file, at("2026-06-10 08:20"))
    assert notice is None
    back = FakeDesktop()
    app = started_app(qtbot, home, FakeClock(at("2026-06-10 08:20")), desktop=back, state=saved)
    try:
        assert back.asked == 1, "held reminders wait for the person: their attention is read"
        assert app.card.isVisible() and app.flow.current is not None
        assert app.flow.current.at == at("2026-06-10 08:00")
        assert load_state(home.state_file, at("2026-06-10 08:20"))[0].held == ()
        app.card.action.click()
        (record,) = app.history.reminders(at("2026-06-10 00:00"), at("2026-06-11 00:00"))
        assert (record.outcome, record.held_seconds, record.held_reason) == (
            Outcome.DONE,
            20 * 60,
            "do-not-disturb",
        )
    finally:
        app.close()


def test_a_reminder_asked_for_while_away_comes_and_the_history_says_so(
    coach: CoachApp, desktop: FakeDesktop
) -> None:
    desktop.set(idle_seconds=3600.0)
    at_time(coach, "2026-06-10 07:59")
    coach.remind("stretch")
    assert coach.card.isVisible() and coach.flow.current is not None
    assert coach.scheduler.agenda.held == ()
    coach.card.skip.click()
    (record,) = coach.history.reminders(at("2026-06-10 00:00"), at("2026-06-11 00:00"))
    assert (record.kind, record.outcome, record.asked) == ("stretch", Outcome.SKIPPED, True)
    (row,) = entry_rows(Records([record], [], [], []), titles={"stretch": "Stretch"})
    assert row.details == "Stretch: skipped (asked for)"
