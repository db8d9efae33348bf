"""The card where the desktop hands every new window the keyboard (Wayland): it does not
come up by itself while a notification or the tray tells the person; it comes up when
the person asks; and a card that had to come up by itself takes no key until the person
clicks into it. Typing meant for another window never answers a reminder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.freedesktop_notices import FreedesktopNotices
from coach.app.reminders.mirror_notice import ReminderNotices
from coach.app.reminders.notices import Notices
from coach.app.reminders.scheduler import ReminderScheduler
from coach.core.history.records import Outcome
from coach.core.history.store import History, open_history
from coach.core.plan.run_state import AppState
from coach.core.settings.attention import Attention
from coach.core.settings.kinds import STRETCH
from coach.core.settings.schema import DEFAULTS
from tests.helpers import FakeClock, InUse, at

DAY = (at("2026-06-10 00:00"), at("2026-06-11 00:00"))
TYPED = [Qt.Key.Key_H, Qt.Key.Key_I, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape]
"""What the person types into their editor: letters, a space, Enter, Esc."""


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.sqlite3", at("2026-06-10 07:00"))
    yield opened.history
    opened.history.close()


def started(qtbot: QtBot, history: History, told_elsewhere: bool) -> ReminderFlow:
    """A water reminder due at start, on a desktop that gives new windows the keyboard."""
    clock = FakeClock(at("2026-06-10 08:00"))
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=False)
    flow.told_elsewhere = lambda: told_elsewhere
    qtbot.addWidget(flow.card)
    scheduler.start()
    assert flow.current is not None and flow.current.kind == "fluids"
    return flow


def typed_into(qtbot: QtBot, flow: ReminderFlow) -> None:
    """Keys as the compositor delivers them: to the card's focus widget (none can take it
    while guarded), else to the card."""
    for key in TYPED:
        qtbot.keyClick(flow.card.focusWidget() or flow.card, key)


def test_told_by_a_notification_the_card_waits_to_be_asked_for(
    qtbot: QtBot, history: History
) -> None:
    flow = started(qtbot, history, told_elsewhere=True)
    assert not flow.card.isVisible()
    assert flow.status()["card"] == {
        "kind": "fluids",
        "waiting": 0,
        "shown": False,
        "comes_unasked": False,
    }
    flow.bring_up()  # a click on the tray or on the notification
    qtbot.waitExposed(flow.card)
    assert not flow.card.keys_guarded, "asked for: its keys are the person's"
    qtbot.keyClick(flow.card, Qt.Key.Key_Return)
    assert [r.outcome.value for r in history.reminders(*DAY)] == ["done"]


def test_a_card_that_had_to_come_up_takes_no_key_until_clicked(
    qtbot: QtBot, history: History
) -> None:
    flow = started(qtbot, history, told_elsewhere=False)
    card = flow.card
    assert card.isVisible() and card.keys_guarded
    assert all(
        b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in (card.action, card.snooze, card.skip)
    )
    typed_into(qtbot, flow)
    assert card.isVisible() and history.reminders(*DAY) == [], "nothing answered, nothing logged"
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))  # into the card
    assert not card.keys_guarded
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert [r.outcome.value for r in history.reminders(*DAY)] == ["snoozed"]


def test_a_click_on_a_button_still_answers_a_guarded_card(qtbot: QtBot, history: History) -> None:
    flow = started(qtbot, history, told_elsewhere=False)
    qtbot.mouseClick(flow.card.skip, Qt.MouseButton.LeftButton)
    assert [r.outcome.value for r in history.reminders(*DAY)] == ["skipped"]


def test_where_nothing_else_can_tell_the_person_the_card_comes_up_guarded(
    qtbot: QtBot, history: History
) -> None:
    """No notification service and no tray icon: the card must come up, keys guarded."""

    class NoTray:
        def balloon(self, title: str, text: str) -> bool:
            return False

        def can_balloon(self) -> bool:
            return False

        def withdraw_balloon(self) -> None: ...

    class Unanswered(Notices):
        """A service asked, whose answer has not come yet."""

        def show(self, title: str, message: str, buttons: object) -> None: ...

        def withdraw(self) -> None: ...

        def stop(self) -> None: ...

    clock = FakeClock(at("2026-06-10 08:00"))
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=False)
    notices = Unanswered()
    mirror = ReminderNotices(notices, flow, NoTray())
    qtbot.addWidget(flow.card)
    try:
        assert notices.stays, "where the card waits, the notification is the reminder"
        assert mirror.reaches(), "a service not asked yet may well be there"
        scheduler.start()
        assert not flow.card.isVisible()
        notices.available = False
        notices.unavailable.emit("no session bus")  # as the service answers
        assert flow.card.isVisible() and flow.card.keys_guarded
        assert not mirror.reaches()
    finally:
        mirror.stop()


def test_on_x11_the_card_comes_up_by_itself_and_its_keys_work_once_clicked_into(
    qtbot: QtBot, history: History
) -> None:
    clock = FakeClock(at("2026-06-10 08:00"))
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=True)
    qtbot.addWidget(flow.card)
    scheduler.start()
    assert flow.card.isVisible() and not flow.card.keys_guarded
    assert flow.card.action.isDefault()


def test_a_notification_that_is_the_reminder_never_expires(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """expire_timeout 0: it stays until answered or withdrawn (the spec's "never")."""
    notices = FreedesktopNotices("Calf Coach", tmp_path / "calf-coach.svg")
    sent: list[tuple[object, ...]] = []
    monkeypatch.setattr(notices, "_call", lambda member, signature, body, then: sent.append(body))
    notices._notify("Calf Coach: Water", "Fluids help.", [("done", "I drank a glass")])
    notices.stays = True
    notices._notify("Calf Coach: Water", "Fluids help.", [("done", "I drank a glass")])
    assert [body[-1] for body in sent] == [-1, 0]


def test_a_reminder_asked_for_while_away_comes_but_takes_no_key(
    qtbot: QtBot, history: History
) -> None:
    """`calf-coach remind` on an idle desktop: the person asked, so it is not held; but
    where new windows take the keyboard, the card takes no key it was not given."""
    clock = FakeClock(at("2026-06-10 12:00"))
    away = lambda: Attention.AWAY  # noqa: E731
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState(), attention=away)
    flow = ReminderFlow(scheduler, history, clock, unasked=False)
    qtbot.addWidget(flow.card)
    scheduler.start()
    flow.remind_now(STRETCH)
    assert flow.current is not None and flow.current.kind == STRETCH
    assert scheduler.agenda.held == ()
    assert flow.card.isVisible() and flow.card.keys_guarded, "nothing else tells the person"
    typed_into(qtbot, flow)
    assert flow.current is not None and history.reminders(*DAY) == [], "typing answers nothing"
    qtbot.mouseClick(flow.card.skip, Qt.MouseButton.LeftButton)
    (record,) = history.reminders(*DAY)
    assert (record.kind, record.outcome, record.asked, record.held_reason) == (
        STRETCH,
        Outcome.SKIPPED,
        True,
        "",
    )
