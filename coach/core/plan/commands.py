"""The commands the running app answers, declared once: name, arguments, help.

The command line builds its subcommands from this table and sends requests in
its shape; the app's command handler (coach.app.command_handlers) has one handler per
entry and checks every request against it, so the two can never drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coach.core.plan.run_state import PAUSES
from coach.core.settings.kinds import all_kinds


@dataclass(frozen=True)
class Argument:
    name: str
    help: str
    choices: Callable[[], Sequence[str]] | None = None
    """The values it may take; None: any text (checked by the handler)."""
    metavar: str | None = None


@dataclass(frozen=True)
class AppCommand:
    name: str
    help: str
    arguments: tuple[Argument, ...] = ()
    starts_app: bool = False
    """It opens something on screen: the command line starts the app if it is not running."""
    on_command_line: bool = True
    """`calf-coach NAME` sends it; False: another subcommand sends it (`log cramp`)."""
    done: str = ""
    """What the command line says once the app has done it: the arguments fill their
    {fields}, {until} the end of a pause in the computer's own time."""


APP_COMMANDS: tuple[AppCommand, ...] = (
    AppCommand("status", "is the app running, what is next", on_command_line=False),
    AppCommand("show", "bring the app forward", on_command_line=False),
    AppCommand(
        "remind",
        "show a reminder now (starts the app if needed)",
        (Argument("kind", "which reminder", all_kinds),),
        starts_app=True,
        done="Asked for the {kind} reminder.",
    ),
    AppCommand(
        "routine",
        "open a routine in the player (starts the app if needed)",
        (Argument("id", "a routine id, see `calf-coach routines`", metavar="ID"),),
        starts_app=True,
        done="Opened the {id} routine.",
    ),
    AppCommand(
        "pause",
        "pause reminders",
        (Argument("duration", "how long", lambda: tuple(PAUSES)),),
        done="Reminders paused until {until}.",
    ),
    AppCommand("resume", "resume reminders", done="Reminders resumed."),
    AppCommand("quit", "quit the running app", done="Calf Coach is quitting."),
    AppCommand(
        "logged", "the log changed from the command line: update totals", on_command_line=False
    ),
    AppCommand(
        "history",
        "open the history window",
        starts_app=True,
        on_command_line=False,
        done="Opened the history window.",
    ),
    AppCommand(
        "log-cramp",
        "open the cramp dialog",
        starts_app=True,
        on_command_line=False,
        done="Opened the cramp log.",
    ),
)
BY_NAME: dict[str, AppCommand] = {command.name: command for command in APP_COMMANDS}


def checked(request: Mapping[str, Any]) -> tuple[AppCommand, dict[str, str]]:
    """The command a request names and its arguments, or ValueError saying what is wrong."""
    name = request.get("command")
    command = BY_NAME.get(name) if isinstance(name, str) else None
    if command is None:
        raise ValueError(f"unknown command {name!r}")
    arguments: dict[str, str] = {}
    for argument in command.arguments:
        value = request.get(argument.name)
        allowed = argument.choices() if argument.choices else None
        if not isinstance(value, str) or (allowed is not None and value not in allowed):
            if allowed is not None:
                raise ValueError(f"{command.name} takes one of {', '.join(allowed)}")
            raise ValueError(f"{command.name} needs {argument.name}")
        arguments[argument.name] = value
    return command, arguments


def request(name: str, **arguments: str) -> dict[str, Any]:
    """A request in the table's shape (what the command line sends)."""
    command = BY_NAME[name]
    return {"command": command.name, **{a.name: arguments[a.name] for a in command.arguments}}
