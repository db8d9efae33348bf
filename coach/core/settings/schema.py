"""The person's settings: declared once, stored as commented TOML, never lost.

Loading reports every problem at once (key, bad value, rule) and keeps the
default for that one option; a file that is not TOML at all is renamed aside,
never overwritten. Saving is atomic, keeps one `.bak`, and skips the write
when nothing changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from coach.core.files import FileRefusedError, move_aside, read_small_text, write_atomically
from coach.core.i18n import QT_TRANSLATE_NOOP, translate
from coach.core.settings.attention import AttentionSettings
from coach.core.settings.kinds import reminder_sections
from coach.core.settings.option_types import (
    MILLILITRES,
    MINUTES,
    PERCENT,
    Choice,
    ClockTime,
    Flag,
    KeyCombination,
    Problem,
    Whole,
    read_tree,
    render_tree,
    section,
    setting,
)
from coach.core.settings.pregnancy import Pregnancy, dates_in_range

LANGUAGES = ("system", "en", "ru")
THEMES = ("system", "light", "dark")


if TYPE_CHECKING:

    class Reminders:
        """One settings section per reminder kind, built from coach.core.settings.kinds.KINDS."""

        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

        def __getattr__(self, name: str) -> Any: ...

else:
    Reminders = reminder_sections()


@dataclass(frozen=True)
class Page:
    """A page of the settings window: options are placed on one by its key."""

    key: str
    title: str


MY_DAY = "my-day"
PREGNANCY = "pregnancy"
REMINDERS = "reminders"
WATER = "water"
SOUND = "sound"
START = "start"
PAGES = (
    Page(MY_DAY, QT_TRANSLATE_NOOP("settings", "My day")),
    Page(PREGNANCY, QT_TRANSLATE_NOOP("settings", "Pregnancy")),
    Page(REMINDERS, QT_TRANSLATE_NOOP("settings", "Reminders")),
    Page(WATER, QT_TRANSLATE_NOOP("settings", "Water")),
    Page(SOUND, QT_TRANSLATE_NOOP("settings", "Sound and voice")),
    Page(START, QT_TRANSLATE_NOOP("settings", "Start and data")),
)
"""The window's pages, in the order people look for things."""


@dataclass(frozen=True)
class QuietHours:
    enabled: bool = setting(
        True,
        Flag(),
        label=QT_TRANSLATE_NOOP("settings", "Keep quiet hours"),
        help=QT_TRANSLATE_NOOP("settings", "No reminders at all between the start and the end."),
        file=QT_TRANSLATE_NOOP("settings", "No reminders during quiet hours."),
    )
    start: dt.time | None = setting(
        None,
        ClockTime(),
        label=QT_TRANSLATE_NOOP("settings", "Start"),
        help=QT_TRANSLATE_NOOP("settings", "When not set: 30 minutes after your bedtime."),
        file=QT_TRANSLATE_NOOP(
            "settings", "When quiet hours begin; unset: 30 minutes after bedtime."
        ),
        optional=True,
    )
    end: dt.time | None = setting(
        None,
        ClockTime(),
        label=QT_TRANSLATE_NOOP("settings", "End"),
        help=QT_TRANSLATE_NOOP("settings", "When not set: at your wake time."),
        file=QT_TRANSLATE_NOOP("settings", "When quiet hours end; unset: at wake time."),
        optional=True,
    )


@dataclass(frozen=True)
class Water:
    goal_ml: int = setting(
        1500,
        Whole(250, 5000),
        label=QT_TRANSLATE_NOOP("settings", "Daily goal"),
        unit=MILLILITRES,
        help=QT_TRANSLATE_NOOP(
            "settings",
            "Commonly cited: at least about 1.5 litres a day, more in heat. If you were told "
            "to limit fluids, use what your provider advised.",
        ),
        file=QT_TRANSLATE_NOOP(
            "settings",
            "Daily water goal in millilitres. Commonly cited: at least about 1.5 litres,\n"
            "more in heat. If you were told to limit fluids, use what your provider advised.",
        ),
    )
    glass_ml: int = setting(
        250,
        Whole(50, 1000),
        label=QT_TRANSLATE_NOOP("settings", "One glass"),
        unit=MILLILITRES,
        help=QT_TRANSLATE_NOOP("settings", "What “I drank a glass” adds to the day."),
        file=QT_TRANSLATE_NOOP("settings", "The size of one glass, in millilitres."),
    )


