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

from coach import APP_NAME
from coach.core.advice import not_medical_advice
from coach.core.history.entry_checks import sign_label, warning_signs, where
from coach.core.history.records import CrampRecord, Outcome
from coach.core.i18n import QT_TRANSLATE_NOOP, day_month, decimal, translate
from coach.core.insights.entry_rows import outcome_key, outcome_name
from coach.core.insights.figures import (
    Insights,
    days_text,
    night_rule,
    nights_text,
    of_nights,
    summary_lines,
)
from coach.core.settings.kinds import all_kinds, kind_text
from coach.core.settings.pregnancy import trimester, week_on
from coach.core.settings.schema import Settings

CRAMP_CHART = "chart:cramps"
EMPTY = "\u2013"
"""What a cell says when there is nothing to say: never an empty cell."""
CRAMP_COLUMNS = (
    QT_TRANSLATE_NOOP("report", "When"),
    QT_TRANSLATE_NOOP("report", "Where"),
    QT_TRANSLATE_NOOP("report", "How bad"),
    QT_TRANSLATE_NOOP("report", "How long"),
    QT_TRANSLATE_NOOP("report", "What helped"),
    QT_TRANSLATE_NOOP("report", "Signs"),
)
CRAMP_WIDTHS = (15, 19, 10, 13, 20, 23)
"""Percent of the page per column: "right leg, calf" and "Длительность" on one line."""
"""Six columns, so each is wide enough for its longest word on A4 (eight split words
mid-way in Russian); the leg and the place share one column, and the note has a row of
its own under its entry."""
TABLE_ROWS = 25
"""Cramp rows that keep the report within two pages; the CSV export holds them all."""
FLAG_COLOUR = "#fde2e2"
CHART_WIDTH = 680
"""The chart's width in the document's units: the text width of an A4 page at 96 dpi."""


@dataclass(frozen=True)
class ReportFacts:
    """What the report says beyond the insights."""

    made: dt.datetime
    week: int | None
    kind_labels: dict[str, str]


def _date(day: dt.date) -> str:
    return f"{day_month(day)} {day:%Y}"


@dataclass(frozen=True)
class Row:
    """A table row; a note is printed under it across the columns after the first."""

    cells: list[str]
    flagged: bool = False
    note: str = ""


def _when(cramp: CrampRecord) -> str:
    return f"{day_month(cramp.at)}\u00a0{cramp.at:%H:%M}"  # one unbreakable date and time


def _cramp_row(cramp: CrampRecord) -> Row:
    minutes = ""
    if cramp.minutes is not None:
        minutes = translate("report", "{minutes} min").format(minutes=decimal(cramp.minutes))
    cells = [
        _when(cramp),
        where(cramp.leg, cramp.place),
        f"{cramp.severity}/10",
        minutes,
        ", ".join(cramp.helped),
        ", ".join(sign_label(s) for s in cramp.signs),
    ]
    note = ""
    if cramp.note:
        note = translate("report", "Note: {note}").format(note=cramp.note)
    return Row([cell or EMPTY for cell in cells], bool(cramp.signs), note)


@dataclass
class PageBreaks:
    """Where the printer asked for a new page: before these entries of the report's
    tables (a row with its note; the warning box is one), numbered in document order.
    There the table closes and opens again on the next page, header and all, so no entry
    is printed over two pages."""

    before: frozenset[int] = frozenset()
    counted: int = 0

    def next_entry(self) -> bool:
        """Whether the next entry starts on a new page."""
        here = self.counted in self.before
        self.counted += 1
        return here


KEEP_WHOLE = 8
"""A table of this many rows or fewer is one entry, kept whole on a page."""
WHOLE_MARK = "border-style: solid"
"""How the printer knows a table kept whole: a border style on a border of width 0,
which draws nothing."""


def _table(
    header: list[str],
    rows: list[Row],
    breaks: PageBreaks,
    widths: tuple[int, ...] = (17,),
    title: str = "",
) -> str:
    """A table whose first columns are `widths` % wide (the first, a date and time, room
    enough that the time is never broken across two lines), under its `title` (repeated
    with the header on each page). Each row with its note is an entry `breaks` may start
    on a new page; a short table is one entry."""
    head = "".join(
        f"<th align='left'{f' width={widths[i]}%' if i < len(widths) else ''}>{escape(h)}</th>"
        for i, h in enumerate(header)
    )
    if title:
        head = (
            f"<th colspan='{len(header)}' align='left' style='font-size: 11pt; "
            f"background-color: white'>{escape(title)}</th></tr>"
            f"<tr style='background-color:#e4e4e4'>{head}"
        )
    whole = sum(1 + bool(row.note) for row in rows) <= KEEP_WHOLE

    def opening(page_break: bool) -> str:
        style = "; ".join(
            (["page-break-before: always"] if page_break else []) + ([WHOLE_MARK] if whole else [])
        )
        return (
            f"<table width='100%' cellspacing='0' cellpadding='3' style='{style}'>"
            f"<thead><tr style='background-color:#e4e4e4'>{head}</tr></thead>"
        )

    parts = []
    for index, row in enumerate(rows):
        page_break = breaks.next_entry() if index == 0 or not whole else False
        if index == 0:
            parts.append(opening(page_break))
        elif page_break:
            parts.append("</table>" + opening(page_break))
        style = f" style='background-color:{FLAG_COLOUR}; font-weight:bold'" if row.flagged else ""
        parts.append(
            f"<tr{style}>"
            + "".join(f"<td nowrap>{escape(c)}</td>" for c in row.cells[:1])
            + "".join(f"<td>{escape(c)}</td>" for c in row.cells[1:])
            + "</tr>"
        )
        if row.note:
            parts.append(
                f"<tr{style}><td></td>"
                f"<td colspan='{len(row.cells) - 1}'><i>{escape(row.note)}</i></td></tr>"
            )
    return "".join(parts) + "</table>"


