"""The core's side of translation: which language is shown, and English without a catalogue."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest

from coach.core import i18n
from coach.core.i18n import day_month, pick_language, short_weekday, translate


@pytest.fixture
def hook() -> Iterator[list[tuple[str, str, int]]]:
    """Route the core's texts through a recording translator, then put back what was there."""
    calls: list[tuple[str, str, int]] = []
    before = i18n._active

    def shout(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        calls.append((context, text, n))
        return text.upper()

    i18n.use(shout)
    yield calls
    i18n._active = before


@pytest.mark.parametrize(
    ("setting", "system", "shown"),
    [
        ("ru", ["en-GB"], "ru"),  # the setting wins
        ("en", ["ru-RU"], "en"),
        ("system", ["ru-RU", "en-US"], "ru"),
        ("system", ["de-DE", "ru-RU"], "ru"),  # the first preference we ship
        ("system", ["de-DE", "fr-FR"], "en"),  # none shipped: English
        ("system", ["ru_RU"], "ru"),
        ("system", [], "en"),
    ],
)
def test_the_language_shown(setting: str, system: list[str], shown: str) -> None:
    assert pick_language(setting, system) == shown


@pytest.fixture
def no_translator() -> Iterator[None]:
    before = i18n._active
    i18n.use(None)
    yield
    i18n._active = before


@pytest.mark.usefixtures("no_translator")
def test_english_plurals_come_from_the_source_text_without_a_catalogue() -> None:
    assert translate("insights", "%n cramp(s)", None, 1) == "1 cramp"
    assert translate("insights", "%n cramp(s)", None, 0) == "0 cramps"
    assert translate("insights", "of %n night(s)", None, 7) == "of 7 nights"
    assert translate("actions", "Cramp now") == "Cramp now"


def test_core_texts_go_through_the_installed_translator(hook: list[tuple[str, str, int]]) -> None:
    assert translate("actions", "Cramp now") == "CRAMP NOW"
    assert short_weekday(dt.date(2026, 6, 10)) == "WED"
    assert day_month(dt.date(2026, 3, 3)) == "3\u00a0MAR"
    assert ("dates", "Wed", -1) in hook


def test_a_translator_that_keeps_the_english_still_gets_english_plurals(
    hook: list[tuple[str, str, int]],
) -> None:
    def keep(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return text.replace("%n", str(n))

    i18n.use(keep)
    assert translate("voice", "%n second(s)", None, 30) == "30 seconds"


def test_in_english_the_texts_built_are_english_and_only_in_this_thread(
    hook: list[tuple[str, str, int]],
) -> None:
    elsewhere: list[str] = []
    with i18n.in_english():
        assert translate("reminders", "A glass of water") == "A glass of water"
        assert translate("home", "%n night(s)", None, 2) == "2 nights"
        other = threading.Thread(target=lambda: elsewhere.append(translate("c", "water")))
        other.start()
        other.join()
    assert elsewhere == ["WATER"]  # a window drawn meanwhile keeps the app's language
    assert translate("reminders", "A glass of water") == "A GLASS OF WATER"
