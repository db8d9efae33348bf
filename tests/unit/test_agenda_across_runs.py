"""Held reminders outlive the app: they are saved with its state whenever they change, and
at the next start each kind's latest comes if still within its grace (or is held on while
the person is still away); the rest are missed, saying since when and why they were held.
None is ever decided twice."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from coach.core.history.records import Outcome
from coach.core.plan.agenda import Agenda, Update
from coach.core.plan.reminders import Reminder
from coach.core.plan.run_state import AppState, Held, load_state, save_state
from coach.core.settings.attention import Attention
from coach.core.settings.kinds import FLUIDS, LEGS_UP
from coach.core.settings.schema import DEFAULTS
from tests.helpers import at

# Fluids are due at 08:00, 09:30 and 11:00 (every 90 minutes from 08:00); their grace is 45
# minutes. Legs-up first comes at 11:00.


def held_at_eight(tmp_path: Path) -> Path:
    """An app that held the 08:00 fluids for do not disturb, killed at 08:05: its state file
    as the app saved it on each change (the last save is what a crash leaves)."""
    path = tmp_path / "state.json"
    agenda = Agenda(DEFAULTS, AppState())
    for step in (
        lambda: agenda.start(at("2026-06-10 07:58")),
        lambda: agenda.attend(Attention.DO_NOT_DISTURB, at("2026-06-10 07:59")),
        lambda: agenda.check(at("2026-06-10 08:00")),
        lambda: agenda.check(at("2026-06-10 08:05")),
    ):
        if step().state_changed:
            save_state(path, agenda.state)
    return path


def restarted(path: Path, now: dt.datetime, attention: Attention) -> tuple[Agenda, Update]:
    """The next run: the state loaded, the person's attention read, then the first check."""
    state, notice = load_state(path, now)
    assert notice is None
    agenda = Agenda(DEFAULTS, state)
    update = agenda.attend(attention, now)
    return agenda, update.merge(agenda.start(now))


EIGHT = Reminder(FLUIDS, at("2026-06-10 08:00"), dt.time(8, 0))


