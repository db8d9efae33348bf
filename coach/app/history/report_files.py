"""Saving what the history shows: the care provider's PDF report and the CSV files,
each asked for with the system's own file dialog and told in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from coach.app.history.pdf import write_report
from coach.core.i18n import translate
from coach.core.insights.export import export_csv
from coach.core.insights.figures import Insights, Records
from coach.core.insights.report import report_facts
from coach.core.settings.schema import Settings


def save_report(path: Path, figures: Insights, settings: Settings, now: dt.datetime) -> str:
    """Write the PDF; what happened, in a sentence for the window's status line."""
    try:
        write_report(path, figures, report_facts(settings, now))
    except OSError as exc:
        text = translate("history", "The report could not be saved to {path}: {error}.")
        return text.format(path=path, error=exc.strerror or exc)
    return translate("history", "Report saved to {path}.").format(path=path)


def save_csv(records: Records, folder: Path, period_name: str) -> str:
    """Write the CSV files of `records`; what happened, in a sentence."""
    try:
        export_csv(records, folder)
    except OSError as exc:
        text = translate("history", "CSV files could not be written to {folder}: {error}.")
        return text.format(folder=folder, error=exc.strerror or exc)
    text = translate("history", "CSV files for {period} saved in {folder}.")
    return text.format(period=period_name, folder=folder)


def ask_report_path(parent: QWidget, now: dt.datetime) -> Path | None:
    default = str(Path.home() / f"calf-coach-report-{now:%Y-%m-%d}.pdf")
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("history", "Save the report"), default, "PDF (*.pdf)"
    )
    return Path(path) if path else None


def ask_csv_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("history", "Export CSV files into"), str(Path.home())
    )
    return Path(folder) if folder else None
