"""Chimes through the sound server's own player (Linux): each chime is one run of the
program with the volume and the file, nothing of QtMultimedia is loaded, and a player
that fails makes the chimes silent with the player's own words in the log, once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from coach.app.routines import sound
from coach.app.routines.sound import Chimes
from coach.core.settings.schema import Sound


def _player(folder: Path, name: str, body: str) -> Path:
    """A stand-in for the sound server's player, first on PATH."""
    program = folder / name
    program.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    program.chmod(0o755)
    return program


@pytest.fixture
def on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(sound, "PLAYER_PROGRAMS", {"paplay": sound.PLAYER_PROGRAMS["paplay"]})
    monkeypatch.setattr(sys, "platform", "linux")
    return tmp_path


def test_each_chime_is_one_run_of_the_player_with_its_volume_and_file(
    qtbot: QtBot, on_path: Path
) -> None:
    played = on_path / "played.txt"
    _player(on_path, "paplay", f'echo "$@" >> "{played}"')
    chimes = Chimes(Sound(volume=50))
    assert chimes.program == "paplay" and chimes.audible
    chimes.play("step")
    chimes.play("done")
    qtbot.waitUntil(lambda: played.exists() and len(played.read_text().splitlines()) == 2)
    runs = sorted(played.read_text().splitlines())
    half_as_loud = round(65536 * 0.5 ** (1 / 3))  # PulseAudio's volume is cubic
    assert [run.split()[:2] for run in runs] == [
        ["--latency-msec=100", f"--volume={half_as_loud}"]
    ] * 2
    assert sorted(Path(run.split()[2]).name for run in runs) == ["done.wav", "step.wav"]
    assert all(Path(run.split()[2]).is_file() for run in runs)
    assert "PySide6.QtMultimedia" not in sys.modules or chimes.effects == {}
    qtbot.waitUntil(lambda: not chimes.findChildren(QProcess), timeout=3000)


def test_a_player_that_fails_leaves_the_chimes_silent_with_its_words(
    qtbot: QtBot, on_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _player(on_path, "paplay", 'echo "Connection failure: Connection refused" >&2; exit 1')
    chimes = Chimes(Sound())
    chimes.play("step")
    qtbot.waitUntil(lambda: not chimes.audible, timeout=3000)
    assert (
        chimes.reason == "paplay could not play the chime (Connection failure: Connection refused)"
    )
    chimes.play("done")  # silent now: nothing more is started, nothing more is said
    said = [r.getMessage() for r in caplog.records if "chimes silent" in r.getMessage()]
    assert said == [f"chimes silent: {chimes.reason}"]
    assert not chimes.findChildren(QProcess) or all(
        p.state() == QProcess.ProcessState.NotRunning for p in chimes.findChildren(QProcess)
    )


def test_without_a_player_or_off_linux_qtmultimedia_plays(
    on_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(on_path))  # this folder alone: no player in it yet
    assert sound.player_program() is None
    _player(on_path, "paplay", "exit 0")
    assert sound.player_program() == "paplay"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert sound.player_program() is None, "macOS and Windows play through QtMultimedia"
