"""Each reminder kind, declared once: its texts, its settings section, its enabled rule,
what its card's main button does, and (in the section's defaults) its grace.

The plan, the settings file and window, the welcome, the card, the notification,
the charts and the command line all read this table; a kind added here appears in
every one of them with nothing else edited (tests/qt/test_a_new_kind.py shows it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings.option_types import (
    MINUTES,
    MINUTES_LATE,
    ClockTimes,
    Flag,
    Switch,
    Whole,
    section,
    setting,
)
from coach.core.settings.pregnancy import THIRD_TRIMESTER_WEEK

ReminderKind = NewType("ReminderKind", str)
"""A kind's key, as in the settings file, the history and the command line ("legs-up")."""


# --- the settings sections a kind may have -------------------------------------------------


def _remind_me(file: str) -> bool:
    return setting(True, Flag(), label=QT_TRANSLATE_NOOP("settings", "Remind me"), file=file)


def _before_bedtime(default: int) -> int:
    return setting(
        default,
        Whole(0, 240),
        label=QT_TRANSLATE_NOOP("settings", "Before bedtime"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP("settings", "How long before your bedtime it comes."),
        file=QT_TRANSLATE_NOOP("settings", "How long before bedtime to remind me."),
    )


def _snooze(default: int) -> int:
    return setting(
        default,
        Whole(1, 240),
        label=QT_TRANSLATE_NOOP("settings", "Snooze for"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP("settings", "How long “Snooze” on a card puts it off."),
        file=QT_TRANSLATE_NOOP(
            "settings", "Minutes a snoozed reminder waits before it comes back."
        ),
    )


def _grace(default: int) -> int:
    return setting(
        default,
        Whole(0, 720),
        label=QT_TRANSLATE_NOOP("settings", "Still show it up to"),
        unit=MINUTES_LATE,
        help=QT_TRANSLATE_NOOP(
            "settings",
            "When the laptop was asleep or off at the time. Later than this it is recorded "
            "as missed and not shown.",
        ),
        file=QT_TRANSLATE_NOOP(
            "settings",
            "If the laptop was asleep or off when this was due, how many minutes late it is\n"
            "still worth showing; after that it is recorded as missed and not shown.",
        ),
    )


@dataclass(frozen=True)
class StretchReminder:
    """Once a day, a set time before bedtime."""

    enabled: bool = _remind_me(
        QT_TRANSLATE_NOOP("settings", "Remind me to do the bedtime calf stretches.")
    )
    minutes_before_bedtime: int = _before_bedtime(30)
    snooze_minutes: int = _snooze(10)
    grace_minutes: int = _grace(60)


@dataclass(frozen=True)
class IntervalReminder:
    """A reminder repeated through the waking day (fluids, move)."""

    enabled: bool = _remind_me(QT_TRANSLATE_NOOP("settings", "Whether this reminder is on."))
    every_minutes: int = setting(
        90,
        Whole(15, 480),
        label=QT_TRANSLATE_NOOP("settings", "Every"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP("settings", "The time from one reminder to the next."),
        file=QT_TRANSLATE_NOOP("settings", "Minutes between two reminders."),
    )
    start_after_wake_minutes: int = setting(
        60,
        Whole(0, 720),
        label=QT_TRANSLATE_NOOP("settings", "First one after waking"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP("settings", "The first comes this long after your wake time."),
        file=QT_TRANSLATE_NOOP(
            "settings", "The first one comes this many minutes after wake time."
        ),
    )
    stop_before_bedtime_minutes: int = setting(
        120,
        Whole(0, 720),
        label=QT_TRANSLATE_NOOP("settings", "Last one before bedtime"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP(
            "settings", "The last comes no later than this long before your bedtime."
        ),
        file=QT_TRANSLATE_NOOP(
            "settings", "The last one comes no later than this many minutes before bedtime."
        ),
    )
    snooze_minutes: int = _snooze(15)
    grace_minutes: int = _grace(45)


@dataclass(frozen=True)
class LegsUpReminder:
    """At the times of day the person lists."""

    enabled: bool = _remind_me(
        QT_TRANSLATE_NOOP("settings", "Remind me to rest with my legs raised.")
    )
    times: tuple[dt.time, ...] = setting(
        (dt.time(11), dt.time(15), dt.time(19)),
        ClockTimes(12),
        label=QT_TRANSLATE_NOOP("settings", "At"),
        help=QT_TRANSLATE_NOOP(
            "settings", "Times of day, separated by commas, for example 11:00, 15:00, 19:00."
        ),
        file=QT_TRANSLATE_NOOP("settings", "Times of day for a legs-up rest."),
    )
    snooze_minutes: int = _snooze(30)
    grace_minutes: int = _grace(60)


@dataclass(frozen=True)
class LeftSideReminder:
    """Before bedtime; "auto" turns it on from a week of pregnancy."""

    enabled: str = setting(
        "auto",
        Switch(),
        label=QT_TRANSLATE_NOOP("settings", "Remind me"),
        help=QT_TRANSLATE_NOOP(
            "settings",
            "Automatic: from week 28 of pregnancy, once your due date or week is set.",
        ),
        file=QT_TRANSLATE_NOOP(
            "settings",
            'Remind me at bedtime to sleep on my left side. "auto" turns it on from\n'
            "pregnancy week 28 when a due date or week is set; true or false decide yourself.",
        ),
    )
    minutes_before_bedtime: int = _before_bedtime(0)
    snooze_minutes: int = _snooze(10)
    grace_minutes: int = _grace(60)


KindSection = StretchReminder | IntervalReminder | LegsUpReminder | LeftSideReminder
"""Every section has `enabled`, `snooze_minutes` and `grace_minutes`."""


# --- the table ------------------------------------------------------------------------------


class CardAction(StrEnum):
    """What the card's main button does, besides recording "done"."""

    NOTHING = "nothing"
    LOG_GLASS = "log-glass"
    OPEN_ROUTINE = "open-routine"


@dataclass(frozen=True)
class KindText:
    """What a reminder card says: a title (its one name, everywhere: card, notification,
    tray, charts, table, report), the one-line why, its main action."""

    title: str
    why: str
    action: str

    def translated(self) -> KindText:
        """The same texts in the app's language (the table holds the English ones)."""
        return KindText(*(translate("reminders", text) for text in dataclasses.astuple(self)))


@dataclass(frozen=True)
class Kind:
    key: ReminderKind
    text: KindText
    settings: Callable[[], KindSection]
    """Builds the kind's settings section with its defaults (grace included)."""
    settings_help: str
    action: CardAction = CardAction.NOTHING
    routine: str | None = None
    """The routine its card opens, with CardAction.OPEN_ROUTINE."""
    auto_from_week: int | None = None
    """With an "auto" switch: the pregnancy week from which the kind is on by itself."""

    @property
    def attr(self) -> str:
        """The Python name of its settings section ("legs_up")."""
        return self.key.replace("-", "_")


STRETCH = ReminderKind("stretch")
FLUIDS = ReminderKind("fluids")
LEGS_UP = ReminderKind("legs-up")
LEFT_SIDE = ReminderKind("left-side")
MOVE = ReminderKind("move")

KINDS: tuple[Kind, ...] = (
    Kind(
        STRETCH,
        KindText(
            QT_TRANSLATE_NOOP("reminders", "Bedtime calf stretches"),
            QT_TRANSLATE_NOOP(
                "reminders",
                "A few minutes of gentle calf stretching before bed makes night cramps less "
                "likely.",
            ),
            QT_TRANSLATE_NOOP("reminders", "Start bedtime routine"),
        ),
        StretchReminder,
        QT_TRANSLATE_NOOP("settings", "Bedtime calf stretches."),
        CardAction.OPEN_ROUTINE,
        "bedtime",
    ),
    Kind(
        FLUIDS,
        KindText(
            QT_TRANSLATE_NOOP("reminders", "A glass of water"),
            QT_TRANSLATE_NOOP(
                "reminders",
                "Too little fluid is one of the likely causes of cramps; small, regular drinks "
                "help. If you were told to limit fluids, follow your provider.",
            ),
            QT_TRANSLATE_NOOP("reminders", "I drank a glass"),
        ),
        IntervalReminder,
        QT_TRANSLATE_NOOP("settings", "A glass of water through the day."),
        CardAction.LOG_GLASS,
    ),
    Kind(
        LEGS_UP,
        KindText(
            QT_TRANSLATE_NOOP("reminders", "Legs up for 20 minutes"),
            QT_TRANSLATE_NOOP(
                "reminders",
                "Resting with your legs raised for about 20 minutes helps blood flow back from "
                "them.",
            ),
            QT_TRANSLATE_NOOP("reminders", "Start 20-minute timer"),
        ),
        LegsUpReminder,
        QT_TRANSLATE_NOOP("settings", "Rest with the legs raised."),
        CardAction.OPEN_ROUTINE,
        "legs-up",
    ),
    Kind(
        LEFT_SIDE,
        KindText(
            QT_TRANSLATE_NOOP("reminders", "Sleep on your left side"),
            QT_TRANSLATE_NOOP(
                "reminders",
                "Late in pregnancy, lying on the left side keeps the womb off a large vein, "
                "so blood returns from the legs more easily. A small pillow under your right hip "
                "can help.",
            ),
            QT_TRANSLATE_NOOP("reminders", "OK"),
        ),
        LeftSideReminder,
        QT_TRANSLATE_NOOP("settings", "Sleep on the left side (third trimester)."),
        auto_from_week=THIRD_TRIMESTER_WEEK,
    ),
    Kind(
        MOVE,
        KindText(
            QT_TRANSLATE_NOOP("reminders", "Time to move a little"),
            QT_TRANSLATE_NOOP(
                "reminders",
                "Sitting still for a long time makes cramps more likely. Stand up, walk a few "
                "steps, or roll from heel to toe.",
            ),
            QT_TRANSLATE_NOOP("reminders", "Done"),
        ),
        lambda: IntervalReminder(
            enabled=False, every_minutes=60, stop_before_bedtime_minutes=60, grace_minutes=10
        ),
        QT_TRANSLATE_NOOP(
            "settings", "Get up and move after a long sit (off unless you turn it on)."
        ),
    ),
)
BY_KEY: dict[str, Kind] = {kind.key: kind for kind in KINDS}


def all_kinds() -> tuple[ReminderKind, ...]:
    """Every kind's key, in the table's order (the order of cards, charts and pages)."""
    return tuple(kind.key for kind in KINDS)


def kind_named(key: str) -> ReminderKind:
    """The kind called `key`, or ValueError naming the kinds there are."""
    if key not in BY_KEY:
        raise ValueError(f"no reminder kind {key!r}: one of {', '.join(BY_KEY)}")
    return BY_KEY[key].key


def kind_of(key: str) -> Kind:
    return BY_KEY[kind_named(key)]


def kind_text(kind: str) -> KindText:
    """What a card, a notification or a chart says about `kind`, in the app's language."""
    return kind_of(kind).text.translated()


def reminder_sections() -> type:
    """The `[reminders]` part of the settings: one section per kind, in the table's order."""
    fields = [
        (
            kind.attr,
            object,
            section(kind.settings, kind.settings_help, name=kind.key, label=kind.text.title),
        )
        for kind in KINDS
    ]
    return dataclasses.make_dataclass("Reminders", fields, frozen=True)


def snooze_label(minutes: int) -> str:
    """The snooze button's words, on the card and on its notification."""
    return translate("card", "Snooze {minutes} min").format(minutes=minutes)
