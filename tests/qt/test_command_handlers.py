"""The running app answers the command line in English, whatever its own language: each
command's output, run against an app speaking Russian, holds no Cyrillic."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from coach.app.coach_app import CoachApp
from coach.app.desktop.command_socket import CommandServer, socket_name
from coach.app.style.language import install_language
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import HOME_VARIABLE, Paths
from tests.helpers import FakeClock
from tests.qt.apps import started_app
from tests.test_cli_support import NOW

REPO = Path(__file__).resolve().parents[2]
CYRILLIC = re.compile(r"[\u0410-\u044f\u0401\u0451]")  # the Russian alphabet, Yo included
RUN_EACH = """
import contextlib, io, json, sys
from coach.cli import main
from tests.test_cli_support import NOW

said = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv, clock=lambda: NOW)
        except SystemExit as exit:
            code = exit.code
    said.append([argv, code, out.getvalue(), err.getvalue()])
print(json.dumps(said))
"""
"""Runs each command line in turn, as `calf-coach` would, at the test's fixed time."""
COMMANDS: list[tuple[str, ...]] = [
    ("status",),
    ("status", "--json"),
    ("next", "--count", "3"),
    ("next", "--count", "3", "--json"),
    ("routines",),
    ("routines", "--json"),
    ("log", "water"),
    ("log", "cramp", "--leg", "left", "--severity", "9"),
    ("history",),
    ("history", "--json"),
    ("pause", "30m"),
    ("status",),
    ("status", "--json"),
    ("pause", "until-tomorrow"),
    ("resume",),
    ("remind", "fluids"),
    ("status", "--json"),
    ("routine", "bedtime"),
    ("routine", "no-such-routine"),
    ("settings", "check"),
]


@pytest.fixture
def russian_app(qtbot: QtBot, home: Paths) -> Iterator[CoachApp]:
    """An app in Russian, with its home window open, answering on its socket."""
    home.settings_file.write_text('language = "ru"\n')
    app = started_app(qtbot, home, FakeClock(NOW))
    app.apply_look(replace(DEFAULTS, language="ru"))
    assert app.language == "ru"
    app.tray_or_window.open_window()
    server = CommandServer(socket_name(home), app.handle)
    assert server.listen()
    yield app
    server.close()
    app.close()
    install_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def _run_each(qtbot: QtBot, home: Paths) -> list[tuple[list[str], int, str, str]]:
    """The commands, in a process of their own while this one's event loop answers."""
    argvs = [["--home", str(home.config_dir), *argv] for argv in COMMANDS]
    env = {k: v for k, v in os.environ.items() if k != HOME_VARIABLE} | {"PYTHONPATH": str(REPO)}
    client = subprocess.Popen(
        [sys.executable, "-c", RUN_EACH, json.dumps(argvs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=60_000)
    output, errors = client.communicate()
    assert client.returncode == 0, errors
    said: list[Any] = json.loads(output)
    return [(argv[2:], code, out, err) for argv, code, out, err in said]


def test_every_command_answers_in_english_from_an_app_in_russian(
    qtbot: QtBot, russian_app: CoachApp, home: Paths
) -> None:
    assert CYRILLIC.search(russian_app.actions.next_up.text()), "the app itself is in Russian"
    said = _run_each(qtbot, home)
    assert [argv for argv, *_ in said] == [list(argv) for argv in COMMANDS]
    for argv, code, out, err in said:
        assert out or err, f"{argv} said nothing"
        assert not CYRILLIC.search(out + err), (argv, out, err)
        refused = argv == ["routine", "no-such-routine"]
        assert code == (1 if refused else 0), (argv, code, err)
    by_command = {" ".join(argv): out for argv, _, out, _ in said}
    assert "Next: A glass of water at " in by_command["status"]
    assert by_command["pause 30m"] == "Reminders paused until 08:00.\n"
    assert by_command["pause until-tomorrow"] == "Reminders paused until 07:00 on Thu 11 Jun.\n"
    assert by_command["resume"] == "Reminders resumed.\n"
    status = json.loads(by_command["status --json"])
    assert status["language"] == "ru"
    assert status["card"]["kind"] == "fluids"
    assert status["next"]["kind"] == "fluids" and status["next"]["title"] == "A glass of water"
    assert status["home_next"].startswith("A glass of water at ")
    # The app itself still speaks Russian: the English was the command line's alone.
    for action in (russian_app.actions.next_up, russian_app.actions.water_today):
        assert CYRILLIC.search(action.text()), action.text()
