"""The history window: this week at a glance, charts, every entry, the report.

It reads the history for the chosen period only (4 or 12 weeks for the
charts, a date range for the table), so it opens quickly on years of data.
Corrections go through History (journalled), so every edit or delete can be
undone with one click or Ctrl+Z. Wording is counts and comparisons only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.app.charts import cramp_chart, in_scheme, reminder_chart, water_chart
from coach.app.clock import Clock
from coach.app.log_dialogs import CrampDialog, WaterDialog
from coach.app.look import (
    WARNING_BOX,
    notice_style,
    scaled,
    scheme_of,
    warning_row,
    warning_style,
)
from coach.app.pdf import write_report
from coach.app.screen import fit_to_screen, scrolling_page
from coach.core.advice import not_medical_advice
from coach.core.entries import EDITABLE, EntryRow, entry_rows
from coach.core.export import export_csv
from coach.core.history import CrampRecord, Entry, History, WaterRecord
from coach.core.i18n import QT_TRANSLATE_NOOP, day_month, short_weekday, translate
from coach.core.insights import (
    Insights,
    Period,
    Records,
    cramps_text,
    insights,
    nights_text,
    of_nights,
    water_goal_days,
)
from coach.core.logbook import warning_signs
from coach.core.report import report_facts
from coach.core.settings import Settings

RANGES = {
    QT_TRANSLATE_NOOP("history", "Last 4 weeks"): 28,
    QT_TRANSLATE_NOOP("history", "Last 12 weeks"): 84,
}
FILTERS: dict[str, tuple[Entry, ...]] = {
    QT_TRANSLATE_NOOP("history", "All entries"): tuple(Entry),
    QT_TRANSLATE_NOOP("history", "Cramps"): (Entry.CRAMP,),
    QT_TRANSLATE_NOOP("history", "Water"): (Entry.WATER,),
    QT_TRANSLATE_NOOP("history", "Routines"): (Entry.SESSION,),
    QT_TRANSLATE_NOOP("history", "Reminders"): (Entry.REMINDER,),
}
"""Choices keyed by their English names (the combo boxes keep the key as item data)."""
COLUMNS = (
    QT_TRANSLATE_NOOP("history", "When"),
    QT_TRANSLATE_NOOP("history", "What"),
    QT_TRANSLATE_NOOP("history", "Details"),
)
CHARTS = {
    "cramps": QT_TRANSLATE_NOOP("history", "Cramps"),
    "water": QT_TRANSLATE_NOOP("history", "Water"),
    "reminders": QT_TRANSLATE_NOOP("history", "Reminders"),
}


class EntryModel(QAbstractTableModel):
    """The entry rows as a read-only table; flagged cramps in bold on red."""

    def __init__(self, flag: tuple[str, str] = WARNING_BOX["light"][:2]) -> None:
        """`flag`: (background, text) of a row with a warning sign, for the window's scheme."""
        super().__init__()
        self.rows: list[EntryRow] = []
        self.flag_background, self.flag_text = (QColor(c) for c in flag)

    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("history", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = f"{short_weekday(row.at)} {day_month(row.at)} {row.at:%Y  %H:%M}"
            return (when, row.what, row.details)[index.column()]
        if row.flagged:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(self.flag_background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(self.flag_text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return warning_signs()
        return None


def _fill(box: QComboBox, choices: dict[str, Any]) -> None:
    """Items shown in the app's language, each keeping its English key as data."""
    for key in choices:
        box.addItem(translate("history", key), key)


def _tile(title: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    value = QLabel()
    value.setFont(scaled(value.font(), 1.6, bold=True))
    value.setWordWrap(True)
    value.setAccessibleName(title)
    layout.addWidget(heading)
    layout.addWidget(value)
    return frame, value


class HistoryWindow(QWidget):
    changed = Signal()
    """The log was corrected (edit, delete, undo, new entry): totals elsewhere may change."""

    def __init__(
        self,
        history: History,
        clock: Clock,
        settings: Callable[[], Settings],
        helped_options: Sequence[str] = (),
        titles: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(translate("history", "History"))
        self.setObjectName("history-window")
        self.history = history
        self.clock = clock
        self.settings = settings
        self.helped_options = list(helped_options)
        self.titles = titles or {}
        self.dialogs: list[CrampDialog | WaterDialog] = []
        self.figures: Insights | None = None
        self.charts: dict[str, QChart] = {}

        self.tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        for column, (key, title) in enumerate(
            (
                ("cramps", translate("history", "Cramps in the last 7 nights")),
                ("routine", translate("history", "Bedtime routine, last 7 nights")),
                ("water", translate("history", "Water goal reached, last 7 days")),
                ("today", translate("history", "Water today")),
            )
        ):
            frame, self.tiles[key] = _tile(title)
            tiles.addWidget(frame, column // 2, column % 2)  # 2 x 2: room to wrap
        self.warning = QLabel()
        self.warning.setObjectName("history-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(warning_style(self.palette()))
        self.warning.hide()
        self.concern = QLabel()
        self.concern.setObjectName("history-concern")
        self.concern.setWordWrap(True)
        self.concern.setStyleSheet(notice_style(self.palette()))
        self.concern.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")

        self.range = QComboBox()
        _fill(self.range, RANGES)
        self.range.setCurrentIndex(len(RANGES) - 1)
        self.range.setAccessibleName(translate("history", "Period shown"))
        self.range.currentIndexChanged.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("history", "Period:")))
        top.addWidget(self.range)
        top.addStretch()

        self.views = {name: QChartView() for name in ("cramps", "water", "reminders")}
        self.tabs = QTabWidget()
        for name, view in self.views.items():
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            title = translate("history", CHARTS[name])
            view.setAccessibleName(translate("history", "{name} chart").format(name=title))
            self.tabs.addTab(view, title)
        self.tabs.addTab(self._entries_tab(), translate("history", "All entries"))

        self.report_button = QPushButton(translate("history", "Save report (PDF)…"))
        self.csv_button = QPushButton(translate("history", "Export CSV…"))
        self.tips_button = QPushButton(translate("history", "Tips…"))
        self.tips_button.setAccessibleName(translate("history", "Tips that may help"))
        self.close_button = QPushButton(translate("history", "Close"))
        self.tips_button.clicked.connect(self.show_tips)
        self.report_button.clicked.connect(self.ask_report)
        self.csv_button.clicked.connect(self.ask_csv)
        self.close_button.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (self.tips_button, self.report_button, self.csv_button, self.close_button):
            button.setMinimumHeight(40)
            bottom.addWidget(button)
        note = QLabel(not_medical_advice())
        note.setWordWrap(True)

        body = QWidget()
        page = QVBoxLayout(body)
        page.addLayout(tiles)
        page.addWidget(self.warning)
        page.addWidget(self.concern)
        page.addWidget(self.summary)
        page.addLayout(top)
        page.addWidget(self.tabs, 1)
        page.addWidget(note)
        # What does not fit the screen scrolls; the buttons stay in sight.
        scroll = scrolling_page(body, translate("history", "History"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        fit_to_screen(self, 1000, 760)
        self.reload()

    def _entries_tab(self) -> QWidget:
        tab = QWidget()
        self.filter = QComboBox()
        _fill(self.filter, FILTERS)
        self.filter.setAccessibleName(translate("history", "Show which entries"))
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in (
            (self.since, translate("history", "From date")),
            (self.until, translate("history", "To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        today = self.clock.now().date()
        self.until.setDate(QDate(today.year, today.month, today.day))
        start = today - dt.timedelta(days=min(RANGES.values()) - 1)
        self.since.setDate(QDate(start.year, start.month, start.day))
        for signal in (
            self.filter.currentIndexChanged,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.load_entries)
        self.model = EntryModel(warning_row(self.palette()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("history", "Entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.log_cramp_button = QPushButton(translate("history", "Log a cramp…"))
        self.log_water_button = QPushButton(translate("history", "Log a drink…"))
        self.edit_button = QPushButton(translate("history", "Edit…"))
        self.delete_button = QPushButton(translate("history", "Delete"))
        self.undo_button = QPushButton(translate("history", "Undo"))
        self.log_cramp_button.clicked.connect(self.log_cramp)
        self.log_water_button.clicked.connect(self.log_water)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("history", "Show")))
        filters.addWidget(self.filter)
        filters.addWidget(QLabel(translate("history", "from")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(translate("history", "to")))
        filters.addWidget(self.until)
        filters.addStretch()
        buttons = QHBoxLayout()
        for button in (
            self.log_cramp_button,
            self.log_water_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return tab

    # --- reading ----------------------------------------------------------------------------

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
        now = self.clock.now()
        goal = self.settings().water.goal_ml
        period = self.period()
        self.figures = insights(period, Records.read(self.history, period, self._tz()), goal)
        for edit, day in ((self.since, period.first), (self.until, period.last)):
            edit.blockSignals(True)  # the table shows the window's period: read once, below
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._show_week(self.figures, now, goal)
        self.charts = {
            "cramps": cramp_chart(self.figures.nights),
            "water": water_chart(self.figures.water),
            "reminders": reminder_chart(self.figures.adherence),
        }
        scheme = scheme_of(self.palette())
        for name, chart in self.charts.items():
            in_scheme(chart, scheme)
            self.views[name].setChart(chart)
        self.load_entries()

    def _show_week(self, figures: Insights, now: dt.datetime, goal: int) -> None:
        week = figures.nights[-7:]
        cramps = [c for night in week for c in night.cramps]
        worst = max((c.severity for c in cramps), default=None)
        count = str(len(cramps))
        if worst:
            count += translate("history", " (worst {severity}/10)").format(severity=worst)
        self.tiles["cramps"].setText(count)
        routine = translate("history", "{done} {of_nights}").format(
            done=sum(n.routine_done for n in week),
            of_nights=of_nights(len(week)),
        )
        if figures.routine_streak.current > 1:
            streak = figures.routine_streak.current
            routine += translate("history", "; %n in a row", None, streak)
        self.tiles["routine"].setText(routine)
        self.tiles["water"].setText(water_goal_days(figures.water[-7:]))
        today = figures.water[-1].ml if figures.water else 0
        self.tiles["today"].setText(
            translate("history", "{total} of {goal} ml").format(total=today, goal=goal)
        )
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

    def load_entries(self) -> None:
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        assert isinstance(since, dt.date) and isinstance(until, dt.date)
        tz = self._tz()
        records = Records.read(self.history, Period(since, until), tz)
        start = dt.datetime.combine(since, dt.time(), tz)
        end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), tz)
        rows = [
            row
            for row in entry_rows(records, FILTERS[self.filter.currentData()], self.titles)
            if start <= row.at < end
        ]
        self.model.set_rows(rows)
        self._enable()

    def selected(self) -> EntryRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def _enable(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None and row.entry in EDITABLE)
        self.delete_button.setEnabled(row is not None)

    # --- corrections ------------------------------------------------------------------------

    def _open(self, dialog: CrampDialog | WaterDialog, saved: Callable[[Any], None]) -> None:
        dialog.saved.connect(saved)
        dialog.finished.connect(lambda _=0: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.show()

    def log_cramp(self) -> None:
        self._open(CrampDialog(self.clock, self.helped_options), self._add)

    def log_water(self) -> None:
        self._open(WaterDialog(self.clock, self.settings().water.glass_ml), self._add)

    def _add(self, record: CrampRecord | WaterRecord) -> None:
        if isinstance(record, CrampRecord):
            self.history.record_cramp(record)
        else:
            self.history.record_water(record)
        self._changed(translate("history", "Saved."))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or row.entry not in EDITABLE:
            return
        row_id = row.row_id

        def save(record: CrampRecord | WaterRecord) -> None:
            if isinstance(record, CrampRecord):
                self.history.edit_cramp(row_id, record, self.clock.now())
            else:
                self.history.edit_water(row_id, record, self.clock.now())
            self._changed(translate("history", "Changed. Undo with Ctrl+Z."))

        if isinstance(row.record, CrampRecord):
            self._open(CrampDialog(self.clock, self.helped_options, row.record), save)
        elif isinstance(row.record, WaterRecord):
            self._open(WaterDialog(self.clock, row.record.ml, row.record), save)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.history.delete(row.entry, row.row_id, self.clock.now())
        text = translate("history", "Deleted the {what} entry of {when}. Undo with Ctrl+Z.")
        when = f"{day_month(row.at)} {row.at:%H:%M}"
        self._changed(text.format(what=row.what.lower(), when=when))

    def undo(self) -> None:
        change = self.history.undo(self.clock.now())
        if change is None:
            self.status.setText(translate("history", "Nothing to undo."))
            return
        if change.action == "delete":
            self._changed(translate("history", "Undid the last deletion."))
        else:
            self._changed(translate("history", "Undid the last change."))

    def _changed(self, message: str) -> None:
        self.reload()
        self.status.setText(message)
        self.changed.emit()

    # --- export -----------------------------------------------------------------------------

    def save_report(self, path: Path) -> None:
        assert self.figures is not None
        try:
            write_report(path, self.figures, report_facts(self.settings(), self.clock.now()))
        except OSError as exc:
            text = translate("history", "The report could not be saved to {path}: {error}.")
            self.status.setText(text.format(path=path, error=exc.strerror or exc))
            return
        self.status.setText(translate("history", "Report saved to {path}.").format(path=path))

    def export_csv(self, folder: Path) -> None:
        period = self.period()
        try:
            export_csv(Records.read(self.history, period, self._tz()), folder)
        except OSError as exc:
            text = translate("history", "CSV files could not be written to {folder}: {error}.")
            self.status.setText(text.format(folder=folder, error=exc.strerror or exc))
            return
        text = translate("history", "CSV files for {period} saved in {folder}.")
        self.status.setText(text.format(period=self.range.currentText().lower(), folder=folder))

    def show_tips(self) -> None:
        from coach.app.tips import TipsDialog

        dialog = TipsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.tips = dialog

    def ask_report(self) -> None:
        default = str(Path.home() / f"calf-coach-report-{self.clock.now():%Y-%m-%d}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, translate("history", "Save the report"), default, "PDF (*.pdf)"
        )
        if path:
            self.save_report(Path(path))

    def ask_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("history", "Export CSV files into"), str(Path.home())
        )
        if folder:
            self.export_csv(Path(folder))
