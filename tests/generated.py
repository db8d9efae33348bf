"""Years of plausible history, generated from a seed (for the big-data test and the bench).

Per day: the default reminders (9 fluids, 3 legs-up, 1 stretch, 1 left-side)
with mixed answers, about 18 drinks, a bedtime routine on most evenings, and
a cramp on some nights (a few with a warning sign): about 33 entries a day,
so five years come to about 60,000.
"""

from __future__ import annotations

import datetime as dt
import random

from coach.core.history.records import (
    CrampRecord,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import History

REMINDER_TIMES = {
    "fluids": [8, 9, 10, 11, 12, 14, 16, 18, 20],
    "legs-up": [11, 15, 19],
    "stretch": [22],
    "left-side": [23],
}
OUTCOMES = [Outcome.DONE] * 6 + [Outcome.SNOOZED, Outcome.SKIPPED, Outcome.EXPIRED, Outcome.MISSED]


def fill_history(
    history: History, last_day: dt.date, days: int, tz: dt.tzinfo, seed: int = 7
) -> int:
    """Write `days` days of entries ending on `last_day`; returns how many were written."""
    rng = random.Random(seed)
    written = 0
    with history.transaction():
        for n in range(days):
            day = last_day - dt.timedelta(days=days - 1 - n)

            def at(hour: int, minute: int = 0, day: dt.date = day) -> dt.datetime:
                return dt.datetime.combine(day, dt.time(hour % 24, minute), tz)

            for kind, hours in REMINDER_TIMES.items():
                for hour in hours:
                    due = at(hour)
                    outcome = rng.choice(OUTCOMES)
                    shown = None if outcome is Outcome.MISSED else due
                    history.record_reminder(
                        ReminderRecord(kind, due, shown, outcome, due + dt.timedelta(minutes=2))
                    )
                    written += 1
            for _ in range(rng.randint(14, 22)):
                history.record_water(WaterRecord(at(rng.randint(7, 21), rng.randint(0, 59)), 250))
                written += 1
            if rng.random() < 0.7:
                start = at(22, rng.randint(0, 30))
                finished = rng.random() < 0.9
                history.record_session(
                    SessionRecord(
                        "bedtime",
                        start,
                        start + dt.timedelta(minutes=5),
                        finished,
                        9 if finished else 4,
                        9,
                        300.0 if finished else 130.0,
                    )
                )
                written += 1
            for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
                when = at(rng.randint(1, 6), rng.randint(0, 59))
                signs = ("swelling",) if rng.random() < 0.01 else ()
                history.record_cramp(
                    CrampRecord(
                        when,
                        rng.choice(["left", "right", "both"]),
                        rng.randint(1, 10),
                        minutes=rng.choice([None, 1, 2, 5]),
                        signs=signs,
                    )
                )
                written += 1
    return written
