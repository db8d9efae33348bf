"""What the first-run welcome asks, turned into settings (pure, so it is tested directly).

The welcome asks for a due date (optional), bedtime and wake time, and which
reminders to turn on. The left-side reminder belongs to the third trimester:
it is preset on when the due date puts the person in week 28 or later, and
with a due date it is left on "auto", so it starts by itself at week 28.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from coach.core.pregnancy import THIRD_TRIMESTER_WEEK, week_on
from coach.core.reminders import ReminderKind
from coach.core.settings import Pregnancy, Settings

REMINDER_ATTRS = {
    ReminderKind.STRETCH: "stretch",
    ReminderKind.FLUIDS: "fluids",
    ReminderKind.LEGS_UP: "legs_up",
    ReminderKind.LEFT_SIDE: "left_side",
    ReminderKind.MOVE: "move",
}


@dataclass(frozen=True)
class WelcomeAnswers:
    due_date: dt.date | None
    bedtime: dt.time
    wake_time: dt.time
    reminders: frozenset[ReminderKind]


def week_from_due(due_date: dt.date | None, today: dt.date) -> int | None:
    return None if due_date is None else week_on(Pregnancy(due_date=due_date), today)


def left_side_preset(due_date: dt.date | None, today: dt.date) -> bool:
    week = week_from_due(due_date, today)
    return week is not None and week >= THIRD_TRIMESTER_WEEK


def preset_reminders(
    settings: Settings, due_date: dt.date | None, today: dt.date
) -> set[ReminderKind]:
    """Which boxes start ticked: what is on now, with left-side decided by the week."""
    chosen: set[ReminderKind] = set()
    for kind, attr in REMINDER_ATTRS.items():
        section = getattr(settings.reminders, attr)
        if kind is ReminderKind.LEFT_SIDE:
            if section.enabled == "on" or (
                section.enabled == "auto" and left_side_preset(due_date, today)
            ):
                chosen.add(kind)
        elif section.enabled:
            chosen.add(kind)
    return chosen


def apply_answers(settings: Settings, answers: WelcomeAnswers) -> Settings:
    changes: dict[str, object] = {}
    for kind, attr in REMINDER_ATTRS.items():
        section = getattr(settings.reminders, attr)
        wanted = kind in answers.reminders
        if kind is ReminderKind.LEFT_SIDE:
            value: object = ("auto" if answers.due_date else "on") if wanted else "off"
        else:
            value = wanted
        changes[attr] = dataclasses.replace(section, enabled=value)
    pregnancy = settings.pregnancy
    if answers.due_date is not None:
        pregnancy = Pregnancy(due_date=answers.due_date)
    return dataclasses.replace(
        settings,
        bedtime=answers.bedtime,
        wake_time=answers.wake_time,
        pregnancy=pregnancy,
        reminders=dataclasses.replace(settings.reminders, **changes),  # type: ignore[arg-type]
    )
