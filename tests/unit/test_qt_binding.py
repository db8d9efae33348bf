"""A Qt binding that loses a reference on every call is refused, named with the versions
found and what to install instead; a sound one (none lost) is let through."""

from __future__ import annotations

import pytest

from coach.core.system.qt_binding import binding_refusal


def test_a_binding_losing_one_reference_a_call_is_refused_with_the_versions_and_the_way_out() -> (
    None
):
    told = binding_refusal("3.11.4", "6.12.7", lost=64, calls=64)
    assert told is not None
    assert "PySide6 6.12.7 on Python 3.11.4" in told
    assert "older than 6.12" in told
    assert "Python 3.12 or newer" in told


@pytest.mark.parametrize(("lost", "refused"), [(0, False), (-3, False), (31, False), (32, True)])
def test_half_the_calls_is_the_line(lost: int, refused: bool) -> None:
    assert (binding_refusal("3.11.4", "6.12.7", lost=lost, calls=64) is not None) is refused
