"""A D-Bus bus that accepts and then falls silent (at the handshake, at Hello, or for every
service called) is given up on within a bound: connecting raises, the attention reader
says nothing, the sleep watch stays silent, and the notification falls back to the tray.
Nothing of the app waits on it for ever."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from coach.app.desktop.bus_readers import FreedesktopReader
from coach.app.desktop.bus_watch import BusWatch
from coach.app.desktop.sleep_watch import SleepWatch
from coach.app.reminders import freedesktop_notices
from coach.app.reminders.freedesktop_notices import FreedesktopNotices
from coach.core.settings.attention import Reading
from tests.fake_bus import Answers, FakeBus
from tests.helpers import ended_within

GIVE_UP_SECONDS = 30.0
"""Far beyond any bound of the app: a wait that is still going then has none."""


@pytest.fixture(params=[Answers.NOTHING, Answers.HANDSHAKE])
def silent(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FakeBus]:
    with FakeBus(tmp_path, request.param) as bus:
        yield bus


def ended(work: Callable[[], Any]) -> tuple[bool, Any]:
    return ended_within(GIVE_UP_SECONDS, work)


def test_connecting_to_a_silent_bus_gives_up(silent: FakeBus) -> None:
    done, outcome = ended(lambda: BusWatch.open(silent.address))
    assert done, "connecting waited without a bound"
    assert isinstance(outcome, TimeoutError), outcome
    if silent.answers is Answers.HANDSHAKE:
        assert silent.asked == ["Hello"], "the handshake passed: it was Hello that went unanswered"


def test_the_attention_reader_and_the_sleep_watch_say_nothing(silent: FakeBus) -> None:
    reader = FreedesktopReader(silent.address)
    done, outcome = ended(reader.read)
    assert done and outcome == Reading()
    done, again = ended(reader.read)
    assert done and again == Reading(), "a bus given up on is not asked again"
    reader.close()
    done, watch = ended(lambda: SleepWatch(silent.address, sender=None))
    assert done and isinstance(watch, SleepWatch) and not watch.listening


def test_a_notification_server_that_never_answers_is_given_up_on(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(freedesktop_notices, "ANSWER_SECONDS", 1)
    with FakeBus(tmp_path, Answers.BUS) as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        notices = FreedesktopNotices("Calf Coach test", tmp_path / "icon.svg")
        with qtbot.waitSignal(notices.unavailable, timeout=10_000) as blocker:
            notices.show("Title", "Message", [("done", "OK")])
        assert blocker.args == ["the notification server did not answer within 1 s"]
        assert notices.available is False
        assert "GetCapabilities" in bus.asked
        notices.stop()


def test_a_notification_server_that_answers_is_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The serving stand-in has no notification service: an error is an answer, at once."""
    with FakeBus(tmp_path, Answers.SERVES) as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        notices = FreedesktopNotices("Calf Coach test", tmp_path / "icon.svg")
        with qtbot.waitSignal(notices.unavailable, timeout=10_000) as blocker:
            notices.show("Title", "Message", [("done", "OK")])
        assert "ServiceUnknown" in blocker.args[0]
        notices.stop()