def report_title() -> str:
    """The report's title: on its page and in the PDF's properties."""
    return translate("report", "Leg cramps in pregnancy")


def report_html(
    figures: Insights, facts: ReportFacts, page_breaks: frozenset[int] = frozenset()
) -> str:
    """The report; `page_breaks`: entries to start on a new page (see PageBreaks)."""
    breaks = PageBreaks(page_breaks)
    period = figures.period
    days = len(period.days)
    if facts.week is not None:
        week = translate("report", "week {week} (trimester {trimester})").format(
            week=facts.week, trimester=trimester(facts.week)
        )
    else:
        week = translate("report", "not set")
    head = translate(
        "report",
        "<b>Period:</b> {first} to {last} ({days}). "
        "<b>Pregnancy week at the end:</b> {week}. <b>Made:</b> {made}.",
    )
    # The title and its second line by design: one long title broke at A4 width.
    byline = translate("report", "A record kept with Calf Coach")
    byline = byline.replace(APP_NAME, APP_NAME.replace(" ", "\u00a0"))  # never breaks
    parts = [
        f"<h2>{escape(report_title())}</h2>",
        f"<p><i>{escape(byline)}</i></p>",
        "<p>"
        + head.format(
            first=_date(period.first),
            last=_date(period.last),
            days=days_text(days),
            week=escape(week),
            made=f"{_date(facts.made.date())}\u00a0{facts.made:%H:%M}",  # one unbreakable
        )
        + "</p>",
        "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in summary_lines(figures)) + "</ul>",
    ]
    concern = figures.concern
    if concern is not None:
        parts.append(f"<p><b>{escape(concern.text())}</b></p>")
    flagged = figures.flagged
    if flagged:
        item = translate("report", "{when}: {where}, {severity}/10; signs: {signs}")
        listed = "".join(
            "<li>"
            + escape(
                item.format(
                    when=_when(c),
                    where=where(c.leg, c.place),
                    severity=c.severity,
                    signs=", ".join(sign_label(s) for s in c.signs),
                )
            )
            + "</li>"
            for c in flagged
        )
        title = translate("report", "Entries logged with warning signs ({count})")
        parts.append(
            f"<table width='100%' cellpadding='6' bgcolor='{FLAG_COLOUR}' style='{WHOLE_MARK}"
            f"{'; page-break-before: always' if breaks.next_entry() else ''}'>"
            f"<tr><td><b>{escape(title.format(count=len(flagged)))}</b>"
            f"<ul>{listed}</ul>{escape(warning_signs())}</td></tr></table>"
        )
    parts.append(f"<p><img src='{CRAMP_CHART}' width='{CHART_WIDTH}'></p>")
    parts.append(f"<p><small>{escape(night_rule())}</small></p>")
    cramps = figures.cramps
    shown = cramps[-TABLE_ROWS:]
    header = [translate("report", name) for name in CRAMP_COLUMNS]
    heading = translate("report", "Cramps ({count})").format(count=len(cramps))
    none = translate("report", "No cramps were logged in this period.")
    parts.append(
        f"<h3>{escape(heading)}</h3>"
        + (
            _table(header, [_cramp_row(c) for c in reversed(shown)], breaks, CRAMP_WIDTHS)
            if cramps
            else f"<p>{escape(none)}</p>"
        )
    )
    if len(cramps) > len(shown):
        more = translate(
            "report",
            "The {shown} most recent are listed; all {count} are in the app's history, "
            "and in its CSV export.",
        )
        parts.append(f"<p>{more.format(shown=len(shown), count=len(cramps))}</p>")
    heading = translate("report", "Reminders and routine")
    if figures.adherence:
        rows = [
            Row(
                [
                    facts.kind_labels.get(a.kind, a.kind),
                    *(str(a.counts[o]) for o in Outcome),
                    "" if a.done_share is None else f"{a.done_share:.0%}",
                ]
            )
            for a in figures.adherence
        ]
        outcomes = [outcome_name(o).capitalize() for o in Outcome]
        header = [translate("report", "Reminder"), *outcomes, translate("report", "Done share")]
        # Every column given its share: Qt shrinks a lone percentage to what its words need.
        widths = (28, *([72 // (len(header) - 1)] * (len(header) - 1)))
        parts.append(_table(header, rows, breaks, widths, title=heading))
        parts.append(f"<p><small>{escape(outcome_key())}</small></p>")
    else:
        text = translate("report", "No reminders were recorded in this period.")
        parts.append(f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>")
    text = translate(
        "report",
        "Bedtime routine: done on {done} {of_nights} (longest run {longest}).",
    ).format(
        done=figures.comparison.nights_with,
        of_nights=of_nights(days),
        longest=nights_text(figures.routine_streak.longest),
    )
    parts.append(f"<p>{escape(text)}</p>")
    parts.append(f"<p><i>{escape(not_medical_advice())}</i></p>")
    return "\n".join(parts)


def report_facts(settings: Settings, now: dt.datetime) -> ReportFacts:
    return ReportFacts(
        now,
        week_on(settings.pregnancy, now.date()),
        {kind: kind_text(kind).title for kind in all_kinds()},
    )
