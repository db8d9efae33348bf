"""Saving what the history shows: the care provider's PDF report and the CSV files,
each asked for with the system's own file dialog and told in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from coach.core.i18n import translate
from coach.core.insights.export import export_csv
from coach.core.insights.figures import Insights, Records
from coach.core.insights.report import report_facts
from coach.core.insights.targets import TargetError, csv_target, report_target
from coach.core.settings.schema import Settings


def save_report(path: Path, figures: Insights, settings: Settings, now: dt.datetime) -> str:
    """Write the PDF (the file dialog has asked before replacing one); what happened, in a
    sentence for the window's status line."""
    # The PDF writer (QTextDocument, QPdfWriter: about 2 MB) loads when a report is saved,
    # not with every History window.
    from coach.app.history.pdf import write_report

    failed = translate("history", "The report could not be saved to {path}: {error}.")
    try:
        write_report(report_target(str(path), replace=True), figures, report_facts(settings, now))
    except TargetError as refused:
        return failed.format(path=path, error=refused)
    except OSError as exc:
        return failed.format(path=path, error=exc.strerror or exc)
    return translate("history", "Report saved to {path}.").format(path=path)


def save_csv(records: Records, folder: Path, period_name: str, *, replace: bool) -> str:
    """Write the CSV files of `records` (over ones already there only if `replace`); what
    happened, in a sentence."""
    failed = translate("history", "CSV files could not be written to {folder}: {error}.")
    try:
        export_csv(records, csv_target(str(folder), replace=replace))
    except TargetError as refused:
        return failed.format(folder=folder, error=refused)
    except OSError as exc:
        return failed.format(folder=folder, error=exc.strerror or exc)
    text = translate("history", "CSV files for {period} saved in {folder}.")
    return text.format(period=period_name, folder=folder)


def csv_files_there(folder: Path) -> list[str]:
    """The CSV files an export into `folder` would replace."""
    try:
        csv_target(str(folder), replace=False)
    except TargetError as refused:
        return [path.name for path in refused.existing]
    return []


def replace_asked(parent: QWidget, folder: Path, files: list[str]) -> bool:
    """Whether the person wants the CSV files already in `folder` replaced (no: the default)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("history", "Replace the CSV files?"),
        translate("history", "{folder} already holds {files}.").format(
            folder=folder, files=", ".join(files)
        ),
        parent=parent,
    )
    box.setInformativeText(translate("history", "Replace them with the ones from this history?"))
    replace = box.addButton(translate("history", "Replace"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("history", "Keep them"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is replace


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
