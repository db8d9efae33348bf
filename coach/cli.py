"""The `calf-coach` command line.

Commands that need no running app (the plan, settings) work offline on the
same core the app uses. The clock and the local zone are read here, at the
edge, once per command.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import tzlocal

from coach import __version__
from coach.core.advice import TELL_PROVIDER
from coach.core.files import FileRefusedError, read_small_text
from coach.core.history.entry_checks import (
    LEGS,
    PLACES,
    SIGNS,
    WARNING_SIGNS,
    EntryError,
    check_cramp,
    check_water,
    is_severe,
    when_from_text,
)
from coach.core.history.records import CrampRecord
from coach.core.history.store import History, HistoryError, open_history, read_history
from coach.core.i18n import printable
from coach.core.insights.export import export_csv, records_json
from coach.core.insights.figures import Period, Records, insights, summary_lines
from coach.core.insights.targets import TargetError, csv_target, report_target
from coach.core.plan.commands import APP_COMMANDS
from coach.core.plan.commands import BY_NAME as APP_COMMANDS_BY_NAME
from coach.core.plan.commands import request as app_request
from coach.core.plan.reminders import plan_problems, upcoming
from coach.core.plan.run_state import load_state
from coach.core.routines.definitions import RoutineError, load_routines, parse_routine
from coach.core.settings.option_types import Problem
from coach.core.settings.pregnancy import week_on
from coach.core.settings.schema import Settings, check_settings_file, load_settings, settings_text
from coach.core.system.assets import asset_path, assets_dir
from coach.core.system.autostart import AutostartState, autostart_for
from coach.core.system.display_probe import display_problem
from coach.core.system.launch import start_command, this_install
from coach.core.system.launcher import ICON, install_launcher, remove_launcher
from coach.core.system.paths import HOME_VARIABLE, Paths
from coach.data_folders import ready_paths

Clock = Callable[[], dt.datetime]
MAX_DAYS = 20 * 366
REPORT_DAYS = 84


def local_now() -> dt.datetime:
    """Now, aware, in the computer's zone (an IANA zone, so DST is right)."""
    return dt.datetime.now(tzlocal.get_localzone())


