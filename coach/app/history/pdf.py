"""The care-provider report printed to PDF with Qt's own writer (no extra dependency).

The HTML comes from coach.core.insights.report; this module adds the chart as an image
and prints it on A4 pages. The PDF is written to a temporary file next to the
target and renamed into place, so a failed export leaves nothing behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from coach import APP_NAME
from coach.app.history.charts import chart_image, cramp_chart, readable_on_paper
from coach.core.files import PRIVATE_FILE_MODE, make_private
from coach.core.insights.figures import Insights
from coach.core.insights.report import CRAMP_CHART, ReportFacts, report_html, report_title

CHART_SIZE = QSize(640, 210)
"""Drawn near the width it is printed at, so its text stays at least 8 pt on A4."""
CHART_POINTS = 10
RESOLUTION = 300


def report_document(figures: Insights, facts: ReportFacts) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    chart = cramp_chart(figures.nights)
    readable_on_paper(chart, CHART_POINTS)
    image = chart_image(chart, CHART_SIZE)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CRAMP_CHART), image)
    document.setDefaultStyleSheet(
        "body, p, li { font-size: 9pt; } td, th { font-size: 8.5pt; } h2 { font-size: 14pt; }"
    )
    document.setHtml(report_html(figures, facts))
    return document


def write_report(path: Path, figures: Insights, facts: ReportFacts) -> None:
    """Write the PDF report to `path`. Raises OSError if it cannot be written."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise FileNotFoundError(f"{path.parent}: no such folder")
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(report_title())
        writer.setCreator(APP_NAME)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = report_document(figures, facts)
        document.print_(writer)
        del writer  # flushes and closes the file
        if tmp.stat().st_size == 0:
            raise OSError(f"{path}: the PDF could not be written")
        make_private(tmp)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def headless_app() -> QApplication:
    """A Qt application for printing from the command line, with no window or display."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["calf-coach"])
