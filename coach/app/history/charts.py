"""Charts of the insights (QtCharts), shared by the history window and the PDF report.

Nights and days sit at whole-number positions on a category axis that names
each week, so 12 weeks of nights stay readable. No animations: a chart is
drawn once and costs nothing afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalStackedBarSeries,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from coach.app.style.design import LIGHT, Scheme
from coach.core.history.records import Outcome
from coach.core.i18n import day_month, translate
from coach.core.insights.chart_words import kind_title
from coach.core.insights.entry_rows import outcome_name
from coach.core.insights.figures import (
    BAND_NAMES,
    BANDS,
    Adherence,
    Night,
    WaterDay,
    round_ticks,
)

GOAL_LINE = "goal-line"
# Chart colours, chosen to reach 3:1 against both a light and a dark chart background,
# and apart (coach.core.colour.APART) where one chart gives them different meanings;
# tests/qt/test_history_window.py checks both.
TEAL, BLUE, GOLD, PINK, RED, PURPLE = (
    "#2e8b84",
    "#4a78c8",
    "#b8860b",
    "#d6336c",
    "#e53935",
    "#9b4dca",
)
SEVERITY_COLOURS = {"mild": BLUE, "moderate": GOLD, "severe": RED}
"""Cool to warm as a cramp gets worse."""
ROUTINE_COLOUR = TEAL
WATER_COLOUR = TEAL
SIGN_COLOUR = RED
OUTCOME_COLOURS = {
    Outcome.DONE: TEAL,
    Outcome.SNOOZED: BLUE,
    Outcome.SKIPPED: GOLD,
    Outcome.EXPIRED: PINK,
    Outcome.MISSED: PURPLE,  # not the red of a severe cramp
}
CHART_COLOURS = (TEAL, BLUE, GOLD, PINK, RED, PURPLE)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _bar_set(label: str, colour: str, values: Sequence[float]) -> QBarSet:
    bars = QBarSet(label)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    bars.append(list(values))
    return bars


def _label_step(days: int) -> int:
    """Every night labelled on a week's chart, every other on a fortnight's, then one a
    week, one a fortnight past eight weeks: as many as fit whole (a three-night chart
    had one label for three bars)."""
    for most, step in ((NARROWEST, 1), (2 * NARROWEST, 2), (8 * 7, 7)):
        if days <= most:
            return step
    return 14


NARROWEST = 7
"""Days a chart is at least wide: a log two nights old shows them at the start of a week."""


def _week_axis(days: Sequence[dt.date]) -> QCategoryAxis:
    """Day k sits at x = k; a label (see _label_step) stands under the bar of the day it
    names, with a tick there (centred in its week, "19 Mar" stood under the 26th)."""
    axis = QCategoryAxis()
    # A week's width at least: two nights drew two bars half the chart wide each.
    axis.setRange(-0.5, max(len(days), NARROWEST) - 0.5)
    axis.setStartValue(-0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = _label_step(len(days))
    for start in range(0, len(days), step):
        axis.append(day_month(days[start]), start)
    axis.setGridLineVisible(False)
    return axis


def _value_axis(low: float, high: float, title: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setTitleText(title)
    axis.setLabelFormat("%d")
    return axis


def _count_axis(top: float, title: str, headroom: float = 0) -> QValueAxis:
    """An axis of whole counts from 0 in round steps ("0 20 40 60", never "0 23 46" nor
    "0 0 0 1" from rounded fractions). `headroom` steps of unlabelled space above the
    last tick hold marks that are not counts."""
    step, end = round_ticks(top)
    axis = _value_axis(0, end + headroom * step, title)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


def _marks(name: str, colour: str, size: float, at: Sequence[int], height: float) -> QScatterSeries:
    """Marks above some nights, on an axis of their own: they borrow no count."""
    marks = QScatterSeries()
    marks.setName(name)
    marks.setColor(QColor(colour))
    marks.setBorderColor(QColor(colour))
    marks.setMarkerSize(size)
    for index in at:
        marks.append(QPointF(index, height))
    return marks


MARK_ROWS = "mark-rows"
"""The axis naming the marks' rows, in smaller type: two rows share less than a step."""
MARK_ROWS_SHARE = 0.8


