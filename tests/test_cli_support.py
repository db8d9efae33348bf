"""Running the command line in-process with a fixed clock (shared by the CLI tests)."""

from __future__ import annotations

from coach.cli import main
from coach.core.system.paths import Paths
from tests.helpers import at

NOW = at("2026-06-10 07:30")


def run(paths: Paths, *argv: str) -> int:
    return main(["--home", str(paths.config_dir), *argv], clock=lambda: NOW)
