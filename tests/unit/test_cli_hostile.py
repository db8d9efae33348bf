"""Every command with hostile values: a one-line message that says what was wrong and where,
a non-zero exit, no traceback, nothing written."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from coach.core.history.store import open_history
from coach.core.system.paths import Paths
from tests.test_cli_support import NOW, run

HUGE = "9" * 40
CONTROL = ("\x00", "a\x00b", "\x1b[31mred", "\x07", "\r")


def hostile_runs(tmp: Path) -> list[tuple[str, ...]]:
    binary = tmp / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00\x01garbage\x80")
    folder = tmp / "a-folder"
    folder.mkdir()
    a_file = tmp / "a-file"
    a_file.write_text("not a folder")
    cramp = ("log", "cramp", "--leg", "left", "--severity", "5")
    runs: list[tuple[str, ...]] = []
    for value in (HUGE, "-" + HUGE, "nan", "1e309", "0", "-1", "", " ", *CONTROL):
        runs += [
            ("log", "cramp", "--leg", "left", "--severity", value),
            (*cramp, "--minutes", value),
            (*cramp, "--at", value),
            ("log", "water", "--ml", value),
            ("log", "water", "--at", value),
            ("history", "--days", value),
            ("export", "--csv", str(tmp / "csv"), "--days", value),
            ("next", "--count", value),
            ("remind", value),
            ("pause", value),
            ("routine", value),
            ("autostart", value),
        ]
    for value in CONTROL:
        runs += [
            (*cramp, "--note", value),
            (*cramp, "--helped", value),
            ("log", "cramp", "--leg", value, "--severity", "5"),
            ("routines", "check", value),
            ("settings", "check", value),
        ]
    for path in (binary, folder, tmp / "missing.toml", Path("/bin/ls")):
        runs += [("routines", "check", str(path)), ("settings", "check", str(path))]
    runs += [
        (*cramp, "--at", "1900-01-01T00:00"),
        (*cramp, "--at", "99999-01-01T00:00"),
        (*cramp, "--note", "x" * 100_000),
        ("export", "--pdf", str(folder)),
        ("export", "--csv", str(a_file)),
        ("--home", str(a_file), "log", "water"),
        ("--home", "bad\x00home", "log", "water"),
    ]
    return runs


def test_every_command_refuses_hostile_values_in_one_line(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    failures = []
    runs = hostile_runs(tmp_path)
    for argv in runs:
        try:
            code = run(home, *argv)
        except SystemExit as exit_:  # argparse's own refusal
            code = exit_.code if isinstance(exit_.code, int) else 2
        except Exception as exc:  # a traceback for the person: the failure this test is for
            failures.append(f"{argv!r}: {type(exc).__name__}: {exc}")
            continue
        out, err = capsys.readouterr()
        lines = [line for line in err.splitlines() if line.strip()]
        if code == 0:
            failures.append(f"{argv!r}: accepted ({out.strip()!r})")
        elif len(lines) != 1 or "Traceback" in err:
            failures.append(f"{argv!r}: {len(lines)} lines: {err!r}")
    assert failures == []
    assert len(runs) > 150
    history = open_history(home.history_file, NOW).history
    assert history.water(NOW.replace(year=2000), NOW.replace(year=2100)) == []
    assert history.cramps(NOW.replace(year=2000), NOW.replace(year=2100)) == []
    history.close()


def test_the_messages_name_what_was_wrong(
    home: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def said(*argv: str) -> str:
        with contextlib.suppress(SystemExit):
            run(home, *argv)
        return capsys.readouterr().err.strip()

    binary = tmp_path / "ls"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\xff\xfe")
    assert said("routines", "check", str(binary)) == (
        f"{binary}: is not UTF-8 text (byte 0xff at offset 7): a routine is a small TOML text file"
    )
    assert said("log", "water", "--ml", "0") == (
        "calf-coach log water: ml: 0 is out of range: must be 10 to 2000. Nothing was logged."
    )
    assert said("log", "cramp", "--leg", "left", "--severity", "5", "--at", "1900-01-01T00:00") == (
        "calf-coach log cramp: at: 1900-01-01 00:00 is more than a year ago: an entry can be "
        "logged up to a year back. Nothing was logged."
    )
    assert said("routine", "nope") == (
        "calf-coach routine: there is no routine called 'nope'; `calf-coach routines` lists them"
    )
    assert said("log", "water", "--ml", "lots") == (
        "calf-coach log water: argument --ml: invalid int value: 'lots' (see --help)"
    )
    assert said("log", "cramp", "--leg", "left", "--severity", "5", "--note", "a\x00b") == (
        "calf-coach log cramp: note: a control character (U+0000) at position 2 is not "
        "allowed. Nothing was logged."
    )
