"""The care-provider report printed to PDF with Qt's own writer (no extra dependency).

The HTML comes from coach.core.insights.report; this module adds the chart as an image,
lays the text out on A4 pages itself (so an entry is never split across two pages, as
Qt's own printing split a row's lines), numbers the pages and prints them. The PDF is
written to a temporary file next to the target and renamed into place, so a failed
export leaves nothing behind.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFrameFormat,
    QTextOption,
    QTextTable,
)
from PySide6.QtWidgets import QApplication

from coach import APP_NAME
from coach.app.history.charts import chart_image, cramp_chart, readable_on_paper
from coach.core.files import PRIVATE_FILE_MODE, make_private
from coach.core.i18n import translate
from coach.core.insights.figures import Insights
from coach.core.insights.report import (
    CRAMP_CHART,
    ReportFacts,
    report_html,
    report_title,
)

CHART_SIZE = QSize(780, 250)
"""Drawn near the width it is printed at, so its text stays at least 8 pt on A4."""
CHART_POINTS = 10
RESOLUTION = 300
PAGE = QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4),
    QPageLayout.Orientation.Portrait,
    QMarginsF(15, 15, 15, 12),
    QPageLayout.Unit.Millimeter,
)
LAYOUT_DPI = 96
"""The text is laid out as on a 96-dpi device, whatever screen this machine has, so a
report paginates the same everywhere; printing scales it to the paper."""
LAYOUT_DEVICE = QImage(1, 1, QImage.Format.Format_ARGB32)
"""What the text is measured on: it lives as long as the module, as the layout keeps only
a pointer to it."""
LAYOUT_DEVICE.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
LAYOUT_DEVICE.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
FOOTER_INCHES = 0.3
"""Room under the text for the page number."""


def page_size() -> QSizeF:
    """One page of text, in the document's units (pixels at LAYOUT_DPI)."""
    paper = PAGE.paintRect(QPageLayout.Unit.Inch)
    return QSizeF(paper.width() * LAYOUT_DPI, (paper.height() - FOOTER_INCHES) * LAYOUT_DPI)


def report_document(figures: Insights, facts: ReportFacts) -> QTextDocument:
    """The report laid out on A4 pages, each entry of its tables whole on one page: laid
    out, then again with a new page before the first entry that fell over a page's end,
    until none does (an entry taller than a page is left as it falls)."""
    chart = cramp_chart(figures.nights)
    readable_on_paper(chart, CHART_POINTS)
    image = chart_image(chart, CHART_SIZE)
    breaks: frozenset[int] = frozenset()
    while True:
        document = _laid_out(report_html(figures, facts, breaks), image)
        split = split_entries(document)
        if not split or split[0] in breaks:
            return document
        breaks |= {split[0]}


def _laid_out(html: str, chart: QImage) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(LAYOUT_DEVICE)
    document.setDocumentMargin(0)
    # Whole words only: a narrow column grows rather than print "tendernes" over "s".
    words = QTextOption()
    words.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(words)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CRAMP_CHART), chart)
    document.setDefaultStyleSheet(
        "body, p, li { font-size: 9pt; } td, th { font-size: 8.5pt; } h2 { font-size: 14pt; }"
    )
    document.setHtml(html)
    document.setPageSize(page_size())
    return document


def _entries(document: QTextDocument) -> list[tuple[QTextTable, list[int]]]:
    """The entries of the document's tables in order, as report.PageBreaks counts them:
    a row with the rows under it whose first cell is empty (its note), or a whole table
    marked so (report.WHOLE_MARK); headers aside."""
    entries: list[tuple[QTextTable, list[int]]] = []
    for table in document.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        body = range(table.format().headerRowCount(), table.rows())
        if table.format().borderStyle() == QTextFrameFormat.BorderStyle.BorderStyle_Solid:
            entries.append((table, list(body)))
            continue
        for row in body:
            cell = table.cellAt(row, 0)
            empty = cell.firstCursorPosition().position() == cell.lastCursorPosition().position()
            if empty and entries and entries[-1][0] is table:
                entries[-1][1].append(row)
            else:
                entries.append((table, [row]))
    return entries


def _pages(document: QTextDocument, table: QTextTable, rows: list[int]) -> set[int]:
    """The pages the lines of these rows are printed on."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    pages = set()
    for row in rows:
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().position()
            while block.isValid() and block.position() <= end:
                top = layout.blockBoundingRect(block).top()
                lines = block.layout()
                for i in range(lines.lineCount()):
                    line = lines.lineAt(i)
                    pages.add(int((top + line.y()) // height))
                    pages.add(int((top + line.y() + line.height() - 0.5) // height))
                block = block.next()
    return pages


def split_entries(document: QTextDocument) -> list[int]:
    """The numbers (in document order) of table entries printed over more than one page."""
    return [
        number
        for number, (table, rows) in enumerate(_entries(document))
        if len(_pages(document, table, rows)) > 1
    ]


def print_pages(document: QTextDocument, writer: QPdfWriter) -> None:
    """Each page of the laid-out document, scaled to the paper, with "page n of m"."""
    size = document.pageSize()
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        scale = writer.width() / size.width()
        number_font = QFont(painter.font())
        number_font.setPointSizeF(8)
        for index in range(count):
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * size.height())
            page = QRectF(0, index * size.height(), size.width(), size.height())
            painter.setClipRect(page)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = page
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(number_font)
            label = translate("report", "Page {page} of {pages}").format(
                page=index + 1, pages=count
            )
            painter.drawText(
                QRectF(0, 0, writer.width(), writer.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                label,
            )
    finally:
        painter.end()


def write_report(path: Path, figures: Insights, facts: ReportFacts) -> None:
    """Write the PDF report to `path`. Raises OSError if it cannot be written."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise FileNotFoundError(f"{path.parent}: no such folder")
    # Qt takes a file name as text: one that is not UTF-8 would be written under another
    # name. The temporary file's name is plain; Python renames it to the name given.
    tmp = path.with_name(f".calf-coach-report.tmp-{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(report_title())
        writer.setCreator(APP_NAME)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(PAGE)
        print_pages(report_document(figures, facts), writer)
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
