"""The time left in a step, in words a screen reader speaks ("1 min 20 s left"), and the
few moments worth saying it aloud: a countdown read every second drowns everything else."""

from __future__ import annotations

from coach.core.i18n import translate

HALFWAY_FROM = 20
"""Steps this long or longer say the time left at halfway."""
TEN_SECONDS_FROM = 45
"""Steps this long or longer also say it 10 seconds before the end."""


def time_left_words(seconds_left: float) -> str:
    """Whole seconds left, rounded up as the countdown shows them."""
    whole = max(0, int(seconds_left + 0.999))
    minutes, seconds = divmod(whole, 60)
    if minutes and seconds:
        text = translate("player", "{minutes} min {seconds} s left")
    elif minutes:
        text = translate("player", "{minutes} min left")
    else:
        text = translate("player", "{seconds} s left")
    return text.format(minutes=minutes, seconds=seconds)


def spoken_marks(step_seconds: int) -> tuple[float, ...]:
    """Seconds left at which a timed step says its time left aloud."""
    marks: list[float] = []
    if step_seconds >= HALFWAY_FROM:
        marks.append(step_seconds / 2)
    if step_seconds >= TEN_SECONDS_FROM:
        marks.append(10.0)
    return tuple(marks)


def mark_passed(step_seconds: int, left_before: float, left_now: float) -> float | None:
    """The mark passed between two looks at the clock (the latest if several), or None."""
    passed = [m for m in spoken_marks(step_seconds) if left_now <= m < left_before]
    return min(passed) if passed else None
