"""What a cramp or water entry may hold, checked the same way for the dialog and the CLI.

Also the one wording of the warning-sign message (see the README: redness, warmth,
swelling, a change of skin colour, or tenderness that stays need a care provider
promptly), so every place that shows a flagged entry says the same plain thing,
with no diagnosis.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from coach.core.history.records import CrampRecord, WaterRecord
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.instants import utc

LEGS = ("left", "right", "both")
PLACES = ("calf", "foot", "thigh")
LEG_NAMES = {
    "left": QT_TRANSLATE_NOOP("logbook", "left leg"),
    "right": QT_TRANSLATE_NOOP("logbook", "right leg"),
    "both": QT_TRANSLATE_NOOP("logbook", "both legs"),
}
PLACE_NAMES = {
    "calf": QT_TRANSLATE_NOOP("logbook", "calf"),
    "foot": QT_TRANSLATE_NOOP("logbook", "foot"),
    "thigh": QT_TRANSLATE_NOOP("logbook", "thigh"),
}
SIGNS: dict[str, str] = {
    "redness": QT_TRANSLATE_NOOP("logbook", "Redness"),
    "warmth": QT_TRANSLATE_NOOP("logbook", "Warmth: the leg feels hot to the touch"),
    "swelling": QT_TRANSLATE_NOOP("logbook", "Swelling"),
    "colour": QT_TRANSLATE_NOOP("logbook", "Skin colour change"),
    "tenderness": QT_TRANSLATE_NOOP("logbook", "Lasting tenderness: it stays after the cramp"),
}
"""The warning signs as the dialog names them: each begins with its SIGN_LABELS name, so
a sign has one name in the dialog, the tables and the report."""
SIGN_LABELS: dict[str, str] = {
    "redness": QT_TRANSLATE_NOOP("logbook", "Redness"),
    "warmth": QT_TRANSLATE_NOOP("logbook", "Warmth"),
    "swelling": QT_TRANSLATE_NOOP("logbook", "Swelling"),
    "colour": QT_TRANSLATE_NOOP("logbook", "Skin colour change"),
    "tenderness": QT_TRANSLATE_NOOP("logbook", "Lasting tenderness"),
}
"""Each sign's short label, whole in every language, for tables and the report."""
SEVERITY = (1, 10)
SEVERE_FROM = 8
"""A cramp this bad or worse is worth telling a care provider about (see the README)."""
MAX_MINUTES = 24 * 60
MAX_NOTE = 2000
MAX_HELPED = 200
"""What helped is a few words ("Slow breathing"), chosen or typed."""
WATER_ML = (10, 2000)
FUTURE_SLACK = dt.timedelta(minutes=5)
"""How far ahead of the clock an entry may be (a clock read a moment apart)."""
FURTHEST_BACK = dt.timedelta(days=366)
"""How far back an entry may be logged: a year (a slip of the finger is caught)."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters, which no note needs (a tab and a new line are fine)."""

WARNING_SIGNS = QT_TRANSLATE_NOOP(
    "logbook",
    "Redness, warmth or swelling of the leg, a change in its skin colour, or tenderness that "
    "stays after the cramp need checking promptly: contact your midwife, doctor or maternity "
    "unit now, or as soon as you can today. Don't wait for your next appointment.",
)
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})$")
NIGHT_HOURS = (dt.time(22), dt.time(7))
"""From 22:00 to 07:00 the cramp log opens in the night palette: no glare at 3 a.m."""


def is_night(moment: dt.datetime) -> bool:
    start, end = NIGHT_HOURS
    return moment.time() >= start or moment.time() < end


def warning_signs() -> str:
    """The warning-sign message in the app's language."""
    return translate("logbook", WARNING_SIGNS)


def sign_name(sign: str) -> str:
    return translate("logbook", SIGNS[sign])


def sign_label(sign: str) -> str:
    """The sign's short label, for a table cell or a list."""
    return translate("logbook", SIGN_LABELS[sign])


def is_severe(severity: int) -> bool:
    return severity >= SEVERE_FROM


def leg_name(leg: str) -> str:
    return translate("logbook", LEG_NAMES[leg])


def place_name(place: str) -> str:
    return translate("logbook", PLACE_NAMES[place])


def where(leg: str, place: str) -> str:
    """Which leg and where ("left leg, calf"), in the app's language."""
    return translate("logbook", "{leg}, {place}").format(leg=leg_name(leg), place=place_name(place))


