"""The safety messages the README's "What the coach says" requires: when to tell a care
provider, and the warning signs, worded right in English and in the shipped Russian catalogue."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.core.advice import TELL_PROVIDER
from coach.core.history.entry_checks import SIGN_LABELS, SIGNS, WARNING_SIGNS
from coach.core.history.records import CrampRecord
from coach.core.history.store import open_history
from coach.core.insights.figures import Period, concern, nights
from coach.core.system.paths import Paths
from coach.core.tips import TIPS
from tests.catalogue import read_ts, ts_path
from tests.helpers import at
from tests.test_cli_support import NOW, run

# A week ending Wed 10 June 2026: the nights of Thu 4 .. Wed 10 are the last seven.
WEEK = Period(dt.date(2026, 6, 1), dt.date(2026, 6, 10))


def cramps_on(*moments: str, severity: int = 5) -> list[CrampRecord]:
    return [CrampRecord(at(moment), "left", severity) for moment in moments]


def test_cramps_on_three_of_the_last_seven_nights_are_frequent() -> None:
    # 03:00 on the 5th belongs to the night of the 4th; 23:00 on the 9th to the 9th.
    found = concern(
        nights(WEEK, cramps_on("2026-06-05 03:00", "2026-06-07 02:00", "2026-06-09 23:00"), [])
    )
    assert found is not None and found.frequent and found.severe == 0
    assert found.text() == f"Cramps on 3 of the last 7 nights. {TELL_PROVIDER}"


def test_two_nights_or_older_nights_say_nothing() -> None:
    assert concern(nights(WEEK, cramps_on("2026-06-05 03:00", "2026-06-08 03:00"), [])) is None
    # Three nights, but the first two (the 1st and 2nd) are before the last seven.
    older = cramps_on("2026-06-02 03:00", "2026-06-03 03:00", "2026-06-08 03:00")
    assert concern(nights(WEEK, older, [])) is None


def test_one_severe_cramp_is_enough_and_the_text_says_what_was_counted() -> None:
    found = concern(nights(WEEK, cramps_on("2026-06-08 03:00", severity=8), []))
    assert found is not None and not found.frequent
    assert found.text() == (
        f"Cramps on 1 of the last 7 nights; 1 severe cramp (8/10 or worse). {TELL_PROVIDER}"
    )
    assert concern(nights(WEEK, cramps_on("2026-06-08 03:00", severity=7), [])) is None


def test_the_warning_names_each_sign_and_only_tenderness_must_stay() -> None:
    text = WARNING_SIGNS
    for words in ("Redness", "warmth", "swelling", "skin colour", "tenderness that stays"):
        assert words in text
    assert text.count("that stays") == 1
    assert "now, or as soon as you can today" in text
    assert (
        set(SIGNS) == set(SIGN_LABELS) == {"redness", "warmth", "swelling", "colour", "tenderness"}
    )


def test_the_russian_catalogue_says_the_warning_the_same_way() -> None:
    catalogue = read_ts(ts_path("ru"))
    russian = catalogue[("logbook", WARNING_SIGNS)]
    assert russian.finished
    text = russian.forms[0]
    for words in (
        "Покраснение",
        "местное тепло",
        "нога горячая на ощупь",
        "отёк",
        "цвета кожи",
        "болезненность, которая не проходит после судороги",
        "сейчас",
        "сегодня",
    ):
        assert words in text, words
    assert "жар" not in text.split() and "жар," not in text
    assert text.count("не проходит") == 1
    labels = [catalogue[("logbook", label)].forms[0] for label in SIGN_LABELS.values()]
    assert all(labels) and len(set(labels)) == len(labels)
    assert all(len(label) <= 25 for label in labels), labels  # short enough for a table cell


def test_the_tell_provider_message_is_translated_and_calm() -> None:
    russian = read_ts(ts_path("ru"))[("advice", TELL_PROVIDER)]
    assert russian.finished and "врач" in russian.forms[0]
    for alarming in ("emergency", "danger", "immediately", "harm"):
        assert alarming not in TELL_PROVIDER.lower()


@pytest.mark.parametrize(("severity", "told"), [(7, False), (8, True), (10, True)])
def test_logging_a_severe_cramp_on_the_command_line_says_to_tell_the_provider(
    home: Paths, capsys: pytest.CaptureFixture[str], severity: int, told: bool
) -> None:
    assert run(home, "log", "cramp", "--leg", "left", "--severity", str(severity)) == 0
    assert (TELL_PROVIDER in capsys.readouterr().out) is told


def test_history_on_the_command_line_says_when_cramps_are_frequent(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    history = open_history(home.history_file, NOW).history
    for record in cramps_on("2026-06-05 03:00", "2026-06-07 02:00"):
        history.record_cramp(record)
    history.close()
    assert run(home, "history", "--days", "7") == 0
    assert TELL_PROVIDER not in capsys.readouterr().out
    history = open_history(home.history_file, NOW).history
    history.record_cramp(cramps_on("2026-06-09 02:00")[0])
    history.close()
    assert run(home, "history", "--days", "7") == 0
    assert f"Cramps on 3 of the last 7 nights. {TELL_PROVIDER}" in capsys.readouterr().out


def test_tips_stay_tips_and_teach_none_of_the_excluded_remedies() -> None:
    russian = read_ts(ts_path("ru"))
    excluded = ("needle", "pin", "magnet", "mustard", "herbal", "reflex", "mg", "dose", "tablet")
    for title, text in TIPS:
        assert russian[("tips", title)].finished and russian[("tips", text)].finished
        assert not any(word in text.lower().split() for word in excluded), text
    food = next(text for title, text in TIPS if title == "Food")
    assert "only if your midwife or doctor advises" in food
