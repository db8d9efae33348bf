"""The history window: the week at a glance, charts, the entry table, corrections, export."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QCategoryAxis, QScatterSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QDate, QObject, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coach.app.history import history_window
from coach.app.history.history_window import HistoryWindow
from coach.app.history.log_dialogs import CrampDialog
from coach.app.style.design import WARNING_BOX
from coach.core.history.records import (
    CrampRecord,
    Entry,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import History, open_history
from coach.core.i18n import day_month
from coach.core.insights.export import read_csv
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths
from tests.generated import fill_history
from tests.helpers import BERLIN, FakeClock, InUse, at

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"
NOW = at("2026-06-10 09:00")  # a Wednesday


@pytest.fixture
def history(home: Paths) -> Iterator[History]:
    history = open_history(home.history_file, NOW).history
    yield history
    history.close()


def bedtime(start: str) -> SessionRecord:
    began = at(start)
    return SessionRecord("bedtime", began, began + dt.timedelta(minutes=5), True, 9, 9, 300)


def small_week(history: History) -> None:
    """Three nights with the routine (Thu 4, Sat 6, Mon 8 June); three cramps; some water."""
    for start in ("2026-06-04 22:00", "2026-06-06 22:10", "2026-06-08 21:50"):
        history.record_session(bedtime(start))
    history.record_cramp(CrampRecord(at("2026-06-05 03:10"), "left", 4))  # night of Thu 4
    history.record_cramp(CrampRecord(at("2026-06-08 02:00"), "right", 8))  # night of Sun 7
    history.record_cramp(CrampRecord(at("2026-06-10 04:30"), "both", 6, signs=("warmth",)))
    history.record_water(WaterRecord(at("2026-06-09 10:00"), 1600))  # Tue: goal met
    history.record_water(WaterRecord(at("2026-06-10 08:00"), 250))  # today
    history.record_water(WaterRecord(at("2026-06-10 08:30"), 250))
    due = at("2026-06-09 08:00")
    history.record_reminder(ReminderRecord("fluids", due, due, Outcome.DONE, due))


def open_window(qtbot: QtBot, history: History) -> HistoryWindow:
    window = HistoryWindow(
        history,
        FakeClock(NOW),
        InUse(DEFAULTS),
        ["Breathe", "Massage the calf"],
        {"bedtime": "Bedtime stretches", "fluids": "Fluids"},
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_week_at_a_glance_and_the_warning_sign_banner(qtbot: QtBot, history: History) -> None:
    small_week(history)
    window = open_window(qtbot, history)
    # The last 7 nights are Thu 4 .. Wed 10 June; the cramp at 04:30 today is the night of Tue 9.
    assert window.week.tiles["cramps"].text() == "3 (worst\u00a08/10)", "the score on one line"
    assert window.week.tiles["routine"].text() == "3 of 7 nights"
    # Water logged on Tue 9 (1600 ml, met) and today (500 ml): the 5 other days are not logged.
    assert window.week.tiles["water"].text() == "1 of 2 logged days"
    assert window.week.tiles["today"].text() == "500 of 1500\u00a0ml", "unit kept"
    assert window.week.warning.isVisible()
    assert "1 cramp in this period logged with a warning sign" in window.week.warning.text()
    assert "need checking promptly" in window.week.warning.text()
    # From the first entry's night (Thu 4): routine on 3 (1 cramp), without on 4 (2 cramps).
    assert window.week.summary.text().startswith(
        "In this period the bedtime routine was done on 3 nights (1 cramp) and not on 4 "
        "nights (2 cramps)."
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "history-window.png"))


def test_entries_table_flags_warning_signs_and_filters_by_kind(
    qtbot: QtBot, history: History
) -> None:
    small_week(history)
    window = open_window(qtbot, history)
    window.tabs.setCurrentIndex(3)
    model = window.entries.model
    assert [row.what for row in model.rows] == [
        "Water",  # today 08:30
        "Water",  # 08:00
        "Cramp",  # 04:30
        "Water",  # Tue 10:00
        "Reminder",  # Tue 08:00
        "Routine",  # Mon 21:50
        "Cramp",  # Mon 02:00
        "Routine",  # Sat 22:10
        "Cramp",  # Fri 03:10
        "Routine",  # Thu 22:00
    ]
    flagged = model.index(2, 2)
    assert model.data(flagged) == "both legs, calf, 6/10; WARNING SIGNS: Warmth"
    background = model.data(flagged, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color().name() == WARNING_BOX["light"][0]
    assert model.data(model.index(1, 2), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(4, 2)) == "Fluids: done"
    assert model.data(model.index(5, 2)) == "Bedtime stretches: finished (5 min)"
    window.entries.filter.setCurrentText("Cramps")
    assert [row.record.severity for row in model.rows] == [6, 8, 4]  # type: ignore[union-attr]
    first = window.figures.period.first if window.figures else None
    assert window.entries.since.date().toPython() == first, "the table shows the window's period"
    window.entries.since.setDate(QDate(2026, 6, 6))  # 6 June on: the cramp of the 5th drops out
    assert [row.record.severity for row in model.rows] == [6, 8]  # type: ignore[union-attr]


def test_delete_then_undo_and_edit_through_the_dialog(qtbot: QtBot, history: History) -> None:
    small_week(history)
    window = open_window(qtbot, history)
    changes: list[bool] = []
    window.changed.connect(lambda: changes.append(True))
    window.entries.filter.setCurrentText("Water")
    window.entries.table.selectRow(0)
    assert window.entries.edit_button.isEnabled()
    window.entries.delete_button.click()
    assert [row.record.ml for row in window.entries.model.rows] == [250, 1600]  # type: ignore[union-attr]
    assert window.week.tiles["today"].text() == "250 of 1500\u00a0ml"
    assert window.status.text().startswith("Deleted the water entry of 10\u00a0Jun 08:30.")
    window.entries.undo_button.click()
    assert [row.record.ml for row in window.entries.model.rows] == [250, 250, 1600]  # type: ignore[union-attr]
    assert window.status.text() == "Undid the last deletion."
    window.entries.filter.setCurrentText("Cramps")
    window.entries.table.selectRow(2)  # Thursday night's, severity 4
    window.entries.edit_button.click()
    (dialog,) = window.entries.dialogs
    assert isinstance(dialog, CrampDialog)
    dialog.severity.setValue(7)
    dialog.save_button.click()
    assert [row.record.severity for row in window.entries.model.rows] == [6, 8, 7]  # type: ignore[union-attr]
    assert window.week.tiles["cramps"].text() == "3 (worst\u00a08/10)", "the score on one line"
    window.entries.undo_button.click()
    assert [row.record.severity for row in window.entries.model.rows] == [6, 8, 4]  # type: ignore[union-attr]
    window.entries.undo_button.click()
    window.entries.undo_button.click()
    assert window.status.text() == "Nothing to undo."
    assert len(changes) == 4


def test_reminders_and_routines_can_be_deleted_but_not_edited(
    qtbot: QtBot, history: History
) -> None:
    small_week(history)
    window = open_window(qtbot, history)
    window.entries.filter.setCurrentText("Reminders")
    window.entries.table.selectRow(0)
    assert not window.entries.edit_button.isEnabled()
    assert window.entries.delete_button.isEnabled()
    window.entries.delete_button.click()
    assert window.entries.model.rows == []
    assert history.reminders(at("2026-06-01 00:00"), NOW) == []


def test_report_and_csv_from_the_window(qtbot: QtBot, history: History, tmp_path: Path) -> None:
    small_week(history)
    window = open_window(qtbot, history)
    window.save_report(tmp_path / "report.pdf")
    assert window.status.text() == f"Report saved to {tmp_path / 'report.pdf'}."
    pdf = QPdfDocument()
    assert pdf.load(str(tmp_path / "report.pdf")) == QPdfDocument.Error.None_
    text = pdf.getAllText(0).text()
    assert "Entries logged with warning signs (1)" in text
    pdf.close()
    window.export_csv(tmp_path / "csv")
    water = read_csv(Entry.WATER, (tmp_path / "csv" / "water.csv").read_text())
    assert [w.ml for w in water] == [1600, 250, 250]
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    window.save_report(blocked / "report.pdf")
    assert window.status.text().startswith(f"The report could not be saved to {blocked}")
    assert list(tmp_path.glob("a-file*")) == [blocked]


def test_csv_files_already_in_a_folder_are_replaced_only_when_the_person_says_so(
    qtbot: QtBot, history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_week(history)
    window = open_window(qtbot, history)
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "water.csv").write_text("the person's own\n")
    monkeypatch.setattr(history_window, "ask_csv_folder", lambda parent: folder)
    answers: list[str] = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        box.grab().save(str(ARTIFACTS / "history-replace-csv.png"))
        answers.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == choice]
        button.click()

    QTimer.singleShot(0, lambda: answer("Keep them"))
    window.ask_csv()
    assert answers == [f"{folder} already holds water.csv."]
    assert (folder / "water.csv").read_text() == "the person's own\n"
    assert sorted(p.name for p in folder.iterdir()) == ["water.csv"]
    window.export_csv(folder)  # not asked: refused, and said so
    assert window.status.text() == (
        f"CSV files could not be written to {folder}: {folder} already holds water.csv."
    )
    QTimer.singleShot(0, lambda: answer("Replace"))
    window.ask_csv()
    water = read_csv(Entry.WATER, (folder / "water.csv").read_text())
    assert [w.ml for w in water] == [1600, 250, 250]
    assert window.status.text().startswith("CSV files for ")


def test_five_years_of_history_open_and_every_chart_draws(qtbot: QtBot, history: History) -> None:
    written = fill_history(history, NOW.date(), 5 * 365, BERLIN)
    assert written > 50_000
    window = open_window(qtbot, history)
    figures = window.figures
    assert figures is not None and len(figures.nights) == 84
    for name, view in window.views.items():
        window.tabs.setCurrentWidget(view)
        image = view.grab().toImage()
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }
        assert len(colours) > 5, f"the {name} chart drew nothing"
        image.save(str(ARTIFACTS / f"history-chart-{name}.png"))
    series, routine, signed = window.charts["cramps"].series()
    assert isinstance(series, QStackedBarSeries) and isinstance(routine, QScatterSeries)
    assert [b.label() for b in series.barSets()] == ["Mild", "Moderate", "Severe"]
    assert routine.name() == "Bedtime routine done (dot)"
    assert routine.count() > 0 and all(p.y() > 0 for p in routine.points()), "never below 0"
    (rows,) = [a for a in routine.attachedAxes() if a.orientation() == Qt.Orientation.Vertical]
    assert isinstance(rows, QCategoryAxis), "the dots borrow no count of cramps"
    assert rows.categoriesLabels() == [" ", "Routine", "Warning"], "their rows named, no number"
    assert isinstance(signed, QScatterSeries) and signed.name() == "A warning sign (ring)"
    (count_axis,) = [a for a in series.attachedAxes() if a.orientation() == Qt.Orientation.Vertical]
    assert isinstance(count_axis, QValueAxis) and count_axis.min() == 0
    assert count_axis.tickInterval() in (1, 2, 5, 10, 20, 50), "round steps"
    step = count_axis.tickInterval()
    last_tick = count_axis.max() // step * step
    assert last_tick >= max(len(n.cramps) for n in figures.nights), "every count is under a tick"
    for marks in (routine, signed):
        assert all(last_tick < p.y() < count_axis.max() for p in marks.points()), (
            "marks sit above the last numbered tick, never among the counts"
        )
    (x_axis,) = [a for a in series.attachedAxes() if a.orientation() == Qt.Orientation.Horizontal]
    assert isinstance(x_axis, QCategoryAxis)
    assert x_axis.labelsPosition() is QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
    for label in x_axis.categoriesLabels():  # each date stands under its own night's bar
        index = x_axis.endValue(label)
        assert index == int(index) and day_month(figures.nights[int(index)].night) == label
    window.range.setCurrentText("Last 4 weeks")
    assert window.figures is not None and len(window.figures.nights) == 28
    assert len(window.entries.model.rows) > 28 * 20


def test_charts_take_the_dark_windows_colours(qtbot: QtBot) -> None:
    """A white chart glares in a dark window, and a dark goal line vanishes on it."""
    from coach.app.history.charts import GOAL_LINE, in_scheme, water_chart
    from coach.app.style.design import DARK
    from coach.core.insights.figures import WaterDay

    chart = water_chart([WaterDay(dt.date(2026, 6, d), 1000, 1500) for d in (8, 9, 10)])
    in_scheme(chart, DARK)
    assert chart.backgroundBrush().color().name() == DARK.base
    assert chart.titleBrush().color().name() == DARK.text
    assert {axis.labelsColor().name() for axis in chart.axes()} == {DARK.text}
    (goal,) = [s for s in chart.series() if s.objectName() == GOAL_LINE]
    assert goal.pen().color().name() == DARK.text  # type: ignore[attr-defined]


def test_warning_and_notice_boxes_are_dark_on_a_dark_window_and_readable() -> None:
    """A light pink box glares in a dark room at 3 a.m.; on a dark window it is dark red."""
    import re as regex

    from coach.app.style.design import DARK, LIGHT, notice_style, warning_row, warning_style
    from coach.core.colour import contrast

    def colours(style: str) -> tuple[str, str]:
        found = dict(regex.findall(r"(background|color): (#[0-9a-f]{6})", style))
        return found["background"], found["color"]

    for scheme in (LIGHT, DARK):
        palette = scheme.palette()
        for background, text in (
            colours(warning_style(palette)),
            colours(notice_style(palette)),
            warning_row(palette),
        ):
            assert contrast(background, text) >= 4.5, (scheme.name, background, text)
            dark_box = contrast(background, "#000000") < contrast(background, "#ffffff")
            assert dark_box == scheme.dark, (scheme.name, background)


def test_every_chart_colour_reaches_3_to_1_on_light_and_dark_and_meanings_differ() -> None:
    from coach.app.history.charts import (
        CHART_COLOURS,
        OUTCOME_COLOURS,
        ROUTINE_COLOUR,
        SEVERITY_COLOURS,
    )
    from coach.app.style.design import DARK, LIGHT
    from coach.core.colour import APART, contrast, difference
    from coach.core.history.records import Outcome

    for colour in CHART_COLOURS:
        for scheme in (LIGHT, DARK):
            assert contrast(colour, scheme.base) >= 3.0, (colour, scheme.base)
    # Within one chart, marks of different meanings look apart, not just differ in code:
    # the gold and orange of mild and moderate were 37 apart and read as one colour.
    cramp_marks = [*SEVERITY_COLOURS.values(), ROUTINE_COLOUR]
    for marks in (cramp_marks, list(OUTCOME_COLOURS.values())):
        for first, second in itertools.combinations(marks, 2):
            assert difference(first, second) >= APART, (first, second)
    assert OUTCOME_COLOURS[Outcome.MISSED] != SEVERITY_COLOURS["severe"]


def test_under_each_chart_is_what_it_counts(qtbot: QtBot, history: History) -> None:
    """A night from noon to noon under the cramps; expired, missed and the done share
    under the reminders; the not-medical-advice line under every one."""
    window = open_window(qtbot, history)
    said = {}
    for name, view in window.views.items():
        window.tabs.setCurrentWidget(view)
        said[name] = window.note.text()
        assert said[name].endswith("ask your midwife or doctor about anything that worries you.")
    assert said["cramps"].startswith("A night here runs from noon to noon")
    assert said["reminders"].startswith("Expired: shown, but not answered")
    assert "Done share" not in said["reminders"], "the chart shows no share to explain"
    assert "Expired" not in said["water"] and "noon" not in said["water"]


def _watch_gone(objects: list[QObject]) -> list[QObject]:
    """A list that fills as the objects are deleted."""
    gone: list[QObject] = []
    for each in objects:
        each.destroyed.connect(lambda _=None, each=each: gone.append(each))
    return gone


def test_each_reload_deletes_the_charts_it_replaces(qtbot: QtBot, history: History) -> None:
    window = open_window(qtbot, history)
    shown = [view.chart() for view in window.views.values()]
    gone = _watch_gone(list(shown))
    window.range.setCurrentIndex(0)  # another period: every chart drawn again
    qtbot.waitUntil(lambda: len(gone) == len(shown), timeout=2000)
    assert [view.chart() for view in window.views.values()] == list(window.charts.values())


def test_a_logged_drink_s_dialog_is_deleted_once_saved(qtbot: QtBot, history: History) -> None:
    window = open_window(qtbot, history)
    window.entries.log_water_button.click()
    (dialog,) = window.entries.dialogs
    gone = _watch_gone([dialog])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: gone == [dialog], timeout=2000)
    assert window.entries.dialogs == []
    assert [row.what for row in window.entries.model.rows] == ["Water"]


def test_closed_with_an_entry_open_it_waits_for_the_entry_then_goes(
    qtbot: QtBot, history: History
) -> None:
    """Deleted once closed (as the app opens it), yet an entry being typed is never lost:
    the window goes only once the entry is answered."""
    window = open_window(qtbot, history)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    changes: list[bool] = []
    window.changed.connect(lambda: changes.append(True))
    window.entries.log_water_button.click()
    (dialog,) = window.entries.dialogs
    gone = _watch_gone([window])
    window.close()
    qtbot.wait(50)
    assert gone == [] and not window.isVisible()
    dialog.save_button.click()
    assert changes == [True]
    assert len(history.water(at("2026-06-10 00:00"), at("2026-06-11 00:00"))) == 1
    qtbot.waitUntil(lambda: gone == [window], timeout=2000)
