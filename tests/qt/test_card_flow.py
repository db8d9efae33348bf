"""The reminder card and the flow behind it: buttons, keys, queueing, expiry, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.advice import NOT_MEDICAL_ADVICE
from coach.core.history.records import Outcome
from coach.core.history.store import History, open_history
from coach.core.plan.reminders import Reminder, upcoming
from coach.core.plan.run_state import AppState
from coach.core.settings import kinds
from coach.core.settings.kinds import ReminderKind
from coach.core.settings.schema import DEFAULTS
from tests.helpers import FakeClock, InUse, at

DAY = (at("2026-06-10 00:00"), at("2026-06-11 00:00"))


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.sqlite3", at("2026-06-10 07:00"))
    yield opened.history
    opened.history.close()


class Rig:
    def __init__(self, qtbot: QtBot, history: History, start: str) -> None:
        self.clock = FakeClock(at(start))
        self.scheduler = ReminderScheduler(InUse(DEFAULTS), self.clock, AppState())
        self.flow = ReminderFlow(self.scheduler, history, self.clock)
        self.card = self.flow.card
        qtbot.addWidget(self.card)
        self.history = history

    def outcomes(self) -> list[tuple[str, str, str]]:
        return [(r.kind, f"{r.due:%H:%M}", r.outcome.value) for r in self.history.reminders(*DAY)]


def reminder(kind: ReminderKind, when: str) -> Reminder:
    moment = at(when)
    return Reminder(kind, moment, moment.time())


def test_the_card_says_what_why_and_offers_three_big_buttons(
    qtbot: QtBot, history: History
) -> None:
    rig = Rig(qtbot, history, "2026-06-10 08:00")
    rig.scheduler.start()
    card = rig.card
    assert card.isVisible()
    assert card.title.text() == "A glass of water"
    assert "fluid" in card.why.text()
    assert [b.text() for b in (card.action, card.snooze, card.skip)] == [
        "I drank a glass",
        "Snooze 15 min",
        "Skip",
    ]
    assert all(b.accessibleName() for b in (card.action, card.snooze, card.skip))
    assert all(b.minimumHeight() >= 44 for b in (card.action, card.snooze, card.skip))
    assert card.note.text() == NOT_MEDICAL_ADVICE
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert card.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


@pytest.mark.parametrize(
    ("key", "outcome"),
    [(Qt.Key.Key_Return, "done"), (Qt.Key.Key_Enter, "done"), (Qt.Key.Key_Escape, "snoozed")],
)
def test_keys_answer_the_card(qtbot: QtBot, history: History, key: Qt.Key, outcome: str) -> None:
    rig = Rig(qtbot, history, "2026-06-10 08:00")
    rig.scheduler.start()
    qtbot.keyClick(rig.card, key)
    assert rig.outcomes() == [("fluids", "08:00", outcome)]
    assert not rig.card.isVisible()


@pytest.mark.parametrize(
    ("button", "outcome"), [("action", "done"), ("snooze", "snoozed"), ("skip", "skipped")]
)
def test_buttons_answer_the_card_in_one_click(
    qtbot: QtBot, history: History, button: str, outcome: str
) -> None:
    rig = Rig(qtbot, history, "2026-06-10 08:00")
    rig.scheduler.start()
    qtbot.mouseClick(getattr(rig.card, button), Qt.MouseButton.LeftButton)
    assert rig.outcomes() == [("fluids", "08:00", outcome)]


def test_one_card_at_a_time_the_rest_wait_in_order(qtbot: QtBot, history: History) -> None:
    rig = Rig(qtbot, history, "2026-06-10 11:00")
    rig.scheduler.start()  # fluids and legs-up are both due at 11:00
    assert rig.card.title.text() == "A glass of water"
    assert rig.card.waiting.text() == "1 more waiting"
    rig.flow.offer(reminder(kinds.STRETCH, "2026-06-10 11:00"))
    assert rig.card.waiting.text() == "2 more waiting"
    rig.card.skip.click()
    assert rig.card.title.text() == "Legs up for 20 minutes"
    assert rig.card.action.text() == "Start 20-minute timer"
    rig.card.action.click()
    assert rig.card.title.text() == "Bedtime calf stretches"
    assert rig.card.waiting.isHidden()
    rig.card.snooze.click()
    assert not rig.card.isVisible()
    assert rig.outcomes() == [
        ("fluids", "11:00", "skipped"),
        ("legs-up", "11:00", "done"),
        ("stretch", "11:00", "snoozed"),
    ]


def test_the_same_reminder_is_never_queued_twice(qtbot: QtBot, history: History) -> None:
    rig = Rig(qtbot, history, "2026-06-10 07:00")
    same = reminder(kinds.FLUIDS, "2026-06-10 08:00")
    rig.flow.offer(same)
    rig.flow.offer(same)
    assert rig.flow.waiting == []
    rig.card.action.click()
    assert rig.outcomes() == [("fluids", "08:00", "done")]


def test_an_unanswered_card_expires_after_the_settings_minutes(
    qtbot: QtBot, history: History
) -> None:
    rig = Rig(qtbot, history, "2026-06-10 08:00")
    rig.scheduler.start()
    on_card = rig.scheduler.agenda.on_card
    assert on_card is not None
    assert on_card.expires - on_card.shown == dt.timedelta(minutes=DEFAULTS.card_expire_minutes)
    rig.clock.advance(minutes=29, seconds=59)
    rig.scheduler.check()
    assert rig.card.isVisible() and history.reminders(*DAY) == []
    assert rig.scheduler.timer.interval() == 1000  # woken for the expiry, not a heartbeat later
    rig.clock.advance(seconds=1)
    rig.scheduler.check()
    assert not rig.card.isVisible()
    (record,) = history.reminders(*DAY)
    assert (record.outcome, record.shown, record.answered) == (
        Outcome.EXPIRED,
        at("2026-06-10 08:00"),
        at("2026-06-10 08:30"),
    )


def test_closing_the_card_snoozes_it(qtbot: QtBot, history: History) -> None:
    rig = Rig(qtbot, history, "2026-06-10 08:00")
    rig.scheduler.start()
    rig.card.close()
    assert rig.outcomes() == [("fluids", "08:00", "snoozed")]
    nxt = rig.scheduler.next_reminder()
    assert nxt is not None and f"{nxt.at:%H:%M}" == "08:15"


def test_missed_reminders_are_recorded_without_a_card(qtbot: QtBot, history: History) -> None:
    rig = Rig(qtbot, history, "2026-06-10 12:00")
    rig.scheduler.start()
    rig.clock.sleep(hours=5, minutes=20)
    rig.scheduler.check()
    assert rig.card.title.text() == "A glass of water"
    missed = [r for r in history.reminders(*DAY) if r.outcome is Outcome.MISSED]
    assert [(r.kind, f"{r.due:%H:%M}", r.shown) for r in missed] == [
        ("fluids", "12:30", None),
        ("fluids", "14:00", None),
        ("legs-up", "15:00", None),
        ("fluids", "15:30", None),
    ]


def test_the_action_is_handed_on_and_answers_from_notifications_work(
    qtbot: QtBot, history: History
) -> None:
    rig = Rig(qtbot, history, "2026-06-10 08:00")
    acted: list[Reminder] = []
    rig.flow.acted.connect(acted.append)
    rig.scheduler.start()
    rig.flow.answer(Outcome.DONE)
    assert [r.kind for r in acted] == [kinds.FLUIDS]
    assert rig.outcomes() == [("fluids", "08:00", "done")]


def test_reminders_from_the_plan_have_a_snooze_setting_for_every_kind(
    qtbot: QtBot, history: History
) -> None:
    rig = Rig(qtbot, history, "2026-06-10 07:00")
    for item in upcoming(DEFAULTS, at("2026-06-10 07:00"), 12):
        rig.flow.offer(item)
    seen = []
    while rig.card.isVisible():
        seen.append(rig.card.snooze.text())
        rig.card.skip.click()
    assert len(seen) == 12
    assert all(text.startswith("Snooze ") for text in seen)


def test_a_snooze_is_told_by_the_tray_only_when_no_other_card_takes_its_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Two reminders due at once: snoozing the first brings the second up, and no balloon
    covers its buttons; snoozing the last is told ("comes back at ...")."""
    history = open_history(tmp_path / "history.sqlite3", at("2026-06-10 07:00")).history
    clock = FakeClock(at("2026-06-10 11:00"))  # water and legs-up, both due at 11:00
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=True)
    qtbot.addWidget(flow.card)
    told: list[str] = []
    flow.told.connect(told.append)
    scheduler.start()
    assert flow.current is not None and len(flow.waiting) == 1
    flow.card.snooze.click()
    assert flow.current is not None, "the second card is up"
    assert told == [], "nothing over its buttons"
    flow.card.snooze.click()
    assert flow.current is None
    assert len(told) == 1 and told[0].startswith("Snoozed: ")
    history.close()


