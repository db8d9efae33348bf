"""The key that opens "Cramp now": read from the settings file, and the launcher's actions."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.core.settings.option_types import InvalidValueError, KeyCombination
from coach.core.settings.schema import DEFAULTS, parse_settings
from coach.core.system.autostart import desktop_entry

TODAY = dt.date(2026, 6, 10)


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("Ctrl+Alt+C", "Ctrl+Alt+C"),
        ("alt+ctrl+c", "Ctrl+Alt+C"),
        ("Meta+F5", "Meta+F5"),
        ("Shift+Ctrl+1", "Ctrl+Shift+1"),
        ("", ""),
    ],
)
def test_a_key_combination_is_read_in_one_spelling(raw: str, read: str) -> None:
    assert KeyCombination().parse(raw) == read


@pytest.mark.parametrize("raw", ["C", "Ctrl+", "Ctrl+Ctrl+C", "Hyper+C", "Ctrl+F13", "Ctrl+é", 5])
def test_a_key_without_a_modifier_or_unknown_is_refused(raw: object) -> None:
    with pytest.raises(InvalidValueError):
        KeyCombination().parse(raw)


def test_the_default_is_ctrl_alt_c_and_it_can_be_turned_off() -> None:
    assert DEFAULTS.cramp_key == "Ctrl+Alt+C"
    settings, problems = parse_settings('cramp_key = ""\n', TODAY)
    assert settings.cramp_key == "" and problems == []
    _, problems = parse_settings('cramp_key = "C"\n', TODAY)
    assert [p.key for p in problems] == ["cramp_key"]


def test_the_launcher_offers_cramp_now_and_log_a_cramp() -> None:
    entry = desktop_entry(["/opt/venv/bin/calf-coach"], autostart=False)
    assert "Actions=cramp-now;log-cramp;" in entry
    assert "[Desktop Action cramp-now]\nName=Cramp now\nName[ru]=Если свело ногу\n" in entry
    assert "Exec=/opt/venv/bin/calf-coach routine cramp-now" in entry
    assert "Exec=/opt/venv/bin/calf-coach log cramp" in entry
    assert "Actions=" not in desktop_entry(["calf-coach"], autostart=True)
