"""Where files live: --home, then CALF_COACH_HOME, then the platform's folders."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from coach.app.desktop.command_socket import socket_name
from coach.core.system.assets import asset_path, assets_dir
from coach.core.system.paths import HOME_VARIABLE, Paths

UNIX_SOCKET_PATH_MOST = 108
"""sun_path's size on Linux, its closing NUL included."""


def test_home_option_wins_over_the_environment(tmp_path: Path) -> None:
    env = {HOME_VARIABLE: str(tmp_path / "env")}
    paths = Paths.resolve(tmp_path / "opt", env)
    assert paths.settings_file == tmp_path / "opt" / "settings.toml"
    assert paths.history_file == tmp_path / "opt" / "history.sqlite3"
    assert paths.routines_dir == tmp_path / "opt" / "routines"


def test_environment_variable_moves_everything(tmp_path: Path) -> None:
    paths = Paths.resolve(None, {HOME_VARIABLE: str(tmp_path)})
    for folder in (paths.config_dir, paths.data_dir, paths.runtime_dir):
        assert folder.is_relative_to(tmp_path)


def test_platform_folders_by_default() -> None:
    paths = Paths.resolve(None, {})
    assert paths.config_dir.name == "calf-coach"
    assert paths.data_dir.name == "calf-coach"
    assert paths.settings_file.name == "settings.toml"


def test_folders_are_created_user_only(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "deep" / "home", {})
    paths.ensure()
    for folder in (paths.config_dir, paths.data_dir, paths.runtime_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_assets_are_found_from_the_package() -> None:
    icon = asset_path("icons/calf-coach.svg")
    assert icon.read_text().lstrip().startswith("<svg")
    assert icon.is_relative_to(assets_dir())


def _default_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Paths:
    """The platform's folders (no --home) for one set of XDG folders, with no
    XDG_RUNTIME_DIR: the runtime base is then one and the same for every set."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / name / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / name / "config"))
    return Paths.resolve(None, {})


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are read on Linux")
def test_each_data_folder_has_its_own_lock_and_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _default_paths(monkeypatch, tmp_path, "first")
    second = _default_paths(monkeypatch, tmp_path, "second")
    again = _default_paths(monkeypatch, tmp_path, "first")
    assert first.data_dir != second.data_dir
    assert first.lock_file != second.lock_file
    assert socket_name(first) != socket_name(second)
    assert first.runtime_dir.parent == second.runtime_dir.parent  # the one base, shared
    assert (again.lock_file, socket_name(again)) == (first.lock_file, socket_name(first))
    assert again.home is None  # still the platform's folders, not a --home
    for paths in (first, second):
        assert len(os.fsencode(socket_name(paths))) < UNIX_SOCKET_PATH_MOST


def test_a_chosen_home_keeps_its_runtime_folder_inside(tmp_path: Path) -> None:
    paths = Paths.resolve(tmp_path / "home", {})
    assert paths.runtime_dir == tmp_path / "home" / "run"
    assert paths.home == tmp_path / "home"
