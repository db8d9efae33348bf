"""One name per window, in English and Russian: its title, the menu entry or button that
opens it, and its key in Today's list of keys say the same word; and a message about
the history the History window shows calls it by that window's name."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach.app.home.actions import CoachActions
from coach.app.home.today_window import HomeWindow
from coach.app.style.language import install_language
from coach.core.i18n import translate

CATALOGUE = Path(__file__).resolve().parents[2] / "assets" / "translations" / "calf-coach_ru.ts"
WINDOWS = {
    # window: (its title, the action or button that opens it, the key that opens it)
    "History": (("history", "History"), ("actions", "History…"), "H"),
    "Tips": (("tips", "Tips"), ("actions", "Tips…"), "T"),
    "Settings": (("settings", "Settings"), ("actions", "Settings…"), "S"),
    "Log a cramp": (("log", "Log a cramp"), ("actions", "Log a cramp…"), "L"),
}
BUTTONS = {
    "History's Tips button": (("tips", "Tips"), ("history", "Tips…")),
    "History's cramp button": (("log", "Log a cramp"), ("history", "Log a cramp…")),
    "History's drink button": (("log", "Log a drink"), ("history", "Log a drink…")),
}


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield install_language(request.param)
    install_language("en")


def _named(source: tuple[str, str]) -> str:
    return translate(*source).replace("&", "").rstrip("…").strip()


def test_a_window_is_called_by_one_name_wherever_it_is_opened(qtbot: QtBot, language: str) -> None:
    home = HomeWindow(CoachActions())
    qtbot.addWidget(home)
    keys = home.keys.text().replace("\u00a0", " ")
    for window, (title, opener, key) in WINDOWS.items():
        name = _named(title)
        assert _named(opener) == name, f"{language}: {window} is opened as {_named(opener)!r}"
        assert f"{key} {name}".lower() in keys.lower(), f"{language}: {window} in {keys!r}"
    for button, (title, opener) in BUTTONS.items():
        assert _named(opener) == _named(title), f"{language}: {button}"


def test_the_russian_history_is_never_called_a_journal() -> None:
    """English says "history" for both the window and what it holds; Russian says
    «история» for both, never «журнал» (a second name for one thing)."""
    root = ET.parse(CATALOGUE).getroot()
    found = []
    for message in root.iter("message"):
        source, russian = message.findtext("source") or "", message.findtext("translation") or ""
        about_history = re.search(r"\bhistory\b", source, re.IGNORECASE)
        if about_history and ("журнал" in russian.lower() or "истори" not in russian.lower()):
            found.append(f"{source!r} → {russian!r}")
    assert len([m for m in root.iter("message") if "istory" in (m.findtext("source") or "")]) >= 5
    assert found == []
