"""The agenda: what is due, on the card, waiting, snoozed and expired, as a pure object.

Time is an argument: every method that decides takes `now` (an aware datetime),
and instants are compared in UTC, never as wall times (two aware datetimes
that share a zone compare as wall times in Python, which on the night the
clocks go back takes the repeated hour for a clock set back).

The rules it keeps:
- **last check**: what fell due after the last check and up to now is decided
  once; a clock set back shows nothing again;
- **after a sleep**: each kind shows at most its latest reminder, and only
  within its grace (see coach.core.plan.due); the rest are missed;
- **one card at a time**: the rest wait in order; the same reminder never twice;
- **pause**: nothing new comes during a pause, and snoozed reminders that come
  due during it are dropped;
- **expiry**: a card no one answers expires after the settings' minutes;
- **attention**: while the person is away, in do-not-disturb or full screen
  (coach.core.settings.attention), what comes due is held; when they are present again,
  each kind's latest held reminder is shown if still within its grace, the rest
  are missed, and the history says how long each was held and why. A card up
  when they left stays up, and its expiry starts again when they are back.
  What is held is part of the saved state, so a crash or a dead battery does not
  forget it: at the next start it is released by the same rule (or held on);
- **asked for**: a reminder the person asks for (`calf-coach remind`) is shown
  whatever the attention rules say (asking is being there), and its history row
  says it was asked for.

Each change returns an `Update` saying what the app should do about it
(show a card, take it down, write history rows, act on "done", save state).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from coach.core.history.records import Outcome, ReminderRecord
from coach.core.instants import utc
from coach.core.plan.due import due_since, sort_due
from coach.core.plan.reminder_rows import ReminderRows
from coach.core.plan.reminders import Reminder, kind_settings, plan
from coach.core.plan.run_state import AppState, Held
from coach.core.settings.attention import Attention
from coach.core.settings.schema import Settings


@dataclass(frozen=True)
class OnCard:
    """The reminder on the card: when it was shown and when it expires (UTC)."""

    reminder: Reminder
    shown: dt.datetime
    expires: dt.datetime


@dataclass
class Update:
    """What a change means for the app."""

    due: list[Reminder] = field(default_factory=list)
    """Reminders that came due and will be shown (now or after the card ahead of them)."""
    missed: list[Reminder] = field(default_factory=list)
    records: list[ReminderRecord] = field(default_factory=list)
    """History rows to write: answers, expiries, misses."""
    presented: OnCard | None = None
    """A new card to show."""
    withdrawn: bool = False
    """The card went down (answered or expired) and nothing new took its place."""
    acted: Reminder | None = None
    """The person chose the reminder's action ("I drank a glass")."""
    waiting_changed: bool = False
    state_changed: bool = False
    attention_changed: bool = False

    def merge(self, other: Update) -> Update:
        self.due += other.due
        self.missed += other.missed
        self.records += other.records
        if other.presented is not None:
            self.presented, self.withdrawn = other.presented, False
        elif other.withdrawn:
            self.presented, self.withdrawn = None, True
        self.acted = other.acted or self.acted
        self.waiting_changed |= other.waiting_changed
        self.state_changed |= other.state_changed
        self.attention_changed |= other.attention_changed
        return self


