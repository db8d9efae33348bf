"""The report for a care provider, as HTML: what it says, apart from how it is printed.

One or two pages: the period and pregnancy week, a few plain summary lines,
entries with warning signs set apart at the top, the cramp chart, the most
recent cramps in a table (flagged rows highlighted), how the reminders and the
water goal went, and the not-medical-advice line. The Qt layer prints it to PDF
and supplies the chart image named CRAMP_CHART.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from coach.core.advice import NOT_MEDICAL_ADVICE
from coach.core.history import CrampRecord, Outcome
from coach.core.insights import Insights, summary_lines
from coach.core.logbook import SIGNS, WARNING_SIGNS
from coach.core.pregnancy import trimester, week_on
from coach.core.reminders import KIND_TEXT
from coach.core.settings import Settings

CRAMP_CHART = "chart:cramps"
TABLE_ROWS = 25
"""Cramp rows that keep the report within two pages; the CSV export holds them all."""
FLAG_COLOUR = "#fde2e2"
CHART_WIDTH = 520
"""The chart's width in the document's units: the text width of an A4 page."""


@dataclass(frozen=True)
class ReportFacts:
    """What the report says beyond the insights."""

    made: dt.datetime
    week: int | None
    kind_labels: dict[str, str]


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _cramp_cells(cramp: CrampRecord) -> list[str]:
    return [
        f"{cramp.at.day}\u00a0{cramp.at:%b}\u00a0{cramp.at:%H:%M}",
        cramp.leg,
        cramp.place,
        f"{cramp.severity}/10",
        "" if cramp.minutes is None else f"{cramp.minutes:g} min",
        ", ".join(cramp.helped),
        ", ".join(SIGNS[s].split(" ")[0] for s in cramp.signs),
        cramp.note,
    ]


def _table(header: list[str], rows: list[tuple[list[str], bool]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in header)
    body = []
    for cells, flagged in rows:
        style = f" style='background-color:{FLAG_COLOUR}; font-weight:bold'" if flagged else ""
        body.append(
            f"<tr{style}>"
            + "".join(f"<td nowrap>{escape(c)}</td>" for c in cells[:1])
            + "".join(f"<td>{escape(c)}</td>" for c in cells[1:])
            + "</tr>"
        )
    return (
        "<table width='100%' cellspacing='0' cellpadding='2'>"
        f"<thead><tr style='background-color:#e4e4e4'>{head}</tr></thead>{''.join(body)}</table>"
    )


def report_html(figures: Insights, facts: ReportFacts) -> str:
    period = figures.period
    days = len(period.days)
    week = (
        f"week {facts.week} (trimester {trimester(facts.week)})"
        if facts.week is not None
        else "not set"
    )
    parts = [
        "<h2>Leg cramps in pregnancy: a record kept with Calf Coach</h2>",
        f"<p><b>Period:</b> {_date(period.first)} to {_date(period.last)} ({days} days). "
        f"<b>Pregnancy week at the end:</b> {week}. "
        f"<b>Made:</b> {_date(facts.made.date())} {facts.made:%H:%M}.</p>",
        "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in summary_lines(figures)) + "</ul>",
    ]
    flagged = figures.flagged
    if flagged:
        listed = "".join(
            f"<li>{escape(_cramp_cells(c)[0])}: {escape(c.leg)} {escape(c.place)}, "
            f"{c.severity}/10; signs: {escape(', '.join(SIGNS[s] for s in c.signs))}</li>"
            for c in flagged
        )
        parts.append(
            f"<table width='100%' cellpadding='6' style='background-color:{FLAG_COLOUR}'>"
            f"<tr><td><b>Entries logged with warning signs ({len(flagged)})</b>"
            f"<ul>{listed}</ul>{escape(WARNING_SIGNS)}</td></tr></table>"
        )
    parts.append(f"<p><img src='{CRAMP_CHART}' width='{CHART_WIDTH}'></p>")
    cramps = figures.cramps
    shown = cramps[-TABLE_ROWS:]
    parts.append(
        f"<h3>Cramps ({len(cramps)})</h3>"
        + (
            _table(
                ["When", "Leg", "Where", "How bad", "How long", "What helped", "Signs", "Note"],
                [(_cramp_cells(c), bool(c.signs)) for c in reversed(shown)],
            )
            if cramps
            else "<p>No cramps were logged in this period.</p>"
        )
    )
    if len(cramps) > len(shown):
        parts.append(
            f"<p>The {len(shown)} most recent are listed; all {len(cramps)} are in the CSV "
            "export (<i>calf-coach export --csv</i>).</p>"
        )
    parts.append("<h3>Reminders and routine</h3>")
    if figures.adherence:
        rows = [
            (
                [
                    facts.kind_labels.get(a.kind, a.kind),
                    *(str(a.counts[o]) for o in Outcome),
                    "" if a.done_share is None else f"{a.done_share:.0%}",
                ],
                False,
            )
            for a in figures.adherence
        ]
        parts.append(
            _table(["Reminder", *(o.value.capitalize() for o in Outcome), "Done share"], rows)
        )
    else:
        parts.append("<p>No reminders were recorded in this period.</p>")
    streak = figures.routine_streak
    parts.append(
        f"<p>Bedtime routine: done on {figures.comparison.nights_with} of {days} nights "
        f"(longest run {streak.longest} nights). Water goal reached on "
        f"{figures.water_days_met} of {days} days.</p>"
    )
    parts.append(f"<p><i>{escape(NOT_MEDICAL_ADVICE)}</i></p>")
    return "\n".join(parts)


def report_facts(settings: Settings, now: dt.datetime) -> ReportFacts:
    return ReportFacts(
        now,
        week_on(settings.pregnancy, now.date()),
        {kind.value: text.label for kind, text in KIND_TEXT.items()},
    )
