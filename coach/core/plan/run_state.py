"""The app's own small memory between runs: a pause, and when it last checked.

Kept so that "pause until tomorrow" survives a restart, and so that a laptop
whose battery died can tell, next time, which reminders it missed. Stored as
JSON beside the history, written atomically; a damaged file is kept aside.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from coach.core.files import FileRefusedError, move_aside, read_small_text, write_atomically
from coach.core.i18n import translate
from coach.core.instants import utc
from coach.core.plan.reminders import next_wake
from coach.core.settings.schema import Settings

PAUSES: dict[str, dt.timedelta | None] = {
    "30m": dt.timedelta(minutes=30),
    "1h": dt.timedelta(hours=1),
    "2h": dt.timedelta(hours=2),
    "until-tomorrow": None,
}


@dataclass(frozen=True)
class AppState:
    paused_until: dt.datetime | None = None
    last_check: dt.datetime | None = None

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


def load_state(
    path: Path, now: dt.datetime, *, keep_aside: bool = True
) -> tuple[AppState, str | None]:
    """The saved state, or a fresh one; a damaged file is kept aside (`keep_aside`: the
    app; a command that only reads leaves it where it is) and reported."""
    try:
        raw = json.loads(read_small_text(path))
        return AppState(_when(raw.get("paused_until")), _when(raw.get("last_check"))), None
    except FileNotFoundError:
        return AppState(), None
    except FileRefusedError as refused:
        if not (keep_aside and refused.damaged):
            text = translate("state", "{file} {error}; it was left as it is.")
            return AppState(), text.format(file=path, error=refused.reason)
        error: object = refused.reason
    except (ValueError, AttributeError, RecursionError) as exc:
        error = exc
    if not keep_aside:
        text = translate("state", "{file} could not be read ({error}); it was left as it is.")
        return AppState(), text.format(file=path, error=error)
    aside = move_aside(path, "corrupt", now)
    text = translate("state", "{file} could not be read ({error}); it was kept as {aside}.")
    return AppState(), text.format(file=path.name, error=error, aside=aside)


def save_state(path: Path, state: AppState) -> None:
    data = {
        "paused_until": state.paused_until.isoformat() if state.paused_until else None,
        "last_check": state.last_check.isoformat() if state.last_check else None,
    }
    text = json.dumps(data, indent=1).encode()
    try:
        if path.read_bytes() == text:
            return
    except FileNotFoundError:
        pass
    write_atomically(path, text)
