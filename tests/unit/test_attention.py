"""Holding reminders while the person is away, in do-not-disturb or full screen: the rule
that reads the desktop, and the agenda's holding and release, worked out by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coach.core.history.records import Outcome
from coach.core.plan.agenda import Agenda
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import AppState
from coach.core.settings.attention import Attention, AttentionSettings, Reading, attention_of
from coach.core.settings.kinds import FLUIDS, LEGS_UP, STRETCH
from coach.core.settings.schema import DEFAULTS
from tests.helpers import at

RULES = AttentionSettings()  # away after 5 minutes; every rule on


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (Reading(), Attention.PRESENT),
        (Reading(idle_seconds=299), Attention.PRESENT),
        (Reading(idle_seconds=300), Attention.AWAY),
        (Reading(idle_seconds=0, locked=True), Attention.AWAY),
        (Reading(do_not_disturb=True), Attention.DO_NOT_DISTURB),
        (Reading(full_screen=True), Attention.FULL_SCREEN),
        # Away wins: nobody is there to see a card, whatever fills the screen.
        (Reading(idle_seconds=600, do_not_disturb=True, full_screen=True), Attention.AWAY),
        (Reading(do_not_disturb=True, full_screen=True), Attention.DO_NOT_DISTURB),
    ],
)
def test_a_reading_means_one_attention(reading: Reading, expected: Attention) -> None:
    assert attention_of(reading, RULES) is expected


def test_each_rule_can_be_turned_off() -> None:
    off = AttentionSettings(False, 5, False, False)
    busy = Reading(idle_seconds=3600, locked=True, do_not_disturb=True, full_screen=True)
    assert attention_of(busy, off) is Attention.PRESENT
    longer = dataclasses.replace(RULES, away_after_minutes=10)
    assert attention_of(Reading(idle_seconds=599), longer) is Attention.PRESENT
    assert attention_of(Reading(idle_seconds=600), longer) is Attention.AWAY


def started(now: str) -> Agenda:
    agenda = Agenda(DEFAULTS, AppState())
    agenda.start(at(now))
    return agenda


def test_fluids_held_40_minutes_come_on_return_and_say_how_long_and_why() -> None:
    # Fluids are due at 08:00 (wake 07:00 + 60 min); their grace is 45 minutes.
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.AWAY, at("2026-06-10 07:59"))
    update = agenda.check(at("2026-06-10 08:00"))
    assert update.presented is None and agenda.current is None
    assert [h.reminder.kind for h in agenda.held] == [FLUIDS]
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 08:40"))
    assert back.presented is not None and back.presented.reminder.kind == FLUIDS
    assert back.presented.reminder.at == at("2026-06-10 08:00")
    (record,) = agenda.answer(Outcome.DONE, at("2026-06-10 08:41")).records
    assert (record.outcome, record.held_seconds, record.held_reason) == (
        Outcome.DONE,
        40 * 60,
        "away",
    )
    assert record.shown == at("2026-06-10 08:40")


def test_fluids_held_50_minutes_are_missed_not_expired() -> None:
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.AWAY, at("2026-06-10 07:59"))
    agenda.check(at("2026-06-10 08:00"))
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 08:50"))
    assert back.presented is None and agenda.current is None
    (record,) = back.records
    assert (record.kind, record.outcome, record.shown) == (FLUIDS, Outcome.MISSED, None)
    assert (record.held_seconds, record.held_reason) == (50 * 60, "away")


def test_two_held_kinds_come_as_one_card_with_one_more_waiting() -> None:
    # 11:00: legs-up (its first time) and fluids (08:00, 09:30, 11:00) together.
    agenda = started("2026-06-10 10:58")
    agenda.attend(Attention.FULL_SCREEN, at("2026-06-10 10:59"))
    agenda.check(at("2026-06-10 11:00"))
    assert sorted(h.reminder.kind for h in agenda.held) == sorted([FLUIDS, LEGS_UP])
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 11:20"))
    assert back.presented is not None
    assert len(agenda.waiting) == 1
    assert {back.presented.reminder.kind, agenda.waiting[0].kind} == {FLUIDS, LEGS_UP}


def test_a_card_up_when_the_person_leaves_stays_and_its_expiry_starts_again() -> None:
    agenda = started("2026-06-10 07:58")
    assert agenda.check(at("2026-06-10 08:00")).presented is not None  # expires 08:30
    agenda.attend(Attention.AWAY, at("2026-06-10 08:10"))
    assert agenda.next_event(None) is None  # no expiry to wait for while away
    agenda.check(at("2026-06-10 08:45"))
    assert agenda.current is not None and agenda.current.kind == FLUIDS
    agenda.attend(Attention.PRESENT, at("2026-06-10 09:00"))  # 30 minutes from now: 09:30
    assert agenda.next_event(None) == at("2026-06-10 09:30")
    agenda.check(at("2026-06-10 09:29"))
    assert agenda.current is not None
    (record,) = agenda.check(at("2026-06-10 09:30")).records
    assert record.outcome is Outcome.EXPIRED and record.held_seconds == 0


def test_a_reminder_offered_during_full_screen_waits_for_it_to_end() -> None:
    agenda = started("2026-06-10 12:00")
    agenda.attend(Attention.FULL_SCREEN, at("2026-06-10 12:00"))
    offered = Reminder(FLUIDS, at("2026-06-10 12:01"), dt.time(12, 1))
    assert agenda.offer(offered, at("2026-06-10 12:01")).presented is None
    assert agenda.holding and agenda.current is None
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 12:03"))
    assert back.presented is not None and back.presented.reminder == offered
    (record,) = agenda.answer(Outcome.SKIPPED, at("2026-06-10 12:04")).records
    assert (record.held_seconds, record.held_reason, record.asked) == (120, "full-screen", False)


@pytest.mark.parametrize("attention", list(Attention))
def test_a_reminder_asked_for_comes_at_once_whatever_the_attention(attention: Attention) -> None:
    agenda = started("2026-06-10 12:00")
    agenda.attend(attention, at("2026-06-10 12:00"))
    asked = Reminder(FLUIDS, at("2026-06-10 12:01"), dt.time(12, 1))
    update = agenda.ask(asked, at("2026-06-10 12:01"))
    assert update.presented is not None and update.presented.reminder == asked
    assert agenda.held == ()
    (record,) = agenda.answer(Outcome.DONE, at("2026-06-10 12:02")).records
    assert (record.outcome, record.asked, record.held_seconds, record.held_reason) == (
        Outcome.DONE,
        True,
        0,
        "",
    )


def test_an_asked_reminder_behind_the_card_is_not_held_when_the_person_leaves() -> None:
    # 11:00: fluids and legs-up; one on the card, one waiting; then stretch is asked for.
    agenda = started("2026-06-10 10:58")
    agenda.check(at("2026-06-10 11:00"))
    asked = Reminder(STRETCH, at("2026-06-10 11:01"), dt.time(11, 1))
    assert agenda.ask(asked, at("2026-06-10 11:01")).presented is None  # behind the card
    agenda.attend(Attention.AWAY, at("2026-06-10 11:02"))
    assert list(agenda.waiting) == [asked] and len(agenda.held) == 1
    answered = agenda.answer(Outcome.SKIPPED, at("2026-06-10 11:03"))
    assert answered.presented is not None and answered.presented.reminder == asked
    (record,) = agenda.answer(Outcome.SNOOZED, at("2026-06-10 11:04")).records
    assert (record.outcome, record.asked) == (Outcome.SNOOZED, True)
    released = agenda.attend(Attention.PRESENT, at("2026-06-10 11:05"))
    assert released.presented is not None and released.presented.reminder.kind != STRETCH
    agenda.answer(Outcome.DONE, at("2026-06-10 11:06"))
    (back,) = agenda.snoozed
    assert agenda.check(back.at).presented is not None and agenda.current == back
    (record,) = agenda.answer(Outcome.DONE, back.at).records
    assert (record.kind, record.asked) == (STRETCH, True), (
        "a snoozed request comes back as the same request"
    )


def test_a_planned_reminder_is_not_marked_asked() -> None:
    agenda = started("2026-06-10 07:58")
    agenda.check(at("2026-06-10 08:00"))
    (record,) = agenda.answer(Outcome.DONE, at("2026-06-10 08:01")).records
    assert record.asked is False


def test_a_reason_that_changes_while_holding_keeps_the_first() -> None:
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.DO_NOT_DISTURB, at("2026-06-10 07:59"))
    agenda.check(at("2026-06-10 08:00"))
    agenda.attend(Attention.AWAY, at("2026-06-10 08:05"))
    assert [h.reason for h in agenda.held] == [Attention.DO_NOT_DISTURB]
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 08:10"))
    assert back.presented is not None
    (record,) = agenda.answer(Outcome.DONE, at("2026-06-10 08:11")).records
    assert (record.held_reason, record.held_seconds) == ("do-not-disturb", 600)


def test_quitting_while_holding_records_them_as_expired_with_the_held_time() -> None:
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.AWAY, at("2026-06-10 07:59"))
    agenda.check(at("2026-06-10 08:00"))
    (record,) = agenda.close(at("2026-06-10 08:20")).records
    assert (record.outcome, record.held_seconds, record.held_reason) == (
        Outcome.EXPIRED,
        20 * 60,
        "away",
    )


def test_what_waits_behind_the_card_waits_for_the_person_too() -> None:
    # 11:00: fluids and legs-up; one on the card, one waiting, then full screen starts.
    agenda = started("2026-06-10 10:58")
    agenda.check(at("2026-06-10 11:00"))
    assert agenda.current is not None and len(agenda.waiting) == 1
    agenda.attend(Attention.FULL_SCREEN, at("2026-06-10 11:01"))
    assert not agenda.waiting and len(agenda.held) == 1
    answered = agenda.answer(Outcome.DONE, at("2026-06-10 11:02"))
    assert answered.presented is None, "answering during full screen brings no next card"
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 11:10"))
    assert back.presented is not None


def test_held_reminders_that_come_back_during_a_pause_are_missed() -> None:
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.DO_NOT_DISTURB, at("2026-06-10 07:59"))
    agenda.check(at("2026-06-10 08:00"))
    agenda.pause(at("2026-06-10 09:00"))
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 08:10"))
    assert back.presented is None
    (record,) = back.records
    assert (record.outcome, record.held_reason) == (Outcome.MISSED, "do-not-disturb")


def test_a_kind_keeps_only_its_latest_held_reminder() -> None:
    # Away all morning: fluids at 08:00 and 09:30 both come due; the older is missed at once.
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.AWAY, at("2026-06-10 07:59"))
    agenda.check(at("2026-06-10 08:00"))
    (record,) = agenda.check(at("2026-06-10 09:30")).records
    assert (record.due, record.outcome) == (at("2026-06-10 08:00"), Outcome.MISSED)
    assert [h.reminder.at for h in agenda.held] == [at("2026-06-10 09:30")]


def test_quitting_records_a_held_reminder_past_its_grace_as_missed() -> None:
    agenda = started("2026-06-10 07:58")
    agenda.attend(Attention.AWAY, at("2026-06-10 07:59"))
    agenda.check(at("2026-06-10 08:00"))
    (record,) = agenda.close(at("2026-06-10 09:00")).records  # 60 min: past 45
    assert (record.outcome, record.held_seconds) == (Outcome.MISSED, 3600)
