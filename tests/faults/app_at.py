"""Run the real tray app, as `calf-coach --home HOME` does, with its clock set:
`python -m tests.faults.app_at HOME 2026-06-10T09:59:58+00:00`. From that instant its wall
clock runs on with the monotonic one, so a test decides what time the app lives in, never
the day it runs on."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time

from coach.app.main import run_app
from coach.data_folders import ready_paths


class RunningFrom:
    """A wall clock that reads `start` when made and then runs on as time passes."""

    def __init__(self, start: dt.datetime) -> None:
        self.start = start
        self.began = time.monotonic()

    def now(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=time.monotonic() - self.began)

    def monotonic(self) -> float:
        return time.monotonic()


def main(argv: list[str]) -> int:
    clock = RunningFrom(dt.datetime.fromisoformat(argv[1]))
    os.umask(0o077)
    paths = ready_paths(argv[0])
    if isinstance(paths, int):
        return paths
    return run_app(paths, clock)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
