"""Settings: one schema, every problem reported, nothing ever lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from coach.core.settings import option_types as opt
from coach.core.settings.kinds import IntervalReminder
from coach.core.settings.pregnancy import due_date_range, week_as_of_range
from coach.core.settings.schema import (
    DEFAULTS,
    PAGES,
    Settings,
    check_settings_file,
    load_settings,
    parse_settings,
    save_settings,
    settings_text,
)
from tests.helpers import at

NOW = at("2026-05-04 21:15")
ALL_OPTIONS = list(opt.options(DEFAULTS))


def messages(text: str) -> list[str]:
    return [str(p) for p in parse_settings(text, NOW.date())[1]]


# --- the schema itself ---------------------------------------------------------------------


def test_every_default_obeys_its_own_rule() -> None:
    for option in ALL_OPTIONS:
        if option.default is None:
            assert option.optional, option.key
            continue
        written = option.kind.to_toml(option.default)
        assert option.kind.parse(written) == option.default, option.key


def test_every_option_has_a_unique_key_a_label_a_page_and_a_file_comment() -> None:
    keys = [o.key for o in ALL_OPTIONS]
    assert len(keys) == len(set(keys))
    assert all(o.label.strip() and o.file_help.strip() for o in ALL_OPTIONS)
    assert {o.page for o in ALL_OPTIONS} <= {p.key for p in PAGES}
    assert "reminders.fluids.every_minutes" in keys
    assert "reminders.legs-up.times" in keys


FILE_WORDS = re.compile(r'`|"|\b(true|false|auto|unset|system)\b|_|\b[a-z]+\.[a-z]')


def test_the_window_words_have_no_file_keys_or_values() -> None:
    """Labels and help say things as the window shows them: no `week`, no "system"."""
    for option in ALL_OPTIONS:
        for text in (option.label, option.help, option.unit):
            assert not FILE_WORDS.search(text), (option.key, text)
    assert not FILE_WORDS.search(" ".join(p.title for p in PAGES))


def test_units_are_declared_where_a_number_has_one() -> None:
    units = {o.key: o.unit for o in ALL_OPTIONS if o.unit}
    assert units["water.goal_ml"] == units["water.glass_ml"] == "ml"
    assert units["sound.volume"] == "%"
    assert units["reminders.fluids.every_minutes"] == "min"
    assert units["reminders.stretch.grace_minutes"] == "min late"
    assert all(o.unit for o in ALL_OPTIONS if o.key.endswith(("_minutes", "_ml")))


def test_defaults_match_the_documented_plan() -> None:
    assert DEFAULTS.bedtime == dt.time(22, 30)
    assert DEFAULTS.wake_time == dt.time(7, 0)
    assert DEFAULTS.reminders.stretch.minutes_before_bedtime == 30
    assert DEFAULTS.reminders.fluids.every_minutes == 90
    assert DEFAULTS.reminders.legs_up.times == (dt.time(11), dt.time(15), dt.time(19))
    assert DEFAULTS.reminders.left_side.enabled == "auto"
    assert DEFAULTS.reminders.move.enabled is False
    assert DEFAULTS.reminders.move.every_minutes == 60


def test_the_written_file_documents_every_option_and_parses_back() -> None:
    text = settings_text(DEFAULTS)
    for option in ALL_OPTIONS:
        assert option.key.rsplit(".", 1)[-1] in text
        assert option.file_help.splitlines()[0] in text
    assert "not medical advice" in text
    assert parse_settings(text, NOW.date()) == (DEFAULTS, [])


# --- round trip ------------------------------------------------------------------------------


def _strategy(kind: opt.Kind) -> st.SearchStrategy[Any]:
    clock = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
    if isinstance(kind, opt.Flag):
        return st.booleans()
    if isinstance(kind, opt.Whole):
        return st.integers(kind.low, kind.high)
    if isinstance(kind, opt.ClockTime):
        return clock
    if isinstance(kind, opt.ClockTimes):
        return st.lists(clock, min_size=1, max_size=kind.most, unique=True).map(
            lambda ts: tuple(sorted(ts))
        )
    if isinstance(kind, opt.CalendarDate):
        raise AssertionError("a date's range depends on the option: see DATE_RANGES")
    if isinstance(kind, (opt.Choice)):
        return st.sampled_from(kind.choices)
    if isinstance(kind, opt.Switch):
        return st.sampled_from(["auto", "on", "off"])
    if isinstance(kind, opt.KeyCombination):
        keys = st.sampled_from(["C", "K", "1", "F5"])
        mods = st.lists(st.sampled_from(opt.MODIFIERS), min_size=1, max_size=3, unique=True)
        combos = st.builds(
            lambda m, k: "+".join([*sorted(m, key=opt.MODIFIERS.index), k]), mods, keys
        )
        return st.one_of(st.just(""), combos)
    raise AssertionError(f"no strategy for {kind!r}")


def _with(tree: Any, attrs: tuple[str, ...], value: Any) -> Any:
    if len(attrs) == 1:
        return dataclasses.replace(tree, **{attrs[0]: value})
    inner = _with(getattr(tree, attrs[0]), attrs[1:], value)
    return dataclasses.replace(tree, **{attrs[0]: inner})


DATE_RANGES = {
    "pregnancy.due_date": due_date_range(NOW.date()),
    "pregnancy.week_as_of": week_as_of_range(NOW.date()),
}
"""The dates a pregnancy's options can hold on NOW."""


