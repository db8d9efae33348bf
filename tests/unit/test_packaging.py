"""The wheel a person installs carries the assets and finds them at run time."""

from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("calf_coach-*.whl")
    return built


def test_wheel_carries_assets_and_the_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        scripts = configparser.ConfigParser()
        scripts.read_string(archive.read(entry_points).decode())
    assert "coach/assets/icons/calf-coach.svg" in names
    assert "coach/assets/translations/calf-coach_ru.qm" in names  # what the app loads
    assert "coach/core/plan/reminders.py" in names
    assert "coach/__main__.py" in names
    assert not any(n.startswith(("tests/", "assets/")) for n in names)
    assert scripts["console_scripts"]["calf-coach"] == "coach.start:main"


def test_installed_wheel_finds_its_assets_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "from coach.core.system.assets import asset_path; print(asset_path('icons/calf-coach.svg'))"
    )
    done = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {probe}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    found = Path(done.stdout.strip())
    assert found == site / "coach" / "assets" / "icons" / "calf-coach.svg"
    assert found.is_file()
