"""The one line every advice screen carries: a coach, not a doctor (README, "What the
coach says, and where it comes from")."""

from __future__ import annotations

from coach.core.i18n import QT_TRANSLATE_NOOP, translate

NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "advice",
    "A coach, not medical advice: ask your midwife or doctor about anything that worries you.",
)
NOT_MEDICAL_ADVICE_PHRASE = QT_TRANSLATE_NOOP("advice", "not medical advice")
"""The words that show a text already carries the line (a routine's safety text may)."""
TELL_PROVIDER = QT_TRANSLATE_NOOP(
    "advice",
    "Cramps that come often, or are severe, are worth telling your midwife or doctor about soon.",
)
"""Frequent or severe cramps are a reason to contact a care provider (README)."""
ADVICE_DESCRIPTION = QT_TRANSLATE_NOOP("advice", "Advice: when to tell your care provider")
WARNING_DESCRIPTION = QT_TRANSLATE_NOOP("advice", "Warning: when to contact your care provider")
"""What a screen reader says of the box after its words: the words stay its name."""


def not_medical_advice() -> str:
    """The line, in the app's language."""
    return translate("advice", NOT_MEDICAL_ADVICE)


def tell_provider() -> str:
    """The frequent-or-severe message, in the app's language: plain, not alarming."""
    return translate("advice", TELL_PROVIDER)


def advice_described() -> str:
    """The accessible description of a box holding the advice to tell the provider."""
    return translate("advice", ADVICE_DESCRIPTION)


def warning_described() -> str:
    """The accessible description of a box holding the warning-sign message."""
    return translate("advice", WARNING_DESCRIPTION)


def with_disclaimer(text: str) -> str:
    """`text`, ending with the not-medical-advice line unless it already says so."""
    phrases = {NOT_MEDICAL_ADVICE_PHRASE, translate("advice", NOT_MEDICAL_ADVICE_PHRASE)}
    if any(phrase.lower() in text.lower() for phrase in phrases):
        return text
    return f"{text} {not_medical_advice()}"
