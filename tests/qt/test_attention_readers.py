"""Reading the person's attention from the desktop (coach.app.desktop.attention_readers):
what one reader makes of a desktop that answers in part. The real X server and buses
are read in tests/e2e (test_x11, test_desktop_bus)."""

from __future__ import annotations

from coach.app.desktop.attention_readers import X11Reader
from coach.core.settings.attention import Attention, AttentionSettings, attention_of

RULES = AttentionSettings()


def test_a_reading_that_fails_in_part_keeps_the_rest() -> None:
    """The active window may close between two X requests: the idle time still counts."""

    class Connection:
        root = 1

        def idle(self) -> tuple[float, bool]:
            return 400.0, False

        def window_property(self, *_: object) -> list[int]:
            raise RuntimeError("BadWindow")

    reader = X11Reader()
    reader._connection = Connection()  # type: ignore[assignment]
    reading = reader.read()
    assert (reading.idle_seconds, reading.full_screen) == (400.0, False)
    assert attention_of(reading, RULES) is Attention.AWAY
