"""Notifications on macOS and Windows (coach.app.reminders.notifier_notices): the bridge
between desktop-notifier's asyncio loop, on a thread of its own, and the Qt signals of the
GUI thread. desktop-notifier is not installed on Linux, so a stand-in module with its
interface (DesktopNotifier, Button, Icon) takes its place; the loop, the thread and the
signals are the real ones."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from coach.app.reminders.notifier_notices import NotifierNotices

BUTTONS = [("done", "I drank a glass"), ("snoozed", "Snooze 15 min"), ("skipped", "Skip")]


class StandIn:
    """What the stand-in library was asked, and how it answers."""

    def __init__(self) -> None:
        self.capabilities: set[str] = {"actions"}
        self.fails: Exception | None = None
        self.sent: list[tuple[str, str, list[Any], Callable[[], None]]] = []
        self.cleared: list[str] = []


@pytest.fixture
def library(monkeypatch: pytest.MonkeyPatch) -> Iterator[StandIn]:
    said = StandIn()

    class Icon:
        def __init__(self, path: Path) -> None:
            self.path = path

    class Button:
        def __init__(self, title: str, on_pressed: Callable[[], None]) -> None:
            self.title, self.on_pressed = title, on_pressed

    class DesktopNotifier:
        def __init__(self, app_name: str, icon: Icon) -> None:
            self.app_name = app_name

        async def get_capabilities(self) -> set[str]:
            return said.capabilities

        async def send(
            self, title: str, message: str, buttons: list[Button], on_clicked: Callable[[], None]
        ) -> str:
            if said.fails is not None:
                raise said.fails
            said.sent.append((title, message, buttons, on_clicked))
            return f"notice-{len(said.sent)}"

        async def clear(self, identifier: str) -> None:
            said.cleared.append(identifier)

    module = types.ModuleType("desktop_notifier")
    module.DesktopNotifier = DesktopNotifier  # type: ignore[attr-defined]
    module.Button = Button  # type: ignore[attr-defined]
    module.Icon = Icon  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_notifier", module)
    yield said


def test_a_notice_goes_out_with_its_buttons_and_their_answers_come_back(
    qtbot: QtBot, library: StandIn
) -> None:
    notices = NotifierNotices("Calf Coach", Path("calf-coach.svg"))
    pressed: list[str] = []
    clicked: list[bool] = []
    notices.pressed.connect(pressed.append)
    notices.clicked.connect(lambda: clicked.append(True))
    try:
        notices.show("Calf Coach: A glass of water", "Fluids help.", BUTTONS)
        qtbot.waitUntil(lambda: len(library.sent) == 1, timeout=5000)
        title, message, buttons, on_clicked = library.sent[0]
        assert (title, message) == ("Calf Coach: A glass of water", "Fluids help.")
        assert [b.title for b in buttons] == [label for _, label in BUTTONS]
        assert notices.available is True
        buttons[1].on_pressed()
        on_clicked()
        qtbot.waitUntil(lambda: pressed == ["snoozed"] and clicked == [True], timeout=5000)
        notices.show("Calf Coach: Legs up", "A rest.", BUTTONS)
        qtbot.waitUntil(lambda: len(library.sent) == 2, timeout=5000)
        assert library.cleared == ["notice-1"], "a new notice replaces the old one"
        notices.withdraw()
        qtbot.waitUntil(lambda: library.cleared == ["notice-1", "notice-2"], timeout=5000)
    finally:
        notices.stop()
    assert notices._loop is None and notices._thread is None, "the thread ended on stop"


def test_a_desktop_without_a_notification_service_is_said_once(
    qtbot: QtBot, library: StandIn
) -> None:
    library.capabilities = set()
    notices = NotifierNotices("Calf Coach", Path("calf-coach.svg"))
    reasons: list[str] = []
    notices.unavailable.connect(reasons.append)
    try:
        notices.show("Calf Coach: Water", "Fluids help.", BUTTONS)
        qtbot.waitUntil(lambda: reasons == ["the desktop has no notification service"])
        notices.show("Calf Coach: Water", "Fluids help.", BUTTONS)
    finally:
        notices.stop()
    assert library.sent == [] and notices.available is False
    assert reasons == ["the desktop has no notification service"]


def test_a_failing_service_hands_over_to_the_tray_balloon(qtbot: QtBot, library: StandIn) -> None:
    library.fails = RuntimeError("the service went away")
    notices = NotifierNotices("Calf Coach", Path("calf-coach.svg"))
    reasons: list[str] = []
    notices.unavailable.connect(reasons.append)
    try:
        notices.show("Calf Coach: Water", "Fluids help.", BUTTONS)
        qtbot.waitUntil(lambda: bool(reasons))
    finally:
        notices.stop()
    assert reasons == ["notifications failed: the service went away"]
    assert notices.available is False


def test_stopping_before_any_notice_does_nothing(qtbot: QtBot) -> None:
    notices = NotifierNotices("Calf Coach", Path("calf-coach.svg"))
    notices.stop()
    assert notices._thread is None
