"""The PDF report, written by `calf-coach export --pdf` and read back with QtPdf."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from coach.app.style.language import install_language
from coach.core.history.records import (
    CrampRecord,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import open_history
from coach.core.i18n import day_month, translate
from coach.core.insights.report import CRAMP_COLUMNS, EMPTY
from coach.core.system.paths import Paths
from tests.generated import fill_history
from tests.helpers import BERLIN, at
from tests.test_cli_support import NOW, run

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"


def read_pdf(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, " ".join(text.split())


def test_the_report_holds_the_figures_worked_out_here(
    qtbot: QtBot, home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home.settings_file.write_text('[pregnancy]\ndue_date = "2026-08-12"\n')  # day 217: week 31
    history = open_history(home.history_file, NOW).history
    # 7 days ending Wed 10 June: routine on the nights of Thu 4 and Fri 5.
    for start in ("2026-06-04 22:00", "2026-06-05 22:00"):
        began = at(start)
        history.record_session(
            SessionRecord("bedtime", began, began + dt.timedelta(minutes=5), True, 9, 9, 300)
        )
    history.record_cramp(CrampRecord(at("2026-06-05 03:00"), "left", 5))  # night of Thu 4
    history.record_cramp(CrampRecord(at("2026-06-08 02:30"), "right", 9, minutes=4))  # Sun 7
    history.record_cramp(
        CrampRecord(at("2026-06-09 01:15"), "left", 6, signs=("swelling", "tenderness"))
    )  # night of Mon 8
    for day in ("2026-06-06", "2026-06-07"):
        history.record_water(WaterRecord(at(f"{day} 12:00"), 1500))
    due = at("2026-06-08 08:00")
    for outcome in (Outcome.DONE, Outcome.DONE, Outcome.SKIPPED, Outcome.SNOOZED):
        history.record_reminder(ReminderRecord("fluids", due, due, outcome, due))
    history.close()

    target = tmp_path / "report.pdf"
    assert run(home, "export", "--pdf", str(target), "--days", "7") == 0
    assert capsys.readouterr().out == f"Wrote the report for 04 Jun to 10 Jun 2026 to {target}.\n"
    pages, text = read_pdf(target)
    assert pages == 1
    assert "Period: 4 Jun 2026 to 10 Jun 2026 (7 days)." in text
    assert "Pregnancy week at the end: week 31 (trimester 3)." in text
    assert "3 cramps logged on 3 of 7 nights, worst 9/10." in text
    # With the routine: Thu, Fri = 2 nights, 1 cramp; without: 5 nights, 2 cramps.
    assert "Nights after the bedtime routine: 2, with 1 cramp (0.50 a night)." in text
    assert "Nights without it: 5, with 2 cramps (0.40 a night)." in text
    # Water was logged on Sat 6 and Sun 7 only: averages count those two days.
    assert (
        "Water goal (1500 ml) reached on 2 of 2 days with water logged; 1500 ml a day on "
        "average on those days." in text
    )
    assert "Entries logged with warning signs (1)" in text
    assert "A night here runs from noon to noon" in text, "what a night counts is said"
    assert "9 Jun 01:15: left leg, calf, 6/10; signs: Swelling, Lasting tenderness" in text
    assert "need checking promptly" in text
    # Fluids: done 2, snoozed 1, skipped 1, expired 0, missed 0; 2 of 3 final answers
    # (the snooze is not one): 67 %.
    assert "A glass of water 2 1 1 0 0 67%" in text
    assert "not medical advice" in text
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_five_years_still_make_at_most_two_pages(qtbot: QtBot, home: Paths, tmp_path: Path) -> None:
    history = open_history(home.history_file, NOW).history
    fill_history(history, NOW.date(), 5 * 365, BERLIN)
    history.close()
    target = tmp_path / "report.pdf"
    assert run(home, "export", "--pdf", str(target)) == 0
    pages, text = read_pdf(target)
    assert pages <= 2
    assert "Period: 19 Mar 2026 to 10 Jun 2026 (84 days)." in text
    assert "The 25 most recent are listed" in text
    assert "A record kept with Calf Coach" in text.replace("\u00a0", " ")
    # No date and time is broken across lines: each listed cramp's reads whole.
    history = open_history(home.history_file, NOW).history
    recent = history.cramps(at("2026-03-19 00:00"), at("2026-06-11 12:00"))[-25:]
    history.close()
    flat = text.replace("\u00a0", " ")
    whens = [f"{day_month(c.at)} {c.at:%H:%M}".replace("\u00a0", " ") for c in recent]
    broken = [when for when in whens if when not in flat]
    assert broken == []
    assert f" {EMPTY} " in flat, "an empty cell says so"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    document = QPdfDocument()
    document.load(str(target))
    from PySide6.QtCore import QSize

    for page in range(pages):
        document.render(page, QSize(827, 1169)).save(str(ARTIFACTS / f"report-page-{page + 1}.png"))
    document.close()


def test_an_unwritable_report_path_is_named_and_nothing_is_left(
    qtbot: QtBot, home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder" / "report.pdf"
    assert run(home, "export", "--pdf", str(missing)) == 1
    err = capsys.readouterr().err
    assert err == (
        f"calf-coach export: the folder {missing.parent} does not exist. Nothing was written.\n"
    )
    assert not missing.parent.exists()


def test_the_report_from_the_command_line_is_in_the_apps_language(
    qtbot: QtBot, home: Paths, tmp_path: Path
) -> None:
    """`calf-coach export --pdf` where the app speaks Russian writes a Russian report."""
    home.settings_file.parent.mkdir(parents=True, exist_ok=True)
    home.settings_file.write_text('language = "ru"\n')
    target = tmp_path / "report.pdf"
    try:
        assert run(home, "export", "--pdf", str(target)) == 0
    finally:
        install_language("en")
    _, text = read_pdf(target)
    flat = text.replace("\u00a0", " ")
    assert "Calf Coach" in flat and "A record kept with" not in flat
    assert any("\u0400" <= char <= "\u04ff" for char in flat), "Cyrillic text"


LONG_NOTE = "Woke twice; the left calf still hurt in the morning when walking to the kitchen"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_report_prints_whole_words_whole_entries_and_a_whole_legend(
    qtbot: QtBot, home: Paths, tmp_path: Path, language: str
) -> None:
    """Twelve weeks with long cells, in both languages: no word is split over two lines
    ("tendernes" over "s"), no entry over two pages, no legend label cut short."""
    from html import unescape

    from PySide6.QtCharts import QChart
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QFontMetricsF

    from coach.app.history.charts import cramp_chart, readable_on_paper
    from coach.app.history.pdf import (
        CHART_POINTS,
        CHART_SIZE,
        report_document,
        split_entries,
        write_report,
    )
    from coach.core.insights.figures import Period, Records, insights
    from coach.core.insights.report import report_facts, report_html
    from coach.core.settings.schema import DEFAULTS

    install_language(language)
    try:
        history = open_history(home.history_file, NOW).history
        fill_history(history, NOW.date(), 84, BERLIN)
        for minute in range(0, 60, 5):  # many flagged entries with notes: tall rows
            history.record_cramp(
                CrampRecord(
                    at(f"2026-06-09 01:{minute:02d}"),
                    "both",
                    8,
                    minutes=12,
                    place="calf",
                    helped=("Straightening the leg", "Pulling the toes up", "Warming the calf"),
                    signs=("swelling", "tenderness", "redness"),
                    note=LONG_NOTE,
                )
            )
        period = Period(NOW.date() - dt.timedelta(days=83), NOW.date())
        figures = insights(period, Records.read(history, period, BERLIN), 1500)
        history.close()
        facts = report_facts(DEFAULTS, NOW)

        document = report_document(figures, facts)
        assert document.pageCount() >= 2
        assert split_entries(document) == [], "an entry printed over two pages"

        target = tmp_path / "report.pdf"
        write_report(target, figures, facts)
        pdf = QPdfDocument()
        assert pdf.load(str(target)) == QPdfDocument.Error.None_
        assert pdf.pageCount() == document.pageCount()
        source = unescape(re.sub(r"<[^>]+>", " ", report_html(figures, facts)))
        words = set(re.findall(r"\w+", source))
        printed: list[str] = []
        folder = ARTIFACTS / "report"
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(f"{language}-page-*.png"):
            stale.unlink()
        header = {
            w for name in CRAMP_COLUMNS for w in re.findall(r"\w+", translate("report", name))
        }
        for page in range(pdf.pageCount()):
            on_page = re.findall(r"\w+", pdf.getAllText(page).text())
            printed += on_page
            entries = [w for w in on_page if w not in header and not w.isdigit()]
            assert len(entries) > 3, f"page {page + 1} holds nothing but a header"
            image = pdf.render(page, QSize(827, 1169))
            image.save(str(folder / f"{language}-page-{page + 1}.png"))
        pdf.close()
        label = translate("report", "Page {page} of {pages}")
        page_words = set(re.findall(r"\w+", label.format(page=1, pages=2)))
        broken = sorted({w for w in printed if w not in words and w not in page_words})
        assert broken == [], "words split across lines"

        chart: QChart = cramp_chart(figures.nights)
        readable_on_paper(chart, CHART_POINTS)
        legend = chart.legend()
        metrics = QFontMetricsF(legend.font())
        labels = [marker.label() for marker in legend.markers()]
        needed = sum(metrics.horizontalAdvance(label) + 3 * metrics.height() for label in labels)
        assert needed < CHART_SIZE.width(), f"the legend is cut short: {labels}"
    finally:
        install_language("en")
