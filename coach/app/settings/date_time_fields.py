"""The time and date fields of the settings window and the welcome: one click to type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDateEdit, QTimeEdit


class OneClickTime(QTimeEdit):
    """A time field that takes typing after one click: the clicked part (hours or
    minutes) is selected, so "2300" typed reads 23:00."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        self.setSelectedSection(self.currentSection())


def time_field(value: dt.time | None = None) -> OneClickTime:
    """A 24-hour time of day to the minute."""
    edit = OneClickTime()
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        show_time(edit, value)
    return edit


def show_time(edit: QTimeEdit, value: dt.time) -> None:
    edit.setTime(QTime(value.hour, value.minute))


def time_of(edit: QTimeEdit) -> dt.time:
    return dt.time(edit.time().hour(), edit.time().minute())


def date_field(value: dt.date | None = None) -> QDateEdit:
    """A date written out ("14 March 2027"), with a calendar to pick it from."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    if value is not None:
        show_date(edit, value)
    return edit


def show_date(edit: QDateEdit, value: dt.date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def date_of(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())
