"""The reminder plan: which reminders come when, as a pure function of time.

Each kind has a few wall-clock times a day ("slots"), derived from the
settings. Each slot is an APScheduler trigger (DailyTrigger, see triggers.py
for why not CronTrigger) in the local zone; the plan merges them in time
order. Quiet hours remove slots and a pause removes occurrences.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from coach.core.i18n import short_weekday, translate
from coach.core.instants import UTC, utc
from coach.core.plan.triggers import DailyTrigger
from coach.core.settings import pregnancy
from coach.core.settings.kinds import (
    IntervalReminder,
    KindSection,
    KindText,
    LegsUpReminder,
    ReminderKind,
    all_kinds,
    kind_of,
    kind_text,
)
from coach.core.settings.option_types import Problem
from coach.core.settings.schema import Settings

MINUTES_PER_DAY = 24 * 60
QUIET_START_AFTER_BEDTIME = dt.timedelta(minutes=30)


def kind_settings(settings: Settings, kind: str) -> KindSection:
    section: KindSection = getattr(settings.reminders, kind_of(kind).attr)
    return section


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _clock(minutes: int) -> dt.time:
    minutes %= MINUTES_PER_DAY
    return dt.time(minutes // 60, minutes % 60)


def daily_slots(settings: Settings, kind: ReminderKind) -> tuple[dt.time, ...]:
    """The kind's wall-clock times in a day, whether or not quiet hours allow them."""
    section = kind_settings(settings, kind)
    if isinstance(section, LegsUpReminder):
        return section.times
    if isinstance(section, IntervalReminder):
        wake = _minutes(settings.wake_time)
        awake = (_minutes(settings.bedtime) - wake) % MINUTES_PER_DAY or MINUTES_PER_DAY
        last = awake - section.stop_before_bedtime_minutes
        offsets = range(section.start_after_wake_minutes, last + 1, section.every_minutes)
        return tuple(_clock(wake + offset) for offset in offsets)
    return (_clock(_minutes(settings.bedtime) - section.minutes_before_bedtime),)


def quiet_hours(settings: Settings) -> tuple[dt.time, dt.time] | None:
    """(start, end) of the quiet hours, or None when they are off or empty."""
    quiet = settings.quiet_hours
    if not quiet.enabled:
        return None
    start = quiet.start or _clock(_minutes(settings.bedtime) + 30)
    end = quiet.end or settings.wake_time
    return None if start == end else (start, end)


def is_quiet(settings: Settings, t: dt.time) -> bool:
    window = quiet_hours(settings)
    if window is None:
        return False
    start, end = window
    return start <= t < end if start < end else (t >= start or t < end)


def active_from(settings: Settings, kind: ReminderKind) -> dt.date | None:
    """The first day the kind is in the plan (date.min: always), or None: never.

    A flag is on or off; a switch may also be "auto": on from the kind's week of
    pregnancy, once a due date or week tells when that is."""
    enabled = kind_settings(settings, kind).enabled
    week = kind_of(kind).auto_from_week
    if enabled == "auto" and week is not None:
        return pregnancy.first_day_of_week(settings.pregnancy, week)
    return dt.date.min if enabled is True or enabled == "on" else None


@dataclass(frozen=True)
class Reminder:
    """One due reminder: its kind, when (aware, local), and the slot it belongs to.

    `slot` is the wall-clock time the person set; it differs from `at` only
    when a spring-forward DST change skipped that time of day.
    """

    kind: ReminderKind
    at: dt.datetime
    slot: dt.time

    @property
    def text(self) -> KindText:
        return kind_text(self.kind)

    def to_json(self) -> dict[str, Any]:
        """Its kind's id and English texts (for the command line, in any app language)."""
        english = kind_of(self.kind).text
        return {
            "kind": self.kind,
            "at": self.at.isoformat(timespec="seconds"),
            "title": english.title,
            "why": english.why,
            "action": english.action,
        }


def plan(
    settings: Settings, now: dt.datetime, *, paused_until: dt.datetime | None = None
) -> Iterator[Reminder]:
    """Every reminder from `now` on, in time order (an endless iterator)."""
    tz = now.tzinfo
    if tz is None:
        raise ValueError("now must be an aware datetime (with its time zone)")
    start = now
    if paused_until is not None and utc(paused_until) > utc(now):
        start = paused_until.astimezone(tz)
    queue: list[tuple[dt.datetime, int, ReminderKind, dt.time, DailyTrigger]] = []
    order = 0
    for kind in all_kinds():
        first_day = active_from(settings, kind)
        if first_day is None:
            continue
        kind_start = start
        if first_day > start.date():
            kind_start = dt.datetime.combine(first_day, dt.time(0), tzinfo=tz)
        for slot in daily_slots(settings, kind):
            if is_quiet(settings, slot):
                continue
            trigger = DailyTrigger(slot, tz)
            first = trigger.get_next_fire_time(None, kind_start)
            queue.append((first.astimezone(UTC), order, kind, slot, trigger))
            order += 1
    heapq.heapify(queue)
    # Two slots of a kind can land on one instant: 02:00 moves to 03:00 on the night
    # the clocks go forward, where a 03:00 slot already is. Such a reminder comes once.
    last: dict[ReminderKind, dt.datetime] = {}
    while queue:
        at_utc, order, kind, slot, trigger = queue[0]
        following = trigger.get_next_fire_time(at_utc, at_utc)
        heapq.heapreplace(queue, (following.astimezone(UTC), order, kind, slot, trigger))
        if last.get(kind) == at_utc:
            continue
        last[kind] = at_utc
        yield Reminder(kind, at_utc.astimezone(tz), slot)


