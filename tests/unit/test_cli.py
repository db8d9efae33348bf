"""The command line, run in-process with an injected clock, and once as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from coach.cli import main
from coach.core.settings.schema import DEFAULTS, parse_settings
from coach.core.system.paths import HOME_VARIABLE, Paths
from tests.test_cli_support import NOW, run


def test_next_json_prints_the_default_plan(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "next", "--json", "--count", "13") == 0
    plan = json.loads(capsys.readouterr().out)
    fluids = [f"2026-06-10T{m // 60:02d}:{m % 60:02d}:00+02:00" for m in range(480, 1201, 90)]
    assert [p["at"] for p in plan if p["kind"] == "fluids"] == fluids
    assert [p["at"] for p in plan if p["kind"] == "legs-up"] == [
        "2026-06-10T11:00:00+02:00",
        "2026-06-10T15:00:00+02:00",
        "2026-06-10T19:00:00+02:00",
    ]
    assert [p["at"] for p in plan if p["kind"] == "stretch"] == ["2026-06-10T22:00:00+02:00"]
    assert all(p["title"] and p["why"] and p["action"] for p in plan)


def test_next_prints_a_readable_list(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "next", "--count", "2") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Wed 10 Jun 08:00  fluids     A glass of water",
        "Wed 10 Jun 09:30  fluids     A glass of water",
    ]


def test_next_follows_the_settings_file(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    home.settings_file.write_text('bedtime = "23:30"\n[reminders.fluids]\nenabled = false\n')
    assert run(home, "next", "--json", "--count", "4") == 0
    plan = json.loads(capsys.readouterr().out)
    assert [(p["kind"], p["at"][11:16]) for p in plan] == [
        ("legs-up", "11:00"),
        ("legs-up", "15:00"),
        ("legs-up", "19:00"),
        ("stretch", "23:00"),
    ]


def test_bad_count_is_a_usage_error(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        run(home, "next", "--count", "0")
    assert stop.value.code == 2
    assert "--count: 0 is out of range: must be between 1 and 1000" in capsys.readouterr().err


def test_settings_check_names_key_value_and_rule(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = home.config_dir / "bad.toml"
    bad.write_text("[reminders.fluids]\nevery_minutes = 0\n[reminders.stretch]\nenabld = true\n")
    assert run(home, "settings", "check", str(bad)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{bad}: error: reminders.fluids.every_minutes = 0: must be between 15 and 480",
        f"{bad}: warning: reminders.stretch.enabld: unknown setting, ignored; "
        "did you mean reminders.stretch.enabled?",
        f"{bad}: 1 error(s), 1 warning(s)",
    ]
    assert bad.exists()


def test_settings_check_passes_a_good_file(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    good = home.config_dir / "good.toml"
    good.write_text('bedtime = "23:00"\n')
    assert run(home, "settings", "check", str(good)) == 0
    assert capsys.readouterr().out == f"{good}: OK\n"


def test_settings_check_of_a_missing_file(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "settings", "check") == 0
    assert "no settings file yet" in capsys.readouterr().out
    assert run(home, "settings", "check", str(home.config_dir / "nope.toml")) == 2
    assert "no such file" in capsys.readouterr().err


def test_settings_show_prints_every_value_as_valid_toml(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    home.settings_file.write_text('language = "ru"\n')
    assert run(home, "settings", "show") == 0
    out = capsys.readouterr().out
    assert tomllib.loads(out)["bedtime"] == "22:30"
    settings, problems = parse_settings(out, NOW.date())
    assert problems == []
    assert settings.language == "ru"
    assert settings.reminders == DEFAULTS.reminders


def test_settings_path_lists_every_file(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(home, "settings", "path") == 0
    out = capsys.readouterr().out
    for path in (home.settings_file, home.history_file, home.routines_dir):
        assert str(path) in out


@pytest.mark.parametrize(
    "argv", [("next", "--count", "1"), ("settings", "show"), ("status",), ("history",)]
)
def test_a_corrupt_settings_file_is_reported_and_left_where_it_is_by_a_command_that_reads(
    home: Paths, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    home.settings_file.write_bytes(b"bedtime = [\n")
    assert run(home, *argv) == 0
    err = capsys.readouterr().err
    assert f"{home.settings_file}: error: settings.toml is not valid TOML: " in err
    assert "The defaults are used until it is put right." in err
    assert home.settings_file.read_bytes() == b"bedtime = [\n"
    assert not [p for p in home.config_dir.iterdir() if ".corrupt" in p.name]


def test_the_environment_variable_is_honoured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "via-env"))
    assert main(["settings", "path"], clock=lambda: NOW) == 0
    assert str(tmp_path / "via-env" / "settings.toml") in capsys.readouterr().out


def test_app_commands_say_when_no_app_is_running(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["pause", "30m"], ["resume"], ["quit"]):
        assert run(home, *argv) == 1
        assert "Calf Coach is not running" in capsys.readouterr().err


def test_status_without_a_running_app_answers_from_the_files(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert status == {
        "running": False,
        "paused_until": None,
        "next": {
            "kind": "fluids",
            "at": "2026-06-10T08:00:00+02:00",
            "title": "A glass of water",
            "why": status["next"]["why"],
            "action": "I drank a glass",
        },
        "week": None,
    }
    assert run(home, "status") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Calf Coach is not running.",
        "Next: A glass of water at 2026-06-10T08:00:00+02:00",
    ]


def test_unknown_reminder_kind_is_a_usage_error(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        run(home, "remind", "yoga")
    assert "invalid choice: 'yoga'" in capsys.readouterr().err


def test_python_dash_m_coach_runs_as_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, HOME_VARIABLE: str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "coach", "next", "--json", "--count", "20"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    plan = json.loads(done.stdout)
    assert len(plan) == 20
    default_slots = {f"{m // 60:02d}:{m % 60:02d}" for m in range(480, 1201, 90)}
    default_slots |= {"11:00", "15:00", "19:00", "22:00"}
    # Whatever today is, the default plan only uses these wall-clock times.
    assert {p["at"][11:16] for p in plan} <= default_slots
    assert {p["kind"] for p in plan} == {"fluids", "legs-up", "stretch"}
    assert done.stderr == ""


def test_routines_lists_shipped_and_own_routines(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    home.routines_dir.mkdir()
    (home.routines_dir / "broken.toml").write_text('id = "broken"\n')
    assert run(home, "routines", "--json") == 0
    captured = capsys.readouterr()
    listed = {r["id"]: r for r in json.loads(captured.out)}
    assert {"bedtime", "cramp-now", "desk", "legs-up"} == set(listed)
    assert listed["bedtime"]["steps"] == 8 and listed["bedtime"]["seconds"] == 300
    assert "skipped: broken.toml: title: is missing" in captured.err


def test_routines_check_names_file_step_and_field(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text(
        'id = "mine"\ntitle = "Mine"\nwhen = "bedtime"\nsummary = "S."\nsafety = "S."\n'
        '[[steps]]\ntitle = "T"\ninstruction = "I."\nillustration = "walk"\nhold_seconds = -5\n'
    )
    assert run(home, "routines", "check", str(bad)) == 1
    assert (
        capsys.readouterr().err
        == "mine.toml, step 1: hold_seconds = -5: must be between 1 and 1800\n"
    )
    bad.write_text(bad.read_text().replace("-5", "20"))
    assert run(home, "routines", "check", str(bad)) == 0
    assert "OK (1 steps, 20 s timed)" in capsys.readouterr().out


def test_a_command_that_must_start_the_app_says_at_once_why_it_cannot(
    home: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No display: a key bound to `calf-coach routine cramp-now` answers in one line, now."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert run(home, "routine", "cramp-now") == 1
    err = capsys.readouterr().err
    assert "neither WAYLAND_DISPLAY nor DISPLAY is set" in err
    assert len(err.strip().splitlines()) == 1


def test_an_app_that_fails_to_start_is_told_with_its_last_words_and_not_waited_for(
    home: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")  # Qt aborts at once
    assert run(home, "routine", "cramp-now") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("calf-coach: Calf Coach could not start (exit code "), err
    assert "no-such-platform" in err or "platform plugin" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("argv", [("history",), ("history", "--json"), ("export", "--csv", "out")])
def test_a_damaged_history_is_left_where_it_is_by_a_command_that_reads(
    home: Paths, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    home.history_file.write_bytes(b"not a database, but the person's file all the same")
    assert run(home, *argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"calf-coach {argv[0]}: the history {home.history_file} cannot be ")
    assert len(err.splitlines()) == 1
    assert home.history_file.read_bytes().startswith(b"not a database")
    assert [p.name for p in home.data_dir.iterdir() if p.is_file()] == ["history.sqlite3"]


def test_reading_an_empty_home_creates_no_history(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(home, "history") == 0
    assert "0 cramps logged" in capsys.readouterr().out
    assert not home.history_file.exists()


def test_every_command_sent_to_the_app_says_what_it_did() -> None:
    """A command the person types (or one that opens a window) ends with a line saying
    what was done; only the app's own requests (status, show, logged) are silent."""
    from coach.core.plan.commands import APP_COMMANDS

    said = {c.name for c in APP_COMMANDS if c.done}
    typed = {c.name for c in APP_COMMANDS if c.on_command_line or c.starts_app}
    assert said == typed
