"""Where Calf Coach keeps its files.

By default the platform's own user folders (platformdirs); `--home DIR` or
CALF_COACH_HOME puts everything under one folder instead, which is how the
tests and end-to-end checks keep away from the person's real data.
"""

from __future__ import annotations

import os
import warnings
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from coach.core.files import ensure_private_dir

APP_NAME = "calf-coach"
HOME_VARIABLE = "CALF_COACH_HOME"


@dataclass(frozen=True)
class Paths:
    """The folders the app uses; files inside them are named by properties."""

    config_dir: Path
    data_dir: Path
    runtime_dir: Path

    @classmethod
    def resolve(
        cls, home: str | Path | None = None, environ: Mapping[str, str] | None = None
    ) -> Paths:
        """`home` (from --home) wins over CALF_COACH_HOME, which wins over platformdirs."""
        env = os.environ if environ is None else environ
        chosen = home if home is not None else env.get(HOME_VARIABLE) or None
        if chosen is not None:
            root = Path(chosen).expanduser().absolute()
            return cls(config_dir=root, data_dir=root, runtime_dir=root / "run")
        data_dir = platformdirs.user_data_path(APP_NAME, appauthor=False)
        return cls(
            config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
            data_dir=data_dir,
            runtime_dir=_runtime_path(data_dir),
        )

    @property
    def home(self) -> Path | None:
        """The one folder chosen with --home or CALF_COACH_HOME, if any."""
        return self.config_dir if self.runtime_dir == self.config_dir / "run" else None

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def history_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def state_file(self) -> Path:
        """The app's memory between runs (a pause, the last check)."""
        return self.data_dir / "state.json"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "calf-coach.log"

    @property
    def lock_file(self) -> Path:
        """Held by the running app, from its first moment: one instance per home."""
        return self.runtime_dir / "calf-coach.lock"

    @property
    def routines_dir(self) -> Path:
        """The person's own routine files, loaded beside the shipped ones."""
        return self.data_dir / "routines"

    def ensure(self) -> None:
        """Create every folder user-only (0700); one that exists loses what group and others
        may do, never what its owner may not (see coach.core.files)."""
        for folder in (self.config_dir, self.data_dir, self.runtime_dir):
            ensure_private_dir(folder)


def _runtime_path(data_dir: Path) -> Path:
    """The lock and the socket, in a folder named after the data folder: the runtime base
    is one per user (and its /tmp fallback, when XDG_RUNTIME_DIR is unset, one for every
    session), so a second set of folders (another XDG_DATA_HOME) would otherwise find the
    first one's app "already running" and bring that one forward. A CRC of the path is
    enough to tell a person's few homes apart and keeps the socket's path short (108 bytes
    at most); hashlib would load OpenSSL on every start for it. platformdirs warns when
    XDG_RUNTIME_DIR is unset; its fallback is fine for us."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        base = platformdirs.user_runtime_path(appauthor=False)
    return base / f"{APP_NAME}-{zlib.crc32(os.fsencode(data_dir)):08x}"
