"""Where files live: --home, then CALF_COACH_HOME, then the platform's folders."""

from __future__ import annotations

import stat
from pathlib import Path

from coach.core.system.assets import asset_path, assets_dir
from coach.core.system.paths import HOME_VARIABLE, Paths


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