@dataclass(frozen=True)
class Sound:
    enabled: bool = setting(
        True,
        Flag(),
        label=QT_TRANSLATE_NOOP("settings", "Play soft chimes"),
        help=QT_TRANSLATE_NOOP("settings", "For reminders and for each step of a routine."),
        file=QT_TRANSLATE_NOOP("settings", "Play soft chimes for reminders and routine steps."),
    )
    volume: int = setting(
        60,
        Whole(0, 100),
        label=QT_TRANSLATE_NOOP("settings", "Chime volume"),
        unit=PERCENT,
        file=QT_TRANSLATE_NOOP("settings", "Chime volume, 0 to 100."),
    )
    voice: bool = setting(
        False,
        Flag(),
        label=QT_TRANSLATE_NOOP("settings", "Read routine steps aloud"),
        help=QT_TRANSLATE_NOOP("settings", "Where a speech engine is installed on this computer."),
        file=QT_TRANSLATE_NOOP(
            "settings", "Speak routine steps aloud, where a speech engine is installed."
        ),
    )


@dataclass(frozen=True)
class Settings:
    """Everything the person can set. Top-level options must come before sections."""

    bedtime: dt.time = setting(
        dt.time(22, 30),
        ClockTime(),
        label=QT_TRANSLATE_NOOP("settings", "Bedtime"),
        help=QT_TRANSLATE_NOOP("settings", "When you usually go to bed."),
        page=MY_DAY,
    )
    wake_time: dt.time = setting(
        dt.time(7, 0),
        ClockTime(),
        label=QT_TRANSLATE_NOOP("settings", "Wake time"),
        help=QT_TRANSLATE_NOOP("settings", "When you usually get up."),
        page=MY_DAY,
    )
    language: str = setting(
        "system",
        Choice(
            LANGUAGES,
            (
                QT_TRANSLATE_NOOP("settings", "As the computer"),
                # Each language by its own name, so that anyone can find theirs.
                QT_TRANSLATE_NOOP("settings", "English"),
                QT_TRANSLATE_NOOP("settings", "Russian (Русский)"),
            ),
        ),
        label=QT_TRANSLATE_NOOP("settings", "Language"),
        file=QT_TRANSLATE_NOOP("settings", 'Language of the app: "system" follows the computer.'),
        page=START,
    )
    theme: str = setting(
        "system",
        Choice(
            THEMES,
            (
                QT_TRANSLATE_NOOP("settings", "As the computer"),
                QT_TRANSLATE_NOOP("settings", "Light"),
                QT_TRANSLATE_NOOP("settings", "Dark"),
            ),
        ),
        label=QT_TRANSLATE_NOOP("settings", "Appearance"),
        help=QT_TRANSLATE_NOOP("settings", "Light or dark windows."),
        file=QT_TRANSLATE_NOOP("settings", 'Light or dark windows: "system" follows the computer.'),
        page=START,
    )
    cramp_key: str = setting(
        "Ctrl+Alt+C",
        KeyCombination(),
        label=QT_TRANSLATE_NOOP("settings", "“Cramp now” key"),
        help=QT_TRANSLATE_NOOP(
            "settings",
            "Opens “Cramp now” from any application. Click the field and press the keys; "
            "clear it for none.",
        ),
        file=QT_TRANSLATE_NOOP(
            "settings",
            'A key that opens "Cramp now" from any application; "" for none.',
        ),
        page=START,
    )
    card_expire_minutes: int = setting(
        30,
        Whole(1, 240),
        label=QT_TRANSLATE_NOOP("settings", "Close an unanswered card after"),
        unit=MINUTES,
        help=QT_TRANSLATE_NOOP(
            "settings", "A reminder nobody answers goes away by itself after this long."
        ),
        file=QT_TRANSLATE_NOOP(
            "settings", "A reminder card no one answers closes after this many minutes."
        ),
        page=REMINDERS,
    )
    pregnancy: Pregnancy = section(
        Pregnancy,
        QT_TRANSLATE_NOOP("settings", "Optional: lets the app know your week."),
        page=PREGNANCY,
    )
    quiet_hours: QuietHours = section(
        QuietHours,
        QT_TRANSLATE_NOOP("settings", "A time with no reminders at all."),
        label=QT_TRANSLATE_NOOP("settings", "Quiet hours"),
        page=MY_DAY,
    )
    water: Water = section(Water, QT_TRANSLATE_NOOP("settings", "Water goal."), page=WATER)
    sound: Sound = section(Sound, QT_TRANSLATE_NOOP("settings", "Sounds and voice."), page=SOUND)
    attention: AttentionSettings = section(
        AttentionSettings,
        QT_TRANSLATE_NOOP("settings", "When reminders wait for you."),
        label=QT_TRANSLATE_NOOP("settings", "Hold reminders"),
        page=REMINDERS,
    )
    reminders: Reminders = section(
        Reminders,
        QT_TRANSLATE_NOOP("settings", "The reminders, one section each."),
        page=REMINDERS,
    )


DEFAULTS = Settings()


class SettingsInUse(Protocol):
    """Where every part of the app reads the settings in use, at the moment it decides:
    the app's one owner of them (which also says when they change), or a test's value."""

    @property
    def value(self) -> Settings: ...


FILE_HEADER = """Calf Coach settings. Edit freely: `calf-coach settings check` tells you if
anything is wrong. Lines starting with # are comments; a commented-out option
uses the default shown. This app is a coach, not medical advice."""


