"""The `calf-coach` console script's first step.

A plain start (no command; perhaps `--home DIR`) goes straight to the tray app,
so the icon is up before the command line's many modules load; every command,
and any other spelling of the options, goes through `coach.cli` as before.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from coach.data_folders import ready_paths


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    plain, home = _plain_start(args)
    if not plain:
        from coach.cli import main as command_line

        return command_line(args)
    os.umask(0o077)
    paths = ready_paths(home)
    if isinstance(paths, int):
        return paths
    from coach.app.main import run_app

    try:
        return run_app(paths)
    except Exception as exc:
        from coach.core.history.store import HistoryError  # as coach.cli tells it

        if not isinstance(exc, HistoryError):
            raise
        print(f"calf-coach: {exc}", file=sys.stderr)  # a full disk, a lock held too long
        return 1


def _plain_start(args: list[str]) -> tuple[bool, str | None]:
    """Whether `args` ask for a plain start, and its home folder (None: the default one)."""
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--home":
        home = args[1]
    elif len(args) == 1 and args[0].startswith("--home="):
        home = args[0].removeprefix("--home=")
    else:
        return False, None
    return (True, home) if home and not home.startswith("-") else (False, None)
