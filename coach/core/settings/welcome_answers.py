"""What the first-run welcome asks, turned into settings (pure, so it is tested directly).

The welcome asks for a due date (optional), bedtime and wake time, and which
reminders to turn on (every kind of coach.core.settings.kinds), and whether to start
at login. A kind that starts by
itself at a week of pregnancy (left side, week 28) is preset on when the due
date puts the person there, and with a due date it is left on "auto"; left unticked
before its week, it stays "auto" and still starts at its week. Start at login is
no setting: its one owner is the system's startup entry, which the welcome sets itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from coach.core.settings.kinds import KINDS, Kind, ReminderKind
from coach.core.settings.pregnancy import Pregnancy, week_on
from coach.core.settings.schema import Settings


@dataclass(frozen=True)
class WelcomeAnswers:
    due_date: dt.date | None
    bedtime: dt.time
    wake_time: dt.time
    reminders: frozenset[ReminderKind]
    start_at_login: bool | None = None
    """None: not asked (the system has no start at login, or the person turned it off in
    the system's startup settings)."""


def week_from_due(due_date: dt.date | None, today: dt.date) -> int | None:
    return None if due_date is None else week_on(Pregnancy(due_date=due_date), today)


def auto_reached(kind: Kind, due_date: dt.date | None, today: dt.date) -> bool:
    """Whether the week the kind starts at by itself ("auto") has come."""
    week = week_from_due(due_date, today)
    return kind.auto_from_week is not None and week is not None and week >= kind.auto_from_week


def preset_reminders(
    settings: Settings, due_date: dt.date | None, today: dt.date
) -> set[ReminderKind]:
    """Which boxes start ticked: what is on now, a kind on "auto" decided by the week."""
    chosen: set[ReminderKind] = set()
    for kind in KINDS:
        enabled = getattr(settings.reminders, kind.attr).enabled
        if (
            enabled is True
            or enabled == "on"
            or (enabled == "auto" and auto_reached(kind, due_date, today))
        ):
            chosen.add(kind.key)
    return chosen


def apply_answers(settings: Settings, answers: WelcomeAnswers, today: dt.date) -> Settings:
    """The settings with the answers in; a ticked kind that can be "auto" stays "auto"
    when a due date says when to start, so it starts by itself at its week. A kind on
    "auto" whose box was left as it was shown, unticked because its week has not come
    (or no due date says when it comes), stays "auto" too: unticking it means "off" only
    where the box was shown ticked."""
    changes: dict[str, object] = {}
    for kind in KINDS:
        section = getattr(settings.reminders, kind.attr)
        wanted = kind.key in answers.reminders
        value: object = wanted
        if isinstance(section.enabled, str):  # a switch: "on", "off" or "auto"
            auto = answers.due_date is not None and kind.auto_from_week is not None
            waiting = section.enabled == "auto" and not auto_reached(kind, answers.due_date, today)
            value = ("auto" if auto else "on") if wanted else ("auto" if waiting else "off")
        changes[kind.attr] = dataclasses.replace(section, enabled=value)
    pregnancy = settings.pregnancy
    if answers.due_date is not None:
        pregnancy = Pregnancy(due_date=answers.due_date)
    return dataclasses.replace(
        settings,
        bedtime=answers.bedtime,
        wake_time=answers.wake_time,
        pregnancy=pregnancy,
        reminders=dataclasses.replace(settings.reminders, **changes),
    )