def next_wake(settings: Settings, now: dt.datetime) -> dt.datetime:
    """The next wake time strictly after `now`: where "until tomorrow morning" ends."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime (with its time zone)")
    return DailyTrigger(settings.wake_time, now.tzinfo).get_next_fire_time(now, now)


def upcoming(
    settings: Settings, now: dt.datetime, count: int, *, paused_until: dt.datetime | None = None
) -> list[Reminder]:
    """The next `count` reminders due at or after `now`, honouring quiet hours and a pause."""
    return list(islice(plan(settings, now, paused_until=paused_until), count))


def in_effect(settings: Settings, today: dt.date) -> dict[str, tuple[str, object]]:
    """What a setting left to work itself out comes to, said under its field, with the
    value: the week a due date gives today, the quiet hours when they follow the day."""
    lines: dict[str, tuple[str, object]] = {}
    week = pregnancy.week_on(settings.pregnancy, today)
    if settings.pregnancy.due_date is not None and week is not None:
        text = translate("settings", "From your due date: week {week} today.")
        lines["pregnancy.week"] = (text.format(week=week), week)
    window = quiet_hours(settings)
    if window is not None:
        now = translate("settings", "So now: {time}.")  # the help line says the rule
        for key, unset, time in (
            ("quiet_hours.start", settings.quiet_hours.start is None, window[0]),
            ("quiet_hours.end", settings.quiet_hours.end is None, window[1]),
        ):
            if unset:
                lines[key] = (now.format(time=f"{time:%H:%M}"), time)
    return lines


def plan_problems(settings: Settings) -> list[Problem]:
    """Reminders that are on but can never come (errors: such a plan is not saved), and
    times that quiet hours hide (warnings). Each is said beside the kind's own switch."""
    problems = []
    window = quiet_hours(settings)
    for kind in all_kinds():
        if active_from(settings, kind) is None:
            continue
        key = f"reminders.{kind}.enabled"
        slots = daily_slots(settings, kind)
        hidden = [slot for slot in slots if is_quiet(settings, slot)]
        if not slots:
            text = translate(
                "reminders",
                "it never comes: there is no time for it between waking ({wake}) and bedtime "
                "({bed}). Change the day, or turn this reminder off.",
            )
            day = {"wake": f"{settings.wake_time:%H:%M}", "bed": f"{settings.bedtime:%H:%M}"}
            problems.append(Problem(key, text.format(**day)))
        elif hidden and window is not None:
            times = ", ".join(f"{t:%H:%M}" for t in hidden)
            quiet = f"{window[0]:%H:%M}-{window[1]:%H:%M}"
            if len(hidden) == len(slots):
                text = translate(
                    "reminders",
                    "it never comes: {times} falls in quiet hours ({quiet}). Change the quiet "
                    "hours, or turn this reminder off.",
                )
                problems.append(Problem(key, text.format(times=times, quiet=quiet)))
            else:
                text = translate(
                    "reminders", "{times} falls in quiet hours ({quiet}) and is not shown"
                )
                problems.append(Problem(key, text.format(times=times, quiet=quiet), "warning"))
    return problems


def describe_next(
    reminder: Reminder | None, now: dt.datetime, paused_until: dt.datetime | None
) -> str:
    """One line for the tray tooltip, the menu and the home window, in the card's words:
    "A glass of water at 14:00, in 25 min"."""
    if reminder is None:
        return translate("reminders", "No reminders planned")
    when = reminder.at.astimezone(now.tzinfo)
    days = (when.date() - now.date()).days
    left = max(0, round((utc(when) - utc(now)).total_seconds() / 60))
    hours, minutes = divmod(left, 60)
    if hours:
        wait = translate("reminders", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    else:
        wait = translate("reminders", "{minutes} min").format(minutes=minutes)
    if days == 0:
        line = translate("reminders", "{label} at {time}, in {wait}")
    elif days == 1:
        line = translate("reminders", "{label} tomorrow at {time}, in {wait}")
    else:
        line = translate("reminders", "{label} {day} at {time}, in {wait}")
    text = line.format(
        label=reminder.text.title, day=short_weekday(when), time=f"{when:%H:%M}", wait=wait
    )
    if paused_until is not None:
        until = f"{paused_until.astimezone(now.tzinfo):%H:%M}"
        text = translate("reminders", "Paused until {time}. Next: {next}").format(
            time=until, next=text
        )
    return text