@st.composite
def any_settings(draw: st.DrawFn) -> Settings:
    result = DEFAULTS
    for option in ALL_OPTIONS:
        strategy = (
            st.dates(*DATE_RANGES[option.key])
            if option.key in DATE_RANGES
            else _strategy(option.kind)
        )
        value = draw(strategy)
        if option.optional:
            value = draw(st.none() | st.just(value))
        result = _with(result, option.attrs, value)
    assume(result.bedtime != result.wake_time)
    return result


@given(any_settings())
@settings(max_examples=60, deadline=None)
def test_save_then_load_gives_the_same_settings(tmp_path_factory: Any, chosen: Settings) -> None:
    path = tmp_path_factory.mktemp("rt") / "settings.toml"
    save_settings(path, chosen)
    loaded = load_settings(path, NOW)
    assert loaded.settings == chosen
    assert [p for p in loaded.problems if p.severity == "error"] == []


# --- damaged files: the right message, nothing lost -------------------------------------------


def test_out_of_range_value_names_key_value_and_rule() -> None:
    found = messages("[reminders.fluids]\nevery_minutes = 0\n")
    assert found == ["reminders.fluids.every_minutes = 0: must be between 15 and 480"]


def test_every_problem_is_reported_at_once_and_good_values_are_kept() -> None:
    text = """
bedtime = "23:15"
wake_time = 7
[reminders.fluids]
every_minutes = 0
enabled = "yes"
glass = 3
[reminders.legs-up]
times = ["11:00", "11:00"]
[water]
goal_ml = 1800
"""
    chosen, problems = parse_settings(text, NOW.date())
    assert [str(p) for p in problems] == [
        'wake_time = 7: must be a time of day like "22:30"',
        "reminders.fluids.every_minutes = 0: must be between 15 and 480",
        'reminders.fluids.enabled = "yes": must be true or false',
        "reminders.fluids.glass: unknown setting, ignored",
        'reminders.legs-up.times = ["11:00", "11:00"]: must be a list of 1 to 12 different times '
        'like ["11:00", "15:00"] (a time is listed twice)',
    ]
    assert chosen.bedtime == dt.time(23, 15)
    assert chosen.water.goal_ml == 1800
    assert chosen.reminders.fluids == IntervalReminder()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('bedtime = "25:00"\n', 'bedtime = "25:00": must be a time of day like "22:30"'),
        ("bedtime = true\n", 'bedtime = true: must be a time of day like "22:30"'),
        (
            "[water]\ngoal_ml = 1.5\n",
            "water.goal_ml = 1.5: must be a whole number between 250 and 5000",
        ),
        (
            "[water]\ngoal_ml = true\n",
            "water.goal_ml = true: must be a whole number between 250 and 5000",
        ),
        ('language = "fr"\n', 'language = "fr": must be one of "system", "en", "ru"'),
        ("water = 3\n", "water = 3: must be a table ([water])"),
        (
            '[pregnancy]\ndue_date = "2027-02-30"\n',
            'pregnancy.due_date = "2027-02-30": must be a date like 2027-03-14',
        ),
        ("[pregnancy]\nweek = 50\n", "pregnancy.week = 50: must be between 1 and 42"),
        (
            '[reminders.left-side]\nenabled = "sometimes"\n',
            'reminders.left-side.enabled = "sometimes": must be true, false or "auto"',
        ),
        (
            "[reminders.legs-up]\ntimes = []\n",
            "reminders.legs-up.times = []: must be a list of 1 to 12 different times like "
            '["11:00", "15:00"]',
        ),
        ('bedtime = "07:00"\n', 'bedtime = "07:00": must differ from the wake time'),
    ],
)
def test_each_wrong_value_gets_its_own_message(text: str, expected: str) -> None:
    assert messages(text) == [expected]


