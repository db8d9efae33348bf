# ruff: noqa: RUF001 (Russian text: Cyrillic letters that look Latin are meant)
"""Every figure of issue 16 on one small hand-made log, worked out here by hand, and pinned
in English and in Russian: the summary, the history window, the report read back from the
PDF, and the counted words (1 night, 2 nights; 1 ночь, 2 ночи, 5 ночей)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from coach.app.history.history_window import RANGES, HistoryWindow
from coach.app.history.pdf import write_report
from coach.app.style.language import install_language
from coach.core.history.records import (
    CrampRecord,
    Outcome,
    ReminderRecord,
    SessionRecord,
    WaterRecord,
)
from coach.core.history.store import History, open_history
from coach.core.i18n import day_month
from coach.core.insights.figures import (
    Period,
    Records,
    cramps_text,
    days_text,
    insights,
    nights_text,
    summary_lines,
)
from coach.core.insights.report import ReportFacts
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths
from tests.helpers import BERLIN, FakeClock, InUse, at

NOW = at("2026-06-10 09:00")  # a Wednesday
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "qt"

# The log: its first entry is the routine of Thu 4 June, so a 12-week period starts there
# and holds 7 nights (Thu 4 .. Wed 10), not 84.
#   routine done on the nights of Thu 4 and Fri 5;
#   cramps: 5 Jun 03:00 (night of Thu 4, 5/10), 8 Jun 02:30 (night of Sun 7, 9/10),
#           9 Jun 01:15 (night of Mon 8, 6/10, swelling and tenderness);
#   water: Sat 6 1500 ml (goal met), Sun 7 1000 ml; the 5 other days have none logged;
#   fluids reminders: done, done, skipped, snoozed.
# With the routine: 2 nights, 1 cramp (0.50 a night); without: Sat 6 .. Wed 10 = 5 nights,
# 2 cramps (0.40 a night). Water: goal met on 1 of the 2 days logged, (1500 + 1000) / 2 =
# 1250 ml a day on those days. 3 cramps on 3 of the last 7 nights, one 9/10: worth telling.
EXPECTED: dict[str, dict[str, Any]] = {
    "en": {
        "summary": [
            "3 cramps logged on 3 of 7 nights, worst 9/10.",
            "Nights after the bedtime routine: 2, with 1 cramp (0.50 a night). Nights without "
            "it: 5, with 2 cramps (0.40 a night). These are counts, not proof of cause.",
            "Water goal (1500 ml) reached on 1 of 2 days with water logged; 1250 ml a day on "
            "average on those days.",
            "1 cramp logged with a warning sign.",
        ],
        "routine tile": "2 of 7 nights",
        "water tile": "1 of 2 logged days",
        "window summary": "In this period the bedtime routine was done on 2 nights (1 cramp) "
        "and not on 5 nights (2 cramps). These are counts, not proof of cause.",
        "period": "(7 days)",
        "routine line": "Bedtime routine: done on 2 of 7 nights (longest run 2 nights).",
        "concern": "Cramps on 3 of the last 7 nights; 1 severe cramp (8/10 or worse).",
        "title": ["Leg cramps in pregnancy", "A record kept with Calf Coach"],
        "nights": ["1 night", "2 nights", "5 nights", "21 nights"],
        "cramps": ["1 cramp", "2 cramps", "5 cramps", "21 cramps"],
        "days": ["1 day", "2 days", "5 days", "21 days"],
    },
    "ru": {
        "summary": [
            "3 судороги за 3 из 7 ночей, сильнейшая 9/10.",
            "Ночей после вечерней растяжки: 2, на них 1 судорога (0,50 за ночь). Ночей без "
            "неё: 5, на них 2 судороги (0,40 за ночь). Это подсчёт, а не доказательство "
            "причины.",
            "Цель по воде (1500 мл) достигнута в 1 из 2 дней с записанной водой; в эти дни в "
            "среднем 1250 мл в день.",
            "С тревожным признаком: 1 судорога.",
        ],
        "routine tile": "2 из 7 ночей",
        "water tile": "1 из 2 дней с записями",
        "window summary": "За этот период вечерняя растяжка была сделана: 2 ночи (1 "
        "судорога); не сделана: 5 ночей (2 судороги). Это подсчёт, а не доказательство "
        "причины.",
        "period": "(7 дней)",
        "routine line": "Вечерняя растяжка: сделана в 2 из 7 ночей (самая длинная серия — 2 ночи).",
        "concern": "Судороги были в 3 из последних 7 ночей; 1 сильная судорога (8/10 и больше).",
        "title": ["Судороги в ногах во время беременности", "Записи из Calf Coach"],
        "nights": ["1 ночь", "2 ночи", "5 ночей", "21 ночь"],
        "cramps": ["1 судорога", "2 судороги", "5 судорог", "21 судорога"],
        "days": ["1 день", "2 дня", "5 дней", "21 день"],
    },
}


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    yield install_language(request.param)
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def history(home: Paths) -> Iterator[History]:
    history = open_history(home.history_file, NOW).history
    for start in ("2026-06-04 22:00", "2026-06-05 22:00"):
        began = at(start)
        history.record_session(
            SessionRecord("bedtime", began, began + dt.timedelta(minutes=5), True, 9, 9, 300)
        )
    history.record_cramp(CrampRecord(at("2026-06-05 03:00"), "left", 5))
    history.record_cramp(CrampRecord(at("2026-06-08 02:30"), "right", 9, minutes=4))
    history.record_cramp(
        CrampRecord(at("2026-06-09 01:15"), "left", 6, signs=("swelling", "tenderness"))
    )
    history.record_water(WaterRecord(at("2026-06-06 12:00"), 1500))
    history.record_water(WaterRecord(at("2026-06-07 12:00"), 1000))
    due = at("2026-06-08 08:00")
    for outcome in (Outcome.DONE, Outcome.DONE, Outcome.SKIPPED, Outcome.SNOOZED):
        history.record_reminder(ReminderRecord("fluids", due, due, outcome, due))
    yield history
    history.close()


def figures_of(history: History) -> tuple[Period, list[str]]:
    period = Period.of_log(NOW.date(), 84, history.first_entry(), BERLIN)
    figures = insights(period, Records.read(history, period, BERLIN), 1500)
    return period, summary_lines(figures)


def test_the_summary_counts_only_the_nights_and_days_since_the_first_entry(
    language: str, history: History
) -> None:
    period, lines = figures_of(history)
    assert period == Period(dt.date(2026, 6, 4), dt.date(2026, 6, 10))
    assert lines == EXPECTED[language]["summary"]


def test_every_counted_word_agrees_with_its_number(language: str) -> None:
    counts = (1, 2, 5, 21)
    assert [nights_text(n) for n in counts] == EXPECTED[language]["nights"]
    assert [cramps_text(n) for n in counts] == EXPECTED[language]["cramps"]
    assert [days_text(n) for n in counts] == EXPECTED[language]["days"]


def test_the_history_window_shows_the_same_figures(
    qtbot: QtBot, language: str, history: History
) -> None:
    window = HistoryWindow(history, FakeClock(NOW), InUse(DEFAULTS), [], {})
    qtbot.addWidget(window)
    window.range.setCurrentIndex(window.range.findData(max(RANGES, key=RANGES.__getitem__)))
    window.reload()
    assert window.period() == Period(dt.date(2026, 6, 4), dt.date(2026, 6, 10))
    assert window.week.tiles["routine"].text() == EXPECTED[language]["routine tile"]
    assert window.week.tiles["water"].text() == EXPECTED[language]["water tile"]
    assert window.week.summary.text() == EXPECTED[language]["window summary"]
    assert window.week.concern.text().startswith(EXPECTED[language]["concern"])


def pdf_lines(path: Path) -> list[str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_the_report_says_them_too_and_never_breaks_a_date_and_time(
    qtbot: QtBot, language: str, history: History, tmp_path: Path
) -> None:
    period, _ = figures_of(history)
    figures = insights(period, Records.read(history, period, BERLIN), 1500)
    target = tmp_path / f"report-{language}.pdf"
    write_report(target, figures, ReportFacts(NOW, None, {}))
    lines = pdf_lines(target)
    text = " ".join(lines)
    assert lines[:2] == EXPECTED[language]["title"]  # each on one line, unbroken
    for expected in EXPECTED[language]["summary"]:
        assert expected in text
    assert EXPECTED[language]["period"] in text
    assert EXPECTED[language]["routine line"] in text
    assert EXPECTED[language]["concern"] in text
    for cramp in history.cramps(*period.bounds(BERLIN)):
        local = cramp.at.astimezone(BERLIN)
        when = " ".join(f"{day_month(local)} {local:%H:%M}".split())
        assert any(when in line for line in lines), f"{when} is split across lines"
