"""Cramp and water entries: every rule named in its message, nothing stored when broken."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.core.history.entry_checks import (
    EntryError,
    check_cramp,
    check_water,
    when_from_text,
)
from coach.core.history.records import CrampRecord
from tests.helpers import NEW_YORK, at

NOW = at("2026-05-05 07:30")


def test_a_good_cramp_becomes_a_record_with_signs_in_a_fixed_order() -> None:
    record = check_cramp(
        CrampRecord(
            at("2026-05-05 03:10"),
            "left",
            7,
            minutes=2,
            signs=("tenderness", "redness"),
            helped=("Massage the calf", "Massage the calf"),
            note="  woke me  ",
        ),
        NOW,
    )
    assert record.signs == ("redness", "tenderness")
    assert record.helped == ("Massage the calf",)
    assert record.note == "woke me"


def test_every_broken_rule_is_named_at_once() -> None:
    with pytest.raises(EntryError) as caught:
        check_cramp(
            CrampRecord(
                at("2026-05-05 09:00"), "middle", 11, place="knee", minutes=0, signs=("itch",)
            ),
            NOW,
        )
    assert caught.value.problems == [
        "at: 2026-05-05 09:00 is in the future: an entry can only be logged afterwards",
        "leg: 'middle' is not one of left, right, both",
        "place: 'knee' is not one of calf, foot, thigh",
        "sign: 'itch' is not one of redness, warmth, swelling, colour, tenderness",
        "severity: 11 is out of range: must be 1 to 10",
        "minutes: 0 is out of range: must be more than 0 and at most 1440",
    ]


def test_water_is_checked_too() -> None:
    assert check_water(NOW, 250, NOW).ml == 250
    with pytest.raises(EntryError, match="ml: 0 is out of range: must be 10 to 2000"):
        check_water(NOW, 0, NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03:10", at("2026-05-05 03:10")),  # earlier today
        ("23:50", at("2026-05-04 23:50")),  # not yet today: last night
        ("2026-05-04T22:15", at("2026-05-04 22:15")),
        ("2026-05-04T22:15-04:00", dt.datetime(2026, 5, 4, 22, 15, tzinfo=NEW_YORK)),
    ],
)
def test_when_from_text(text: str, expected: dt.datetime) -> None:
    assert when_from_text(text, NOW) == expected


@pytest.mark.parametrize("text", ["25:00", "yesterday", "3.10"])
def test_when_from_text_rejects_what_is_not_a_time(text: str) -> None:
    with pytest.raises(EntryError, match="at: "):
        when_from_text(text, NOW)