def test_the_held_queue_is_saved_when_it_changes(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    state, _ = load_state(path, at("2026-06-10 08:05"))
    assert state.held == (
        Held(EIGHT, at("2026-06-10 08:00").astimezone(dt.UTC), Attention.DO_NOT_DISTURB),
    )
    assert state.last_check == at("2026-06-10 08:00").astimezone(dt.UTC), "decided at 08:00"


def test_within_its_grace_a_held_reminder_comes_at_the_next_start_once(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    agenda, update = restarted(path, at("2026-06-10 08:30"), Attention.PRESENT)
    assert update.presented is not None and update.presented.reminder == EIGHT
    assert update.records == [] and update.missed == []
    assert agenda.held == () and update.state_changed, "the empty queue is saved at once"
    (record,) = agenda.answer(Outcome.DONE, at("2026-06-10 08:31")).records
    assert (record.due, record.outcome, record.held_seconds, record.held_reason) == (
        at("2026-06-10 08:00"),
        Outcome.DONE,
        30 * 60,
        "do-not-disturb",
    )
    later = agenda.check(at("2026-06-10 09:00"))
    assert later.due == [] and later.records == [] and later.presented is None, "never twice"


def test_past_its_grace_a_held_reminder_is_missed_saying_why(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    agenda, update = restarted(path, at("2026-06-10 09:00"), Attention.PRESENT)
    assert update.presented is None and update.missed == [EIGHT]
    (record,) = update.records
    assert (record.due, record.outcome, record.shown) == (
        at("2026-06-10 08:00"),
        Outcome.MISSED,
        None,
    )
    assert (record.held_seconds, record.held_reason) == (60 * 60, "do-not-disturb")
    assert agenda.held == ()
    save_state(path, agenda.state)
    _, update = restarted(path, at("2026-06-10 09:01"), Attention.PRESENT)
    assert update.records == [] and update.presented is None, "a second start: never twice"


def test_a_person_still_away_at_the_start_keeps_it_held_as_it_was(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    agenda, update = restarted(path, at("2026-06-10 08:20"), Attention.AWAY)
    assert update.presented is None and update.records == []
    (held,) = agenda.held
    assert (held.reminder, held.reason) == (EIGHT, Attention.DO_NOT_DISTURB), "since 08:00, for DND"
    back = agenda.attend(Attention.PRESENT, at("2026-06-10 08:40"))
    assert back.presented is not None and back.presented.reminder == EIGHT
    (record,) = agenda.answer(Outcome.SKIPPED, at("2026-06-10 08:41")).records
    assert (record.held_seconds, record.held_reason) == (40 * 60, "do-not-disturb")


def test_a_restored_reminder_and_a_newer_one_of_its_kind_come_as_one(tmp_path: Path) -> None:
    # Killed at 08:05 holding the 08:00 fluids; started at 09:35, just after the 09:30 ones.
    path = held_at_eight(tmp_path)
    agenda, update = restarted(path, at("2026-06-10 09:35"), Attention.PRESENT)
    assert update.presented is not None and update.presented.reminder.at == at("2026-06-10 09:30")
    assert not agenda.waiting, "one fluids card, not two"
    (record,) = update.records
    assert (record.due, record.outcome, record.held_reason) == (
        at("2026-06-10 08:00"),
        Outcome.MISSED,
        "do-not-disturb",
    )


def test_a_restored_reminder_during_a_pause_is_missed(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    state, _ = load_state(path, at("2026-06-10 08:10"))
    save_state(path, AppState(at("2026-06-10 09:00"), state.last_check, state.held))
    _, update = restarted(path, at("2026-06-10 08:10"), Attention.PRESENT)
    assert update.presented is None
    assert [(r.due, r.outcome) for r in update.records] == [
        (at("2026-06-10 08:00"), Outcome.MISSED)
    ]


def test_a_state_file_from_before_holding_was_saved_loads(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"paused_until": None, "last_check": "2026-06-10T06:00:00+00:00"}))
    state, notice = load_state(path, at("2026-06-10 08:00"))
    assert (state, notice) == (AppState(last_check=at("2026-06-10 08:00")), None)


def test_a_damaged_held_entry_is_named_left_out_and_the_file_kept(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    raw = json.loads(path.read_text())
    good = raw["held"][0]
    legs = {**good, "kind": LEGS_UP, "at": "2026-06-10T11:00:00+02:00", "slot": "11:00"}
    raw["held"] = [{**good, "reason": "sleepy"}, legs, "fluids", {**good, "at": "yesterday"}]
    text = json.dumps(raw)
    path.write_text(text)
    state, notice = load_state(path, at("2026-06-10 12:00"))
    assert [h.reminder.kind for h in state.held] == [LEGS_UP]
    assert state.last_check == at("2026-06-10 08:00")
    kept = tmp_path / "state.json.corrupt-20260610-120000"
    assert notice is not None and str(kept) in notice
    assert "held reminder 1 (" in notice and ", 3 (" in notice and ", 4 (" in notice
    assert "'sleepy'" in notice
    assert kept.read_text() == text and not path.exists()


def test_an_unknown_kind_in_a_held_entry_is_named(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    raw = json.loads(path.read_text())
    raw["held"][0]["kind"] = "knitting"
    path.write_text(json.dumps(raw))
    state, notice = load_state(path, at("2026-06-10 12:00"))
    assert state.held == () and notice is not None and "'knitting'" in notice


def test_held_that_is_not_a_list_keeps_the_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"held": {"kind": "fluids"}}')
    state, notice = load_state(path, at("2026-06-10 12:00"))
    assert state == AppState() and notice is not None and "not a list" in notice
    assert (tmp_path / "state.json.corrupt-20260610-120000").exists()


def test_quitting_while_holding_records_them_and_saves_an_empty_queue(tmp_path: Path) -> None:
    path = held_at_eight(tmp_path)
    agenda, update = restarted(path, at("2026-06-10 08:10"), Attention.AWAY)
    assert [h.reminder for h in agenda.held] == [EIGHT]
    closed = agenda.close(at("2026-06-10 08:20"))
    (record,) = closed.records
    assert (record.outcome, record.held_reason) == (Outcome.EXPIRED, "do-not-disturb")
    assert closed.state_changed and agenda.held == ()
    save_state(path, agenda.state)
    _, update = restarted(path, at("2026-06-10 08:21"), Attention.PRESENT)
    assert update.records == [] and update.presented is None, "recorded at quit: never twice"


def test_a_held_reminder_that_falls_due_again_comes_once(tmp_path: Path) -> None:
    """A file the app did not write (it decides what it holds before saving): the 08:00
    fluids held, and its last check before 08:00, so 08:00 is due again as well."""
    path = held_at_eight(tmp_path)
    state, _ = load_state(path, at("2026-06-10 08:10"))
    save_state(path, AppState(None, at("2026-06-10 07:55"), state.held))
    agenda, update = restarted(path, at("2026-06-10 08:10"), Attention.PRESENT)
    assert update.presented is not None and update.presented.reminder == EIGHT
    assert update.records == [] and not agenda.waiting