def test_a_card_coming_up_takes_down_the_trays_own_balloon(qtbot: QtBot, tmp_path: Path) -> None:
    """On an X11 tray Qt draws the balloon itself, by the icon, where the card comes up:
    a "Snoozed: ..." balloon still up when the next reminder came covered its last line."""
    from PySide6.QtWidgets import QWidget

    from coach.app.home.actions import CoachActions
    from coach.app.home.tray_or_window import TrayOrWindow
    from coach.app.reminders.mirror_notice import ReminderNotices

    class QBalloonTip(QWidget):  # the class name of the balloon Qt draws
        """Stands in for Qt's balloon, which only a real tray shows."""

    history = open_history(tmp_path / "history.sqlite3", at("2026-06-10 07:00")).history
    clock = FakeClock(at("2026-06-10 11:00"))  # water and legs-up due
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=True)
    qtbot.addWidget(flow.card)
    actions = CoachActions()
    tray_or_window = TrayOrWindow(actions)
    ReminderNotices(None, flow, tray_or_window, flow)
    tray_or_window.tray.message("Calf Coach", "Snoozed: ...")  # Qt draws it on X11 only
    balloon = QBalloonTip()
    qtbot.addWidget(balloon)
    balloon.show()
    scheduler.start()
    assert flow.current is not None, "a card is up"
    assert not balloon.isVisible(), "and no balloon over it"
    while flow.current is not None:
        flow.card.skip.click()
    history.close()
