"""The week at a glance, over the history's charts: four tiles, the warning-sign and
concern boxes, and the routine comparison, all in counts, never in causes."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from coach.app.style.design import notice_style, scaled, warning_style
from coach.core.advice import advice_described, warning_described
from coach.core.history.entry_checks import warning_signs
from coach.core.i18n import day_month, short_weekday, translate
from coach.core.insights.figures import (
    Insights,
    cramps_text,
    nights_text,
    of_nights,
    water_goal_days,
)


def _tile(title: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setWordWrap(True)  # four in a row: long titles take two lines, not the width
    value = QLabel()
    value.setFont(scaled(value.font(), 1.3, bold=True))
    value.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(value)
    return frame, value


class WeekPanel:
    """The last seven nights and days, read from the window's figures; its rows go into
    the window's own scrolling page (add_to)."""

    def __init__(self, palette: QPalette) -> None:
        self.tiles: dict[str, QLabel] = {}
        self.titles: dict[str, str] = {}
        tiles = QGridLayout()
        for column, (key, title) in enumerate(
            (
                ("cramps", translate("history", "Cramps in the last 7 nights")),
                ("routine", translate("history", "Bedtime routine, last 7 nights")),
                ("water", translate("history", "Water goal met, last 7 days")),
                ("today", translate("history", "Water today")),
            )
        ):
            frame, self.tiles[key] = _tile(title)
            self.titles[key] = title
            tiles.addWidget(frame, 0, column)  # one row: the charts come into the first view
            tiles.setColumnStretch(column, 1)  # four equal tiles
        self.warning = QLabel()
        self.warning.setObjectName("history-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(warning_style(palette))
        self.warning.setAccessibleDescription(warning_described())
        self.warning.hide()
        self.concern = QLabel()
        self.concern.setObjectName("history-concern")
        self.concern.setWordWrap(True)
        self.concern.setStyleSheet(notice_style(palette))
        self.concern.setAccessibleDescription(advice_described())
        self.concern.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self._tiles = tiles

    def add_to(self, page: QVBoxLayout) -> None:
        """Its rows, each straight into the window's page: a layout nested in between would
        not pass the wrapped texts' heights on, and the tiles would be squeezed at 200 %."""
        page.addLayout(self._tiles)
        for label in (self.warning, self.concern, self.summary):
            page.addWidget(label)

    def show_figures(self, figures: Insights, goal: int) -> None:
        self._show_tiles(figures, goal)
        self._show_warning(figures)
        concern = figures.concern
        self.concern.setText(concern.text() if concern else "")
        self.concern.setVisible(concern is not None)
        c = figures.comparison
        text = translate(
            "history",
            "In this period the bedtime routine was done on {nights_with} ({cramps_with}) "
            "and not on {nights_without} ({cramps_without}). "
            "These are counts, not proof of cause.",
        )
        self.summary.setText(
            text.format(
                nights_with=nights_text(c.nights_with),
                cramps_with=cramps_text(c.cramps_with),
                nights_without=nights_text(c.nights_without),
                cramps_without=cramps_text(c.cramps_without),
            )
        )

    def _show_tiles(self, figures: Insights, goal: int) -> None:
        """A score and a unit stay on their number's line (no-break spaces in the texts):
        a tile at 200 % broke "250 of 1500 / ml" and "1 (worst / 7/10)"."""
        week = figures.nights[-7:]
        cramps = [c for night in week for c in night.cramps]
        worst = max((c.severity for c in cramps), default=None)
        count = str(len(cramps))
        if worst:
            count += translate("history", " (worst\u00a0{severity}/10)").format(severity=worst)
        self._set_tile("cramps", count)
        routine = translate("history", "{done} {of_nights}").format(
            done=sum(n.routine_done for n in week),
            of_nights=of_nights(len(week)),
        )
        if figures.routine_streak.current > 1:
            streak = figures.routine_streak.current
            routine += translate("history", "; %n in a row", None, streak)
        self._set_tile("routine", routine)
        week_water = figures.water[-7:]
        logged = [day for day in week_water if day.logged]
        if logged:  # out of the days with water logged: an unlogged day was not missed
            met = translate("history", "{met} of %n logged day(s)", None, len(logged))
            self._set_tile("water", met.format(met=sum(day.met for day in logged)))
        else:
            self._set_tile("water", water_goal_days(week_water))  # "no water logged"
        today = figures.water[-1].ml if figures.water else 0
        total = translate("history", "{total} of {goal}\u00a0ml").format(total=today, goal=goal)
        self._set_tile("today", total)

    def _set_tile(self, key: str, value: str) -> None:
        """The value under its title; a screen reader gets both in one name ("Water today:
        250 of 1500 ml"), the value word for word."""
        self.tiles[key].setText(value)
        named = translate("history", "{title}: {value}")
        self.tiles[key].setAccessibleName(named.format(title=self.titles[key], value=value))

    def _show_warning(self, figures: Insights) -> None:
        flagged = figures.flagged
        if flagged:
            latest = flagged[-1].at
            text = translate(
                "history",
                "{cramps} in this period logged with a warning sign (latest {when}). {warning}",
            )
            self.warning.setText(
                text.format(
                    cramps=cramps_text(len(flagged)),
                    when=f"{short_weekday(latest)} {day_month(latest)} {latest:%H:%M}",
                    warning=warning_signs(),
                )
            )
        self.warning.setVisible(bool(flagged))
