"""Translating the core's texts without Qt: a hook that the Qt layer fills.

The core builds messages (setting rules, reminder texts, the history summary)
that people read in the windows, so they must follow the app's language. The
core cannot import Qt, so it calls `translate`, which is the identity (with
Qt's `%n` filled in) until `use` installs `QCoreApplication.translate`: the
app does that when `coach.app` is imported. The command line stays English.

`lupdate` finds every text by its literal call, `translate("context", "text")`
or, for a table read later, `QT_TRANSLATE_NOOP("context", "text")`. Templates
use named `{fields}` filled in after translating, so a translation may reorder
them; a test checks each translation keeps its source's fields.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar

SHIPPED_LANGUAGES = ("en", "ru")
"""English (the source texts) and the languages with a complete translation."""

Translator = Callable[[str, str, str | None, int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_active: Translator = _untranslated
_english: ContextVar[bool] = ContextVar("english", default=False)


def use(translator: Translator | None) -> None:
    """Route the core's texts through `translator` (None: back to English)."""
    global _active
    _active = translator or _untranslated


@contextlib.contextmanager
def in_english() -> Iterator[None]:
    """Texts built inside are English, whatever the app's language: what the running app
    answers the command line (which stays English). Only this thread's texts: a window
    drawn by another meanwhile keeps the app's language."""
    token = _english.set(True)
    try:
        yield
    finally:
        _english.reset(token)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the app's language (English inside `in_english`); `n` picks a plural form
    and fills `%n`.

    English is the source language and has no catalogue, so its plurals are
    written "night(s)" and resolved here: "1 night", "7 nights".
    """
    result = (_untranslated if _english.get() else _active)(context, text, disambiguation, n)
    if n >= 0 and "(s)" in result:
        result = result.replace("(s)", "" if n == 1 else "s")
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark `text` for translation where it is declared; `translate` it where it is shown."""
    return text


WEEKDAYS = (
    QT_TRANSLATE_NOOP("dates", "Mon"),
    QT_TRANSLATE_NOOP("dates", "Tue"),
    QT_TRANSLATE_NOOP("dates", "Wed"),
    QT_TRANSLATE_NOOP("dates", "Thu"),
    QT_TRANSLATE_NOOP("dates", "Fri"),
    QT_TRANSLATE_NOOP("dates", "Sat"),
    QT_TRANSLATE_NOOP("dates", "Sun"),
)


MONTHS = (
    QT_TRANSLATE_NOOP("dates", "Jan"),
    QT_TRANSLATE_NOOP("dates", "Feb"),
    QT_TRANSLATE_NOOP("dates", "Mar"),
    QT_TRANSLATE_NOOP("dates", "Apr"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "Jun"),
    QT_TRANSLATE_NOOP("dates", "Jul"),
    QT_TRANSLATE_NOOP("dates", "Aug"),
    QT_TRANSLATE_NOOP("dates", "Sep"),
    QT_TRANSLATE_NOOP("dates", "Oct"),
    QT_TRANSLATE_NOOP("dates", "Nov"),
    QT_TRANSLATE_NOOP("dates", "Dec"),
)


def short_weekday(day: dt.date) -> str:
    """The day's short name ("Mon") in the app's language; strftime's %a is always English."""
    return translate("dates", WEEKDAYS[day.weekday()])


def day_month(day: dt.date) -> str:
    """The day and month ("3 Mar") in the app's language; a no-break space keeps it on one line."""
    return f"{day.day}\u00a0{translate('dates', MONTHS[day.month - 1])}"


def decimal(value: float, places: int | None = None) -> str:
    """A number with the language's decimal mark ("0.86", "0,86"); `places` fixed, or as
    short as it goes ("1.5", "12") when None."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    return text.replace(".", translate("numbers", "."))  # the decimal mark


def pick_language(setting: str, system_languages: Iterable[str]) -> str:
    """The language to show: the setting's, or the first shipped one the system prefers.

    `system_languages` are BCP 47 names in order of preference ("ru-RU", "en-GB").
    """
    if setting in SHIPPED_LANGUAGES:
        return setting
    for name in system_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED_LANGUAGES:
            return code
    return SHIPPED_LANGUAGES[0]


def printable(text: str) -> str:
    """`text` with every character that is not printable escaped (\\u001e): a control
    character or a line separator would break a one-line message."""
    return "".join(c if c.isprintable() or c == " " else f"\\u{ord(c):04x}" for c in text)
