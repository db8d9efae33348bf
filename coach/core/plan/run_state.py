"""The app's own small memory between runs: a pause, when it last checked, and what it
holds for the person.

Kept so that "pause until tomorrow" survives a restart, so that a laptop whose
battery died can tell, next time, which reminders it missed, and so that a
reminder held while the person was away is not forgotten when the app is killed
before they come back. Stored as JSON beside the history, written atomically; a
damaged file is kept aside, and a damaged held entry is named and left out.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path

from coach.core.files import FileRefusedError, move_aside, read_small_text, write_atomically
from coach.core.i18n import translate
from coach.core.instants import utc
from coach.core.plan.reminders import Reminder, next_wake
from coach.core.settings.attention import Attention
from coach.core.settings.kinds import kind_named
from coach.core.settings.schema import Settings

PAUSES: dict[str, dt.timedelta | None] = {
    "30m": dt.timedelta(minutes=30),
    "1h": dt.timedelta(hours=1),
    "2h": dt.timedelta(hours=2),
    "until-tomorrow": None,
}


@dataclass(frozen=True)
class Held:
    """A reminder kept back while the person could not be spoken to."""

    reminder: Reminder
    since: dt.datetime
    """When the holding began for it (UTC): when it came due (or was offered)."""
    reason: Attention


@dataclass(frozen=True)
class AppState:
    paused_until: dt.datetime | None = None
    last_check: dt.datetime | None = None
    held: tuple[Held, ...] = ()
    """What is held for the person, oldest first (coach.core.plan.agenda decides)."""

    def active_pause(self, now: dt.datetime) -> dt.datetime | None:
        """The pause end if it is still in the future."""
        if self.paused_until is not None and utc(self.paused_until) > utc(now):
            return self.paused_until
        return None


def pause_end(choice: str, settings: Settings, now: dt.datetime) -> dt.datetime:
    """When a pause chosen as "30m", "1h", "2h" or "until-tomorrow" ends."""
    if choice not in PAUSES:
        raise ValueError(f"unknown pause {choice!r}: must be one of {', '.join(PAUSES)}")
    length = PAUSES[choice]
    if length is None:
        return next_wake(settings, now)
    return (utc(now) + length).astimezone(now.tzinfo)  # as long as it says, across DST


def _when(text: object) -> dt.datetime | None:
    if text is None:
        return None
    moment = dt.datetime.fromisoformat(str(text))
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset")
    return moment


def _held_from(raw: object) -> Held:
    """One held entry as saved; ValueError says what is wrong with it."""
    if not isinstance(raw, dict):
        raise ValueError(f"{raw!r} is not an object")
    try:
        kind, at, slot, since = (raw[key] for key in ("kind", "at", "slot", "since"))
        reason = Attention(raw["reason"])
    except KeyError as exc:
        raise ValueError(f"it has no {exc}") from exc
    when, began = _when(at), _when(since)
    if when is None or began is None:
        raise ValueError("it has no time")
    if reason is Attention.PRESENT:
        raise ValueError("nothing is held while the person is present")
    reminder = Reminder(kind_named(str(kind)), when, dt.time.fromisoformat(str(slot)))
    return Held(reminder, utc(began), reason)


def _held_to(held: Held) -> dict[str, str]:
    reminder = held.reminder
    return {
        "kind": reminder.kind,
        "at": reminder.at.isoformat(),
        "slot": reminder.slot.isoformat(timespec="minutes"),
        "since": held.since.isoformat(),
        "reason": held.reason.value,
    }


def load_state(
    path: Path, now: dt.datetime, *, keep_aside: bool = True
) -> tuple[AppState, str | None]:
    """The saved state, or a fresh one; a damaged file is kept aside (`keep_aside`: the
    app; a command that only reads leaves it where it is) and reported. A held entry that
    cannot be read is left out, and the file is kept aside so nothing is lost."""
    try:
        raw = json.loads(read_small_text(path))
        state = AppState(_when(raw.get("paused_until")), _when(raw.get("last_check")))
        entries = raw.get("held", [])  # a file from before held reminders were kept has none
        if not isinstance(entries, list):
            raise ValueError(f"held is {entries!r}, not a list")
    except FileNotFoundError:
        return AppState(), None
    except FileRefusedError as refused:
        if not (keep_aside and refused.damaged):
            text = translate("state", "{file} {error}; it was left as it is.")
            return AppState(), text.format(file=path, error=refused.reason)
        return AppState(), _damaged(path, refused.reason, now, keep_aside)
    except (ValueError, AttributeError, RecursionError) as exc:
        return AppState(), _damaged(path, exc, now, keep_aside)
    held, damaged = [], []
    for number, entry in enumerate(entries, 1):
        try:
            held.append(_held_from(entry))
        except ValueError as exc:
            damaged.append(f"{number} ({exc})")
    state = replace(state, held=tuple(held))
    if not damaged:
        return state, None
    if not keep_aside:
        text = translate(
            "state", "{file}: held reminder {entries} could not be read and was left out."
        )
        return state, text.format(file=path.name, entries=", ".join(damaged))
    aside = move_aside(path, "corrupt", now)
    text = translate(
        "state",
        "{file}: held reminder {entries} could not be read and was left out; the file was "
        "kept as {aside}.",
    )
    return state, text.format(file=path.name, entries=", ".join(damaged), aside=aside)


def _damaged(path: Path, error: object, now: dt.datetime, keep_aside: bool) -> str:
    """Why the state could not be read, and where the file is now."""
    if not keep_aside:
        text = translate("state", "{file} could not be read ({error}); it was left as it is.")
        return text.format(file=path, error=error)
    aside = move_aside(path, "corrupt", now)
    text = translate("state", "{file} could not be read ({error}); it was kept as {aside}.")
    return text.format(file=path.name, error=error, aside=aside)


def save_state(path: Path, state: AppState) -> None:
    data = {
        "paused_until": state.paused_until.isoformat() if state.paused_until else None,
        "last_check": state.last_check.isoformat() if state.last_check else None,
        "held": [_held_to(held) for held in state.held],
    }
    text = json.dumps(data, indent=1).encode()
    try:
        if path.read_bytes() == text:
            return
    except FileNotFoundError:
        pass
    write_atomically(path, text)