class EntryError(ValueError):
    """An entry that breaks a rule: each line names the field and the rule."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def when_from_text(text: str, now: dt.datetime) -> dt.datetime:
    """A moment from ISO text or a bare "HH:MM" (the latest such time not after now).

    "03:10" typed in the morning means last night's 03:10; naive ISO text is
    taken in the zone of `now`.
    """
    text = text.strip()
    match = _CLOCK.match(text)
    if match:
        hour, minute = int(match[1]), int(match[2])
        if hour > 23 or minute > 59:
            message = translate("logbook", "at: {text} is not a time of day (00:00 to 23:59)")
            raise EntryError([message.format(text=repr(text))])
        moment = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
        return moment if utc(moment) <= utc(now) else moment - dt.timedelta(days=1)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        message = translate("logbook", "at: {text} is not a time: use HH:MM or YYYY-MM-DDTHH:MM")
        raise EntryError([message.format(text=repr(text))]) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=now.tzinfo)
    return moment


def _check_time(at: dt.datetime, now: dt.datetime) -> list[str]:
    far = abs(at.year - now.year) > 1  # compared as years first: UTC may leave the calendar
    if (at.year > now.year) if far else utc(at) > utc(now) + FUTURE_SLACK:
        message = translate(
            "logbook", "at: {time} is in the future: an entry can only be logged afterwards"
        )
        return [message.format(time=_shown(at))]
    if (at.year < now.year) if far else utc(at) < utc(now) - FURTHEST_BACK:
        message = translate(
            "logbook",
            "at: {time} is more than a year ago: an entry can be logged up to a year back",
        )
        return [message.format(time=_shown(at))]
    return []


def _shown(at: dt.datetime) -> str:
    """A moment as a message names it, the year in four digits whatever it is."""
    return f"{at.year:04d}-{at:%m-%d %H:%M}"


def _check_text(name: str, texts: Iterable[str]) -> list[str]:
    message = translate(
        "logbook",
        "{name}: a control character (U+{code:04X}) at position {position} is not allowed",
    )
    problems = []
    for text in texts:
        found = _CONTROL.search(text)
        if found:
            problems.append(
                message.format(name=name, code=ord(found[0]), position=found.start() + 1)
            )
    return problems


def _check_choices(name: str, values: Iterable[str], allowed: Iterable[str]) -> list[str]:
    allowed = tuple(allowed)
    message = translate("logbook", "{name}: {value} is not one of {allowed}")
    return [
        message.format(name=name, value=repr(value), allowed=", ".join(allowed))
        for value in values
        if value not in allowed
    ]


def check_cramp(entry: CrampRecord, now: dt.datetime) -> CrampRecord:
    """The entry as it is stored (signs in a fixed order, note trimmed), or EntryError
    listing every broken rule."""
    problems = _check_time(entry.at, now)
    problems += _check_choices("leg", [entry.leg], LEGS)
    problems += _check_choices("place", [entry.place], PLACES)
    problems += _check_choices("sign", entry.signs, SIGNS)
    low, high = SEVERITY
    if not low <= entry.severity <= high:
        message = translate("logbook", "severity: {value} is out of range: must be {low} to {high}")
        problems.append(message.format(value=entry.severity, low=low, high=high))
    if entry.minutes is not None and not 0 < entry.minutes <= MAX_MINUTES:
        message = translate(
            "logbook", "minutes: {value} is out of range: must be more than 0 and at most {high}"
        )
        problems.append(message.format(value=f"{entry.minutes:g}", high=MAX_MINUTES))
    problems += _check_text("note", [entry.note])
    problems += _check_text("helped", entry.helped)
    if any(not helped.strip() for helped in entry.helped):
        problems.append(translate("logbook", "helped: an empty text says nothing; leave it out"))
    message = translate("logbook", "{name}: {count} characters is too long: at most {most}")
    for name, text, most in [
        ("note", entry.note, MAX_NOTE),
        *(("helped", helped, MAX_HELPED) for helped in entry.helped),
    ]:
        if len(text) > most:
            problems.append(message.format(name=name, count=len(text), most=most))
    if problems:
        raise EntryError(problems)
    return replace(
        entry,
        helped=tuple(dict.fromkeys(helped.strip() for helped in entry.helped)),
        signs=tuple(sign for sign in SIGNS if sign in entry.signs),
        note=entry.note.strip(),
    )


def check_water(at: dt.datetime, ml: int, now: dt.datetime) -> WaterRecord:
    problems = _check_time(at, now)
    low, high = WATER_ML
    if not low <= ml <= high:
        message = translate("logbook", "ml: {value} is out of range: must be {low} to {high}")
        problems.append(message.format(value=ml, low=low, high=high))
    if problems:
        raise EntryError(problems)
    return WaterRecord(at, ml)
