"""The person's data folders, made private and ready before anything else runs.

Both a plain start (coach.start) and every command (coach.cli) begin here, so
a folder that cannot be used is refused the same way whichever way in.
"""

from __future__ import annotations

import sys

from coach.core.system.paths import Paths


def ready_paths(home: str | None) -> Paths | int:
    """The folders for `home`, made private and ready, or the exit code after saying why not."""
    if home is not None and "\x00" in home:
        print(f"calf-coach: {home!r}: a file name cannot hold a NUL byte", file=sys.stderr)
        return 2
    paths = Paths.resolve(home)
    try:
        paths.ensure()
    except OSError as exc:
        print(f"calf-coach: {paths.config_dir}: cannot be used: {exc.strerror}", file=sys.stderr)
        return 2
    return paths
