"""The one line every advice screen carries (CONTENT.md: a coach, not a doctor)."""

from __future__ import annotations

NOT_MEDICAL_ADVICE = (
    "A coach, not medical advice: ask your care provider about anything that worries you."
)


def with_disclaimer(text: str) -> str:
    """`text`, ending with the not-medical-advice line unless it already says so."""
    if "not medical advice" in text.lower():
        return text
    return f"{text} {NOT_MEDICAL_ADVICE}"
