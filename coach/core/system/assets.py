"""Find the shipped assets (icons, routines, sounds) from a wheel or a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # coach/, from coach/core/system/
_PACKAGED = _PACKAGE / "assets"
_CHECKOUT = _PACKAGE.parent / "assets"


def assets_dir() -> Path:
    """The installed wheel carries them as `coach/assets`; an editable checkout has `assets/`."""
    for candidate in (_PACKAGED, _CHECKOUT):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Calf Coach's assets are missing (looked in {_PACKAGED}, {_CHECKOUT})")


def asset_path(relative: str) -> Path:
    """Path of one asset, e.g. `asset_path("icons/calf-coach.svg")`; it must exist."""
    path = assets_dir() / relative
    if not path.is_file():
        raise FileNotFoundError(f"Calf Coach asset not found: {path}")
    return path
