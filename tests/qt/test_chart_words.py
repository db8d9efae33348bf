# ruff: noqa: RUF001 (Russian text: Cyrillic letters that look Latin are meant)
"""The history charts in words, for a screen reader: the counts each chart draws, in English
and in Russian with its three plural forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from coach.app.style.language import install_language
from coach.core.history.records import CrampRecord, Outcome
from coach.core.insights.chart_words import (
    cramp_chart_words,
    reminder_chart_words,
    water_chart_words,
)
from coach.core.insights.figures import Adherence, Night, WaterDay
from tests.helpers import at


def _cramp(day: str, severity: int, *signs: str) -> CrampRecord:
    return CrampRecord(at(day), "left", severity, signs=signs)


NIGHTS = [
    Night(
        dt.date(2026, 6, 4),
        (_cramp("2026-06-05 03:00", 9), _cramp("2026-06-05 04:00", 4, "warmth")),
        True,
    ),
    Night(dt.date(2026, 6, 5), (), True),
    Night(dt.date(2026, 6, 6), (_cramp("2026-06-07 02:00", 5),), False),
    Night(dt.date(2026, 6, 7), (), False),
    Night(dt.date(2026, 6, 8), (), False),
]
DAYS = [
    WaterDay(dt.date(2026, 6, 8), 1600, 1500),
    WaterDay(dt.date(2026, 6, 9), 250, 1500),
    WaterDay(dt.date(2026, 6, 10), 0, 1500, logged=False),
]
ADHERENCE = [
    Adherence(
        "fluids",
        {
            Outcome.DONE: 2,
            Outcome.SNOOZED: 1,
            Outcome.SKIPPED: 1,
            Outcome.EXPIRED: 0,
            Outcome.MISSED: 0,
        },
    )
]
WORDS = {
    "en": (
        "Cramps per night, 5 nights: 2 nights with cramps, 3 cramps, 1 severe; "
        "bedtime routine done on 2 nights; a warning sign on 1 night.",
        "Water per day, 3 days: goal of 1500 ml reached on 1 of 2 days with water logged; "
        "most in a day 1600 ml.",
        "Reminders and what became of them: A glass of water: 2 done, 1 snoozed, 1 skipped.",
    ),
    "ru": (
        "Судороги за ночь, 5 ночей: 2 ночи с судорогами, 3 судороги, 1 сильная; "
        "вечерняя растяжка сделана: 2 ночи; тревожный признак: 1 ночь.",
        "Вода за день, 3 дня: цель 1500 мл достигнута в 1 из 2 дней с записанной водой; "
        "больше всего за день 1600 мл.",
        "Напоминания и что с ними стало: Стакан воды: выполнено 2, отложено 1, пропущено 1.",
    ),
}


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    yield install_language(request.param)
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_charts_in_words(language: str) -> None:
    cramps, water, reminders = WORDS[language]
    assert cramp_chart_words(NIGHTS) == cramps
    assert water_chart_words(DAYS) == water
    assert reminder_chart_words(ADHERENCE) == reminders


def test_a_chart_with_nothing_in_it_says_so() -> None:
    assert reminder_chart_words([]) == "Reminders and what became of them: none yet."
    nothing = [WaterDay(dt.date(2026, 6, 10), 0, 1500, logged=False)]
    assert water_chart_words(nothing) == "Water per day, 1 day: no water logged."
