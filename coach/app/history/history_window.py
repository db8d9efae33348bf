"""The history window: this week at a glance, charts, every entry, the report.

It reads the history for the chosen period only (4 or 12 weeks for the
charts, a date range for the table), so it opens quickly on years of data.
It is put together from a week panel, the charts and the entries tab; saving
the report and the CSV files lives in report_files. Wording is counts and
comparisons only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import fit_to_screen, scrolling_page
from coach.app.history.charts import cramp_chart, in_scheme, reminder_chart, water_chart
from coach.app.history.entries_tab import EntriesTab, fill
from coach.app.history.report_files import (
    ask_csv_folder,
    ask_report_path,
    csv_files_there,
    replace_asked,
    save_csv,
    save_report,
)
from coach.app.history.week_panel import WeekPanel
from coach.app.style.design import scheme_of
from coach.core.advice import not_medical_advice
from coach.core.history.store import History
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.insights.chart_words import (
    cramp_chart_words,
    reminder_chart_words,
    water_chart_words,
)
from coach.core.insights.entry_rows import outcome_key
from coach.core.insights.figures import Insights, Period, Records, insights, night_rule
from coach.core.settings.schema import SettingsInUse

RANGES = {
    QT_TRANSLATE_NOOP("history", "Last 4 weeks"): 28,
    QT_TRANSLATE_NOOP("history", "Last 12 weeks"): 84,
}
"""Choices keyed by their English names (the combo box keeps the key as item data)."""
CHARTS = {
    "cramps": QT_TRANSLATE_NOOP("history", "Cramps"),
    "water": QT_TRANSLATE_NOOP("history", "Water"),
    "reminders": QT_TRANSLATE_NOOP("history", "Reminders"),
}


@dataclass
class HistoryChoice:
    """What the person chose in the window (the period's English name, the tab in sight),
    kept by whoever opens it: a closed window is deleted, and the next opens as it was."""

    period: str = list(RANGES)[-1]
    tab: int = 0


class _ChartTabs(QTabWidget):
    """Tabs that ask only for their minimum height and take what is left: the charts'
    own wish (600 px) pushed them below the first view, and the page scrolled."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


class HistoryWindow(QWidget):
    changed = Signal()
    """The log was corrected (edit, delete, undo, new entry): totals elsewhere may change."""

    def __init__(
        self,
        history: History,
        clock: Clock,
        settings: SettingsInUse,
        helped_options: Sequence[str] = (),
        titles: dict[str, str] | None = None,
        choice: HistoryChoice | None = None,
    ) -> None:
        """`choice`: the period and tab to open on, kept up to date as the person changes
        them."""
        super().__init__()
        self.setWindowTitle(translate("history", "History"))
        self.setObjectName("history-window")
        self.history = history
        self.clock = clock
        self.settings = settings
        self.figures: Insights | None = None
        self.charts: dict[str, QChart] = {}
        self.choice = choice or HistoryChoice()
        self.week = WeekPanel(self.palette())
        self.range = QComboBox()
        fill(self.range, RANGES)
        self.range.setCurrentIndex(max(0, self.range.findData(self.choice.period)))
        self.range.setAccessibleName(translate("history", "Period shown"))
        self.range.currentIndexChanged.connect(self._period_chosen)
        self.views = {name: QChartView() for name in CHARTS}
        self.entries = EntriesTab(history, clock, settings, helped_options, titles)
        self.entries.changed.connect(self._corrected)
        self.entries.answered.connect(self._go_if_done)
        self._goes_once_answered = False
        """Closed, to be deleted, while an entry dialog was open: it goes once answered."""
        self.tabs = _ChartTabs()
        for name, view in self.views.items():
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)  # the page fits a laptop's screen whole
            title = translate("history", CHARTS[name])
            view.setAccessibleName(translate("history", "{name} chart").format(name=title))
            self.tabs.addTab(view, title)
        self.tabs.addTab(self.entries, translate("history", "All entries"))
        self.tabs.setCurrentIndex(self.choice.tab)
        self.tabs.setMinimumHeight(220 + 2 * self.tabs.tabBar().sizeHint().height())
        self.report_button = QPushButton(translate("history", "Save report (PDF)…"))
        self.csv_button = QPushButton(translate("history", "Export CSV…"))
        self.tips_button = QPushButton(translate("history", "Tips…"))
        self.tips_button.setAccessibleName(translate("history", "Tips that may help"))
        self.close_button = QPushButton(translate("history", "Close"))
        self.tips_button.clicked.connect(self.show_tips)
        self.report_button.clicked.connect(self.ask_report)
        self.csv_button.clicked.connect(self.ask_csv)
        self.close_button.clicked.connect(self.close)
        for button in (self.tips_button, self.report_button, self.csv_button, self.close_button):
            button.setAutoDefault(True)  # Enter clicks the focused button, as in a dialog
        self.close_button.setDefault(True)  # Enter elsewhere closes (keyPressEvent)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.entries.said.connect(self.status.setText)
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.entries.undo)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        fit_to_screen(self, 1000, 760)
        self.reload()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        period = QLabel(translate("history", "Period:"))
        period.setBuddy(self.range)  # the combo box is labelled by it (a screen reader says so)
        top.addWidget(period)
        top.addWidget(self.range)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (self.tips_button, self.report_button, self.csv_button, self.close_button):
            button.setMinimumHeight(40)
            bottom.addWidget(button)
        note = self.note = QLabel()
        note.setWordWrap(True)
        self.tabs.currentChanged.connect(self._say_what_is_counted)
        self.tabs.currentChanged.connect(self._tab_chosen)
        self._say_what_is_counted()
        body = QWidget()
        page = QVBoxLayout(body)
        self.week.add_to(page)
        page.addLayout(top)
        page.addWidget(self.tabs, 1)
        page.addWidget(note)
        # What does not fit the screen scrolls; the buttons stay in sight.
        scroll = scrolling_page(body, translate("history", "History"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    def _period_chosen(self) -> None:
        self.choice.period = str(self.range.currentData())
        self.reload()

    def _tab_chosen(self, tab: int) -> None:
        self.choice.tab = tab

    def _say_what_is_counted(self) -> None:
        """Under the charts, what the one in sight counts (a night from noon to noon; what
        expired and missed mean), then the not-medical-advice line."""
        shown = self.tabs.currentWidget()
        key = ""
        if shown is self.views["cramps"]:
            key = night_rule()
        elif shown is self.views["reminders"]:
            key = outcome_key(done_share=False)  # the chart shows no share
        self.note.setText(f"{key} {not_medical_advice()}".strip())
        page = self.note.parentWidget()
        if page is not None and page.isVisible():  # a longer key: the page grows now
            page.adjustSize()

    def _tz(self) -> dt.tzinfo:
        tz = self.clock.now().tzinfo
        assert tz is not None
        return tz

    def period(self) -> Period:
        """The chosen weeks, from the log's first entry at the earliest."""
        now = self.clock.now()
        days = RANGES[self.range.currentData()]
        return Period.of_log(now.date(), days, self.history.first_entry(), self._tz())

    def reload(self) -> None:
        """Read the chosen period again and redraw everything."""
        goal = self.settings.value.water.goal_ml
        period = self.period()
        self.figures = insights(period, Records.read(self.history, period, self._tz()), goal)
        self.week.show_figures(self.figures, goal)
        self.charts = {
            "cramps": cramp_chart(self.figures.nights),
            "water": water_chart(self.figures.water),
            "reminders": reminder_chart(self.figures.adherence),
        }
        scheme = scheme_of(self.palette())
        for name, chart in self.charts.items():
            in_scheme(chart, scheme)
            view = self.views[name]
            before = view.chart()
            view.setChart(chart)
            # The view lets go of the chart it showed without deleting it: every reload
            # (each opening, period chosen, entry corrected) left one behind for good.
            before.deleteLater()
        self.views["cramps"].setAccessibleDescription(cramp_chart_words(self.figures.nights))
        self.views["water"].setAccessibleDescription(water_chart_words(self.figures.water))
        described = reminder_chart_words(self.figures.adherence)
        self.views["reminders"].setAccessibleDescription(described)
        self.entries.show_period(period)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """What a dialog does: Esc closes; Enter that no control took (a focused button
        takes its own) presses the default button, Close. Enter in the entries table does
        nothing: it is easy to press there while reading, and Edit… is a button away."""
        key = event.key()
        if key == Qt.Key.Key_Escape and not event.modifiers():
            self.close()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.entries.table.hasFocus():
            self.close_button.click()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Where the window is deleted once closed (coach.app.home.windows), an entry still
        open in a dialog of its own keeps it, hidden, until answered: the entry is saved
        through it and must not be lost."""
        delete_on_close = Qt.WidgetAttribute.WA_DeleteOnClose
        if self.testAttribute(delete_on_close) or self._goes_once_answered:
            self._goes_once_answered = bool(self.entries.dialogs)
            self.setAttribute(delete_on_close, not self._goes_once_answered)
        super().closeEvent(event)

    def _go_if_done(self) -> None:
        if self._goes_once_answered and not self.entries.dialogs and not self.isVisible():
            self.deleteLater()

    def _corrected(self) -> None:
        self.reload()
        self.changed.emit()

    def save_report(self, path: Path) -> None:
        assert self.figures is not None
        now = self.clock.now()
        self.status.setText(save_report(path, self.figures, self.settings.value, now))

    def export_csv(self, folder: Path, *, replace: bool = False) -> None:
        records = Records.read(self.history, self.period(), self._tz())
        period = self.range.currentText().lower()
        self.status.setText(save_csv(records, folder, period, replace=replace))

    def show_tips(self) -> None:
        from coach.app.history.tips_page import TipsDialog

        dialog = TipsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.tips = dialog

    def ask_report(self) -> None:
        path = ask_report_path(self, self.clock.now())
        if path is not None:
            self.save_report(path)

    def ask_csv(self) -> None:
        folder = ask_csv_folder(self)
        if folder is None:
            return
        there = csv_files_there(folder)
        if there and not replace_asked(self, folder, there):
            return
        self.export_csv(folder, replace=bool(there))
