"""Each history chart in words, for a screen reader: the counts the chart draws.

A chart is a picture; a person who cannot see it gets the same figures as a
sentence (the chart view's accessible description). The counts come from the
same figures the charts are drawn from, so words and bars never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.core.history.records import Outcome
from coach.core.i18n import translate
from coach.core.insights.entry_rows import outcome_name
from coach.core.insights.figures import (
    Adherence,
    Night,
    WaterDay,
    cramps_text,
    days_text,
    nights_text,
    water_goal_days,
)
from coach.core.settings.kinds import kind_text


def cramp_chart_words(nights: Sequence[Night]) -> str:
    """Nights with cramps, cramps, severe ones, routine nights and warning-sign nights."""
    bands = [night.by_band() for night in nights]
    counts = translate(
        "insights",
        "{title}, {nights}: {with_cramps}, {cramps}, {severe}; {routine}; {signed}.",
    )
    return counts.format(
        title=translate("charts", "Cramps per night"),
        nights=nights_text(len(nights)),
        with_cramps=translate(
            "insights", "%n night(s) with cramps", None, sum(1 for n in nights if n.cramps)
        ),
        cramps=cramps_text(sum(len(n.cramps) for n in nights)),
        severe=translate("insights", "%n severe", None, sum(b["severe"] for b in bands)),
        routine=translate(
            "insights",
            "bedtime routine done on %n night(s)",
            None,
            sum(1 for n in nights if n.routine_done),
        ),
        signed=translate(
            "insights", "a warning sign on %n night(s)", None, sum(1 for n in nights if n.flagged)
        ),
    )


def water_chart_words(days: Sequence[WaterDay]) -> str:
    """How often the goal was reached, and the most drunk in a day."""
    title = translate("charts", "Water per day")
    reached = water_goal_days(days)
    logged = [d for d in days if d.logged]
    if not logged:
        return translate("insights", "{title}, {days}: {reached}.").format(
            title=title, days=days_text(len(days)), reached=reached
        )
    text = translate(
        "insights",
        "{title}, {days}: goal of {goal} ml reached on {reached}; most in a day {most} ml.",
    )
    return text.format(
        title=title,
        days=days_text(len(days)),
        goal=logged[0].goal_ml,
        reached=reached,
        most=max(d.ml for d in logged),
    )


def reminder_chart_words(adherence: Sequence[Adherence]) -> str:
    """For each kind of reminder, how many ended each way (the outcomes it had)."""
    title = translate("charts", "Reminders and what became of them")
    if not adherence:
        return translate("insights", "{title}: none yet.").format(title=title)
    said = translate("insights", "{count} {outcome}")
    kinds = []
    for each in adherence:
        outcomes = ", ".join(
            said.format(count=each.counts[outcome], outcome=outcome_name(outcome))
            for outcome in Outcome
            if each.counts[outcome]
        )
        kinds.append(f"{kind_title(each.kind)}: {outcomes or translate('insights', 'none')}")
    return translate("insights", "{title}: {kinds}.").format(title=title, kinds="; ".join(kinds))


def kind_title(kind: str) -> str:
    """A reminder kind's title, as the reminder chart labels its bar."""
    try:
        return kind_text(kind).title
    except ValueError:  # a kind no longer known: its stored name
        return kind
