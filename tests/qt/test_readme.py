"""The README, checked where a test can: every command it lists is one the program takes,
every command of the program is listed, those that need no running app run and
succeed, every button, page and window it names in quotes is one the app shows (in
English), and every "Settings → page → field" path leads to that field."""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coach import cli
from coach.core.settings.option_types import options
from coach.core.settings.schema import DEFAULTS
from coach.core.system.paths import Paths

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "qt" / "readme"
README = (REPO / "README.md").read_text(encoding="utf-8")
FOR_PEOPLE = README[: README.index("## For developers")]
"""The part written for the people who use the app (the rest is for developers)."""
ON_SCREEN = (
    FOR_PEOPLE[: FOR_PEOPLE.index("## Command line")]
    + FOR_PEOPLE[FOR_PEOPLE.index("## What the coach says") :]
)
"""What the README says of the windows (the command line's English lines are its own)."""
COMMAND_ROW = re.compile(r"^\| ((?:`calf-coach[^`]*`(?:, )?)+) \|", re.MULTILINE)
SAMPLES = {
    "KIND": "fluids",
    "ID": "bedtime",
    "N": "7",
    "M": "3",
    "TIME": "03:10",
    "TEXT": "stretching",
    "1-10": "5",
}
"""A value for each placeholder the command table uses (FILE and FOLDER: the test's own)."""
NOT_NAMES = {
    "19:58": "an example of what the tray shows beside a reminder",
    "A glass of water at 14:00, in 25 min": "an example of the tray's next-reminder line",
    "asked for": "how History marks a reminder asked for; checked in tests/qt",
    "last night": "what `--at 03:10` means, in words",
    "commonly cited": "the README's own words about a source",
    "step k of n": "what a routine's step count means",
    "Fatal Python error: none_dealloc": "the message of a faulty PySide6, quoted",
    "Build a bundle": "a section of this README",
    "Which systems are built and tested": "a section of this README",
}
"""Quoted words in the README that are not a name on screen, each with why."""


def _synopses() -> list[str]:
    found = []
    for cell in COMMAND_ROW.findall(README):
        found += re.findall(r"`(calf-coach[^`]*)`", cell)
    return found


def _args(synopsis: str, folder: Path) -> list[str]:
    """A synopsis ("log water [--ml N] [--at TIME]") as one full command line: every
    option given, the first of each choice, a sample for each placeholder."""
    samples = {**SAMPLES, "FILE": str(folder / "file"), "FOLDER": str(folder / "out")}
    args = []
    for word in synopsis.removeprefix("calf-coach").replace("\\|", "|").split():
        word = word.strip("[]").removesuffix("...").strip("[]")
        word = word.split("|")[0]
        if word:
            args.append(samples.get(word, word))
    return args


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> set[str]:
    """Every command and sub-command the program takes, as "settings check"."""
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.add(f"{prefix}{name}")
                found |= _commands(sub, f"{prefix}{name} ")
    return found


def _named(line: str, commands: set[str]) -> str:
    """The command a line runs ("settings check" of "settings check [FILE]"), or ""."""
    words = line.split()
    found = ""
    for length in (1, 2):
        if " ".join(words[:length]) in commands:
            found = " ".join(words[:length])
    return found


def _listed(commands: set[str]) -> set[str]:
    return {_named(s.removeprefix("calf-coach"), commands) for s in _synopses()} - {""}


def test_the_command_table_lists_every_command_the_program_takes() -> None:
    commands = _commands(cli._parser())
    assert len(commands) >= 15
    listed = _listed(commands)
    groups = {c for c in commands if any(named.startswith(f"{c} ") for named in listed)}
    assert commands - listed - groups == set(), "commands the README does not list"


def test_every_command_in_the_table_is_taken_as_written(tmp_path: Path) -> None:
    parser = cli._parser()
    synopses = _synopses()
    assert len(synopses) >= 15
    for synopsis in synopses:
        args = _args(synopsis, tmp_path)
        try:
            parser.parse_args(args)
        except SystemExit as refused:
            pytest.fail(f"{synopsis!r} as {args}: refused ({refused})")


