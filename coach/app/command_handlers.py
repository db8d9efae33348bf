"""Answers the commands of coach.core.plan.commands, one handler each, checked against the table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from coach.core.plan.commands import BY_NAME, checked

Handler = Callable[[dict[str, str]], object]
"""Runs a command with its checked arguments; what it returns is not used."""


class CommandHandler:
    def __init__(self, handlers: Mapping[str, Handler], status: Callable[[], dict[str, Any]]):
        missing = set(BY_NAME) - set(handlers) - {"status"}
        unknown = set(handlers) - set(BY_NAME)
        if missing or unknown:
            raise ValueError(f"handlers do not match the commands: {missing=} {unknown=}")
        self.handlers = dict(handlers)
        self.status = status

    def handle(self, request: Mapping[str, Any]) -> dict[str, Any]:
        """A command from the command line; ValueError says what was wrong with it. The
        reply is in English, as the command line is; what the command opens is not."""
        command, arguments = checked(request)
        if command.name != "status":
            self.handlers[command.name](arguments)
        return {"ok": True, "status": self.status()}
