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

Each change returns an `Update` saying what the app should do about it
(show a card, take it down, write history rows, act on "done", save state).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from dataclasses import dataclass, field, replace

from coach.core.history.records import Outcome, ReminderRecord
from coach.core.instants import utc
from coach.core.plan.due import due_since, sort_due
from coach.core.plan.reminders import Reminder, kind_settings, plan
from coach.core.plan.run_state import AppState
from coach.core.settings.attention import Attention
from coach.core.settings.schema import Settings


@dataclass(frozen=True)
class OnCard:
    """The reminder on the card: when it was shown and when it expires (UTC)."""

    reminder: Reminder
    shown: dt.datetime
    expires: dt.datetime


@dataclass(frozen=True)
class Held:
    """A reminder kept back while the person could not be spoken to."""

    reminder: Reminder
    since: dt.datetime
    """When the holding began for it (UTC): when it came due (or was asked for)."""
    reason: Attention


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
        self.held: list[Held] = []
        self.released: dict[Reminder, tuple[Held, dt.datetime]] = {}
        """Released reminders and when (UTC), until their history row says how long they
        were held."""

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
    def holding(self) -> bool:
        """Whether reminders are held now (the app then looks again every few seconds)."""
        return self.attention is not Attention.PRESENT

    # --- what changes it --------------------------------------------------------------------

    def start(self, now: dt.datetime) -> Update:
        """The first check: catches up on what fell due while the app was not running."""
        if self.state.last_check is None:  # first run: only what is due from now on
            self.state = replace(self.state, last_check=utc(now) - dt.timedelta(seconds=1))
        return self.check(now)

    def attend(self, attention: Attention, now: dt.datetime) -> Update:
        """The person's attention as just read. Coming back releases what was held."""
        if attention is self.attention:
            return Update()
        was, self.attention = self.attention, attention
        update = Update(attention_changed=True)
        if attention is not Attention.PRESENT:
            if was is Attention.PRESENT:  # what waits behind the card waits for the person
                waiting, self.waiting = list(self.waiting), deque()
                update.records += self._hold(waiting, now)
                update.waiting_changed = bool(waiting)
            # Reasons change while holding (away, then full screen): the held keep theirs.
            return update
        if self.on_card is not None:
            expire = dt.timedelta(minutes=self.settings.card_expire_minutes)
            self.on_card = replace(self.on_card, expires=utc(now) + expire)
        return update.merge(self._release(now))

    def _release(self, now: dt.datetime) -> Update:
        """Each kind's latest held reminder within its grace comes now; the rest are missed
        (all of them during a pause, as a snooze that comes due in one is dropped)."""
        held, self.held = self.held, []
        if not held:
            return Update()
        by_reminder = {h.reminder: h for h in held}
        sorting = sort_due(self.settings, [h.reminder for h in held], now)
        show, missed = sorting.show, sorting.missed
        if self.paused_until(now) is not None:
            show, missed = [], [*missed, *show]
        update = Update(missed=list(missed))
        for reminder in missed:
            update.records.append(
                self._record(reminder, None, Outcome.MISSED, now, by_reminder[reminder])
            )
        for reminder in show:
            self.released[reminder] = (by_reminder[reminder], utc(now))
            update.merge(self.offer(reminder, now))
        return update

    def _hold(self, reminders: list[Reminder], now: dt.datetime) -> list[ReminderRecord]:
        """Keep `reminders` back; a kind keeps only its latest held one (as after a sleep),
        so an older one of the same kind is recorded as missed at once. Returns those rows."""
        records = []
        for reminder in reminders:
            if reminder == self.current or any(h.reminder == reminder for h in self.held):
                continue
            for older in [h for h in self.held if h.reminder.kind == reminder.kind]:
                self.held.remove(older)
                records.append(self._record(older.reminder, None, Outcome.MISSED, now, older))
            self.held.append(Held(reminder, min(utc(reminder.at), utc(now)), self.attention))
        return records

    def check(self, now: dt.datetime) -> Update:
        """Decide what fell due since the last check; expire a card whose time is up."""
        update = self._expire(now) if not self.holding else Update()
        last = self.state.last_check
        if last is None or utc(now) < utc(last):  # the clock went back: nothing new is due
            last = now
        pause = self.paused_until(now)
        due = due_since(self.settings, last.astimezone(now.tzinfo), now, paused_until=pause)
        ready = [r for r in self.snoozed if utc(r.at) <= utc(now)]
        self.snoozed = [r for r in self.snoozed if utc(r.at) > utc(now)]
        if pause is not None:
            ready = []  # snoozed reminders that came due during a pause are dropped
        sorting = sort_due(self.settings, [*due, *ready], now)
        # Saved only when something was decided, so an idle heartbeat writes nothing;
        # what was shown before a crash is then never shown again.
        self.state = replace(self.state, last_check=utc(now))
        update.state_changed |= bool(sorting.show or sorting.missed)
        update.missed += sorting.missed
        update.records += [self._record(r, None, Outcome.MISSED, now) for r in sorting.missed]
        if self.holding:
            update.records += self._hold(sorting.show, now)
            return update
        for reminder in sorting.show:
            update.merge(self.offer(reminder, now))
        return update

    def offer(self, reminder: Reminder, now: dt.datetime) -> Update:
        """Queue a reminder to show; the same one (kind and time) is never queued twice.
        While attention is elsewhere it is held instead, like a planned one."""
        if reminder == self.current or reminder in self.waiting:
            return Update()
        if self.holding:
            return Update(records=self._hold([reminder], now))
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
        update = Update(records=[self._record(reminder, on_card.shown, outcome, now)])
        if outcome is Outcome.SNOOZED:
            minutes = kind_settings(self.settings, reminder.kind).snooze_minutes
            again = utc(now) + dt.timedelta(minutes=minutes)
            self.snoozed.append(replace(reminder, at=again.astimezone(reminder.at.tzinfo)))
        elif outcome is Outcome.DONE:
            update.acted = reminder
        return update.merge(self._present_next(now))

    def close(self, now: dt.datetime) -> Update:
        """On quit: what is still up or waiting was not answered; it is recorded as expired."""
        update = Update(withdrawn=self.on_card is not None)
        if self.on_card is not None:
            on_card, self.on_card = self.on_card, None
            update.records.append(
                self._record(on_card.reminder, on_card.shown, Outcome.EXPIRED, now)
            )
        update.records += [self._record(r, None, Outcome.EXPIRED, now) for r in self.waiting]
        for held in self.held:  # held past its grace is missed, within it unanswered
            grace = kind_settings(self.settings, held.reminder.kind).grace_minutes
            late = utc(now) - utc(held.reminder.at) > dt.timedelta(minutes=grace)
            outcome = Outcome.MISSED if late else Outcome.EXPIRED
            update.records.append(self._record(held.reminder, None, outcome, now, held))
        self.waiting.clear()
        self.held.clear()
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
        if self.holding and self.waiting:  # answered while busy: the rest wait for the person
            waiting, self.waiting = list(self.waiting), deque()
            return Update(withdrawn=True, records=self._hold(waiting, now), waiting_changed=True)
        if not self.waiting:
            return Update(withdrawn=True)
        reminder = self.waiting.popleft()
        expire = dt.timedelta(minutes=self.settings.card_expire_minutes)
        self.on_card = OnCard(reminder, utc(now), utc(now) + expire)
        return Update(presented=self.on_card, waiting_changed=True)

    def _record(
        self,
        reminder: Reminder,
        shown: dt.datetime | None,
        outcome: Outcome,
        now: dt.datetime,
        held: Held | None = None,
    ) -> ReminderRecord:
        """A history row: instants in the person's zone, as the history keeps them, and how
        long it was held, and why (to its release, or to `now` when it was never shown)."""
        tz = now.tzinfo
        until = utc(now)
        if held is None and reminder in self.released:
            held, until = self.released.pop(reminder)
        held_seconds = round((until - held.since).total_seconds()) if held else 0
        return ReminderRecord(
            reminder.kind,
            reminder.at,
            shown.astimezone(tz) if shown is not None else None,
            outcome,
            now,
            held_seconds=max(0, held_seconds),
            held_reason=held.reason.value if held else "",
        )