class SettingsSyntaxError(ValueError):
    """The file is not readable TOML at all (as opposed to a bad value)."""


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    problems: tuple[Problem, ...] = ()
    moved_to: Path | None = None


def parse_settings(text: str, today: dt.date) -> tuple[Settings, list[Problem]]:
    """Settings from TOML text, with every problem found; raises SettingsSyntaxError.
    `today` bounds the pregnancy's dates (a due date in 2099 is no pregnancy's)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsSyntaxError(
            translate("settings", "is not valid TOML: {error}").format(error=exc)
        ) from exc
    except RecursionError:  # the parser recurses once per level of nesting
        raise SettingsSyntaxError(
            translate("settings", "has values nested too deeply to be settings")
        ) from None
    if not text.strip():
        empty = translate("settings", "the file is empty; the defaults are used")
        return DEFAULTS, [Problem("", empty, "warning")]
    return settings_from_raw(raw, today)


def settings_from_raw(raw: dict[str, Any], today: dt.date) -> tuple[Settings, list[Problem]]:
    """Settings from a TOML-shaped tree (a file, or the settings window), every problem found."""
    settings, problems = read_tree(DEFAULTS, raw)
    pregnancy, out_of_range = dates_in_range(settings.pregnancy, today)
    settings = dataclasses.replace(settings, pregnancy=pregnancy)
    return settings, problems + out_of_range + _cross_checks(settings)


def _cross_checks(settings: Settings) -> list[Problem]:
    problems = []
    if settings.bedtime == settings.wake_time:
        problems.append(
            Problem(
                "bedtime",
                translate("settings", "must differ from the wake time"),
                value=f'"{settings.bedtime:%H:%M}"',
            )
        )
    preg = settings.pregnancy
    if preg.due_date is not None and preg.week is not None:
        problems.append(
            Problem(
                "pregnancy.week",
                translate("settings", "ignored, because a due date is set"),
                "warning",
            )
        )
    if preg.week_as_of is not None and preg.week is None:
        problems.append(
            Problem(
                "pregnancy.week_as_of",
                translate("settings", "ignored, because no week is set"),
                "warning",
            )
        )
    return problems


def check_settings_file(path: Path, today: dt.date) -> tuple[Settings, list[Problem]]:
    """Read and validate without touching the file (for `settings check`)."""
    try:
        return parse_settings(read_small_text(path), today)
    except FileNotFoundError:
        refused = translate("files", "does not exist")
    except FileRefusedError as exc:
        refused = exc.reason
    except SettingsSyntaxError as exc:
        refused = str(exc)
    return DEFAULTS, [Problem("", refused)]


def load_settings(path: Path, now: dt.datetime, *, keep_aside: bool = True) -> LoadedSettings:
    """The app's way in: a missing file means defaults. A file whose content cannot be
    settings is moved aside (`keep_aside`: the app), or left where it is and said so
    (the commands that only read); one that cannot be read at all is left alone."""
    try:
        settings, problems = parse_settings(read_small_text(path), now.date())
    except FileNotFoundError:
        return LoadedSettings(DEFAULTS)
    except (FileRefusedError, SettingsSyntaxError) as exc:
        damaged = isinstance(exc, SettingsSyntaxError) or exc.damaged
        reason = str(exc) if isinstance(exc, SettingsSyntaxError) else exc.reason
        if not (keep_aside and damaged):
            message = translate(
                "settings", "{file} {error}. The defaults are used until it is put right."
            ).format(file=path.name, error=reason)
            return LoadedSettings(DEFAULTS, (Problem("", message),))
        aside = move_aside(path, "corrupt", now)
        message = translate(
            "settings",
            "{file} {error}. It was kept as {aside} and the defaults are used "
            "until you save new settings.",
        ).format(file=path.name, error=reason, aside=aside)
        return LoadedSettings(DEFAULTS, (Problem("", message),), aside)
    return LoadedSettings(settings, tuple(problems))


def read_language(path: Path) -> str:
    """The `language` the file asks for, or "system": read before the full load, so that
    the load's own messages can already be in that language. Never fails."""
    try:
        raw = tomllib.loads(read_small_text(path))
    except (OSError, FileRefusedError, tomllib.TOMLDecodeError, RecursionError):
        return "system"
    language = raw.get("language")
    return language if language in LANGUAGES else "system"


def settings_text(settings: Settings, *, only_changed: bool = True) -> str:
    return render_tree(settings, DEFAULTS, FILE_HEADER, only_changed=only_changed)


def save_settings(path: Path, settings: Settings) -> bool:
    """Write atomically, keeping the previous file as `.bak`; False if nothing changed."""
    data = settings_text(settings).encode("utf-8")
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = None
    if old == data:
        return False
    if old is not None:
        write_atomically(path.with_name(path.name + ".bak"), old)
    write_atomically(path, data)
    return True