@pytest.mark.parametrize(
    "line",
    [
        "settings path",
        "settings show",
        "settings check",
        "next",
        "next --count 3 --json",
        "status",
        "routines",
        "log water",
        "log water --ml 300 --at 03:10",
        "log cramp --leg left --severity 5 --place calf --minutes 3 --sign warmth",
        "history --days 7",
        "history --json",
        "export --csv {folder}/out",
        "export --pdf {folder}/report.pdf",
    ],
)
def test_a_command_the_readme_names_runs_without_the_app(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CALF_COACH_HOME", str(tmp_path / "home"))
    args = line.format(folder=tmp_path).split()
    commands = _commands(cli._parser())
    assert _named(line, commands) in _listed(commands), f"{line!r} is not in the README's table"
    assert cli.main(args) == 0
    assert capsys.readouterr().out.strip(), f"{line!r} said nothing"


def _english_texts() -> set[str]:
    """Every text the app shows, in English, as its catalogue lists it."""
    root = ET.parse(REPO / "assets" / "translations" / "calf-coach_ru.ts").getroot()
    return {_plain(m.findtext("source") or "") for m in root.iter("message")}


def _plain(text: str) -> str:
    """A text as a person reads it: no mnemonic mark, no trailing "…" or ":"."""
    return text.replace("&", "").replace("\u00a0", " ").strip().rstrip("…").rstrip(":").strip()


def test_every_name_in_quotes_is_one_the_app_shows() -> None:
    texts = _english_texts()
    quoted = set(re.findall(r'(?<![\w`])"([^"\n]{2,60})"(?![\w`])', ON_SCREEN))
    assert len(quoted) >= 15
    unknown = sorted(q for q in quoted if _plain(q) not in texts and q not in NOT_NAMES)
    assert unknown == [], "quoted in the README, shown nowhere in the app"
    assert set(NOT_NAMES) <= quoted, "an exception the README no longer needs"


def test_every_settings_path_leads_to_its_field() -> None:
    from coach.core.settings.schema import PAGES

    titles = {_plain(page.title): page.key for page in PAGES}
    paths = re.findall(r"Settings → ([^→\n]+?)(?: → ([^\n.,;)]+))?[.,;)\n]", FOR_PEOPLE)
    assert paths, "the README names no Settings path"
    for page, field in paths:
        page = page.strip().strip('"')
        assert page in titles, f"no Settings page {page!r}: {sorted(titles)}"
        if field:
            labels = {_plain(o.label) for o in options(DEFAULTS) if o.page == titles[page]}
            assert _plain(field.strip().strip('"')) in labels, f"no {field!r} on {page!r}"


def test_the_screenshot_at_the_top_is_today_as_the_tests_draw_it(qtbot: QtBot, home: Paths) -> None:
    """Drawn here from the current code (light theme, English, a morning with a few
    entries); `assets/screenshots/home.png` is a copy of what this test saves."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from coach.app.style.theme import apply_theme
    from tests.qt.test_layout import cases

    assert "](assets/screenshots/home.png)" in README.split("\n## ", 1)[0]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    try:
        name, window = next(cases(home, "en"))
        qtbot.addWidget(window)
        QApplication.processEvents()
        assert name == "home"
        drawn = window.grab().toImage()
    finally:
        apply_theme(app, "system")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    drawn.save(str(ARTIFACTS / "home.png"))
    shown = QImage(str(REPO / "assets" / "screenshots" / "home.png"))
    assert shown.size() == drawn.size(), "the README's screenshot is not today's window"


def test_the_number_of_debian_packages_is_the_number_ci_installs() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    listed = script[script.index("DEBS=(") + len("DEBS=(") : script.index("\n)\n")]
    packages = [
        word
        for line in listed.splitlines()
        if not line.strip().startswith("#")
        for word in line.split()
    ]
    said = re.search(r"the (\d+) Debian\s+packages the tests use", FOR_PEOPLE)
    assert said is not None, "the README says how many Debian packages CI installs"
    assert int(said.group(1)) == len(packages)
