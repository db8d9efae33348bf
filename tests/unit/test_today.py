"""Today's reminders for the home window: answered ones with what became of them, the
rest by time and name alone."""

from __future__ import annotations

import datetime as dt

from coach.core.history.records import Outcome, ReminderRecord
from coach.core.plan.reminders import upcoming
from coach.core.plan.today import today_rows
from coach.core.settings.schema import DEFAULTS
from tests.helpers import at


def test_answered_say_what_became_of_them_and_the_rest_are_time_and_name() -> None:
    now = at("2026-06-10 10:00")
    due = at("2026-06-10 08:30")
    skipped = ReminderRecord("fluids", due, due, Outcome.SKIPPED, now)
    rows = today_rows([skipped], upcoming(DEFAULTS, now, 30), now)
    texts = [row.text for row in rows]
    assert texts[0] == "08:30  A glass of water — skipped"
    assert "11:00  Legs up for 20 minutes" in texts
    assert not any("to come" in text for text in texts), "nine lines of 'to come' say nothing"
    assert all(row.at.date() == now.date() for row in rows)
    assert [row.at for row in rows] == sorted(row.at for row in rows)
    assert rows[-1].at.time() <= dt.time(23, 59)
