"""Every entry of the history as a table, and its corrections: log, edit, delete, undo.

Corrections go through History (journalled), so each can be undone with one click
or Ctrl+Z; the tab says what it did and the window reloads its figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.app.desktop.clock import Clock
from coach.app.desktop.screen import gone_when_closed
from coach.app.history.log_dialogs import CrampDialog, WaterDialog
from coach.app.style.design import WARNING_BOX, warning_row
from coach.core.history.entry_checks import warning_signs
from coach.core.history.records import CrampRecord, Entry, WaterRecord
from coach.core.history.store import History, HistoryError
from coach.core.i18n import QT_TRANSLATE_NOOP, day_month, short_weekday, translate
from coach.core.insights.entry_rows import EDITABLE, EntryRow, entry_rows
from coach.core.insights.figures import Period, Records
from coach.core.settings.schema import SettingsInUse

FILTERS: dict[str, tuple[Entry, ...]] = {
    QT_TRANSLATE_NOOP("history", "All entries"): tuple(Entry),
    QT_TRANSLATE_NOOP("history", "Cramps"): (Entry.CRAMP,),
    QT_TRANSLATE_NOOP("history", "Water"): (Entry.WATER,),
    QT_TRANSLATE_NOOP("history", "Routines"): (Entry.SESSION,),
    QT_TRANSLATE_NOOP("history", "Reminders"): (Entry.REMINDER,),
}
"""Choices keyed by their English names (the combo box keeps the key as item data)."""
COLUMNS = (
    QT_TRANSLATE_NOOP("history", "When"),
    QT_TRANSLATE_NOOP("history", "What"),
    QT_TRANSLATE_NOOP("history", "Details"),
)


def fill(box: QComboBox, choices: dict[str, Any]) -> None:
    """Items shown in the app's language, each keeping its English key as data."""
    for key in choices:
        box.addItem(translate("history", key), key)


def as_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


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


class EntriesTab(QWidget):
    changed = Signal()
    """The log was corrected (new entry, edit, delete, undo): the figures may change."""
    said = Signal(str)
    """What the last correction did, for the window's status line."""
    answered = Signal()
    """A dialog of its own was answered (saved or cancelled) and is gone from `dialogs`."""

    def __init__(
        self,
        history: History,
        clock: Clock,
        settings: SettingsInUse,
        helped_options: Sequence[str] = (),
        titles: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.history = history
        self.clock = clock
        self.settings = settings
        self.helped_options = list(helped_options)
        self.titles = titles or {}
        self.dialogs: list[CrampDialog | WaterDialog] = []
        self.filter = QComboBox()
        fill(self.filter, FILTERS)
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
        self.model = EntryModel(warning_row(self.palette()))
        self.table = self._table()
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
        self._lay_out()
        for signal in (
            self.filter.currentIndexChanged,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.load_entries)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(translate("history", "Entries"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(lambda _: self.edit_selected())
        table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for text, field in (
            (translate("history", "Show"), self.filter),
            (translate("history", "from"), self.since),
            (translate("history", "to"), self.until),
        ):
            label = QLabel(text)
            label.setBuddy(field)  # a screen reader says the label with the field
            filters.addWidget(label)
            filters.addWidget(field)
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
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- reading ----------------------------------------------------------------------------

    def show_period(self, period: Period) -> None:
        """The window's period in the date fields, then its entries, read once."""
        for edit, day in ((self.since, period.first), (self.until, period.last)):
            edit.blockSignals(True)
            edit.setDate(as_qdate(day))
            edit.blockSignals(False)
        self.load_entries()

    def load_entries(self) -> None:
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        assert isinstance(since, dt.date) and isinstance(until, dt.date)
        tz = self.clock.now().tzinfo
        assert tz is not None
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
        """Show a dialog; once answered it is deleted (a kept one held its memory)."""
        dialog.saved.connect(saved)
        dialog.finished.connect(lambda _=0: self._forget(dialog))
        gone_when_closed(dialog, lambda: self._forget(dialog))
        self.dialogs.append(dialog)
        dialog.show()

    def _forget(self, dialog: CrampDialog | WaterDialog) -> None:
        if any(kept is dialog for kept in self.dialogs):
            self.dialogs = [kept for kept in self.dialogs if kept is not dialog]
            self.answered.emit()

    def log_cramp(self) -> None:
        self._open(CrampDialog(self.clock, self.helped_options), self._add)

    def log_water(self) -> None:
        self._open(WaterDialog(self.clock, self.settings.value.water.glass_ml), self._add)

    def _refused(self, error: HistoryError) -> None:
        """A change the history could not take (a full or read-only disk): said in the
        status line; nothing was changed."""
        self.said.emit(translate("history", "Not saved: {reason}.").format(reason=error))

    def _add(self, record: CrampRecord | WaterRecord) -> None:
        try:
            if isinstance(record, CrampRecord):
                self.history.record_cramp(record)
            else:
                self.history.record_water(record)
        except HistoryError as error:
            self._refused(error)
            return
        self._changed(translate("history", "Saved."))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or row.entry not in EDITABLE:
            return
        row_id = row.row_id

        def save(record: CrampRecord | WaterRecord) -> None:
            try:
                if isinstance(record, CrampRecord):
                    self.history.edit_cramp(row_id, record, self.clock.now())
                else:
                    self.history.edit_water(row_id, record, self.clock.now())
            except HistoryError as error:
                self._refused(error)
                return
            self._changed(translate("history", "Changed. Undo with Ctrl+Z."))

        if isinstance(row.record, CrampRecord):
            self._open(CrampDialog(self.clock, self.helped_options, row.record), save)
        elif isinstance(row.record, WaterRecord):
            self._open(WaterDialog(self.clock, row.record.ml, row.record), save)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            self.history.delete(row.entry, row.row_id, self.clock.now())
        except HistoryError as error:
            self._refused(error)
            return
        text = translate("history", "Deleted the {what} entry of {when}. Undo with Ctrl+Z.")
        when = f"{day_month(row.at)} {row.at:%H:%M}"
        self._changed(text.format(what=row.what.lower(), when=when))

    def undo(self) -> None:
        try:
            change = self.history.undo(self.clock.now())
        except HistoryError as error:
            self._refused(error)
            return
        if change is None:
            self.said.emit(translate("history", "Nothing to undo."))
            return
        if change.action == "delete":
            self._changed(translate("history", "Undid the last deletion."))
        else:
            self._changed(translate("history", "Undid the last change."))

    def _changed(self, message: str) -> None:
        self.changed.emit()
        self.said.emit(message)
