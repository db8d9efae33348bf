"""Whether the person can be spoken to now: present, away, do-not-disturb or full screen.

What the desktop says (idle time, a locked screen, its do-not-disturb switch, a
full-screen window) is read by small adapters in the app layer into a
`Reading`; the rule that turns it into one `Attention`, given the person's
settings, is here, pure: no clock, no platform. While attention is not
`PRESENT`, reminders that come due are held (coach.core.plan.agenda); "cramp now",
which the person asks for, never is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings.option_types import MINUTES, Flag, Whole, setting


class Attention(StrEnum):
    PRESENT = "present"
    AWAY = "away"
    DO_NOT_DISTURB = "do-not-disturb"
    FULL_SCREEN = "full-screen"


HOLDING = {
    Attention.AWAY: QT_TRANSLATE_NOOP("attention", "Holding reminders: you are away"),
    Attention.DO_NOT_DISTURB: QT_TRANSLATE_NOOP(
        "attention", "Holding reminders: do not disturb is on"
    ),
    Attention.FULL_SCREEN: QT_TRANSLATE_NOOP("attention", "Holding reminders: full-screen window"),
}
"""What the tray says while it holds reminders, and why."""


def holding_text(attention: Attention) -> str:
    """The tray's line while reminders are held ("" when the person is present)."""
    text = HOLDING.get(attention)
    return translate("attention", text) if text else ""


@dataclass(frozen=True)
class Reading:
    """What the desktop said, at one moment. None: this desktop cannot tell."""

    idle_seconds: float | None = None
    locked: bool = False
    do_not_disturb: bool = False
    full_screen: bool = False


@dataclass(frozen=True)
class AttentionSettings:
    """When to hold reminders; each rule can be turned off."""

    hold_when_away: bool = setting(
        True,
        Flag(),
        label=QT_TRANSLATE_NOOP("settings", "Hold reminders while I am away"),
        help=QT_TRANSLATE_NOOP(
            "settings",
            "No keyboard or mouse for a while, or the screen locked. When you are back, a "
            "held reminder comes at once if it is still worth it.",
        ),
        file=QT_TRANSLATE_NOOP(
            "settings",
            "Hold reminders while you are away (no input for away_after_minutes, or the\n"
            "screen locked); they come when you are back, within each kind's grace.",
        ),
    )
    away_after_minutes: int = setting(
        5,
        Whole(1, 120),
        label=QT_TRANSLATE_NOOP("settings", "Away after"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP("settings", "Without keyboard or mouse."),
        file=QT_TRANSLATE_NOOP("settings", "Minutes without keyboard or mouse that mean away."),
    )
    hold_when_do_not_disturb: bool = setting(
        True,
        Flag(),
        label=QT_TRANSLATE_NOOP("settings", "Hold reminders during do not disturb"),
        help=QT_TRANSLATE_NOOP("settings", "When your desktop's own do-not-disturb switch is on."),
        file=QT_TRANSLATE_NOOP(
            "settings", "Hold reminders while the desktop's do-not-disturb switch is on."
        ),
    )
    hold_when_full_screen: bool = setting(
        True,
        Flag(),
        label=QT_TRANSLATE_NOOP("settings", "Hold reminders during full screen"),
        help=QT_TRANSLATE_NOOP(
            "settings",
            "While a presentation, a film, a video call or a game fills the screen. "
            "“Cramp now” is never held.",
        ),
        file=QT_TRANSLATE_NOOP(
            "settings", "Hold reminders while the active window is full screen."
        ),
    )


def attention_of(reading: Reading, rules: AttentionSettings) -> Attention:
    """The one state a reading means. Away wins (nobody is there to see a card), then the
    person's own do-not-disturb, then a full-screen window."""
    idle = reading.idle_seconds
    away = reading.locked or (idle is not None and idle >= rules.away_after_minutes * 60)
    if rules.hold_when_away and away:
        return Attention.AWAY
    if rules.hold_when_do_not_disturb and reading.do_not_disturb:
        return Attention.DO_NOT_DISTURB
    if rules.hold_when_full_screen and reading.full_screen:
        return Attention.FULL_SCREEN
    return Attention.PRESENT