class Parser(argparse.ArgumentParser):
    """argparse, but a refusal is one line that says what was wrong (no usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"keep settings, history and runtime files under DIR (also: {HOME_VARIABLE})",
    )
    parser = Parser(
        prog="calf-coach",
        description="A quiet coach against night-time calf cramps in pregnancy. "
        "Not medical advice: ask your midwife or doctor about anything that worries you.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    nxt = commands.add_parser("next", parents=[common], help="print the upcoming reminders")
    nxt.add_argument("--count", type=_positive, default=10, metavar="N", help="how many (10)")
    nxt.add_argument("--json", action="store_true", help="print JSON")

    status = commands.add_parser(
        "status", parents=[common], help="is the app running, what is next"
    )
    status.add_argument("--json", action="store_true", help="print JSON")
    for answered in APP_COMMANDS:  # the commands the running app answers, declared once
        if not answered.on_command_line:
            continue
        sub = commands.add_parser(answered.name, parents=[common], help=answered.help)
        for argument in answered.arguments:
            choices = list(argument.choices()) if argument.choices else None
            sub.add_argument(
                argument.name, choices=choices, metavar=argument.metavar, help=argument.help
            )

    routines = commands.add_parser(
        "routines", parents=[common], help="list the routines, or check a routine file"
    )
    routines.add_argument("--json", action="store_true", help="print JSON")
    routine_actions = routines.add_subparsers(dest="routine_action", metavar="ACTION")
    routine_check = routine_actions.add_parser("check", parents=[common], help="validate a file")
    routine_check.add_argument("file", type=_path)

    _log_parsers(commands, common)
    history = commands.add_parser(
        "history", parents=[common], help="what was logged: a summary, or everything as JSON"
    )
    history.add_argument("--days", type=_positive_days, default=28, metavar="N", help="(28)")
    history.add_argument("--json", action="store_true", help="print every entry as JSON")
    history.add_argument(
        "--window", action="store_true", help="open the history window (starts the app if needed)"
    )
    export = commands.add_parser(
        "export", parents=[common], help="save the log as CSV files or a PDF report"
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=_file_name, metavar="FOLDER", help="one CSV file per table")
    target.add_argument(
        "--pdf", type=_file_name, metavar="FILE", help="a report for your midwife or doctor"
    )
    export.add_argument(
        "--force", action="store_true", help="replace files of the same name already there"
    )
    export.add_argument(
        "--days", type=_positive_days, metavar="N", help="(CSV: everything; PDF: 84)"
    )

    autostart = commands.add_parser(
        "autostart", parents=[common], help="start Calf Coach when you log in: on, off, status"
    )
    autostart.add_argument("state", choices=("on", "off", "status"))
    commands.add_parser(
        "install-desktop",
        parents=[common],
        help="Linux: add a launcher and icon to your menus",
    )
    commands.add_parser(
        "remove-desktop",
        parents=[common],
        help="before uninstalling: remove the start-at-login entry, launcher and icon",
    )

    settings = commands.add_parser(
        "settings", parents=[common], help="where settings live, show, check"
    )
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("path", parents=[common], help="print where every file lives")
    actions.add_parser("show", parents=[common], help="print the settings in effect, as TOML")
    check = actions.add_parser("check", parents=[common], help="validate a settings file")
    check.add_argument("file", nargs="?", type=_path, help="the file (default: your settings)")
    return parser


def _log_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    log = commands.add_parser("log", parents=[common], help="log a cramp or a glass of water")
    kinds = log.add_subparsers(dest="log_kind", metavar="WHAT", required=True)
    cramp = kinds.add_parser(
        "cramp",
        parents=[common],
        help="log a cramp (with no --leg and --severity: open the dialog in the app)",
    )
    cramp.add_argument("--leg", choices=LEGS)
    cramp.add_argument("--severity", type=int, metavar="1-10", help="how bad")
    cramp.add_argument("--place", choices=PLACES, default="calf", help="where (calf)")
    cramp.add_argument("--minutes", type=float, metavar="M", help="how long it lasted")
    cramp.add_argument(
        "--at", type=_text, metavar="TIME", help="when: HH:MM (the latest one past) or ISO time"
    )
    cramp.add_argument(
        "--sign", action="append", default=[], choices=list(SIGNS), help="a warning sign (repeat)"
    )
    cramp.add_argument(
        "--helped", type=_text, action="append", default=[], metavar="TEXT", help="(repeat)"
    )
    cramp.add_argument("--note", type=_text, default="", metavar="TEXT")
    water = kinds.add_parser("water", parents=[common], help="log a drink of water")
    water.add_argument("--ml", type=int, metavar="N", help="how much (a glass, from settings)")
    water.add_argument("--at", type=_text, metavar="TIME", help="when (now)")


def _text(text: str) -> str:
    """Text to keep in the log: it must be UTF-8 (a terminal set to another encoding
    passes its bytes through as they are, and they could not be stored or shown)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        what = (  # how Python keeps a byte it could not decode: U+DC80 to U+DCFF
            f"byte 0x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"U+{code:04X}"
        )
        raise argparse.ArgumentTypeError(
            f"not UTF-8 text ({what} at position {exc.start + 1}): "
            "set your terminal to UTF-8, or type it again"
        ) from None
    return text


def _file_name(text: str) -> str:
    if "\x00" in text:
        raise argparse.ArgumentTypeError(f"{text!r}: a file name cannot hold a NUL byte")
    return text


def _path(text: str) -> Path:
    return Path(_file_name(text))


def _positive_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(f"{value} is out of range: must be 1 to {MAX_DAYS}")
    return value


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


def _run_routines(paths: Paths, args: argparse.Namespace, clock: Clock) -> int:
    if getattr(args, "routine_action", None) == "check":
        return _check_routine(args.file)
    return _routines(paths, as_json=args.json)


def _run_log(paths: Paths, args: argparse.Namespace, clock: Clock) -> int:
    if args.log_kind == "cramp" and args.leg is None and args.severity is None:
        return _command(paths, args, app_request("log-cramp"))  # the dialog, in the app
    return _log(paths, clock(), args)


def _run_history(paths: Paths, args: argparse.Namespace, clock: Clock) -> int:
    if args.window:
        return _command(paths, args, app_request("history"))
    return _history(paths, clock(), args.days, as_json=args.json)


def _run_routine(paths: Paths, args: argparse.Namespace, clock: Clock) -> int:
    """Open a routine in the app, once it is known to exist (no app started for nothing)."""
    routines, _ = load_routines([assets_dir() / "routines", paths.routines_dir])
    if args.id not in {routine.id for routine in routines}:
        print(
            f"calf-coach routine: there is no routine called {args.id!r}; "
            "`calf-coach routines` lists them",
            file=sys.stderr,
        )
        return 1
    return _command(paths, args)


