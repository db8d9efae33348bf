"""One real desktop for all end-to-end tests of a run (tint2 alone takes ~15 s to start)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.desktop import Desktop, running_desktop

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    with running_desktop(tmp_path_factory.mktemp("desktop"), ARTIFACTS) as running:
        yield running


@pytest.fixture(scope="module")
def desktop_without_tray(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """A desktop with no tray host, as stock GNOME."""
    folder = tmp_path_factory.mktemp("bare-desktop")
    with running_desktop(folder, ARTIFACTS, tray=False) as running:
        yield running


@pytest.fixture(scope="session")
def managed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """A desktop with a window manager (openbox), so that a window can be made full
    screen, minimised and made active."""
    folder = tmp_path_factory.mktemp("managed-desktop")
    with running_desktop(folder, ARTIFACTS / "managed", window_manager=True) as running:
        yield running


@pytest.fixture(autouse=True)
def no_app_outlives_its_test(tmp_path: Path) -> Iterator[None]:
    """An app a failed test left running would hold the key and the tray for the next
    tests: every app started with a home inside this test's folder ends with it."""
    yield
    subprocess.run(["pkill", "-f", "--", f"--home {tmp_path}"], capture_output=True, check=False)
