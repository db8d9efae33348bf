"""Every advice screen says, once, that this is a coach and not medical advice."""

from __future__ import annotations

from coach.core.advice import NOT_MEDICAL_ADVICE, with_disclaimer


def test_the_line_is_added_once() -> None:
    assert with_disclaimer("Move slowly.") == f"Move slowly. {NOT_MEDICAL_ADVICE}"
    already = "Move slowly. A coach, not medical advice."
    assert with_disclaimer(already) == already
    assert "midwife or doctor" in NOT_MEDICAL_ADVICE