Run = Callable[[Paths, argparse.Namespace, Clock], int]
RUNS: dict[str, Run] = {
    "next": lambda paths, args, clock: _next(paths, clock(), args.count, as_json=args.json),
    "settings": lambda paths, args, clock: _settings(
        paths, clock, args.action, getattr(args, "file", None)
    ),
    "routines": _run_routines,
    "routine": _run_routine,
    "status": lambda paths, args, clock: _status(paths, clock(), as_json=args.json),
    "autostart": lambda paths, args, clock: _autostart(args.state, paths.home),
    "install-desktop": lambda paths, args, clock: _install_desktop(paths.home),
    "log": _run_log,
    "history": _run_history,
    "export": lambda paths, args, clock: _export(paths, clock(), args),
}
"""What each subcommand that works on its own runs; the app's commands are sent to it."""
OUTSIDE_DATA: dict[str, Callable[[], int]] = {"remove-desktop": lambda: _remove_desktop()}
"""Commands that make and change nothing in the data folders (run before uninstalling,
remove-desktop leaves no empty folder behind)."""


def main(argv: Sequence[str] | None = None, clock: Clock = local_now) -> int:
    os.umask(0o077)
    _echo_file_names()
    args = _parser().parse_args(argv)
    try:
        outside = OUTSIDE_DATA.get(args.command)
        if outside is not None:
            return outside()
        paths = ready_paths(getattr(args, "home", None))
        if isinstance(paths, int):
            return paths
        run = RUNS.get(args.command)
        if run is not None:
            return run(paths, args, clock)
        if args.command in APP_COMMANDS_BY_NAME:
            return _command(paths, args, clock=clock)
        return _start_app(paths)
    except HistoryError as exc:  # a full disk, a read-only folder, a lock held too long
        print(f"{_who(args)}: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as ls does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # a file the command had to write, refused by the system
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{_who(args)}: {where}{exc.strerror or exc}. Nothing was changed.", file=sys.stderr)
        return 1


def _echo_file_names() -> None:
    """A file name that is not UTF-8 is printed back as the bytes it was given in, not
    refused halfway through a message (Python keeps such bytes as lone surrogates)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="surrogateescape")


def _who(args: argparse.Namespace) -> str:
    return f"calf-coach {args.command}" if args.command else "calf-coach"


def _load(paths: Paths, now: dt.datetime) -> Settings:
    """The settings in effect; every problem is told on stderr, nothing is lost."""
    paths.ensure()
    loaded = load_settings(paths.settings_file, now, keep_aside=False)  # only the app moves it
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
        title = reminder.to_json()["title"]  # English, as every line here
        print(f"{reminder.at:%a %d %b %H:%M}  {reminder.kind:<10} {title}")
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
    return _check(file, paths, clock().date())


def _check(file: Path | None, paths: Paths, today: dt.date) -> int:
    target = file or paths.settings_file
    if not (target.exists() or target.is_symlink()):
        if file is not None:
            print(f"{target}: no such file", file=sys.stderr)
            return 2
        print(f"{target}: no settings file yet; the defaults are used.")
        return 0
    settings, problems = check_settings_file(target, today)
    problems += plan_problems(settings)
    _report(problems, str(target))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if errors:
        if len(problems) > 1:  # one problem is its own summary
            print(f"{target}: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
        return 1
    print(f"{target}: OK" + (f" ({warnings} warning(s))" if warnings else ""))
    return 0


def _routines(paths: Paths, *, as_json: bool) -> int:
    routines, problems = load_routines([assets_dir() / "routines", paths.routines_dir])
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if as_json:
        print(json.dumps([r.to_json() for r in routines], indent=2, ensure_ascii=False))
        return 0
    for routine in sorted(routines, key=lambda r: (r.when, r.id)):
        minutes = f"{routine.seconds / 60:.0f} min" if routine.seconds else "open"
        print(f"{routine.id:<12} {routine.when:<8} {minutes:>7}  {routine.title}")
    return 0


def _check_routine(file: Path) -> int:
    try:
        routine = parse_routine(read_small_text(file), file)
    except FileNotFoundError:
        print(f"{file}: no such file", file=sys.stderr)
        return 2
    except FileRefusedError as refused:
        print(f"{file}: {refused.reason}: a routine is a small TOML text file", file=sys.stderr)
        return 1 if refused.damaged else 2
    except RoutineError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"{file}: OK ({len(routine.steps)} steps, {routine.seconds} s timed)")
    return 0


def _start_app(paths: Paths) -> int:
    from coach.app.main import run_app

    return run_app(paths)


def _request(paths: Paths, request: dict[str, Any]) -> dict[str, Any] | None:
    from coach.app.desktop import command_socket

    return command_socket.send_to_app(paths, request)


def _status(paths: Paths, now: dt.datetime, *, as_json: bool) -> int:
    reply = _request(paths, app_request("status"))
    if reply is not None:
        status = reply["status"]
    else:  # not running: the same answer from the files
        settings = _load(paths, now)
        state, _ = load_state(paths.state_file, now, keep_aside=False)
        paused = state.active_pause(now)
        soonest = upcoming(settings, now, 1, paused_until=paused)
        status = {
            "running": False,
            "paused_until": paused.isoformat(timespec="seconds") if paused else None,
            "next": soonest[0].to_json() if soonest else None,
            "week": week_on(settings.pregnancy, now.date()),
        }
    if as_json:
        print(json.dumps(status, indent=2, ensure_ascii=False))
        return 0
    print("Calf Coach is running." if status["running"] else "Calf Coach is not running.")
    if status["paused_until"]:
        print(f"Reminders are paused until {_local_time(status['paused_until'], now)}.")
    nxt = status["next"]
    print(f"Next: {nxt['title']} at {nxt['at']}" if nxt else "Next: nothing planned")
    if status["week"] is not None:
        print(f"Pregnancy week: {status['week']}")
    return 0


def _command(
    paths: Paths,
    args: argparse.Namespace,
    request: dict[str, Any] | None = None,
    clock: Clock = local_now,
) -> int:
    """Send a command to the running app; those that open a window start it if needed.
    An app that held the lock all the while the request waited for it is stuck: a second
    one would only find the lock taken, so none is started."""
    from coach.app.desktop.command_socket import lock_holder

    if request is None:
        command = APP_COMMANDS_BY_NAME[args.command]
        request = app_request(
            command.name, **{a.name: getattr(args, a.name) for a in command.arguments}
        )
    holder = lock_holder(paths)
    reply: dict[str, Any] | str | None = _request(paths, request)
    if reply is None and holder is not None and lock_holder(paths) == holder:
        reply = (
            f"calf-coach: Calf Coach (process {holder}) holds {paths.lock_file} but does not "
            "answer; if it is stuck, end that process and try again."
        )
    if reply is None and APP_COMMANDS_BY_NAME[request["command"]].starts_app:
        reply = _start_then_send(paths, request)
    if isinstance(reply, str):
        print(reply, file=sys.stderr)
        return 1
    if reply is None:
        print("Calf Coach is not running. Start it with `calf-coach`.", file=sys.stderr)
        return 1
    if not reply.get("ok"):
        print(f"calf-coach: {reply.get('error')}", file=sys.stderr)
        return 1
    print(_done(request, reply.get("status") or {}, clock))
    return 0


def _done(request: dict[str, Any], status: dict[str, Any], clock: Clock) -> str:
    """What the command did, in one line, its arguments filled in; a pause says until
    when in this computer's time, from the app's own word on it after."""
    command = APP_COMMANDS_BY_NAME[request["command"]]
    fields = {argument.name: request[argument.name] for argument in command.arguments}
    until = status.get("paused_until")
    fields["until"] = _local_time(until, clock()) if until else "further notice"
    return command.done.format(**fields)


def _local_time(moment: str, now: dt.datetime) -> str:
    """An instant the app sent (ISO, with its offset) in this computer's zone: the time
    alone on the day of `now`, else with its day ("07:00 on Thu 11 Jun")."""
    local = dt.datetime.fromisoformat(moment).astimezone(now.tzinfo)
    if local.date() == now.date():
        return f"{local:%H:%M}"
    return f"{local:%H:%M} on {local:%a %d %b}"


START_SECONDS = 8.0
"""How long a command waits for the app it started to listen (it takes well under a
second; a cold disk, a few). Then it gives up and stops that app, so a key bound to
the command answers within 10 s and presses do not pile up waiting processes."""


def _start_then_send(paths: Paths, request: dict[str, Any]) -> dict[str, Any] | str:
    """Start the app in the background, wait until it listens, then send; the reply, or
    why not in one line. An app that cannot start is told at once, with its own last
    words, and reaped: a key bound to a command never waits for minutes, nor leaves
    processes behind."""
    from coach.app.desktop import command_socket

    reason = display_problem(os.environ, sys.platform)
    if reason is not None:
        return f"calf-coach: {reason}."
    paths.ensure()
    said = paths.runtime_dir / "start-errors.txt"
    with said.open("wb") as errors:  # 0600: the runtime folder is 0700 and umask 077
        child = subprocess.Popen(
            start_command(this_install(), paths.home),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            start_new_session=True,
        )
    name = command_socket.socket_name(paths)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        reply = command_socket.send(name, request)
        if reply is not None:
            return reply
        if child.poll() is not None:  # it ended: another app took the lock, or it failed
            return command_socket.send(name, request) or _failed_start(child.returncode, said)
        time.sleep(0.1)
    child.terminate()  # stuck (a desktop that does not answer, say): not left waiting
    try:
        child.wait(1)
    except subprocess.TimeoutExpired:
        child.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):  # one stuck in the kernel
            child.wait(5)
    return (
        f"calf-coach: Calf Coach did not start within {START_SECONDS:.0f} s (is the desktop "
        f"answering?) and was stopped; its log: {paths.log_file}"
    )


def _failed_start(code: int, said: Path) -> str:
    """The app's own one-line reason, else what it said failed, and its exit code."""
    lines = [line.strip() for line in said.read_text("utf-8", "replace").splitlines()]
    own = next((line for line in reversed(lines) if line.startswith("calf-coach:")), None)
    if own is not None:
        return own
    spoken = [line for line in lines if line]
    # Qt ends with a list of its plugins: the line that says what failed says more.
    failed = next((line for line in spoken if "could not" in line.lower()), None)
    words = failed or (spoken[-1] if spoken else "it said nothing")
    return f"calf-coach: Calf Coach could not start (exit code {code}): {words}"


def _open_history(paths: Paths, now: dt.datetime) -> History:
    opened = open_history(paths.history_file, now)
    if opened.notice:
        print(opened.notice, file=sys.stderr)
    return opened.history


def _log(paths: Paths, now: dt.datetime, args: argparse.Namespace) -> int:
    """Log an entry; a broken rule is named and nothing is written."""
    settings = _load(paths, now)
    if args.log_kind == "cramp" and (args.leg is None or args.severity is None):
        print(
            "calf-coach log cramp: give both --leg and --severity (or neither, to open the "
            "dialog). Nothing was logged.",
            file=sys.stderr,
        )
        return 2
    try:
        at = when_from_text(args.at, now) if args.at is not None else now
        if args.log_kind == "water":
            ml = args.ml if args.ml is not None else settings.water.glass_ml
            record = check_water(at, ml, now)
        else:
            cramp = check_cramp(
                CrampRecord(
                    at,
                    args.leg,
                    args.severity,
                    args.place,
                    args.minutes,
                    tuple(args.helped),
                    tuple(args.sign),
                    args.note,
                ),
                now,
            )
    except EntryError as error:
        problems = "; ".join(error.problems)
        print(f"calf-coach log {args.log_kind}: {problems}. Nothing was logged.", file=sys.stderr)
        return 1
    try:
        history = _open_history(paths, now)
    except HistoryError as exc:
        print(f"calf-coach log {args.log_kind}: {exc}. Nothing was logged.", file=sys.stderr)
        return 1
    try:
        if args.log_kind == "water":
            history.record_water(record)
            print(f"Logged {record.ml} ml of water at {record.at:%H:%M}.")
        else:
            history.record_cramp(cramp)
            print(
                f"Logged a cramp ({cramp.leg} {cramp.place}, {cramp.severity}/10) at "
                f"{cramp.at:%a %d %b %H:%M}."
            )
            if cramp.signs:
                print(f"\nImportant: {WARNING_SIGNS}")
            elif is_severe(cramp.severity):
                print(f"\n{TELL_PROVIDER}")
    except HistoryError as exc:
        print(f"calf-coach log {args.log_kind}: {exc}. Nothing was logged.", file=sys.stderr)
        return 1
    finally:
        history.close()
    _request(paths, app_request("logged"))  # a running app updates its totals; fine if none
    return 0


def _records(paths: Paths, now: dt.datetime, days: int | None) -> tuple[Period, Records]:
    """The last `days` days of the log; None: from its first entry. A history that cannot
    take new entries now is read all the same, and says so in one line."""
    history, unsaved = read_history(paths.history_file)
    if unsaved is not None:
        print(f"calf-coach: {unsaved}", file=sys.stderr)
    try:
        assert now.tzinfo is not None
        period = Period.of_log(now.date(), days, history.first_entry(), now.tzinfo)
        return period, Records.read(history, period, now.tzinfo)
    finally:
        history.close()


def _history(paths: Paths, now: dt.datetime, days: int, *, as_json: bool) -> int:
    settings = _load(paths, now)
    period, records = _records(paths, now, days)
    if as_json:
        print(json.dumps(records_json(records), indent=2, ensure_ascii=False))
        return 0
    figures = insights(period, records, settings.water.goal_ml)
    print(f"{period.first:%d %b %Y} to {period.last:%d %b %Y}:")
    for line in summary_lines(figures):
        print(f"  {line}")
    for cramp in figures.cramps:
        flag = "  ! warning sign: " + ", ".join(cramp.signs) if cramp.signs else ""
        print(
            f"  {cramp.at:%a %d %b %H:%M}  {cramp.leg:<5} {cramp.place:<5} "
            f"{cramp.severity:>2}/10{flag}"
        )
    concern = figures.concern
    if concern is not None:
        print(f"\n{concern.text()}")
    if figures.flagged:
        print(f"\n{WARNING_SIGNS}")
    return 0


def _export(paths: Paths, now: dt.datetime, args: argparse.Namespace) -> int:
    text: str = args.csv if args.csv is not None else args.pdf
    try:
        if args.csv is not None:
            target = csv_target(text, replace=args.force)
        else:
            target = report_target(text, replace=args.force)
    except TargetError as refused:
        more = "; add --force to replace" if refused.existing else ""
        print(f"calf-coach export: {refused}{more}. Nothing was written.", file=sys.stderr)
        return 1
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            f"calf-coach export: {printable(text)}: {reason}. Nothing was written.", file=sys.stderr
        )
        return 1
    settings = _load(paths, now)
    days = args.days if args.days is not None or args.csv is not None else REPORT_DAYS
    period, records = _records(paths, now, days)
    shown = printable(str(target.absolute()))  # a name may hold a line break
    try:
        if args.csv is not None:
            written = export_csv(records, target)
            print(f"Wrote {len(written)} CSV files to {shown}.")
        else:
            from coach.app.history.pdf import headless_app, write_report
            from coach.app.style.language import install_language
            from coach.core.insights.report import report_facts

            headless_app()
            install_language(settings.language)  # the report in the app's own language
            figures = insights(period, records, settings.water.goal_ml)
            write_report(target, figures, report_facts(settings, now))
            print(
                f"Wrote the report for {period.first:%d %b} to {period.last:%d %b %Y} to {shown}."
            )
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(
            f"calf-coach export: cannot write {shown}: {reason}. Nothing was written.",
            file=sys.stderr,
        )
        return 1
    return 0