class Agenda:
    def __init__(self, settings: Settings, state: AppState) -> None:
        self.settings = settings
        self.state = state
        self.on_card: OnCard | None = None
        self.waiting: deque[Reminder] = deque()
        self.snoozed: list[Reminder] = []
        self.attention = Attention.PRESENT
        self.rows = ReminderRows()

    # --- what the rest of the app asks ------------------------------------------------------

    @property
    def current(self) -> Reminder | None:
        return self.on_card.reminder if self.on_card else None

    def paused_until(self, now: dt.datetime) -> dt.datetime | None:
        pause = self.state.paused_until
        return pause if pause is not None and utc(pause) > utc(now) else None

    def next_reminder(self, now: dt.datetime) -> Reminder | None:
        """The next reminder that will be shown (snoozed ones included)."""
        pause = self.paused_until(now)
        start = now
        last = self.state.last_check
        if last is not None and utc(last) >= utc(now):
            start = (utc(last) + dt.timedelta(microseconds=1)).astimezone(now.tzinfo)  # handled
        planned = next(plan(self.settings, start, paused_until=pause), None)
        snoozed = [r for r in self.snoozed if pause is None or utc(r.at) >= utc(pause)]
        candidates = [r for r in (planned, *snoozed) if r is not None]
        return min(candidates, key=lambda r: utc(r.at)) if candidates else None

    def next_event(self, upcoming: Reminder | None) -> dt.datetime | None:
        """When something next needs deciding, in UTC: the `upcoming` reminder (from
        next_reminder) coming due, or the card expiring (not while it is held up)."""
        moments = [utc(upcoming.at)] if upcoming else []
        if self.on_card is not None and self.attention is Attention.PRESENT:
            moments.append(self.on_card.expires)
        return min(moments, default=None)

    @property
    def held(self) -> tuple[Held, ...]:
        """What is held, oldest first; kept in the state, so it is saved with it."""
        return self.state.held

    def _keep_held(self, held: Sequence[Held]) -> Update:
        self.state = replace(self.state, held=tuple(held))
        return Update(state_changed=True)

    @property
    def holding(self) -> bool:
        """Whether reminders are held now (the app then looks again every few seconds)."""
        return self.attention is not Attention.PRESENT

    # --- what changes it --------------------------------------------------------------------

    def start(self, now: dt.datetime) -> Update:
        """The first check: catches up on what fell due while the app was not running, and
        on what was held when it stopped (a crash, a dead battery), as on a return."""
        if self.state.last_check is None:  # first run: only what is due from now on
            self.state = replace(self.state, last_check=utc(now) - dt.timedelta(seconds=1))
        held = self.held
        update = self._keep_held([]) if held else Update()
        return update.merge(self._check(now, held))

    def attend(self, attention: Attention, now: dt.datetime) -> Update:
        """The person's attention as just read. Coming back releases what was held."""
        if attention is self.attention:
            return Update()
        was, self.attention = self.attention, attention
        update = Update(attention_changed=True)
        if attention is not Attention.PRESENT:
            if was is Attention.PRESENT:  # what waits behind the card waits for the person
                update.merge(self._hold_waiting(now))
            # Reasons change while holding (away, then full screen): the held keep theirs.
            return update
        if self.on_card is not None:
            expire = dt.timedelta(minutes=self.settings.card_expire_minutes)
            self.on_card = replace(self.on_card, expires=utc(now) + expire)
        return update.merge(self._release(now))

    def _release(self, now: dt.datetime) -> Update:
        """What was held is decided as if it fell due now (see _decide)."""
        held = self.held
        return self._keep_held([]).merge(self._decide([], held, now)) if held else Update()

    def _decide(self, due: list[Reminder], held: Sequence[Held], now: dt.datetime) -> Update:
        """Each kind's latest reminder within its grace comes now (or is held while the
        person cannot be spoken to); the rest are missed. A held one keeps when and why it
        was held, for its history row; during a pause every held one is missed, as a snooze
        that comes due in one is dropped."""
        by_reminder = {h.reminder: h for h in held}
        once = dict.fromkeys([*due, *by_reminder])  # one held and due again is one reminder
        sorting = sort_due(self.settings, once, now)
        show, missed = sorting.show, sorting.missed
        if self.paused_until(now) is not None:
            missed = sorted([*missed, *(r for r in show if r in by_reminder)], key=_instant)
            show = [r for r in show if r not in by_reminder]
        update = Update(missed=missed, state_changed=bool(show or missed))
        update.records += [
            self.rows.row(r, None, Outcome.MISSED, now, by_reminder.get(r)) for r in missed
        ]
        if self.holding:
            return update.merge(self._hold(show, now, by_reminder))
        for reminder in show:
            if reminder in by_reminder:
                self.rows.release(reminder, by_reminder[reminder], now)
            update.merge(self.offer(reminder, now))
        return update

    def _hold(
        self,
        reminders: list[Reminder],
        now: dt.datetime,
        kept: Mapping[Reminder, Held] | None = None,
    ) -> Update:
        """Keep `reminders` back (one in `kept` as it was held before); a kind keeps only
        its latest held one (as after a sleep), so an older one of the same kind is
        recorded as missed at once."""
        held, update = list(self.held), Update()
        for reminder in reminders:
            if reminder == self.current or any(h.reminder == reminder for h in held):
                continue
            for older in [h for h in held if h.reminder.kind == reminder.kind]:
                held.remove(older)
                update.records.append(
                    self.rows.row(older.reminder, None, Outcome.MISSED, now, older)
                )
            since = min(utc(reminder.at), utc(now))
            before = kept.get(reminder) if kept else None
            held.append(before or Held(reminder, since, self.attention))
        if held != list(self.held):
            update.merge(self._keep_held(held))
        return update

    def _hold_waiting(self, now: dt.datetime) -> Update:
        """What waits behind the card waits for the person, but what they asked for."""
        waiting = [r for r in self.waiting if r not in self.rows.asked]
        self.waiting = deque(r for r in self.waiting if r in self.rows.asked)
        return self._hold(waiting, now).merge(Update(waiting_changed=bool(waiting)))

    def check(self, now: dt.datetime) -> Update:
        """Decide what fell due since the last check; expire a card whose time is up."""
        return self._check(now, ())

    def _check(self, now: dt.datetime, held: Sequence[Held]) -> Update:
        """check, with what was held when the app last stopped decided among what is due."""
        update = self._expire(now) if not self.holding else Update()
        last = self.state.last_check
        if last is None or utc(now) < utc(last):  # the clock went back: nothing new is due
            last = now
        pause = self.paused_until(now)
        due = due_since(self.settings, last.astimezone(now.tzinfo), now, paused_until=pause)
        ready = [r for r in self.snoozed if utc(r.at) <= utc(now)]
        self.snoozed = [r for r in self.snoozed if utc(r.at) > utc(now)]
        if pause is not None:  # snoozed reminders that came due during a pause are dropped
            self.rows.drop(ready)
            ready = []
        # Saved only when something was decided, so an idle heartbeat writes nothing;
        # what was shown before a crash is then never shown again. What was held is in
        # the same state, decided before its last check: never due again here.
        self.state = replace(self.state, last_check=utc(now))
        return update.merge(self._decide([*due, *ready], held, now))

    def offer(self, reminder: Reminder, now: dt.datetime) -> Update:
        """Queue a reminder to show; the same one (kind and time) is never queued twice.
        While attention is elsewhere it is held instead, like a planned one."""
        if reminder == self.current or reminder in self.waiting:
            return Update()
        if self.holding:
            return self._hold([reminder], now)
        return self._queue(reminder, now)

    def ask(self, reminder: Reminder, now: dt.datetime) -> Update:
        """A reminder the person asked for: shown whatever their attention reads (asking
        is being there), after a card already up; its history row says it was asked for."""
        if reminder == self.current or reminder in self.waiting:
            return Update()
        self.rows.ask(reminder)
        return self._queue(reminder, now)

    def _queue(self, reminder: Reminder, now: dt.datetime) -> Update:
        self.waiting.append(reminder)
        update = Update(due=[reminder])
        if self.on_card is None:
            return update.merge(self._present_next(now))
        update.waiting_changed = True
        return update

    def answer(self, outcome: Outcome, now: dt.datetime) -> Update:
        """The person answered the card (or its notification): record it, then the next."""
        if self.on_card is None:
            return Update()
        on_card, self.on_card = self.on_card, None
        reminder = on_card.reminder
        update = Update(records=[self.rows.row(reminder, on_card.shown, outcome, now)])
        if outcome is Outcome.SNOOZED:
            minutes = kind_settings(self.settings, reminder.kind).snooze_minutes
            again = utc(now) + dt.timedelta(minutes=minutes)
            back = replace(reminder, at=again.astimezone(reminder.at.tzinfo))
            self.snoozed.append(back)
            self.rows.snooze(reminder, back)
        elif outcome is Outcome.DONE:
            update.acted = reminder
        return update.merge(self._present_next(now))

    def close(self, now: dt.datetime) -> Update:
        """On quit: what is still up or waiting was not answered; it is recorded as expired."""
        update = Update(withdrawn=self.on_card is not None)
        if self.on_card is not None:
            on_card, self.on_card = self.on_card, None
            update.records.append(
                self.rows.row(on_card.reminder, on_card.shown, Outcome.EXPIRED, now)
            )
        update.records += [self.rows.row(r, None, Outcome.EXPIRED, now) for r in self.waiting]
        for held in self.held:  # held past its grace is missed, within it unanswered
            grace = kind_settings(self.settings, held.reminder.kind).grace_minutes
            late = utc(now) - utc(held.reminder.at) > dt.timedelta(minutes=grace)
            outcome = Outcome.MISSED if late else Outcome.EXPIRED
            update.records.append(self.rows.row(held.reminder, None, outcome, now, held))
        self.waiting.clear()
        if self.held:
            update.merge(self._keep_held([]))
        return update

    def pause(self, until: dt.datetime | None) -> Update:
        """Pause until `until` (None: resume)."""
        if until == self.state.paused_until:
            return Update()
        self.state = replace(self.state, paused_until=until)
        return Update(state_changed=True)

    # --- inside ---------------------------------------------------------------------------------

    def _expire(self, now: dt.datetime) -> Update:
        if self.on_card is not None and self.on_card.expires <= utc(now):
            return self.answer(Outcome.EXPIRED, now)
        return Update()

    def _present_next(self, now: dt.datetime) -> Update:
        update = self._hold_waiting(now) if self.holding else Update()  # answered while busy
        if not self.waiting:
            update.withdrawn = True
            return update
        reminder = self.waiting.popleft()
        expire = dt.timedelta(minutes=self.settings.card_expire_minutes)
        self.on_card = OnCard(reminder, utc(now), utc(now) + expire)
        return update.merge(Update(presented=self.on_card, waiting_changed=True))


def _instant(reminder: Reminder) -> dt.datetime:
    return utc(reminder.at)