def _smaller(axis: QCategoryAxis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(font.pointSizeF() * MARK_ROWS_SHARE)
    axis.setLabelsFont(font)


MARK_BAND = 0.95
"""Steps of the count axis above its last tick where the marks sit: under no tick and
no number, so a dot never reads as a count of cramps (it read as 2.5 when it sat among
them)."""


def cramp_chart(nights: Sequence[Night]) -> QChart:
    """Cramps per night, stacked by severity; above a night, in a band above the last
    tick, a dot where the bedtime routine was done and a ring where a cramp had a warning
    sign (on a hidden axis of their own, so they borrow no count)."""
    chart = _chart(translate("charts", "Cramps per night"))
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    counts = [night.by_band() for night in nights]
    for name, _ in BANDS:
        series.append(
            _bar_set(
                translate("insights", BAND_NAMES[name]),
                SEVERITY_COLOURS[name],
                [c[name] for c in counts],
            )
        )
    chart.addSeries(series)
    most = max((len(n.cramps) for n in nights), default=0)
    # No axis title: the chart's says what is counted, and at 200 % "cramps" was cut to
    # "ram…" beside a short plot.
    y = _count_axis(max(most, 1), "", MARK_BAND)
    step, end = y.tickInterval(), y.max() - MARK_BAND * y.tickInterval()
    middle = end + MARK_BAND * step / 2
    routine = _marks(
        translate("charts", "Bedtime routine done (dot)"),
        ROUTINE_COLOUR,
        8,
        [i for i, n in enumerate(nights) if n.routine_done],
        (end + middle) / 2,
    )
    signed = _marks(
        translate("charts", "A warning sign (ring)"),
        SIGN_COLOUR,
        12,
        [i for i, n in enumerate(nights) if n.flagged],
        (middle + y.max()) / 2,
    )
    signed.setColor(QColor(0, 0, 0, 0))  # a ring: the border only
    signed.setPen(QPen(QColor(SIGN_COLOUR), 2))
    x = _week_axis([n.night for n in nights])
    # The marks' rows are named on the right, on the same scale without its numbers: they
    # borrow no count (a dot at 2.5 on the count axis read as 2.5 cramps).
    rows = QCategoryAxis()
    rows.setRange(y.min(), y.max())
    rows.setStartValue(y.min())
    rows.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    rows.append(" ", end)  # the counts' part: nothing said on this side
    rows.append(translate("charts", "Routine"), middle)
    rows.append(translate("charts", "Warning"), y.max())
    rows.setGridLineVisible(False)
    rows.setLineVisible(False)
    rows.setObjectName(MARK_ROWS)
    _smaller(rows)
    for marks in (routine, signed):
        chart.addSeries(marks)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(rows, Qt.AlignmentFlag.AlignRight)
    for each in (series, routine, signed):
        each.attachAxis(x)
    series.attachAxis(y)
    routine.attachAxis(rows)
    signed.attachAxis(rows)
    for marks in (routine, signed):  # in the legend as on the chart: a dot, a ring
        for marker in chart.legend().markers(marks):
            marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    return chart


def water_chart(days: Sequence[WaterDay]) -> QChart:
    """Water per day as bars, the goal as a dashed line across them."""
    chart = _chart(translate("charts", "Water per day"))
    series = QStackedBarSeries()
    series.setBarWidth(0.8)
    series.append(_bar_set(translate("charts", "Water (ml)"), WATER_COLOUR, [d.ml for d in days]))
    goal_ml = days[0].goal_ml if days else 0
    goal = QLineSeries()
    goal.setName(translate("charts", "Goal ({goal} ml)").format(goal=goal_ml))
    goal.append([QPointF(-0.5, goal_ml), QPointF(max(len(days), NARROWEST) - 0.5, goal_ml)])
    goal.setObjectName(GOAL_LINE)
    goal.setPen(QPen(QColor(LIGHT.text), 2, Qt.PenStyle.DashLine))
    chart.addSeries(series)
    chart.addSeries(goal)
    most = max((d.ml for d in days), default=0)
    x = _week_axis([d.day for d in days])
    y = _value_axis(0, max(most, goal_ml) * 1.1 or 100, translate("charts", "ml"))
    y.applyNiceNumbers()
    for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft)):
        chart.addAxis(axis, side)
        series.attachAxis(axis)
        goal.attachAxis(axis)
    return chart


def reminder_chart(adherence: Sequence[Adherence]) -> QChart:
    """What became of each kind's reminders: done, snoozed, skipped, expired, missed."""
    chart = _chart(translate("charts", "Reminders and what became of them"))
    series = QHorizontalStackedBarSeries()
    for outcome in Outcome:
        series.append(
            _bar_set(
                outcome_name(outcome).capitalize(),
                OUTCOME_COLOURS[outcome],
                [a.counts[outcome] for a in adherence],
            )
        )
    chart.addSeries(series)
    kinds = QBarCategoryAxis()
    kinds.append([kind_title(a.kind) for a in adherence] or [translate("charts", "(none yet)")])
    most = max((sum(a.counts.values()) for a in adherence), default=0)
    count = _count_axis(max(most, 1), "")  # the chart's title says what is counted
    chart.addAxis(kinds, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(count, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(kinds)
    series.attachAxis(count)
    return chart


def readable_on_paper(chart: QChart, points: float) -> None:
    """Every text of the chart at `points` (titles a little larger), for printing."""
    font = QFont(chart.titleFont())
    font.setPointSizeF(points * 1.2)
    chart.setTitleFont(font)
    font = QFont(font)
    font.setPointSizeF(points)
    chart.legend().setFont(font)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
        if isinstance(axis, QCategoryAxis) and axis.objectName() == MARK_ROWS:
            _smaller(axis)


def chart_image(chart: QChart, size: QSize, scale: float = 2.0) -> QImage:
    """Draw a chart into an image (for the PDF), at `scale` for print sharpness."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(size.width(), size.height())
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), chart.rect())
    painter.end()
    scene.removeItem(chart)
    return image


def in_scheme(chart: QChart, scheme: Scheme) -> None:
    """Draw `chart` in the window's colours: a white chart in a dark window glares at night,
    and its dark goal line and labels vanish on a dark background. The bars keep theirs."""
    text, grid = QColor(scheme.text), QColor(scheme.mid)
    chart.setBackgroundBrush(QColor(scheme.base))
    chart.setBackgroundPen(QPen(grid))
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(QColor(scheme.border))
    for series in chart.series():
        if isinstance(series, QLineSeries) and series.objectName() == GOAL_LINE:
            pen = series.pen()
            pen.setColor(text)
            series.setPen(pen)
