"""The `calf-coach` command line.

Commands that need no running app (the plan, settings) work offline on the
same core the app uses. The clock and the local zone are read here, at the
edge, once per command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import tzlocal

from coach import __version__
from coach.core.options import Problem
from coach.core.paths import HOME_VARIABLE, Paths
from coach.core.reminders import plan_problems, upcoming
from coach.core.settings import Settings, check_settings_file, load_settings, settings_text

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    """Now, aware, in the computer's zone (an IANA zone, so DST is right)."""
    return dt.datetime.now(tzlocal.get_localzone())


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"keep settings, history and runtime files under DIR (also: {HOME_VARIABLE})",
    )
    parser = argparse.ArgumentParser(
        prog="calf-coach",
        description="A quiet coach against night-time calf cramps in pregnancy. "
        "Not medical advice: ask your care provider about anything that worries you.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    nxt = commands.add_parser("next", parents=[common], help="print the upcoming reminders")
    nxt.add_argument("--count", type=_positive, default=10, metavar="N", help="how many (10)")
    nxt.add_argument("--json", action="store_true", help="print JSON")

    settings = commands.add_parser(
        "settings", parents=[common], help="where settings live, show, check"
    )
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("path", parents=[common], help="print where every file lives")
    actions.add_parser("show", parents=[common], help="print the settings in effect, as TOML")
    check = actions.add_parser("check", parents=[common], help="validate a settings file")
    check.add_argument("file", nargs="?", type=Path, help="the file (default: your settings)")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"{value} is out of range: must be between 1 and 1000")
    return value


def _report(problems: Sequence[Problem], source: str) -> None:
    for problem in problems:
        print(f"{source}: {problem.severity}: {problem}", file=sys.stderr)


def main(argv: Sequence[str] | None = None, clock: Clock = local_now) -> int:
    os.umask(0o077)
    args = _parser().parse_args(argv)
    paths = Paths.resolve(getattr(args, "home", None))
    if args.command == "next":
        return _next(paths, clock(), args.count, as_json=args.json)
    if args.command == "settings":
        return _settings(paths, clock, args.action, getattr(args, "file", None))
    return _start_app(paths, clock())


def _load(paths: Paths, now: dt.datetime) -> Settings:
    """The settings in effect; every problem is told on stderr, nothing is lost."""
    paths.ensure()
    loaded = load_settings(paths.settings_file, now)
    _report(loaded.problems, str(paths.settings_file))
    return loaded.settings


def _next(paths: Paths, now: dt.datetime, count: int, *, as_json: bool) -> int:
    reminders = upcoming(_load(paths, now), now, count)
    if as_json:
        print(json.dumps([r.to_json() for r in reminders], indent=2, ensure_ascii=False))
        return 0
    if not reminders:
        print("No reminders are planned: every reminder is off or falls in quiet hours.")
    for reminder in reminders:
        print(f"{reminder.at:%a %d %b %H:%M}  {reminder.kind.value:<10} {reminder.text.title}")
    return 0


def _settings(paths: Paths, clock: Clock, action: str, file: Path | None) -> int:
    if action == "path":
        print(f"settings: {paths.settings_file}")
        print(f"history:  {paths.history_file}")
        print(f"routines: {paths.routines_dir}")
        print(f"runtime:  {paths.runtime_dir}")
        return 0
    if action == "show":
        print(settings_text(_load(paths, clock()), only_changed=False), end="")
        return 0
    return _check(file, paths)


def _check(file: Path | None, paths: Paths) -> int:
    target = file or paths.settings_file
    if not target.exists():
        if file is not None:
            print(f"{target}: no such file", file=sys.stderr)
            return 2
        print(f"{target}: no settings file yet; the defaults are used.")
        return 0
    settings, problems = check_settings_file(target)
    problems += plan_problems(settings)
    _report(problems, str(target))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if errors:
        print(f"{target}: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
        return 1
    print(f"{target}: OK" + (f" ({warnings} warning(s))" if warnings else ""))
    return 0


def _start_app(paths: Paths, now: dt.datetime) -> int:
    _load(paths, now)
    print(
        "Calf Coach: the tray app is not in this release yet. "
        "`calf-coach next` shows your upcoming reminders; `calf-coach --help` lists the commands."
    )
    return 0
