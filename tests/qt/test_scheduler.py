"""The scheduler adapter with a fake clock: no test waits for a real timer."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.history.records import Outcome
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import AppState
from coach.core.settings.schema import DEFAULTS
from tests.helpers import FakeClock, InUse, at


class Recorder:
    def __init__(self, scheduler: ReminderScheduler) -> None:
        self.shown: list[Reminder] = []
        self.missed: list[Reminder] = []
        scheduler.due.connect(self.shown.append)
        scheduler.missed.connect(self.missed.append)

    def shown_hm(self) -> list[tuple[str, str]]:
        return [(r.kind, f"{r.at:%H:%M}") for r in self.shown]


def make(
    qtbot: QtBot, start: str, state: AppState | None = None
) -> tuple[ReminderScheduler, FakeClock, Recorder]:
    clock = FakeClock(at(start))
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, state or AppState())
    recorder = Recorder(scheduler)
    scheduler.start()
    return scheduler, clock, recorder


def test_arms_one_timer_for_the_next_reminder_or_the_heartbeat(qtbot: QtBot) -> None:
    scheduler, clock, _ = make(qtbot, "2026-06-10 07:59:30")
    assert scheduler.timer.isActive() and scheduler.timer.isSingleShot()
    assert scheduler.timer.interval() == 28_000, "a long wait ends 2 s early (whole seconds)"
    clock.set(at("2026-06-10 07:59:58.4"))  # Qt's coarse timer ended it on a whole second
    scheduler.check()
    assert scheduler.timer.interval() == 1_600, "the last stretch, within 5 %"
    clock.set(at("2026-06-10 08:00:01"))
    scheduler.check()
    assert scheduler.timer.interval() == 60_000  # next is 09:30: the heartbeat comes first


def test_shows_a_reminder_on_time_and_never_twice(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 07:59:30")
    clock.set(at("2026-06-10 08:00"))
    scheduler.check()
    scheduler.check()
    clock.advance(seconds=30)
    scheduler.check()
    assert seen.shown_hm() == [("fluids", "08:00")]
    assert seen.missed == []


def test_a_timer_that_fires_a_little_early_waits_the_rest(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 07:59:30")
    clock.set(at("2026-06-10 07:59:59.998"))
    scheduler.check()
    assert seen.shown == []
    assert scheduler.timer.interval() == 2


def test_sleeping_through_the_afternoon_gives_one_card_and_records_the_rest(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 12:00")
    jumps: list[float] = []
    scheduler.clock_jumped.connect(jumps.append)
    scheduler.check()
    clock.sleep(hours=5, minutes=20)
    scheduler.check()
    assert jumps == [5 * 3600 + 20 * 60]
    assert seen.shown_hm() == [("fluids", "17:00")]
    assert [(r.kind, f"{r.at:%H:%M}") for r in seen.missed] == [
        ("fluids", "12:30"),
        ("fluids", "14:00"),
        ("legs-up", "15:00"),
        ("fluids", "15:30"),
    ]


def test_catches_up_after_the_app_was_not_running(qtbot: QtBot) -> None:
    before = AppState(last_check=at("2026-06-10 21:00"))
    _, _, seen = make(qtbot, "2026-06-11 07:30", before)
    assert seen.shown == []
    assert [(r.kind, f"{r.at:%d %H:%M}") for r in seen.missed] == [("stretch", "10 22:00")]


def test_pause_and_resume_replan_at_once(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 07:30")
    changes: list[object] = []
    scheduler.plan_changed.connect(lambda: changes.append(1))
    scheduler.pause(at("2026-06-10 10:00"))
    nxt = scheduler.next_reminder()
    assert nxt is not None and f"{nxt.at:%H:%M}" == "11:00"
    assert scheduler.paused_until() == at("2026-06-10 10:00")
    clock.set(at("2026-06-10 09:30"))
    scheduler.check()
    assert seen.shown == []
    scheduler.resume()
    nxt = scheduler.next_reminder()
    assert nxt is not None and f"{nxt.at:%H:%M}" == "11:00"
    assert scheduler.paused_until() is None
    assert len(changes) >= 2


def test_a_wait_of_seconds_ends_early_so_the_last_stretch_is_short(qtbot: QtBot) -> None:
    """Qt's coarse timer is off by up to 5 % (or a whole second from 20 s): every wait
    longer than two APPROACHes ends one early and the rest is waited for again."""
    scheduler, clock, seen = make(qtbot, "2026-06-10 07:59:50")
    assert scheduler.timer.interval() == 8_000
    clock.set(at("2026-06-10 07:59:58.5"))  # the coarse timer ended it half a second late
    scheduler.check()
    assert scheduler.timer.interval() == 1_500 and seen.shown_hm() == []
    clock.set(at("2026-06-10 07:59:56"))
    scheduler.check()
    assert scheduler.timer.interval() == 4_000, "at most two APPROACHes: waited for whole"


def test_a_snoozed_reminder_comes_back_after_its_minutes(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 08:00")
    assert seen.shown_hm() == [("fluids", "08:00")]
    scheduler.answer(Outcome.SNOOZED)  # fluids snooze for 15 minutes by default
    nxt = scheduler.next_reminder()
    assert nxt is not None and (nxt.kind, f"{nxt.at:%H:%M}") == ("fluids", "08:15")
    assert scheduler.timer.interval() == 60_000  # the heartbeat comes first
    clock.set(at("2026-06-10 08:14:30"))
    scheduler.check()
    assert scheduler.timer.interval() == 28_000
    clock.set(at("2026-06-10 08:14:58"))
    scheduler.check()
    assert scheduler.timer.interval() == 2_000
    clock.set(at("2026-06-10 08:15"))
    scheduler.check()
    assert seen.shown_hm() == [("fluids", "08:00"), ("fluids", "08:15")]


def test_state_is_saved_only_when_something_was_decided(qtbot: QtBot) -> None:
    scheduler, clock, _ = make(qtbot, "2026-06-10 07:58")
    saved: list[AppState] = []
    scheduler.state_changed.connect(saved.append)
    clock.set(at("2026-06-10 07:59"))
    scheduler.check()
    assert saved == []
    clock.set(at("2026-06-10 08:00"))
    scheduler.check()
    assert [s.last_check for s in saved] == [at("2026-06-10 08:00")]


def test_a_clock_set_back_shows_nothing_again(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 08:00")
    clock.wall = at("2026-06-10 07:00")
    scheduler.check()
    clock.wall = at("2026-06-10 07:59")
    scheduler.check()
    assert seen.shown_hm() == [("fluids", "08:00")]


def test_wake_from_another_thread_runs_the_check_on_the_gui_thread(qtbot: QtBot) -> None:
    scheduler, clock, seen = make(qtbot, "2026-06-10 07:59")
    clock.set(at("2026-06-10 08:00"))
    threads: list[threading.Thread] = []
    scheduler.due.connect(lambda _: threads.append(threading.current_thread()))
    with qtbot.waitSignal(scheduler.due, timeout=2000):
        worker = threading.Thread(target=scheduler.wake)
        worker.start()
        worker.join()
    assert threads == [threading.main_thread()]
    assert seen.shown_hm() == [("fluids", "08:00")]


def test_stop_disarms(qtbot: QtBot) -> None:
    scheduler, _, _ = make(qtbot, "2026-06-10 07:00")
    scheduler.stop()
    assert not scheduler.timer.isActive()
