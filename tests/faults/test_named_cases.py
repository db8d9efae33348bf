"""Each case a hostile tester found, by name: a clear message that says what was wrong and
where, a non-zero exit, and nothing changed in the home or beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.core.system.paths import Paths
from tests.faults.test_routine_files import place
from tests.helpers import ended_within
from tests.test_cli_support import run


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def refused(home: Paths, capsys: pytest.CaptureFixture[str], *argv: str, code: int = 1) -> str:
    """What `argv` says on stderr, having exited `code` and changed nothing."""
    before = snapshot(home.config_dir)
    try:
        exited = run(home, *argv)
    except SystemExit as exit_:  # argparse refuses with exit code 2
        exited = exit_.code if isinstance(exit_.code, int) else -1
    said = capsys.readouterr()
    assert exited == code, said
    assert "Traceback" not in said.err and said.err.count("\n") == 1, said.err
    assert snapshot(home.config_dir) == before
    return said.err


def test_dates_at_the_ends_of_the_calendar_on_the_command_line(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    for moment in ("0001-01-01T00:00+05:00", "0001-01-01T00:00"):
        said = refused(home, capsys, "log", "water", "--at", moment)
        assert "at: 0001-01-01 00:00 is more than a year ago" in said
    said = refused(home, capsys, "log", "water", "--at", "9999-12-31T23:59-12:00")
    assert "at: 9999-12-31 23:59 is in the future" in said


def test_an_argument_that_is_not_utf8(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    note = b"\xff\xfe x".decode("utf-8", "surrogateescape")  # as Python receives it
    said = refused(
        home, capsys, "log", "cramp", "--leg", "left", "--severity", "3", "--note", note, code=2
    )
    assert "argument --note: not UTF-8 text (byte 0xff at position 1)" in said


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--pdf", ""), "no file name was given for the report"),
        (("--pdf", "."), ". is a folder: name a file in it, like report.pdf"),
        (("--pdf", "/"), "/ is a folder: name a file in it, like /report.pdf"),
        (("--pdf", ".."), ".. is a folder: name a file in it, like ../report.pdf"),
        (("--csv", ""), "no folder was given for the CSV files"),
        (("--pdf", "keep.pdf"), "keep.pdf already exists; add --force to replace"),
        (("--csv", "csv"), "csv already holds water.csv; add --force to replace"),
        (("--pdf", "no-such-folder/r.pdf"), "the folder no-such-folder does not exist"),
    ],
)
def test_export_targets(
    home: Paths,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "keep.pdf").write_bytes(b"the person's own")
    (tmp_path / "csv").mkdir()
    (tmp_path / "csv" / "water.csv").write_text("the person's own\n")
    said = refused(home, capsys, "export", *argv)
    assert said == f"calf-coach export: {words}. Nothing was written.\n"
    assert (tmp_path / "keep.pdf").read_bytes() == b"the person's own"
    assert (tmp_path / "csv" / "water.csv").read_text() == "the person's own\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "home", "keep.pdf"]


def test_an_empty_what_helped(home: Paths, capsys: pytest.CaptureFixture[str]) -> None:
    said = refused(
        home, capsys, "log", "cramp", "--leg", "left", "--severity", "3", "--helped", " "
    )
    assert "helped: an empty text says nothing; leave it out" in said


@pytest.mark.parametrize("year", ["1979", "2099"])
def test_a_due_date_far_outside_a_pregnancy_is_refused_with_its_range(
    home: Paths, capsys: pytest.CaptureFixture[str], year: str
) -> None:
    home.settings_file.write_text(f"[pregnancy]\ndue_date = {year}-03-01\n")
    said = refused(home, capsys, "settings", "check")
    assert said == (
        f"{home.settings_file}: error: pregnancy.due_date = {year}-03-01: must be from "
        "2026-05-13 to 2027-03-17 for a pregnancy under way today\n"
    )
    assert run(home, "status") == 0
    assert "Pregnancy week" not in capsys.readouterr().out


def test_settings_nested_past_the_parsers_depth(
    home: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    home.settings_file.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    said = refused(home, capsys, "settings", "check")
    assert said == f"{home.settings_file}: error: has values nested too deeply to be settings\n"


@pytest.mark.parametrize("special", ["fifo", "device", "folder", "binary"])
def test_a_routine_file_that_is_no_file_is_skipped_in_words_at_once(
    home: Paths, capsys: pytest.CaptureFixture[str], special: str
) -> None:
    home.routines_dir.mkdir()
    place(home.routines_dir, "mine", special, b"\x80 not text")
    assert ended_within(20, lambda: run(home, "routines")) == (True, 0), "answered in 20 s"
    skipped = [line for line in capsys.readouterr().err.splitlines() if "mine.toml" in line]
    reason = {
        "fifo": "is not an ordinary file (a pipe, a socket or a device)",
        "device": "is not an ordinary file (a pipe, a socket or a device)",
        "folder": "is a folder, not a file",
        "binary": "is not UTF-8 text (byte 0x80 at offset 0)",
    }[special]
    assert skipped == [f"skipped: mine.toml: {reason}"]