def test_unknown_keys_are_warnings_with_a_suggestion() -> None:
    _, problems = parse_settings(
        'wake_tme = "06:00"\n[reminders.fluid]\nenabled = false\n', NOW.date()
    )
    assert [(p.severity, str(p)) for p in problems] == [
        ("warning", "wake_tme: unknown setting, ignored; did you mean wake_time?"),
        ("warning", "reminders.fluid: unknown setting, ignored; did you mean reminders.fluids?"),
    ]


def test_cross_checks_warn_about_ignored_pregnancy_values() -> None:
    found = messages("[pregnancy]\ndue_date = 2026-12-01\nweek = 20\n")
    assert found == ["pregnancy.week: ignored, because a due date is set"]


def test_toml_native_times_and_booleans_for_switch_are_accepted() -> None:
    chosen, problems = parse_settings(
        "bedtime = 23:00:00\n[reminders.left-side]\nenabled = true\n", NOW.date()
    )
    assert problems == []
    assert chosen.bedtime == dt.time(23)
    assert chosen.reminders.left_side.enabled == "on"


def test_an_empty_file_uses_defaults_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("")
    loaded = load_settings(path, NOW)
    assert loaded.settings == DEFAULTS
    assert [str(p) for p in loaded.problems] == ["the file is empty; the defaults are used"]
    assert path.read_text() == ""


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'bedtime = "22:00\n[water\n', "not valid TOML"),
        (b"\x00\xff\xfe\x89PNG\r\n\x1a\n garbage", "not UTF-8 text (byte 0xff at offset 1)"),
    ],
)
def test_an_unreadable_file_is_kept_aside_never_replaced(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    loaded = load_settings(path, NOW)
    assert loaded.settings == DEFAULTS
    assert loaded.moved_to == tmp_path / "settings.toml.corrupt-20260504-211500"
    assert loaded.moved_to.read_bytes() == content
    assert not path.exists()
    (message,) = [str(p) for p in loaded.problems]
    assert reason in message
    assert str(loaded.moved_to) in message


def test_a_second_corrupt_file_in_the_same_second_does_not_overwrite_the_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"first = [")
    first = load_settings(path, NOW).moved_to
    path.write_bytes(b"second = [")
    second = load_settings(path, NOW).moved_to
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == b"first = ["
    assert second.read_bytes() == b"second = ["


def test_check_never_moves_or_changes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"not = [toml")
    _, problems = check_settings_file(path, NOW.date())
    assert path.read_bytes() == b"not = [toml"
    assert "not valid TOML" in str(problems[0])


# --- saving ------------------------------------------------------------------------------------


def test_save_is_private_keeps_a_backup_and_skips_unchanged_writes(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert save_settings(path, DEFAULTS) is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = path.read_bytes()
    inode = path.stat().st_ino

    assert save_settings(path, DEFAULTS) is False
    assert path.stat().st_ino == inode
    assert not (tmp_path / "settings.toml.bak").exists()

    later = dataclasses.replace(DEFAULTS, bedtime=dt.time(23, 45))
    assert save_settings(path, later) is True
    assert (tmp_path / "settings.toml.bak").read_bytes() == first
    assert stat.S_IMODE((tmp_path / "settings.toml.bak").stat().st_mode) == 0o600
    assert tomllib.loads(path.read_text())["bedtime"] == "23:45"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml", "settings.toml.bak"]


def test_only_changed_values_are_active_in_the_saved_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    changed = dataclasses.replace(DEFAULTS, language="ru")
    save_settings(path, changed)
    assert _leaves(tomllib.loads(path.read_text())) == {"language": "ru"}


def _leaves(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            found |= _leaves(value, f"{prefix}{key}.")
        else:
            found[prefix + key] = value
    return found
