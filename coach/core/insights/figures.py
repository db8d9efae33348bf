"""Figures for the history window, the week at a glance and the report.

Pure functions of history records and a period of local dates. Counts and
comparisons only: nothing here claims that one thing caused another.

A *night* is named after its evening: night D runs from noon on D to noon on
D + 1, so a cramp at 03:10 on the 5th, and a bedtime routine done at 00:20,
both belong to the night of the 4th.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.core.advice import tell_provider
from coach.core.history.entry_checks import SEVERE_FROM, is_severe
from coach.core.history.records import (
    CrampRecord,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import History
from coach.core.i18n import QT_TRANSLATE_NOOP, decimal, translate

NIGHT_TURNS = dt.timedelta(hours=12)
BEDTIME_ROUTINE = "bedtime"
BANDS: tuple[tuple[str, range], ...] = (
    ("mild", range(1, 4)),
    ("moderate", range(4, SEVERE_FROM)),
    ("severe", range(SEVERE_FROM, 11)),
)
"""Severity bands: 1-3, 4-7, 8-10. Severe starts where a cramp is worth telling the
midwife or doctor about (SEVERE_FROM): the chart painted 7/10 red as "Severe" while the
advice and the report counted severe from 8."""
BAND_NAMES = {
    "mild": QT_TRANSLATE_NOOP("insights", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("insights", "Moderate"),
    "severe": QT_TRANSLATE_NOOP("insights", "Severe"),
}


RECENT_NIGHTS = 7
FREQUENT_NIGHTS = 3
"""Cramps on this many of the last RECENT_NIGHTS nights count as frequent."""


def night_of(moment: dt.datetime) -> dt.date:
    """The evening date of the night `moment` (local wall time) belongs to."""
    return (moment.replace(tzinfo=None) - NIGHT_TURNS).date()


def night_rule() -> str:
    """What a "night" counts, said where nights are counted (a cramp at 13:04 read as a
    night of its own otherwise)."""
    return translate(
        "insights",
        "A night here runs from noon to noon, so a cramp in the afternoon counts toward "
        "the night that follows it.",
    )


def band(severity: int) -> str:
    return next(name for name, values in BANDS if severity in values)


@dataclass(frozen=True)
class Period:
    """Local dates `first` to `last`, both included."""

    first: dt.date
    last: dt.date

    @classmethod
    def ending(cls, last: dt.date, days: int) -> Period:
        return cls(last - dt.timedelta(days=days - 1), last)

    def since_first_entry(self, first_entry: dt.date | None) -> Period:
        """The period, never reaching back before the night of the log's first entry (of
        any kind): nights and days before it are not "nights without the routine" or
        "0 ml"."""
        if first_entry is None:
            return Period(self.last, self.last)
        return Period(min(max(self.first, first_entry), self.last), self.last)

    @classmethod
    def of_log(
        cls, today: dt.date, days: int | None, first_entry: dt.datetime | None, tz: dt.tzinfo
    ) -> Period:
        """The last `days` days up to `today` (None: the whole log), from the night of the
        log's first entry at the earliest (the window, the report and the CLI agree)."""
        start = night_of(first_entry.astimezone(tz)) if first_entry else None
        if days is None:
            days = (today - start).days + 1 if start else 1
        return cls.ending(today, days).since_first_entry(start)

    @property
    def days(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def bounds(self, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """The instants to read: from the first midnight to the noon that ends the last night."""
        since = dt.datetime.combine(self.first, dt.time(), tz)
        until = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(12), tz)
        return since, until


@dataclass(frozen=True)
class Records:
    """Everything logged in a period, as read from the history."""

    reminders: Sequence[ReminderRecord]
    sessions: Sequence[SessionRecord]
    cramps: Sequence[CrampRecord]
    water: Sequence[WaterRecord]

    @classmethod
    def read(cls, history: History, period: Period, tz: dt.tzinfo) -> Records:
        since, until = period.bounds(tz)
        return cls(
            history.reminders(since, until),
            history.sessions(since, until),
            history.cramps(since, until),
            history.water(since, until),
        )


@dataclass(frozen=True)
class Night:
    night: dt.date
    cramps: tuple[CrampRecord, ...]
    routine_done: bool

    @property
    def worst(self) -> int | None:
        return max((c.severity for c in self.cramps), default=None)

    @property
    def flagged(self) -> bool:
        return any(c.signs for c in self.cramps)

    def by_band(self) -> dict[str, int]:
        counts = Counter(band(c.severity) for c in self.cramps)
        return {name: counts[name] for name, _ in BANDS}


@dataclass(frozen=True)
class WaterDay:
    day: dt.date
    ml: int
    goal_ml: int
    logged: bool = True
    """Whether any water was logged that day: a day with none is "not logged", not 0 ml."""

    @property
    def met(self) -> bool:
        return self.logged and self.ml >= self.goal_ml


@dataclass(frozen=True)
class Adherence:
    """What became of one kind's reminders."""

    kind: str
    counts: dict[Outcome, int]

    @property
    def answered(self) -> int:
        """Every final answer; a snooze is not one (the reminder comes back)."""
        return sum(n for outcome, n in self.counts.items() if outcome is not Outcome.SNOOZED)

    @property
    def done_share(self) -> float | None:
        return self.counts[Outcome.DONE] / self.answered if self.answered else None


@dataclass(frozen=True)
class Comparison:
    """Nights with the bedtime routine against nights without it, and their cramps."""

    nights_with: int
    cramps_with: int
    nights_without: int
    cramps_without: int

    @staticmethod
    def _rate(cramps: int, nights: int) -> float | None:
        return cramps / nights if nights else None

    @property
    def rate_with(self) -> float | None:
        return self._rate(self.cramps_with, self.nights_with)

    @property
    def rate_without(self) -> float | None:
        return self._rate(self.cramps_without, self.nights_without)


@dataclass(frozen=True)
class Streak:
    current: int
    longest: int


def nights(
    period: Period, cramps: Iterable[CrampRecord], sessions: Iterable[SessionRecord]
) -> list[Night]:
    """One Night per date of the period, with its cramps and whether the routine was done."""
    by_night: dict[dt.date, list[CrampRecord]] = {}
    for cramp in cramps:
        by_night.setdefault(night_of(cramp.at), []).append(cramp)
    done = {night_of(s.started) for s in sessions if s.routine == BEDTIME_ROUTINE and s.finished}
    return [Night(day, tuple(by_night.get(day, ())), day in done) for day in period.days]


def water_days(period: Period, water: Iterable[WaterRecord], goal_ml: int) -> list[WaterDay]:
    totals: Counter[dt.date] = Counter()
    for record in water:
        totals[record.at.date()] += record.ml
    return [WaterDay(day, totals[day], goal_ml, day in totals) for day in period.days]


def adherence(period: Period, reminders: Iterable[ReminderRecord]) -> list[Adherence]:
    """Per kind (in order of first appearance), the outcomes of reminders due in the period."""
    counts: dict[str, Counter[Outcome]] = {}
    for reminder in reminders:
        if period.first <= reminder.due.date() <= period.last:
            counts.setdefault(reminder.kind, Counter())[reminder.outcome] += 1
    return [
        Adherence(kind, {outcome: tally[outcome] for outcome in Outcome})
        for kind, tally in counts.items()
    ]


def compare(all_nights: Iterable[Night]) -> Comparison:
    tally = Counter[str]()
    for night in all_nights:
        side = "with" if night.routine_done else "without"
        tally[f"nights_{side}"] += 1
        tally[f"cramps_{side}"] += len(night.cramps)
    return Comparison(
        tally["nights_with"], tally["cramps_with"], tally["nights_without"], tally["cramps_without"]
    )


def streak(flags: Sequence[bool], *, today_counts: bool) -> Streak:
    """Runs of True in day order. The current run ends at the last day, or at the one
    before when the last day is still open (`today_counts` False and not yet True)."""
    longest = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    tail = list(flags)
    if tail and not tail[-1] and not today_counts:
        tail.pop()
    current = 0
    for flag in reversed(tail):
        if not flag:
            break
        current += 1
    return Streak(current, longest)


@dataclass(frozen=True)
class Insights:
    period: Period
    nights: list[Night]
    water: list[WaterDay]
    adherence: list[Adherence]
    comparison: Comparison
    routine_streak: Streak
    water_streak: Streak

    @property
    def cramps(self) -> list[CrampRecord]:
        return [c for night in self.nights for c in night.cramps]

    @property
    def flagged(self) -> list[CrampRecord]:
        return [c for c in self.cramps if c.signs]

    @property
    def nights_with_cramps(self) -> int:
        return sum(1 for night in self.nights if night.cramps)

    @property
    def concern(self) -> Concern | None:
        return concern(self.nights)


def insights(period: Period, records: Records, goal_ml: int) -> Insights:
    """All figures for a period; the last day is taken as today, still under way."""
    all_nights = nights(period, records.cramps, records.sessions)
    days = water_days(period, records.water, goal_ml)
    return Insights(
        period,
        all_nights,
        days,
        adherence(period, records.reminders),
        compare(all_nights),
        streak([n.routine_done for n in all_nights], today_counts=False),
        streak([d.met for d in days], today_counts=False),
    )


@dataclass(frozen=True)
class Concern:
    """Why the recent nights are worth telling a care provider about, as counted."""

    nights_with_cramps: int
    nights: int
    severe: int

    @property
    def frequent(self) -> bool:
        return self.nights_with_cramps >= FREQUENT_NIGHTS

    def text(self) -> str:
        """What was counted, then the plain advice to tell the provider."""
        counted = translate(
            "insights", "Cramps on {count} of the last %n night(s)", None, self.nights
        ).format(count=self.nights_with_cramps)
        if self.severe:
            severe = translate(
                "insights", "%n severe cramp(s) ({worst}/10 or worse)", None, self.severe
            )
            counted += "; " + severe.format(worst=SEVERE_FROM)
        return f"{counted}. {tell_provider()}"


def concern(all_nights: Sequence[Night]) -> Concern | None:
    """A Concern when cramps came on FREQUENT_NIGHTS of the last RECENT_NIGHTS nights, or
    one was severe; None otherwise. The nights are in date order, the last one most recent."""
    recent = all_nights[-RECENT_NIGHTS:]
    found = Concern(
        sum(1 for night in recent if night.cramps),
        len(recent),
        sum(1 for night in recent for cramp in night.cramps if is_severe(cramp.severity)),
    )
    return found if found.frequent or found.severe else None


def summary_lines(figures: Insights) -> list[str]:
    """The period in a few plain sentences: counts and comparisons, no causes."""
    days = len(figures.nights)
    cramps = figures.cramps
    line = translate("insights", "{cramps} logged on {nights} {of_days}").format(
        cramps=cramps_text(len(cramps)),
        nights=figures.nights_with_cramps,
        of_days=of_nights(days),
    )
    if cramps:
        worst = translate("insights", ", worst {severity}/10")
        line += worst.format(severity=max(c.severity for c in cramps))
    lines = [line + "."]
    c = figures.comparison
    if c.nights_with and c.nights_without:
        text = translate(
            "insights",
            "Nights after the bedtime routine: {nights_with}, with {cramps_with} "
            "({rate_with} a night). Nights without it: {nights_without}, with "
            "{cramps_without} ({rate_without} a night). These are counts, not proof of cause.",
        )
        lines.append(
            text.format(
                nights_with=c.nights_with,
                cramps_with=cramps_text(c.cramps_with),
                rate_with=decimal(c.cramps_with / c.nights_with, 2),
                nights_without=c.nights_without,
                cramps_without=cramps_text(c.cramps_without),
                rate_without=decimal(c.cramps_without / c.nights_without, 2),
            )
        )
    else:
        text = translate("insights", "Bedtime routine done on {nights} {of_days}.")
        lines.append(text.format(nights=c.nights_with, of_days=of_nights(days)))
    logged = [d for d in figures.water if d.logged]
    if logged:
        average = sum(d.ml for d in logged) / len(logged)
        text = translate(
            "insights",
            "Water goal ({goal} ml) reached on {days}; {average} ml a day on average on those "
            "days.",
        )
        lines.append(
            text.format(
                goal=logged[0].goal_ml,
                days=water_goal_days(figures.water),
                average=f"{average:.0f}",
            )
        )
    elif figures.water:
        lines.append(translate("insights", "No water was logged in this period."))
    if figures.flagged:
        text = translate("insights", "{cramps} logged with a warning sign.")
        lines.append(text.format(cramps=cramps_text(len(figures.flagged))))
    return lines


def cramps_text(count: int) -> str:
    """A count of cramps ("1 cramp", "5 cramps"): Russian has three plural forms."""
    return translate("insights", "%n cramp(s)", None, count)


def nights_text(count: int) -> str:
    """A count of nights ("1 night", "5 nights")."""
    return translate("insights", "%n night(s)", None, count)


def water_goal_days(days: Sequence[WaterDay]) -> str:
    """How often the goal was reached, out of the days with water logged ("2 of 3 days with
    water logged"): a day with nothing logged is not a day the goal was missed."""
    logged = [d for d in days if d.logged]
    if not logged:
        return translate("insights", "no water logged")
    return translate("insights", "{met} {of_days} with water logged").format(
        met=sum(d.met for d in logged), of_days=of_days(len(logged))
    )


def days_text(count: int) -> str:
    """A count of days ("1 day", "5 days")."""
    return translate("insights", "%n day(s)", None, count)


def of_nights(count: int) -> str:
    """The "of 7 nights" that follows a count of those nights."""
    return translate("insights", "of %n night(s)", None, count)


def of_days(count: int) -> str:
    """The "of 7 days" that follows a count of those days."""
    return translate("insights", "of %n day(s)", None, count)


def round_ticks(top: float, most_ticks: int = 6) -> tuple[int, int]:
    """(step, end) of an axis from 0 that reaches `top` in round steps (1, 2, 5, 10, 20,
    50...), at most `most_ticks` of them: "0 20 40 60", never "0 23 46 69"."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            if math.ceil(top / candidate) <= most_ticks:
                return candidate, max(1, math.ceil(top / candidate)) * candidate
        step *= 10
