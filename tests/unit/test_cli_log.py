"""`log`, `history` and `export --csv` from the command line: checked input, nothing half-done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.core.history.entry_checks import WARNING_SIGNS
from coach.core.history.records import CrampRecord, Entry, WaterRecord
from coach.core.history.store import open_history
from coach.core.insights.export import read_csv
from coach.core.system.paths import Paths
from tests.helpers import at
from tests.test_cli_support import NOW, run

DAY = (at("2026-06-10 00:00"), at("2026-06-11 00:00"))


def stored(home: Paths) -> tuple[list[CrampRecord], list[WaterRecord]]:
    history = open_history(home.history_file, NOW).history
    try:
        since, until = at("2026-01-01 00:00"), at("2027-01-01 00:00")
        return history.cramps(since, until), history.water(since, until)
    finally:
        history.close()


def test_log_cramp_with_every_option(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        home,
        "log",
        "cramp",
        "--leg",
        "left",
        "--severity",
        "7",
        "--minutes",
        "2.5",
        "--at",
        "03:10",
        "--sign",
        "swelling",
        "--sign",
        "redness",
        "--note",
        "woke me",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert out.startswith("Logged a cramp (left calf, 7/10) at Wed 10 Jun 03:10.")
    assert f"Important: {WARNING_SIGNS}" in out
    cramps, _ = stored(home)
    assert cramps == [
        CrampRecord(
            at("2026-06-10 03:10"), "left", 7, "calf", 2.5, (), ("redness", "swelling"), "woke me"
        )
    ]


def test_log_cramp_refuses_bad_values_and_writes_nothing(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(home, "log", "cramp", "--leg", "left", "--severity", "11", "--at", "2026-06-10T09:00")
        == 1
    )
    err = capsys.readouterr().err
    assert "calf-coach log cramp: at: 2026-06-10 09:00 is in the future" in err
    assert "; severity: 11 is out of range: must be 1 to 10. Nothing was logged." in err
    assert "Nothing was logged." in err
    assert stored(home) == ([], [])


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--leg", "middle", "--severity", "3"], "argument --leg: invalid choice: 'middle'"),
        (["--leg", "left", "--severity", "3", "--sign", "itch"], "argument --sign: invalid choice"),
        (["--leg", "left", "--severity", "x"], "argument --severity: invalid int value: 'x'"),
    ],
)
def test_unknown_leg_sign_or_a_non_number_is_a_usage_error(
    home: Paths, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        run(home, "log", "cramp", *argv)
    assert exited.value.code == 2
    assert says in capsys.readouterr().err
    assert stored(home) == ([], [])


def test_log_water_uses_the_glass_from_settings(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    home.settings_file.write_text("[water]\nglass_ml = 330\n")
    assert run(home, "log", "water") == 0
    assert run(home, "log", "water", "--ml", "500", "--at", "06:45") == 0
    assert capsys.readouterr().out.splitlines() == [
        "Logged 330 ml of water at 07:30.",
        "Logged 500 ml of water at 06:45.",
    ]
    _, water = stored(home)
    assert [(w.at, w.ml) for w in water] == [(at("2026-06-10 06:45"), 500), (NOW, 330)]
    assert run(home, "log", "water", "--ml", "5") == 1
    assert "ml: 5 is out of range: must be 10 to 2000" in capsys.readouterr().err


def test_history_json_lists_every_kind(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    run(home, "log", "cramp", "--leg", "both", "--severity", "4", "--at", "02:00")
    run(home, "log", "water")
    capsys.readouterr()
    assert run(home, "history", "--days", "3", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"reminders", "sessions", "cramps", "water"}
    (cramp,) = data["cramps"]
    assert cramp["at"] == "2026-06-10T02:00:00+02:00"
    assert (cramp["leg"], cramp["severity"], cramp["signs"]) == ("both", 4, [])
    assert data["water"][0]["ml"] == 250
    assert data["reminders"] == data["sessions"] == []


def test_history_summary_flags_warning_signs(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        home,
        "log",
        "cramp",
        "--leg",
        "right",
        "--severity",
        "8",
        "--at",
        "04:00",
        "--sign",
        "warmth",
    )
    capsys.readouterr()
    assert run(home, "history", "--days", "7") == 0
    out = capsys.readouterr().out
    # The log begins with this cramp's night (9 June): the nights before it are not counted.
    assert "1 cramp logged on 1 of 2 nights, worst 8/10." in out
    assert "Tue 09 Jun" not in out  # the night is the 9th, the cramp is listed at its own time
    assert "Wed 10 Jun 04:00  right calf   8/10  ! warning sign: warmth" in out
    assert "need checking promptly" in out


def test_export_csv_round_trips(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        home,
        "log",
        "cramp",
        "--leg",
        "left",
        "--severity",
        "6",
        "--at",
        "01:00",
        "--note",
        'said "ouch", twice',
    )
    run(home, "log", "water", "--ml", "200")
    folder = tmp_path / "export"
    assert run(home, "export", "--csv", str(folder)) == 0
    assert capsys.readouterr().out.endswith(f"Wrote 4 CSV files to {folder}.\n")
    cramps, water = stored(home)
    assert read_csv(Entry.CRAMP, (folder / "cramps.csv").read_text()) == cramps
    assert read_csv(Entry.WATER, (folder / "water.csv").read_text()) == water
    assert (
        (folder / "reminders.csv")
        .read_text()
        .startswith("id,kind,due,shown,outcome,answered,held_seconds,held_reason,asked\n")
    )
    assert oct((folder / "cramps.csv").stat().st_mode & 0o777) == "0o600"


def test_export_to_an_unwritable_place_says_so_and_writes_nothing(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out").mkdir()
    blocker = tmp_path / "out" / "not-a-folder"
    blocker.write_text("")
    assert run(home, "export", "--csv", str(blocker / "export")) == 1
    err = capsys.readouterr().err
    assert err == f"calf-coach export: {blocker} is not a folder. Nothing was written.\n"
    assert list((tmp_path / "out").iterdir()) == [blocker]
