"""Every reminder is spoken: an announcement with its title and why, sent politely from
the card whether the card shows or waits behind a notification; and the card tells a
screen reader what it is (a notification, its why as description) without taking focus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from coach.app.reminders.card_flow import ReminderFlow
from coach.app.reminders.scheduler import ReminderScheduler
from coach.app.style import announce
from coach.core.history.store import History, open_history
from coach.core.plan.run_state import AppState
from coach.core.settings.kinds import ReminderKind, kind_text
from coach.core.settings.schema import DEFAULTS
from tests.helpers import FakeClock, InUse, at


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = open_history(tmp_path / "history.sqlite3", at("2026-06-10 07:00"))
    yield opened.history
    opened.history.close()


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, str, object]]:
    """The announcements sent: (source, message, politeness)."""
    sent: list[tuple[object, str, object]] = []

    def keep(event: QAccessibleEvent) -> None:
        assert isinstance(event, QAccessibleAnnouncementEvent)
        sent.append((event.object(), event.message(), event.politeness()))

    monkeypatch.setattr(announce, "send", keep)
    return sent


def flow_at_eight(qtbot: QtBot, history: History, *, unasked: bool) -> ReminderFlow:
    clock = FakeClock(at("2026-06-10 08:00"))
    scheduler = ReminderScheduler(InUse(DEFAULTS), clock, AppState())
    flow = ReminderFlow(scheduler, history, clock, unasked=unasked)
    flow.told_elsewhere = lambda: True  # where the card waits, a notification tells
    qtbot.addWidget(flow.card)
    return flow


@pytest.mark.parametrize("unasked", [True, False], ids=["card-shows", "card-waits"])
def test_a_reminder_is_announced_with_its_title_and_why(
    qtbot: QtBot, history: History, spoken: list[tuple[object, str, object]], unasked: bool
) -> None:
    flow = flow_at_eight(qtbot, history, unasked=unasked)
    flow.remind_now(ReminderKind("fluids"))
    assert flow.card.isVisible() is unasked
    text = kind_text(ReminderKind("fluids"))
    assert text.title == "A glass of water"
    assert spoken == [
        (flow.card, f"{text.title}. {text.why}", QAccessible.AnnouncementPoliteness.Polite)
    ]
    assert "cramps" in spoken[0][1]


def test_the_card_is_a_notification_described_by_its_why(
    qtbot: QtBot, history: History, spoken: list[tuple[object, str, object]]
) -> None:
    flow = flow_at_eight(qtbot, history, unasked=True)
    flow.remind_now(ReminderKind("legs-up"))
    card = QAccessible.queryAccessibleInterface(flow.card)
    assert card is not None
    text = kind_text(ReminderKind("legs-up"))
    assert card.role() == QAccessible.Role.Notification
    assert card.text(QAccessible.Text.Name) == f"Reminder: {text.title}"
    assert card.text(QAccessible.Text.Description) == text.why
    assert card.childCount() > 0, "its title, why and buttons are still read inside it"
    assert not flow.card.isActiveWindow(), "it came up without taking the keyboard"
    assert len(spoken) == 1