def _autostart(state: str, home: Path | None) -> int:
    command = start_command(this_install(), home)
    mechanism = autostart_for(sys.platform, Path.home(), os.environ, command)
    if state == "on":
        result = mechanism.enable()
    elif state == "off":
        result = mechanism.disable()
    else:
        result = mechanism.status()
    if result.state is AutostartState.BLOCKED:
        print(
            f"Start at login is {result.state.value} ({result.where}). Calf Coach leaves that "
            "choice alone; turn it back on there if you want it.",
            file=sys.stderr if state == "on" else sys.stdout,
        )
        return 1 if state == "on" else 0
    print(f"Start at login: {result.state.value} ({result.where})")
    return 0


def _install_desktop(home: Path | None) -> int:
    if sys.platform in ("win32", "darwin"):
        print("install-desktop is for Linux desktops; nothing to do here.", file=sys.stderr)
        return 1
    command = start_command(this_install(), home)
    written = install_launcher(Path.home(), os.environ, command, asset_path(ICON))
    for path in written:
        print(f"Wrote {path}")
    return 0


def _remove_desktop() -> int:
    """What autostart and install-desktop wrote, removed if still ours; the person's data
    folders are never looked at."""
    start = autostart_for(sys.platform, Path.home(), os.environ, ())
    found = [start.remove()]
    if sys.platform not in ("win32", "darwin"):
        found += remove_launcher(Path.home(), os.environ, asset_path(ICON))
    removals = [removal for removal in found if removal is not None]
    for removal in removals:
        print(
            f"Removed {removal.where}"
            if removal.kept is None
            else f"Kept {removal.where}: {removal.kept}"
        )
    if all(removal.kept is not None for removal in removals):
        print("Nothing to remove.")
    return 0
