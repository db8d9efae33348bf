"""Shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coach.core.system.paths import HOME_VARIABLE, Paths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """A private --home for one test; the real user's folders are never touched."""
    monkeypatch.delenv(HOME_VARIABLE, raising=False)
    paths = Paths.resolve(tmp_path / "home")
    paths.ensure()
    return paths


SCREEN = Path(__file__).parent / "qt" / "screen-1280x800.json"


def pytest_configure(config: pytest.Config) -> None:
    """In-process Qt tests draw offscreen, on one 1280x800 screen (an ordinary laptop's);
    end-to-end tests start their own X server."""
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
